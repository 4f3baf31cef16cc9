#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "AppSettings.h"
#include "DialogRunner.h"
#include "ImportDialog.h"
#include "ReviewActions.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "UserGuideDialog.h"
#include "WriteRetry.h"
#include "detail/ActivityPane.h"
#include "detail/DetailPane.h"
#include "filters/FilterBar.h"
#include "queue/QueueModel.h"
#include "queue/QueueTable.h"
#include "reply/ReplyPane.h"
#include "report/ManagerWindows.h"
#include "views/BuiltinViews.h"
#include "views/ViewCounter.h"
#include "views/ViewListModel.h"
#include "views/ViewsPane.h"
#include "workers/SearchIndexer.h"

#include "reply/TemplateError.h"
#include "reply/TemplateLibrary.h"
#include "store/ReviewStore.h"
#include "store/StoreError.h"
#include "util/AppPaths.h"
#include "util/Clock.h"

#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QUndoStack>

#include <spdlog/spdlog.h>

namespace rd::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_undo(new QUndoStack(this)),
      m_actions(new ReviewActions(m_undo, this)), m_queue(new QueueModel(this)),
      m_filterBar(new FilterBar(this)), m_counter(new ViewCounter(this)),
      m_indexer(new SearchIndexer(this)), m_queueLabel(new QLabel(this)),
      m_totalLabel(new QLabel(this)), m_newNegativeLabel(new QLabel(this)),
      m_indexLabel(new QLabel(this)), m_pathLabel(new QLabel(this)),
      m_drillLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    WriteRetry::setWindow(this);
    m_ui->toolBar->addWidget(m_filterBar);
    try {
        m_templates = std::make_shared<const TemplateLibrary>(
            TemplateLibrary::withUserFile(AppPaths::userTemplatesFile()));
    } catch (const TemplateError& e) {
        spdlog::error("reply templates: {}", e.what());
        m_templates = std::make_shared<const TemplateLibrary>(TemplateLibrary::builtIn());
    }
    setUpQueue();
    setUpStatusBar();
    connectPanes();
    connectActions();
    connectReviewActions();
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(kCountDelayMs);
    connect(&m_countTimer, &QTimer::timeout, this, &MainWindow::refreshCounts);
    restoreWindowState();
    m_managers = new ManagerWindows(this); // View menu: weekly report, rule and template editors
}

MainWindow::~MainWindow()
{
    // The children outlive m_ui: nothing they emit while being deleted may reach it.
    m_undo->disconnect(this);
    m_queue->disconnect(this);
}

QTableView* MainWindow::queueView() const
{
    return m_ui->reviewTable;
}
ViewsPane* MainWindow::viewsPane() const
{
    return m_ui->viewsPane;
}
DetailPane* MainWindow::detailPane() const
{
    return m_ui->detailPane;
}
ReplyPane* MainWindow::replyPane() const
{
    return m_ui->replyPane;
}
ActivityPane* MainWindow::activityPane() const
{
    return m_ui->activityPane;
}

QAction* MainWindow::action(const QString& objectName) const
{
    return findChild<QAction*>(objectName);
}

void MainWindow::setUpQueue()
{
    QueueTable* table = m_ui->reviewTable;
    table->setQueueModel(m_queue);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentRowChanged(current.row()); });
    connect(m_queue, &QueueModel::firstRowsLoaded, this, &MainWindow::onFirstRows);
    connect(m_queue, &QueueModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to) {
                if (m_pendingRow >= from.row() && m_pendingRow <= to.row()) {
                    onCurrentRowChanged(m_pendingRow);
                }
            });
    connect(m_queue, &QueueModel::totalChanged, this, [this](qint64 total) {
        m_queueLabel->setText(tr("%1 in the queue").arg(QLocale().toString(total)));
    });
    connect(m_queue, &QueueModel::loadingChanged, this, [this](bool loading) {
        if (loading) {
            m_queueLabel->setText(tr("Counting…"));
        }
    });
    connect(m_queue, &QueueModel::loadFailed, this,
            [this](const QString& error) { showError(tr("The queue could not be read"), error); });
}

