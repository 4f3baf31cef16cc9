#pragma once

#include "appeal/AppealBuilder.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AppealDialog;
}

namespace rd::gui {

// "Prepare appeal": the text for the marketplace's report form, assembled by AppealBuilder in
// the marketplace's language from the review, its order, the evidence and the contact log.
// The rule broken is suggested from the evidence and can be changed; the text stays editable.
// "Copy and mark as appealed" puts it on the clipboard and accepts.
class AppealDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AppealDialog(AppealRequest request, QWidget* parent = nullptr);
    ~AppealDialog() override;

    QString text() const;
    AppealGround ground() const;
    void setGround(AppealGround ground);

private:
    void rebuild();
    static QString groundName(AppealGround ground);

    std::unique_ptr<Ui::AppealDialog> m_ui;
    AppealRequest m_request;
};

} // namespace rd::gui
