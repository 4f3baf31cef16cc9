#include "import/HeaderRecognizer.h"

#include "text/CharClass.h"
#include "text/Utf8.h"

#include <unordered_map>

namespace rd {
namespace {

struct Synonyms
{
    ImportField field;
    std::vector<std::string_view> names;
};

// Written naturally; compared in normalize()d form. Keep docs/formats.md in step.
const std::vector<Synonyms>& table()
{
    static const std::vector<Synonyms> all = {
        {ImportField::ExternalId,
         {"id", "review id", "reviewid", "comment id", "feedback id", "uuid", "ID отзыва",
          "Идентификатор", "Идентификатор отзыва", "Номер отзыва", "评价ID", "评论ID", "评价编号",
          "评论编号"}},
        {ImportField::Platform,
         {"platform", "marketplace", "channel", "Площадка", "Маркетплейс", "平台", "渠道"}},
        {ImportField::Shop,
         {"shop", "store", "seller", "shop name", "store name", "seller name", "Магазин",
          "Продавец", "Название магазина", "店铺", "店铺名称", "店铺名", "商家", "卖家"}},
        {ImportField::Sku,
         {"sku", "asin", "article", "product id", "item id", "offer id", "sku id", "Артикул",
          "Артикул продавца", "Артикул WB", "Артикул Ozon", "SKU товара", "ID товара", "商品ID",
          "商品编号", "宝贝ID", "货号", "SKU编号"}},
        {ImportField::Product,
         {"product", "product name", "product title", "item", "item name", "Товар",
          "Название товара", "Наименование", "Наименование товара", "Продукт", "商品", "商品名称",
          "商品名", "宝贝", "宝贝名称", "产品", "产品名称"}},
        {ImportField::CustomerId,
         {"customer id", "user id", "buyer id", "reviewer id", "client id", "profile id",
          "ID покупателя", "ID клиента", "买家ID", "用户ID", "会员ID"}},
        {ImportField::CustomerName,
         {"customer", "customer name", "user",           "user name",     "username",
          "buyer",    "buyer name",    "reviewer",       "reviewer name", "author",
          "nickname", "Покупатель",    "Имя покупателя", "Клиент",        "Автор",
          "Имя",      "Пользователь",  "用户名",         "用户",          "买家",
          "买家昵称", "昵称",          "会员",           "会员名"}},
        {ImportField::OrderId,
         {"order id", "order", "order number", "order no", "Номер заказа", "Заказ", "№ заказа",
          "Номер отправления", "订单号", "订单编号", "订单ID", "订单"}},
        {ImportField::Rating,
         {"rating",   "stars",         "star",   "star rating", "score",  "grade",
          "overall",  "review rating", "Оценка", "Рейтинг",     "Звезды", "Количество звезд",
          "Балл",     "评分",          "星级",   "评级",        "分数",   "打分",
          "评价等级", "评价星级"}},
        {ImportField::Polarity,
         {"sentiment", "polarity", "label", "Тональность", "Полярность", "Метка", "情感",
          "情感倾向", "极性", "标签", "评价类型"}},
        {ImportField::Title,
         {"title", "summary", "headline", "review title", "subject", "Заголовок",
          "Заголовок отзыва", "标题", "评价标题"}},
        {ImportField::Text, {"text",        "review",  "review text",  "review body",
                             "body",        "comment", "comments",     "content",
                             "feedback",    "message", "Текст отзыва", "Отзыв",
                             "Комментарий", "Текст",   "Содержание",   "Текст комментария",
                             "评价内容",    "评论",    "内容",         "评价",
                             "评论内容",    "评语"}},
        {ImportField::PublishedAt,
         {"date",       "time",         "datetime",    "published at",    "published",
          "created at", "created",      "review date", "date published",  "timestamp",
          "posted",     "Дата",         "Дата отзыва", "Дата публикации", "Дата создания",
          "Время",      "Дата и время", "时间",        "评价时间",        "日期",
          "评论时间",   "发布时间",     "创建时间",    "评价日期"}},
    };
    return all;
}

const std::unordered_map<std::string, ImportField>& index()
{
    static const std::unordered_map<std::string, ImportField> map = [] {
        std::unordered_map<std::string, ImportField> m;
        for (const Synonyms& s : table()) {
            for (std::string_view name : s.names) {
                m.emplace(HeaderRecognizer::normalize(name), s.field);
            }
        }
        return m;
    }();
    return map;
}

} // namespace

std::string HeaderRecognizer::normalize(std::string_view header)
{
    std::string out;
    std::size_t pos = 0;
    while (pos < header.size()) {
        const char32_t c = chars::fold(utf8::next(header, pos));
        if (chars::isWordChar(c) || chars::isCjk(c)) {
            utf8::append(out, c);
        }
    }
    return out;
}

ImportField HeaderRecognizer::recognize(std::string_view header)
{
    const auto& m = index();
    auto it = m.find(normalize(header));
    return it == m.end() ? ImportField::Extra : it->second;
}

ColumnMapping HeaderRecognizer::recognize(const std::vector<std::string>& headers)
{
    ColumnMapping mapping;
    for (const std::string& h : headers) {
        ImportField f = recognize(h);
        if (f != ImportField::Extra && mapping.has(f)) {
            f = ImportField::Extra;
        }
        mapping.columns.push_back(f);
    }
    return mapping;
}

std::vector<std::string_view> HeaderRecognizer::synonyms(ImportField field)
{
    for (const Synonyms& s : table()) {
        if (s.field == field) {
            return s.names;
        }
    }
    return {};
}

} // namespace rd
