#include "appeal/AppealBuilder.h"

#include "text/Utf8.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <ctime>

namespace rd {
namespace {

// The words of one appeal language.
struct Wording
{
    const char* title;
    const char* review;
    const char* published;
    const char* rating;   // "%d" replaced by the stars
    const char* polarity; // when there are no stars
    const char* product;
    const char* sku;
    const char* order;
    const char* buyer;
    const char* shop;
    const char* reviewTitle;
    const char* text;
    const char* breaks;
    const char* fragments;
    const char* contacts;
    const char* noContacts;
    const char* offered;
    const char* answer;
    const char* request;
    const char* regards;
    std::array<const char*, 4> channels; // phone, marketplace message, e-mail, other
    std::array<const char*, 3> tones;    // negative, neutral, positive
};

constexpr Wording kRu{
    "Жалоба на отзыв",
    "Отзыв",
    "Дата публикации",
    "Оценка: %d из 5",
    "Тон отзыва",
    "Товар",
    "Артикул",
    "Заказ",
    "Покупатель",
    "Магазин",
    "Заголовок",
    "Текст отзыва",
    "Нарушение",
    "Фрагменты, нарушающие правила",
    "Общение с покупателем",
    "Связь с покупателем не состоялась.",
    "предложено",
    "ответ покупателя",
    "Просим проверить отзыв и удалить его как нарушающий правила площадки.",
    "С уважением",
    {"телефон", "сообщение на площадке", "эл. почта", "другое"},
    {"отрицательный", "нейтральный", "положительный"},
};

constexpr Wording kEn{
    "Report of a review that breaks the review rules",
    "Review",
    "Published",
    "Rating: %d of 5",
    "Tone",
    "Product",
    "SKU / ASIN",
    "Order",
    "Buyer",
    "Seller",
    "Title",
    "Review text",
    "Violation",
    "Passages that break the rules",
    "Contact with the buyer",
    "No contact with the buyer took place.",
    "offered",
    "buyer's answer",
    "We ask you to check this review and remove it for breaking the marketplace's rules.",
    "Kind regards",
    {"phone", "marketplace message", "e-mail", "other"},
    {"negative", "neutral", "positive"},
};

constexpr Wording kZh{
    "评价申诉",
    "评价",
    "评价时间",
    "评分：%d 星（满分 5 星）",
    "评价类型",
    "商品",
    "商品编码",
    "订单号",
    "买家",
    "店铺",
    "标题",
    "评价内容",
    "违规说明",
    "违规内容摘录",
    "与买家的沟通记录",
    "未能与买家取得联系。",
    "提出的方案",
    "买家答复",
    "恳请平台核实并删除该评价。",
    "此致",
    {"电话", "平台消息", "电子邮件", "其他"},
    {"差评", "中评", "好评"},
};

const Wording& wordingFor(Language language)
{
    switch (language) {
    case Language::Ru:
        return kRu;
    case Language::Zh:
        return kZh;
    default:
        return kEn;
    }
}

// The rule each marketplace states for reviews, by ground.
std::string ozonRule(AppealGround g, const char* market)
{
    const std::string rules = std::string("Правила публикации отзывов ") + market;
    switch (g) {
    case AppealGround::Extortion:
        return rules + " не допускают использования отзыва для давления на продавца: покупатель "
                       "требует деньги или компенсацию в обмен на изменение оценки "
                       "(вымогательство), а не описывает товар.";
    case AppealGround::Advertising:
        return rules + " запрещают рекламу в отзывах: отзыв рекламирует другого продавца, "
                       "товар или сайт.";
    case AppealGround::Unrelated:
        return rules + " требуют, чтобы отзыв был о товаре: этот отзыв не относится ни к "
                       "товару, ни к заказу.";
    case AppealGround::Abuse:
        return rules + " запрещают оскорбления и нецензурную лексику: отзыв состоит из брани и "
                       "не содержит оценки товара.";
    }
    return {};
}

std::string amazonRule(AppealGround g, const char* market)
{
    const std::string rules = std::string(market);
    switch (g) {
    case AppealGround::Extortion:
        return rules + " do not allow a review to be used to pressure the seller: the buyer "
                       "demands money or compensation in exchange for changing the rating "
                       "(extortion) instead of describing the product.";
    case AppealGround::Advertising:
        return rules + " prohibit promotional content: the review advertises another seller, "
                       "product or website.";
    case AppealGround::Unrelated:
        return rules + " require a review to be about the product: this review is about "
                       "something unrelated to the product or the order.";
    case AppealGround::Abuse:
        return rules + " prohibit offensive content: the review consists of insults or "
                       "obscene language and says nothing about the product.";
    }
    return {};
}

std::string taobaoRule(AppealGround g)
{
    switch (g) {
    case AppealGround::Extortion:
        return "该评价违反《淘宝网评价规范》：买家以差评要挟卖家，索要财物或额外补偿，"
               "属于恶意评价，而非对商品的真实评价。";
    case AppealGround::Advertising:
        return "该评价违反《淘宝网评价规范》：评价中含有广告信息，推广其他店铺、商品或网站。";
    case AppealGround::Unrelated:
        return "该评价违反《淘宝网评价规范》：评价内容与所购商品及本次交易无关。";
    case AppealGround::Abuse:
        return "该评价违反《淘宝网评价规范》：评价含有辱骂或污言秽语，未对商品作出评价。";
    }
    return {};
}

std::string formatUtc(Timestamp ms)
{
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
    return buf;
}

std::u32string decode(std::string_view text)
{
    std::u32string out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        out += utf8::next(text, pos);
    }
    return out;
}

std::string encode(std::u32string_view text)
{
    std::string out;
    for (char32_t c : text) {
        utf8::append(out, c == U'\n' ? U' ' : c);
    }
    return out;
}

bool containsAny(const std::string& haystack, std::initializer_list<const char*> needles)
{
    return std::any_of(needles.begin(), needles.end(),
                       [&](const char* n) { return haystack.find(n) != std::string::npos; });
}

void line(std::string& out, const char* label, const std::string& value)
{
    if (!value.empty()) {
        out += std::string(label) + ": " + value + "\n";
    }
}

} // namespace