void MainWindow::setUpStatusBar()
{
    statusBar()->addPermanentWidget(m_drillLabel);
    m_drillLabel->setVisible(false);
    for (QLabel* l : {m_queueLabel, m_totalLabel, m_newNegativeLabel}) {
        statusBar()->addPermanentWidget(l);
        auto* bar = new QFrame(this);
        bar->setFrameShape(QFrame::VLine);
        bar->setFrameShadow(QFrame::Sunken);
        statusBar()->addPermanentWidget(bar);
    }
    statusBar()->addPermanentWidget(m_indexLabel);
    statusBar()->addPermanentWidget(m_pathLabel, 1);
    m_pathLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_counter, &ViewCounter::counted, this, &MainWindow::onCount);
    connect(m_indexer, &SearchIndexer::progress, this, &MainWindow::onIndexProgress);
    connect(m_indexer, &SearchIndexer::finished, this, [this] { m_indexLabel->clear(); });
    connect(m_indexer, &SearchIndexer::failed, this, [this](const QString& error) {
        m_indexLabel->setText(tr("Search index: error"));
        m_indexLabel->setToolTip(error);
    });
}

void MainWindow::connectPanes()
{
    m_ui->detailPane->setActions(m_actions);
    m_ui->replyPane->setActions(m_actions);
    m_ui->replyPane->setTemplates(m_templates);
    m_ui->activityPane->setActions(m_actions);
    connect(m_ui->replyPane, &ReplyPane::message, this, &MainWindow::showMessage);
    connect(m_ui->activityPane, &ActivityPane::reviewRequested, this, &MainWindow::selectReview);
    connect(m_ui->viewsPane, &ViewsPane::viewSelected, this, &MainWindow::applyView);
    connect(m_ui->viewsPane, &ViewsPane::saveRequested, this, &MainWindow::saveCurrentView);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilterBar);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->mainSplitter->setStretchFactor(2, 2);
    m_ui->mainSplitter->setSizes({180, 840, 420});
    m_ui->rightSplitter->setSizes({380, 260, 200});
}

