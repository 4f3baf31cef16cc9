#pragma once

#include "views/QueueView.h"

#include <QWidget>

class QLabel;
class QListView;
class QToolButton;

namespace rd {
class ReviewStore;
}

namespace rd::gui {

class ViewListModel;

// The left pane: the built-in views and the user's saved views (kept in the database), each
// with its number of reviews. Choosing one sets the queue's filter.
class ViewsPane : public QWidget
{
    Q_OBJECT

public:
    explicit ViewsPane(QWidget* parent = nullptr);

    void setStore(ReviewStore* store);
    void reloadViews();
    ViewListModel* model() const { return m_model; }
    QListView* list() const { return m_list; }
    const QueueView* currentView() const;
    void selectView(const QString& key);
    // Saves `filter` under `name` (replacing a saved view of that name) and selects it.
    bool saveView(const QString& name, const ReviewFilter& filter, QString* error = nullptr);
    void deleteCurrent();

Q_SIGNALS:
    void viewSelected(const rd::gui::QueueView& view);
    void saveRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateButtons();
    void retranslate();

    ReviewStore* m_store = nullptr;
    ViewListModel* m_model;
    QListView* m_list;
    QToolButton* m_saveButton;
    QToolButton* m_deleteButton;
    QLabel* m_title;
};

} // namespace rd::gui
