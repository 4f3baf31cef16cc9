#pragma once

#include <QDialog>

class QTextBrowser;

namespace rd::gui {

// Help > User guide: docs/user-guide.md, embedded in the program as :/docs/user-guide.md with
// its screenshots, shown offline as formatted text (QTextDocument's Markdown). A translated
// guide (user-guide.<language>.md, e.g. user-guide.zh_CN.md) is preferred when present.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    // The resource shown for a UI language ("zh_CN", "ru", "en").
    static QString guideResource(const QString& language);
    // Heading texts of the guide as shown (tests).
    QStringList headings() const;
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace rd::gui