void MainWindow::connectActions()
{
    auto on = [this](QAction* action, auto&& slot) {
        connect(action, &QAction::triggered, this, std::forward<decltype(slot)>(slot));
    };
    Ui::MainWindow& ui = *m_ui;
    ui.actionApprove->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    on(ui.actionImport, [this] { importFiles({}); });
    on(ui.actionOpenDatabase, [this] { openDatabaseDialog(); });
    on(ui.actionQuit, [this] { close(); });
    on(ui.actionUndo, [this] {
        m_ui->replyPane->flush();
        m_undo->undo();
    });
    on(ui.actionRedo, [this] { m_undo->redo(); });
    connect(m_undo, &QUndoStack::canUndoChanged, ui.actionUndo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, ui.actionRedo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, this, [this](const QString& text) {
        m_ui->actionUndo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(m_undo, &QUndoStack::redoTextChanged, this, [this](const QString& text) {
        m_ui->actionRedo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    ui.actionUndo->setEnabled(false);
    ui.actionRedo->setEnabled(false);
    on(ui.actionFind, [this] { m_filterBar->focusSearch(); });
    on(ui.actionClearFilters, [this] {
        m_filterBar->clear();
        applyFilterBar();
    });
    on(ui.actionSettings, [this] { showSettings(); });
    on(ui.actionReload, [this] { reloadAll(); });
    on(ui.actionShowViews, [this](bool shown) { m_ui->viewsPane->setVisible(shown); });
    on(ui.actionShowActivity, [this](bool shown) { m_ui->activityPane->setVisible(shown); });
    on(ui.actionSaveView, [this] { saveCurrentView(); });
    on(ui.actionDeleteView, [this] { m_ui->viewsPane->deleteCurrent(); });
    on(ui.actionNext, [this] { moveSelection(1); });
    on(ui.actionPrevious, [this] { moveSelection(-1); });
    const std::pair<QAction*, Category> categories[] = {
        {ui.actionCategoryProduct, Category::Product},
        {ui.actionCategoryLogistics, Category::Logistics},
        {ui.actionCategoryAfterSales, Category::AfterSales},
        {ui.actionCategoryPrice, Category::Price},
        {ui.actionCategoryOther, Category::Other}};
    for (const auto& [act, category] : categories) {
        on(act, [this, c = category] {
            if (m_currentId) {
                m_actions->setCategory(m_currentId, c);
            }
        });
    }
    on(ui.actionToggleSuspicious, [this] { toggleFlag(false); });
    on(ui.actionToggleSafety, [this] { toggleFlag(true); });
    on(ui.actionResetClassification, [this] {
        if (m_currentId) {
            m_actions->resetClassification(m_currentId);
        }
    });
    on(ui.actionFocusReply, [this] { m_ui->replyPane->focusEditor(); });
    on(ui.actionCopyReply, [this] { m_ui->replyPane->copyReply(); });
    on(ui.actionApprove, [this] { m_ui->replyPane->approve(); });
    on(ui.actionStatus, [this] { m_ui->detailPane->popupStatusMenu(); });
    on(ui.actionFollowUp, [this] { m_ui->detailPane->editFollowUp(); });
    on(ui.actionLogContact, [this] { m_ui->activityPane->logContact(); });
    on(ui.actionPrepareAppeal, [this] { m_ui->activityPane->prepareAppeal(); });
    on(ui.actionUserGuide, [this] {
        UserGuideDialog dialog(this);
        DialogRunner::exec(dialog);
    });
    on(ui.actionShortcuts, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        DialogRunner::exec(dialog);
    });
    on(ui.actionAbout, [this] {
        QMessageBox::about(this, tr("About ReviewDesk"),
                           tr("<b>ReviewDesk %1</b><p>Review management for marketplace "
                              "sellers: triage, replies, follow-ups and weekly reports.</p>")
                               .arg(QStringLiteral(REVIEWDESK_VERSION)));
    });
}

void MainWindow::connectReviewActions()
{
    connect(m_actions, &ReviewActions::reviewChanged, this, &MainWindow::onReviewChanged);
    connect(m_actions, &ReviewActions::failed, this,
            [this](const QString& error) { showError(tr("The change was not saved"), error); });
}

void MainWindow::restoreWindowState()
{
    AppSettings* s = AppSettings::instance();
    restoreGeometry(s->geometry(QStringLiteral("MainWindow")));
    restoreState(s->state(QStringLiteral("MainWindow")));
    m_ui->mainSplitter->restoreState(s->state(QStringLiteral("MainWindow/mainSplitter")));
    m_ui->rightSplitter->restoreState(s->state(QStringLiteral("MainWindow/rightSplitter")));
    m_ui->reviewTable->horizontalHeader()->restoreState(
        s->state(QStringLiteral("MainWindow/queueHeader")));
    m_ui->actionShowViews->setChecked(m_ui->viewsPane->isVisibleTo(this));
    m_ui->actionShowActivity->setChecked(m_ui->activityPane->isVisibleTo(this));
}

void MainWindow::saveWindowState()
{
    AppSettings* s = AppSettings::instance();
    s->setGeometry(QStringLiteral("MainWindow"), saveGeometry());
    s->setState(QStringLiteral("MainWindow"), saveState());
    s->setState(QStringLiteral("MainWindow/mainSplitter"), m_ui->mainSplitter->saveState());
    s->setState(QStringLiteral("MainWindow/rightSplitter"), m_ui->rightSplitter->saveState());
    s->setState(QStringLiteral("MainWindow/queueHeader"),
                m_ui->reviewTable->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_ui->replyPane->flush();
    saveWindowState();
    QMainWindow::closeEvent(event);
}

bool MainWindow::openDatabase(const QString& path)
{
    if (m_opening) {
        return false;
    }
    m_ui->replyPane->flush();
    std::unique_ptr<ReviewStore> store;
    try {
        store = ReviewStore::openSqlite(QDir::toNativeSeparators(path).toStdString());
        store->limitMemory(kCacheBytes);
    } catch (const StoreError& e) {
        showError(tr("Cannot open the database"), QString::fromUtf8(e.what()));
        return false;
    }
    // Writes on this thread wait briefly and are retried (WriteRetry), never freezing the window.
    store->setBusyTimeout(WriteRetry::kAttemptMs);
    m_opening = true;
    m_currentId = 0;
    m_pendingRow = -1;
    m_actions->setStore(nullptr);
    showReview(0);
    m_store = std::move(store);
    m_path = path;
    m_actions->setStore(m_store.get());
    m_ui->viewsPane->setStore(m_store.get());
    m_indexer->stop();

    bool ok = false;
    QEventLoop loop;
    auto done = [&](bool success) {
        ok = success;
        loop.quit();
    };
    const auto c1 = connect(m_queue, &QueueModel::firstRowsLoaded, &loop, [&] { done(true); });
    const auto c2 = connect(m_queue, &QueueModel::loadFailed, &loop, [&] { done(false); });
    const auto c3 = connect(m_queue, &QueueModel::opened, &loop, [&](const QString& error) {
        if (!error.isEmpty()) {
            done(false);
        }
    });
    QTimer::singleShot(kOpenTimeoutMs, &loop, [&] { done(false); });
    m_queue->open(path);
    if (const QueueView* view = m_ui->viewsPane->currentView()) {
        m_filterBar->setFilter(view->filter);
        m_queue->setFilter(view->filter); // loads once the loader's connection is open
    }
    m_counter->open(path);
    loop.exec();
    disconnect(c1);
    disconnect(c2);
    disconnect(c3);
    m_opening = false;

    m_indexer->start(path);
    refreshCounts();
    setWindowTitle(tr("%1 — ReviewDesk").arg(QFileInfo(path).fileName()));
    m_pathLabel->setText(QDir::toNativeSeparators(path));
    if (ok) {
        Q_EMIT databaseOpened(path);
    }
    return ok;
}

void MainWindow::openDatabaseDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_path).absolutePath(),
                                     tr("ReviewDesk databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty() && openDatabase(path)) {
        AppSettings::instance()->setLastDatabase(path);
    }
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(*AppSettings::instance(), m_path, this);
    connect(&dialog, &SettingsDialog::databaseRequested, this,
            [this, &dialog](const QString& path, bool) {
                if (openDatabase(path)) {
                    AppSettings::instance()->setLastDatabase(path);
                }
                dialog.setCurrentDatabase(m_path);
            });
    DialogRunner::exec(dialog);
    showReview(m_currentId); // agent name, limits may have changed
}

void MainWindow::importFiles(const QStringList& files)
{
    if (!m_store) {
        return;
    }
    ImportDialog dialog(m_path, files, *AppSettings::instance(), this);
    connect(&dialog, &ImportDialog::reviewsImported, this, &MainWindow::reloadAll);
    DialogRunner::exec(dialog);
}

bool MainWindow::reloadTemplates()
{
    try {
        m_templates = std::make_shared<const TemplateLibrary>(
            TemplateLibrary::withUserFile(AppPaths::userTemplatesFile()));
    } catch (const TemplateError& e) {
        spdlog::error("reply templates: {}", e.what());
        return false;
    }
    m_ui->replyPane->setTemplates(m_templates);
    m_ui->replyPane->showReview(m_currentId); // the picker lists the new templates
    return true;
}

void MainWindow::reloadAll()
{
    m_queue->reload();
    refreshCounts();
    if (!m_indexer->running() && !m_path.isEmpty()) {
        m_indexer->start(m_path);
    }
    showReview(m_currentId);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (m_store && !urls.isEmpty() &&
        std::all_of(urls.begin(), urls.end(), [](const QUrl& u) { return u.isLocalFile(); })) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        files << url.toLocalFile();
    }
    event->acceptProposedAction();
    // After the drop has finished: the dialog is modal.
    QTimer::singleShot(0, this, [this, files] { importFiles(files); });
}

void MainWindow::applyView(const QueueView& view)
{
    m_drillLabel->setVisible(false);
    m_filterBar->setFilter(view.filter);
    m_queue->setFilter(view.filter);
}

void MainWindow::applyFilterBar()
{
    // The filter now differs from any view: no view stays highlighted.
    const QSignalBlocker block(m_ui->viewsPane->list()->selectionModel());
    m_ui->viewsPane->list()->selectionModel()->clear();
    m_drillLabel->setVisible(false);
    m_queue->setFilter(m_filterBar->filter());
}

void MainWindow::showReviews(const ReviewFilter& filter, const QString& description)
{
    if (!m_store) {
        return;
    }
    m_filterBar->setFilter(filter); // the ids are not a filter-bar field: any change drops them
    {
        const QSignalBlocker block(m_ui->viewsPane->list()->selectionModel());
        m_ui->viewsPane->list()->selectionModel()->clear();
    }
    m_drillLabel->setText(description);
    m_drillLabel->setToolTip(tr("Change a filter or choose a view to leave this selection"));
    m_drillLabel->setVisible(true);
    m_queue->setFilter(filter);
}

void MainWindow::onFirstRows()
{
    // Keep the review being worked on if it is still in the queue, else take the first one.
    const int row = m_currentId ? m_queue->rowOf(m_currentId) : -1;
    QTableView* table = m_ui->reviewTable;
    if (m_queue->rowCount() == 0) {
        showReview(0);
        return;
    }
    const QModelIndex index = m_queue->index(row >= 0 ? row : 0, 0);
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    table->scrollTo(index);
    if (row >= 0) {
        showReview(m_currentId); // same review; the model was reset
    }
}

void MainWindow::onCurrentRowChanged(int row)
{
    const std::int64_t id = row >= 0 ? m_queue->reviewIdAt(row) : 0;
    if (row >= 0 && id == 0) {
        m_pendingRow = row; // its page is on the way
        return;
    }
    m_pendingRow = -1;
    if (id != m_currentId || id == 0) {
        showReview(id);
    }
}

void MainWindow::showReview(std::int64_t reviewId)
{
    m_ui->replyPane->flush();
    m_currentId = reviewId;
    m_ui->detailPane->showReview(reviewId);
    m_ui->replyPane->showReview(reviewId);
    m_ui->activityPane->showReview(reviewId);
    const bool has = reviewId != 0;
    for (QAction* a : m_ui->menuReview->actions()) {
        if (a != m_ui->actionNext && a != m_ui->actionPrevious) {
            a->setEnabled(has);
        }
    }
    m_ui->menuCategory->setEnabled(has);
}

void MainWindow::selectReview(std::int64_t reviewId)
{
    const int row = m_queue->rowOf(reviewId);
    if (row >= 0) {
        m_ui->reviewTable->selectRow(row);
    } else {
        showReview(reviewId); // not in this queue: shown all the same
    }
}

void MainWindow::onReviewChanged(qint64 reviewId)
{
    if (!m_store) {
        return;
    }
    if (auto record = m_store->record(reviewId)) {
        m_queue->updateRecord(*record);
    }
    if (reviewId == m_currentId) {
        m_ui->detailPane->showReview(reviewId);
        m_ui->activityPane->showReview(reviewId);
        m_ui->replyPane->refresh();
    }
    m_countTimer.start();
}

void MainWindow::moveSelection(int delta)
{
    QTableView* table = m_ui->reviewTable;
    const int rows = m_queue->rowCount();
    if (rows == 0) {
        return;
    }
    const int current = table->currentIndex().isValid() ? table->currentIndex().row() : -1;
    const int next = std::clamp(current + delta, 0, rows - 1);
    const QModelIndex index = m_queue->index(next, std::max(0, table->currentIndex().column()));
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    table->scrollTo(index);
}

void MainWindow::toggleFlag(bool safety)
{
    const auto& record = m_ui->detailPane->record();
    if (m_currentId && record) {
        m_actions->setFlag(m_currentId, safety ? Flag::Safety : Flag::Suspicious,
                           !(safety ? record->safety : record->suspicious));
    }
}

void MainWindow::refreshCounts()
{
    if (!m_store) {
        return;
    }
    QVector<std::pair<QString, ReviewFilter>> requests;
    const Timestamp now = Clock::nowMs();
    for (const QueueView& view : m_ui->viewsPane->model()->views()) {
        if (view.problem.isEmpty()) {
            ReviewFilter f = view.filter;
            f.now = now;
            requests.push_back({view.key, f});
        }
    }
    m_counter->count(requests);
}

void MainWindow::onCount(const QString& key, qint64 count)
{
    m_ui->viewsPane->model()->setCount(key, count);
    const QLocale locale;
    if (key == BuiltinViews::allKey()) {
        m_totalLabel->setText(tr("%1 reviews").arg(locale.toString(count)));
    } else if (key == BuiltinViews::newNegativeKey()) {
        m_newNegativeLabel->setText(tr("%1 new negative").arg(locale.toString(count)));
    }
}

void MainWindow::onIndexProgress(qint64 indexed, qint64 total)
{
    if (indexed >= total) {
        m_indexLabel->clear();
        return;
    }
    m_indexLabel->setText(tr("Indexing for search %1%").arg(total ? indexed * 100 / total : 100));
}

void MainWindow::showMessage(const QString& text)
{
    statusBar()->showMessage(text, 6000);
}

void MainWindow::saveCurrentView()
{
    if (!m_store) {
        return;
    }
    QInputDialog ask(this);
    ask.setWindowTitle(tr("Save view"));
    ask.setLabelText(tr("Name of the view (the current filters are saved with it):"));
    if (DialogRunner::exec(ask) != QDialog::Accepted || ask.textValue().trimmed().isEmpty()) {
        return;
    }
    QString error;
    if (!m_ui->viewsPane->saveView(ask.textValue(), m_filterBar->filter(), &error)) {
        showError(tr("The view was not saved"), error);
    } else {
        refreshCounts();
    }
}

void MainWindow::showError(const QString& title, const QString& text)
{
    spdlog::warn("{}: {}", title.toStdString(), text.toStdString());
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    DialogRunner::exec(box);
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refreshCounts();
    }
}

} // namespace rd::gui
