#pragma once

#include "model/Draft.h"
#include "model/ReviewRecord.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class ReplyPane;
}

namespace rd {
class TemplateLibrary;
}

namespace rd::gui {

class ReviewActions;

// The reply to the review being worked on: its draft (written from the templates when the
// review has none yet), a template picker limited to templates for the review's kind,
// category, language and platform, the editable text (saved as you type, undoable as one step
// per editing session), a field for each variable the system could not fill ("{order_id}"),
// a character counter against the platform's limit ("312/1000"), Copy reply (clipboard, marks
// it exported) and Approve.
class ReplyPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSaveDelayMs = 600;

    explicit ReplyPane(QWidget* parent = nullptr);
    ~ReplyPane() override;

    void setActions(ReviewActions* actions);
    void setTemplates(std::shared_ptr<const TemplateLibrary> library);

    void showReview(std::int64_t reviewId);
    // After a change made elsewhere (undo, another pane): shows the stored text unless it is
    // what the editor already holds. When the category or a flag changed, the picker lists the
    // templates for the new one, and a draft nobody edited is written again from them.
    void refresh();
    // Saves a pending edit at once.
    void flush();

    void focusEditor();
    bool copyReply(); // Ctrl+Shift+C
    bool approve();   // Ctrl+Enter
    // Chooses a template by id, as the picker does; false when it does not fit this review.
    bool chooseTemplate(const QString& templateId);

    QString text() const;
    QStringList missingVariables() const;
    QString counterText() const;

Q_SIGNALS:
    void message(const QString& text); // feedback for the status bar

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillTemplates(const ReviewRecord& record);
    static QString kindOf(const ReviewRecord& record);
    void setEditorText(const QString& text);
    void generate(const std::string* templateId);
    void onTextChanged();
    void updateCounter();
    void updateMissing();
    void updateState();
    void fillVariable(const QString& name, const QString& value);
    bool readyToLeaveDraft(bool copying);
    static QString variableLabel(const QString& name);

    std::unique_ptr<Ui::ReplyPane> m_ui;
    ReviewActions* m_actions = nullptr;
    std::shared_ptr<const TemplateLibrary> m_library;
    std::int64_t m_reviewId = 0;
    std::optional<ReviewRecord> m_record;
    std::optional<ReplyDraft> m_draft;
    QTimer m_saveTimer;
    bool m_loading = false;
    QStringList m_missingShown;
    QString m_kindShown; // template kind and category the picker lists, e.g. "complaint/price"
};

} // namespace rd::gui
