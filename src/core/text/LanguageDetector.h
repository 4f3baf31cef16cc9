#pragma once

#include "model/Enums.h"

#include <string_view>

namespace rd {

// Script-based language detection: Han characters mean Chinese, Cyrillic letters Russian,
// Latin letters English. Good enough for the three languages the product serves; a text with
// no letters at all (emoji, digits) is Unknown.
class LanguageDetector
{
public:
    static Language detect(std::string_view utf8Text);
};

} // namespace rd
