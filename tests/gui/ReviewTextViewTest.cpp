#include "detail/ReviewTextView.h"
#include "detail/TextOffsets.h"

#include "CategoryStyle.h"

#include <QTextCursor>

#include <gtest/gtest.h>

using namespace rd;
using rd::gui::CategoryStyle;
using rd::gui::ReviewTextView;
using rd::gui::TextOffsets;

namespace {

Evidence match(const char* rule, const char* target, int begin, int end, bool inTitle = false)
{
    Evidence e;
    e.ruleId = rule;
    e.term = "term";
    e.target = target;
    e.begin = begin;
    e.end = end;
    e.inTitle = inTitle;
    return e;
}

} // namespace

TEST(TextOffsets, CountsNonBmpCharactersAsOneCodePoint)
{
    const QString text = QStringLiteral("a😡b𠀀c");
    const TextOffsets offsets(text);
    EXPECT_EQ(offsets.codePoints(), 5);
    EXPECT_EQ(offsets.toUtf16(0), 0);
    EXPECT_EQ(offsets.toUtf16(1), 1); // 😡
    EXPECT_EQ(offsets.toUtf16(2), 3); // b
    EXPECT_EQ(offsets.toUtf16(3), 4); // 𠀀
    EXPECT_EQ(offsets.toUtf16(4), 6); // c
    EXPECT_EQ(offsets.toUtf16(5), 7); // end
    EXPECT_EQ(offsets.toUtf16(99), 7);
    EXPECT_EQ(offsets.toUtf16(-3), 0);
}

TEST(ReviewTextView, HighlightsTheMatchedWordsAfterEmojiWithTheRuleAsTooltip)
{
    ReviewTextView view;
    // "快递" is at code points 3..5, after an emoji (two UTF-16 units) and a space.
    const QString text = QStringLiteral("😡😡 快递太慢了");
    view.setReview(QStringLiteral("Плохо"), text,
                   {match("logistics.slow", "logistics", 3, 5),
                    match("title.rule", "other", 0, 5, true),
                    match("bad.offsets", "product", 4, 40)});
    const int start = view.textStart();
    EXPECT_EQ(start, 6); // title + block separator
    const QString tip = view.toolTipAtPosition(start + 5);
    EXPECT_TRUE(tip.contains(QStringLiteral("logistics.slow"))) << tip.toStdString();
    EXPECT_TRUE(view.toolTipAtPosition(start + 6).contains(QStringLiteral("logistics.slow")));
    EXPECT_TRUE(view.toolTipAtPosition(start + 4).isEmpty()); // the space before
    EXPECT_TRUE(view.toolTipAtPosition(start + 7).isEmpty()); // 太
    EXPECT_TRUE(view.toolTipAtPosition(0).contains(QStringLiteral("title.rule")));

    QTextCursor cursor(view.document());
    cursor.setPosition(start + 5);
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    const QColor background = cursor.charFormat().background().color();
    EXPECT_EQ(background,
              CategoryStyle::highlight(CategoryStyle::color(Category::Logistics), view.palette()));
    // The text itself is untouched.
    EXPECT_EQ(view.toPlainText(), QStringLiteral("Плохо\n") + text);
}

TEST(ReviewTextView, NegatedMatchesAreMarkedButNotHighlighted)
{
    ReviewTextView view;
    Evidence e = match("product.broken", "product", 3, 9);
    e.negated = true;
    view.setReview({}, QStringLiteral("не сломался"), {e});
    QTextCursor cursor(view.document());
    cursor.setPosition(4);
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    EXPECT_EQ(cursor.charFormat().underlineStyle(), QTextCharFormat::DotLine);
    EXPECT_FALSE(cursor.charFormat().hasProperty(QTextFormat::BackgroundBrush));
    EXPECT_TRUE(view.toolTipAtPosition(4).contains(QStringLiteral("negated")));
}

TEST(CategoryStyle, BadgeTextAndHighlightsKeepContrastInLightAndDarkPalettes)
{
    for (Category c : kAllCategories) {
        const QColor color = CategoryStyle::color(c);
        EXPECT_GE(CategoryStyle::contrast(color, CategoryStyle::textOn(color)), 4.4) << toKey(c);
    }
    for (const QColor& flag : {CategoryStyle::safetyColor(), CategoryStyle::suspiciousColor()}) {
        EXPECT_GE(CategoryStyle::contrast(flag, CategoryStyle::textOn(flag)), 4.4);
    }
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    for (const QPalette& p : {light, dark}) {
        for (Category c : kAllCategories) {
            const QColor h = CategoryStyle::highlight(CategoryStyle::color(c), p);
            EXPECT_GE(CategoryStyle::contrast(h, p.color(QPalette::Text)), 4.5);
            EXPECT_NE(h, p.color(QPalette::Base)); // still visibly coloured
        }
        EXPECT_GE(
            CategoryStyle::contrast(CategoryStyle::readableOn(CategoryStyle::suspiciousColor(),
                                                              p.color(QPalette::Base)),
                                    p.color(QPalette::Base)),
            3.0);
    }
}
