#pragma once

#include "import/ColumnMapping.h"

#include <string>
#include <string_view>
#include <vector>

namespace rd {

// Recognises CSV header names in Chinese, Russian and English (docs/formats.md lists them):
// "评价内容", "Текст отзыва", "review_text" -> Text, and so on. Names are compared after case
// folding and dropping spaces, punctuation, underscores and hyphens, so "Order ID", "order_id"
// and "orderId" are the same name.
class HeaderRecognizer
{
public:
    // The field a header name stands for, or Extra when it is not recognised.
    static ImportField recognize(std::string_view header);

    // A mapping for a whole header row: each field is taken by the first column that names
    // it; later columns with the same meaning, and unrecognised ones, become Extra.
    static ColumnMapping recognize(const std::vector<std::string>& headers);

    // The comparison form of a header name ("Номер заказа" -> "номерзаказа").
    static std::string normalize(std::string_view header);

    // The recognised names of each field, for documentation and the GUI's tooltips.
    static std::vector<std::string_view> synonyms(ImportField field);
};

} // namespace rd
