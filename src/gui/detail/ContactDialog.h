#pragma once

#include "model/Workflow.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ContactDialog;
}

namespace rd::gui {

// One entry of the contact log: channel (phone, marketplace message, e-mail, other), time
// (now by default), what was offered and what the buyer answered.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ContactDialog(std::int64_t reviewId, QWidget* parent = nullptr);
    ~ContactDialog() override;

    ContactEntry entry() const;
    // Test hook: fills the form as a person would.
    void fill(ContactChannel channel, Timestamp at, const QString& offered, const QString& answer);

private:
    std::unique_ptr<Ui::ContactDialog> m_ui;
    std::int64_t m_reviewId;
};

} // namespace rd::gui
