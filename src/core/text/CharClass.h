#pragma once

namespace rd::chars {

// Han ideographs and the other scripts written without spaces (kana, Hangul): the full-text
// tokenizer indexes runs of these as overlapping bigrams.
constexpr bool isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FA1F) ||
           (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
}

constexpr bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FA1F);
}

constexpr bool isCyrillic(char32_t c) { return c >= 0x0400 && c <= 0x052F; }

constexpr bool isLatinLetter(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

constexpr bool isDigit(char32_t c) { return c >= '0' && c <= '9'; }

// Letters and digits of the alphabetic scripts (Latin, Greek, Cyrillic, Armenian, Hebrew,
// Arabic...) and combining marks; words are runs of these.
constexpr bool isWordChar(char32_t c)
{
    if (c < 0x80) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return isLatinLetter(c) || (c >= 0x0300 && c <= 0x036F) || (c >= 0x0370 && c <= 0x03FF) ||
           isCyrillic(c) || (c >= 0x0530 && c <= 0x06FF) || (c >= 0x1E00 && c <= 0x1EFF);
}

// Simple case folding for the alphabets the product works with, plus the two Russian
// spellings of "е" (ё → е) and full-width ASCII (Ａ → a, ０ → 0).
constexpr char32_t fold(char32_t c)
{
    if (c < 0x80) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    if (c >= 0xFF01 && c <= 0xFF5E) { // full-width ASCII
        return fold(c - 0xFEE0);
    }
    if (c == 0x3000) { // ideographic space
        return ' ';
    }
    if (c >= 0x0410 && c <= 0x042F) { // А-Я
        return c == 0x0401 ? 0x0435 : c + 32;
    }
    if (c == 0x0401 || c == 0x0451) { // Ё ё
        return 0x0435;
    }
    if (c >= 0x0400 && c <= 0x040F) { // Ѐ-Џ
        return c + 80;
    }
    if ((c >= 0x0460 && c <= 0x0481) || (c >= 0x048A && c <= 0x04BF) ||
        (c >= 0x04D0 && c <= 0x052F)) {
        return (c % 2 == 0) ? c + 1 : c;
    }
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) { // Latin-1
        return c + 32;
    }
    if (c >= 0x0100 && c <= 0x017F) { // Latin Extended-A (pairs, with exceptions)
        if ((c >= 0x0139 && c <= 0x0148) || (c >= 0x0179 && c <= 0x017E)) {
            return (c % 2 == 1) ? c + 1 : c;
        }
        if (c == 0x0130 || c == 0x0131 || c == 0x0138 || c == 0x0149 || c == 0x017F) {
            return c == 0x0130 ? char32_t('i') : c;
        }
        return (c % 2 == 0) ? c + 1 : c;
    }
    if (c >= 0x0391 && c <= 0x03AB && c != 0x03A2) { // Greek capitals
        return c + 32;
    }
    return c;
}

} // namespace rd::chars