std::string_view toKey(AppealGround ground)
{
    switch (ground) {
    case AppealGround::Extortion:
        return "extortion";
    case AppealGround::Advertising:
        return "advertising";
    case AppealGround::Unrelated:
        return "unrelated";
    case AppealGround::Abuse:
        return "abuse";
    }
    return {};
}

std::optional<AppealGround> appealGroundFromKey(std::string_view key)
{
    for (AppealGround g : kAllAppealGrounds) {
        if (toKey(g) == key) {
            return g;
        }
    }
    return std::nullopt;
}

AppealGround AppealBuilder::suggestGround(const std::vector<Evidence>& evidence)
{
    int votes[4] = {0, 0, 0, 0};
    for (const Evidence& e : evidence) {
        if (e.target != "suspicious" || e.negated) {
            continue;
        }
        std::string id = e.ruleId;
        std::transform(id.begin(), id.end(), id.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (containsAny(id, {"extort", "threat", "blackmail", "ransom", "demand", "pay"})) {
            ++votes[0];
        } else if (containsAny(id, {"advert", "compet", "promo", "spam", "link"})) {
            ++votes[1];
        } else if (containsAny(id, {"unrelated", "offtopic", "off_topic", "boycott", "news"})) {
            ++votes[2];
        } else if (containsAny(id, {"abuse", "insult", "obscen", "profan", "swear"})) {
            ++votes[3];
        }
    }
    const int best = static_cast<int>(std::max_element(votes, votes + 4) - votes);
    return votes[best] > 0 ? kAllAppealGrounds[best] : AppealGround::Extortion;
}

Language AppealBuilder::languageFor(Platform platform)
{
    switch (platform) {
    case Platform::Ozon:
    case Platform::Wildberries:
        return Language::Ru;
    case Platform::Taobao:
        return Language::Zh;
    case Platform::Amazon:
    case Platform::Other:
        return Language::En;
    }
    return Language::En;
}

std::string AppealBuilder::ruleText(Platform platform, AppealGround ground)
{
    switch (platform) {
    case Platform::Ozon:
        return ozonRule(ground, "Ozon");
    case Platform::Wildberries:
        return ozonRule(ground, "Wildberries");
    case Platform::Taobao:
        return taobaoRule(ground);
    case Platform::Amazon:
        return amazonRule(ground, "Amazon's Community Guidelines");
    case Platform::Other:
        return amazonRule(ground, "The marketplace's review rules");
    }
    return {};
}

std::vector<std::string> AppealBuilder::quotedEvidence(const Review& review,
                                                       const std::vector<Evidence>& evidence)
{
    constexpr int kContext = 20; // code points on each side of the match
    const std::u32string text = decode(review.text);
    const std::u32string title = decode(review.title);
    std::vector<std::string> out;
    for (const Evidence& e : evidence) {
        if (e.target != "suspicious" || e.negated) {
            continue;
        }
        const std::u32string& field = e.inTitle ? title : text;
        const int size = static_cast<int>(field.size());
        if (e.begin < 0 || e.end > size || e.begin >= e.end) {
            continue; // offsets from another version of the text: nothing reliable to quote
        }
        int from = std::max(0, e.begin - kContext);
        int to = std::min(size, e.end + kContext);
        while (from < e.begin && (field[from] == U' ' || field[from] == U'\n')) {
            ++from;
        }
        while (to > e.end && (field[to - 1] == U' ' || field[to - 1] == U'\n')) {
            --to;
        }
        std::string quote = from > 0 ? "…" : "";
        quote += encode(field.substr(from, to - from));
        quote += to < size ? "…" : "";
        if (std::find(out.begin(), out.end(), quote) == out.end()) {
            out.push_back(std::move(quote));
        }
    }
    return out;
}

std::string AppealBuilder::build(const AppealRequest& req)
{
    const Review& r = req.review;
    const Wording& w = wordingFor(languageFor(r.platform));
    std::string out = std::string(w.title) + "\n\n";
    line(out, w.review, r.externalId);
    if (r.publishedAt) {
        line(out, w.published, formatUtc(*r.publishedAt));
    }
    if (r.rating) {
        std::string rating = w.rating;
        rating.replace(rating.find("%d"), 2, std::to_string(*r.rating));
        out += rating + "\n";
    } else if (r.polarity != Polarity::Unknown) {
        // Polarity: Unknown, Negative, Neutral, Positive.
        line(out, w.polarity, w.tones[static_cast<std::size_t>(r.polarity) - 1]);
    }
    line(out, w.product, r.product);
    line(out, w.sku, r.sku);
    line(out, w.order, r.orderId);
    line(out, w.buyer, r.customerName.empty() ? r.customerId : r.customerName);
    line(out, w.shop, r.shop);
    line(out, w.reviewTitle, r.title);
    out += std::string("\n") + w.text + ":\n«" + r.text + "»\n\n";
    out += std::string(w.breaks) + ":\n" + ruleText(r.platform, req.ground) + "\n";
    const auto quotes = quotedEvidence(r, req.evidence);
    if (!quotes.empty()) {
        out += std::string("\n") + w.fragments + ":\n";
        for (const auto& q : quotes) {
            out += "- «" + q + "»\n";
        }
    }
    out += std::string("\n") + w.contacts + ":\n";
    if (req.contacts.empty()) {
        out += std::string(w.noContacts) + "\n";
    }
    for (const ContactEntry& c : req.contacts) {
        out += "- " + formatUtc(c.at) + ", " + w.channels[static_cast<std::size_t>(c.channel)];
        if (!c.offered.empty()) {
            out += "; " + std::string(w.offered) + ": " + c.offered;
        }
        if (!c.buyerAnswer.empty()) {
            out += "; " + std::string(w.answer) + ": " + c.buyerAnswer;
        }
        out += "\n";
    }
    out += std::string("\n") + w.request + "\n";
    if (!req.agentName.empty()) {
        out += std::string("\n") + w.regards + ",\n" + req.agentName + "\n";
    }
    return out;
}

} // namespace rd
