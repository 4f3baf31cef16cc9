#include "import/IdentityKey.h"

#include <QCryptographicHash>

namespace rd {

void IdentityKey::assignForRecord(Review& r)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto field = [&hash](std::string_view s) {
        hash.addData(QByteArrayView(s.data(), static_cast<qsizetype>(s.size())));
        hash.addData(QByteArrayView("\x1f", 1));
    };
    field("v1");
    field(r.orderId);
    field(r.sku);
    field(r.product);
    field(r.customerId);
    field(r.customerName);
    field(r.publishedAt ? std::to_string(*r.publishedAt) : std::string());
    if (r.orderId.empty() && r.customerId.empty() && r.customerName.empty() && !r.publishedAt) {
        field(r.title);
        field(r.text);
    }
    const QByteArray hex = hash.result().toHex().left(32);
    r.externalId.assign("k1:");
    r.externalId.append(hex.constData(), static_cast<std::size_t>(hex.size()));
}

std::string IdentityKey::amazon(std::string_view userId, std::string_view asin,
                                std::int64_t timestampMs)
{
    std::string key;
    key.reserve(userId.size() + asin.size() + 16);
    key.append(userId).append("|").append(asin).append("|").append(std::to_string(timestampMs));
    return key;
}

} // namespace rd
