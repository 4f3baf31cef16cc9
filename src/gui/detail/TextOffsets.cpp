#include "detail/TextOffsets.h"

#include <algorithm>

namespace rd::gui {

TextOffsets::TextOffsets(const QString& text)
{
    m_positions.reserve(static_cast<std::size_t>(text.size()) + 1);
    for (int i = 0; i < text.size(); ++i) {
        m_positions.push_back(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
            text.at(i + 1).isLowSurrogate()) {
            ++i;
        }
    }
    m_positions.push_back(static_cast<int>(text.size()));
}

int TextOffsets::toUtf16(int codePoint) const
{
    const int last = static_cast<int>(m_positions.size()) - 1;
    return m_positions[static_cast<std::size_t>(std::clamp(codePoint, 0, last))];
}

} // namespace rd::gui
