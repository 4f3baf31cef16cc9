#pragma once

#include <QString>

#include <vector>

namespace rd::gui {

// Maps Unicode code-point offsets (as the classifier's evidence gives them, docs: Evidence)
// to QString positions, which count UTF-16 units: a character outside the BMP (an emoji, a
// rare CJK ideograph) is one code point but two QString positions.
class TextOffsets
{
public:
    explicit TextOffsets(const QString& text);

    int codePoints() const { return static_cast<int>(m_positions.size()) - 1; }
    // The QString position of code point `codePoint`, clamped to [0, text length].
    int toUtf16(int codePoint) const;

private:
    std::vector<int> m_positions; // m_positions[i]: UTF-16 position of code point i; last = end
};

} // namespace rd::gui
