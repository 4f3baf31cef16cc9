#include "views/ViewsPane.h"

#include "views/BuiltinViews.h"
#include "views/ViewItemDelegate.h"
#include "views/ViewListModel.h"

#include "WriteRetry.h"

#include "model/ReviewFilterJson.h"
#include "store/ReviewStore.h"
#include "store/SavedViewStore.h"
#include "store/StoreError.h"
#include "util/Clock.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <stdexcept>

namespace rd::gui {

ViewsPane::ViewsPane(QWidget* parent)
    : QWidget(parent), m_model(new ViewListModel(this)), m_list(new QListView(this)),
      m_saveButton(new QToolButton(this)), m_deleteButton(new QToolButton(this)),
      m_title(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->setSpacing(4);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_saveButton);
    header->addWidget(m_deleteButton);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);
    m_list->setObjectName(QStringLiteral("viewsList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ViewItemDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_saveButton->setText(QStringLiteral("+"));
    m_deleteButton->setText(QStringLiteral("−"));
    m_saveButton->setAutoRaise(true);
    m_deleteButton->setAutoRaise(true);
    retranslate();
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                updateButtons();
                if (const QueueView* v = m_model->view(current.row())) {
                    Q_EMIT viewSelected(*v);
                }
            });
    connect(m_saveButton, &QToolButton::clicked, this, &ViewsPane::saveRequested);
    connect(m_deleteButton, &QToolButton::clicked, this, &ViewsPane::deleteCurrent);
    reloadViews();
}

void ViewsPane::retranslate()
{
    m_title->setText(QStringLiteral("<b>%1</b>").arg(tr("Views")));
    m_saveButton->setToolTip(tr("Save the current filter as a view"));
    m_deleteButton->setToolTip(tr("Delete the selected saved view"));
    m_list->setAccessibleName(tr("Views"));
}

void ViewsPane::setStore(ReviewStore* store)
{
    m_store = store;
    reloadViews();
}

void ViewsPane::reloadViews()
{
    const QString current = currentView() ? currentView()->key : BuiltinViews::newNegativeKey();
    QVector<QueueView> views = BuiltinViews::all();
    if (m_store) {
        for (const SavedView& saved : m_store->savedViews().list()) {
            QueueView v;
            v.key = QStringLiteral("saved:%1").arg(saved.id);
            v.title = QString::fromStdString(saved.name);
            v.savedId = saved.id;
            try {
                v.filter = filterFromJson(saved.filterJson);
            } catch (const std::invalid_argument& e) {
                v.problem = tr("This view cannot be read: %1").arg(QString::fromUtf8(e.what()));
            }
            views << v;
        }
    }
    const QSignalBlocker block(m_list->selectionModel());
    m_model->setViews(views);
    const int row = m_model->rowOf(current);
    m_list->setCurrentIndex(m_model->index(row < 0 ? 0 : row));
    updateButtons();
}

const QueueView* ViewsPane::currentView() const
{
    return m_model->view(m_list->currentIndex().row());
}

void ViewsPane::selectView(const QString& key)
{
    const int row = m_model->rowOf(key);
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row));
    }
}

bool ViewsPane::saveView(const QString& name, const ReviewFilter& filter, QString* error)
{
    if (!m_store || name.trimmed().isEmpty()) {
        return false;
    }
    try {
        std::int64_t id = 0;
        // Waits while another program's import holds the write lock (WriteRetry).
        if (!WriteRetry::run([&] {
                id = m_store->savedViews().save(name.trimmed().toStdString(), filterToJson(filter),
                                                Clock::nowMs());
            })) {
            if (error) {
                *error = tr("Cancelled while another program was writing to the database.");
            }
            return false;
        }
        reloadViews();
        selectView(QStringLiteral("saved:%1").arg(id));
        return true;
    } catch (const StoreError& e) {
        if (error) {
            *error = QString::fromUtf8(e.what());
        }
        return false;
    }
}

void ViewsPane::deleteCurrent()
{
    const QueueView* v = currentView();
    if (!m_store || !v || v->builtIn()) {
        return;
    }
    try {
        if (!WriteRetry::run([&] { m_store->savedViews().remove(v->savedId); })) {
            return;
        }
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("The view was not deleted"), QString::fromUtf8(e.what()));
        return;
    }
    const int row = m_list->currentIndex().row();
    reloadViews();
    m_list->setCurrentIndex(m_model->index(std::max(0, row - 1)));
}

void ViewsPane::updateButtons()
{
    const QueueView* v = currentView();
    m_deleteButton->setEnabled(m_store && v && !v->builtIn());
    m_saveButton->setEnabled(m_store != nullptr);
}

void ViewsPane::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reloadViews();
    }
}

} // namespace rd::gui
