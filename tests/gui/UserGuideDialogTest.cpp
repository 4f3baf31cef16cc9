#include "UserGuideDialog.h"

#include <QFile>
#include <QTextBrowser>

#include <gtest/gtest.h>

using rd::gui::UserGuideDialog;

TEST(UserGuideDialog, ShowsTheEmbeddedGuideWithItsSections)
{
    ASSERT_TRUE(QFile::exists(QStringLiteral(":/docs/user-guide.md")));
    UserGuideDialog dialog;
    const QStringList headings = dialog.headings();
    EXPECT_TRUE(headings.contains(QStringLiteral("ReviewDesk User Guide")));
    EXPECT_TRUE(headings.contains(QStringLiteral("Importing reviews")));
    EXPECT_TRUE(headings.contains(QStringLiteral("Settings")));
    // Rendered as formatted text, not shown as Markdown source.
    EXPECT_FALSE(dialog.browser()->toPlainText().contains(QStringLiteral("## ")));
}

TEST(UserGuideDialog, FallsBackToTheEnglishGuide)
{
    EXPECT_EQ(UserGuideDialog::guideResource(QStringLiteral("xx")),
              QStringLiteral(":/docs/user-guide.md"));
}
