#include "TestDatabase.h"

#include "store/ClassificationStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace rd::test {
namespace {

const char* const kTexts[] = {
    "Лампа пришла разбитой, коробка смята 😡. Курьер бросил посылку.",
    "快递太慢了，等了两个星期，包装破损。",
    "The dress runs small and the fabric feels cheap. 𝒜 disappointed buyer.",
    "Продавец не отвечает на сообщения, возврат не оформили.",
    "价格太贵了，第二天就降价了。",
};

} // namespace

TestDatabase::TestDatabase(const std::string& path, int count)
    : m_path(path), m_store(ReviewStore::openSqlite(path))
{
    auto session = m_store->beginImport({"fixture.csv", "csv", "utf-8", 1});
    for (int i = 0; i < count; ++i) {
        Review r;
        const int kind = i % 5;
        r.platform = kind == 1 || kind == 4 ? Platform::Taobao
                     : kind == 2            ? Platform::Amazon
                                            : Platform::Ozon;
        r.language = kind == 1 || kind == 4 ? Language::Zh
                     : kind == 2            ? Language::En
                                            : Language::Ru;
        r.externalId = "r" + std::to_string(i);
        r.shop = i % 2 ? "Shop A" : "Shop B";
        r.sku = "SKU-" + std::to_string(i % 7);
        r.product = "Product " + std::to_string(i % 7);
        r.customerId = "c" + std::to_string(i % 40);
        r.customerName = "Buyer " + std::to_string(i % 40);
        r.orderId = "o" + std::to_string(i);
        r.rating = 1 + (i % 5);
        r.polarity = polarityFromRating(*r.rating);
        r.text = kTexts[kind];
        r.publishedAt = 1'700'000'000'000 + static_cast<Timestamp>(i) * 3'600'000;
        session->upsert(r);
        m_ids.push_back(r.id);
    }
    session->commit({});

    std::vector<std::pair<std::int64_t, Classification>> results;
    for (int i = 0; i < count; ++i) {
        if (i % 10 == 9) {
            continue; // a few stay unclassified
        }
        Classification c;
        c.category = categoryOf(i);
        c.confidence = 0.8;
        c.suspicious = i % 17 == 0;
        c.safety = i % 23 == 0;
        c.classifiedAt = 1;
        Evidence e;
        e.ruleId = "test.rule" + std::to_string(i % 5);
        e.term = "term";
        e.target = std::string(toKey(c.category));
        e.begin = 0;
        e.end = 4;
        c.evidence.push_back(e);
        results.emplace_back(m_ids[static_cast<std::size_t>(i)], c);
    }
    m_store->classifications().saveAutomatic(results);
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

} // namespace rd::test
