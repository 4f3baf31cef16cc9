#pragma once

#include <QWidget>

#include <cstdint>
#include <memory>

namespace Ui {
class ActivityPane;
}

namespace rd::gui {

class ReviewActions;

// The tabs under the reply: the contact log (with "Log contact…"), the history of the review
// (rating and text revisions, status changes, reply versions), the buyer's other reviews, and
// the appeal (prepare the text, record the outcome).
class ActivityPane : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPane(QWidget* parent = nullptr);
    ~ActivityPane() override;

    void setActions(ReviewActions* actions);
    void showReview(std::int64_t reviewId);

    // L: asks for a contact entry and logs it.
    void logContact();
    // Builds the appeal text, and on "Copy" sets the status to Appealed.
    void prepareAppeal();

Q_SIGNALS:
    void reviewRequested(qint64 reviewId); // a buyer's other review was opened

protected:
    void changeEvent(QEvent* event) override;

private:
    void showContacts();
    void showHistory();
    void showBuyer();
    void showAppeal();

    std::unique_ptr<Ui::ActivityPane> m_ui;
    ReviewActions* m_actions = nullptr;
    std::int64_t m_reviewId = 0;
    bool m_updating = false;
};

} // namespace rd::gui
