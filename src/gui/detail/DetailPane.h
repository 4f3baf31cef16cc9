#pragma once

#include "model/ReviewRecord.h"

#include <QWidget>

#include <memory>

class QMenu;

namespace Ui {
class DetailPane;
}

namespace rd::gui {

class ReviewActions;
class ReviewTextView;

// The review being worked on, completely: stars, platform, product, order and buyer (with a
// repeat-complainer mark), the whole text with the matched terms highlighted, the category
// and flags (a correction is kept apart from the automatic result and shown as such), the
// status with its menu, and the follow-up date. Edits go through ReviewActions (undoable).
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    // A buyer with at least this many other negative reviews is marked as a repeat complainer.
    static constexpr int kRepeatComplaints = 2;

    explicit DetailPane(QWidget* parent = nullptr);
    ~DetailPane() override;

    void setActions(ReviewActions* actions);
    // Reads the review from the store and shows it; 0 clears the pane.
    void showReview(std::int64_t reviewId);
    std::int64_t reviewId() const { return m_reviewId; }
    const std::optional<ReviewRecord>& record() const { return m_record; }

    ReviewTextView* textView() const;
    QMenu* statusMenu() const { return m_statusMenu; }
    // S: the status menu under the status button.
    void popupStatusMenu();
    // F: the follow-up dialog.
    void editFollowUp();

Q_SIGNALS:
    void reviewShown(qint64 reviewId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildStatusMenu();
    void showHeader(const ReviewRecord& rec);
    void showClassification(const ReviewRecord& rec);
    void showWorkflow(const ReviewRecord& rec);
    QString buyerText(const Review& review) const;

    std::unique_ptr<Ui::DetailPane> m_ui;
    ReviewActions* m_actions = nullptr;
    QMenu* m_statusMenu = nullptr;
    std::int64_t m_reviewId = 0;
    std::optional<ReviewRecord> m_record;
    bool m_updating = false;
};

} // namespace rd::gui
