#pragma once

#include "model/ReviewFilter.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QToolButton;

namespace rd::gui {

class CheckMenuButton;

// The queue's filters, for the toolbar: full-text search ("/" focuses it), platform, rating,
// category, flags, status, language, date range, and under "More" shop, assignee, product,
// overdue follow-ups and unclassified reviews. filter() is what the widgets say; setFilter()
// shows a view's filter. Typing waits a moment before filterChanged(), a choice emits at once.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kTypingDelayMs = 250;

    explicit FilterBar(QWidget* parent = nullptr);

    ReviewFilter filter() const;
    void setFilter(const ReviewFilter& filter);
    void clear();
    bool isEmpty() const;

    QLineEdit* searchEdit() const { return m_search; }
    void focusSearch();

Q_SIGNALS:
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void buildMore();
    void buildDates();
    void retranslate();
    void changed();
    void typed();
    void updateClear();

    QLineEdit* m_search;
    CheckMenuButton* m_platform;
    CheckMenuButton* m_rating;
    CheckMenuButton* m_category;
    CheckMenuButton* m_flags;
    CheckMenuButton* m_status;
    CheckMenuButton* m_language;
    CheckMenuButton* m_date;
    QToolButton* m_more;
    QToolButton* m_clear;
    QLineEdit* m_shop = nullptr;
    QLineEdit* m_assignee = nullptr;
    QLineEdit* m_product = nullptr;
    QCheckBox* m_overdue = nullptr;
    QCheckBox* m_unclassified = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTimer m_typing;
    bool m_setting = false;
};

} // namespace rd::gui
