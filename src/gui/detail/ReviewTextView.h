#pragma once

#include "model/Classification.h"

#include <QTextBrowser>

namespace rd::gui {

// The whole review, title and text, with the words the classifier matched highlighted in
// their category's (or flag's) colour and a tooltip naming the rule. A match that was
// cancelled by a negation is only dotted-underlined, with a tooltip saying so.
class ReviewTextView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReviewTextView(QWidget* parent = nullptr);

    void setReview(const QString& title, const QString& text,
                   const std::vector<Evidence>& evidence);
    void clearReview();

    // The tooltip at a document position / a viewport point (empty outside matches).
    QString toolTipAtPosition(int position) const;
    QString toolTipAt(const QPoint& viewportPoint) const;
    // Where the text (not the title) starts in the document.
    int textStart() const { return m_textStart; }

protected:
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void render();
    QString describe(const Evidence& e) const;

    QString m_title;
    QString m_text;
    std::vector<Evidence> m_evidence;
    int m_textStart = 0;
};

} // namespace rd::gui
