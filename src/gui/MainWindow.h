#pragma once

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;
class QTableView;
class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace rd {
struct ReviewFilter;
class ReviewStore;
class TemplateLibrary;
} // namespace rd

namespace rd::gui {

class ActivityPane;
class DetailPane;
class FilterBar;
class ManagerWindows;
class QueueModel;
class ReplyPane;
class ReviewActions;
class SearchIndexer;
class ViewCounter;
class ViewsPane;
struct QueueView;

// The triage workbench (docs/ux.md): views on the left, the review queue in the middle, the
// review, its reply and its activity on the right; filters and search in the toolbar; counts,
// search-index progress and the database in the status bar. The queue, the view counts and
// the search index each work on their own thread and connection; the window's own connection
// (GUI thread) reads the one review shown and writes the edits, each undoable.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int kOpenTimeoutMs = 30000;
    static constexpr int kCountDelayMs = 1500;
    // Page cache of the window's own connection: it reads single reviews (docs/gui.md).
    static constexpr std::int64_t kCacheBytes = 16 << 20;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the database and waits (the event loop keeps running) until the queue shows its
    // first rows; false when the file cannot be opened or read.
    bool openDatabase(const QString& path);
    QString databasePath() const { return m_path; }
    ReviewStore* store() const { return m_store.get(); }

    std::int64_t currentReviewId() const { return m_currentId; }
    QueueModel* queueModel() const { return m_queue; }
    QTableView* queueView() const;
    FilterBar* filterBar() const { return m_filterBar; }
    ViewsPane* viewsPane() const;
    DetailPane* detailPane() const;
    ReplyPane* replyPane() const;
    ActivityPane* activityPane() const;
    QUndoStack* undoStack() const { return m_undo; }
    ReviewActions* reviewActions() const { return m_actions; }
    // The weekly report, rule editor and template editor of the View menu.
    ManagerWindows* managerWindows() const { return m_managers; }
    QAction* action(const QString& objectName) const;

public Q_SLOTS:
    // File > Import and files dropped on the window: the import dialog with these files.
    void importFiles(const QStringList& files);
    // Reads the queue, the counts and the index state again (after an import).
    void reloadAll();
    // Reads the reply templates again (built-in set and user file; the template editor saved
    // them) and gives them to the reply pane. A broken user file leaves the templates as they
    // were and returns false.
    bool reloadTemplates();
    void selectReview(std::int64_t reviewId);
    // The queue on exactly these reviews (the weekly report's drill-down): the filter bar shows
    // the filter's other fields, the status bar the description, until another filter or view
    // is chosen.
    void showReviews(const rd::ReviewFilter& filter, const QString& description);

Q_SIGNALS:
    void databaseOpened(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setUpQueue();
    void setUpStatusBar();
    void connectPanes();
    void connectActions();
    void connectReviewActions();
    void restoreWindowState();
    void saveWindowState();
    void applyView(const QueueView& view);
    void applyFilterBar();
    void onCurrentRowChanged(int row);
    void onFirstRows();
    void onReviewChanged(qint64 reviewId);
    void showReview(std::int64_t reviewId);
    void moveSelection(int delta);
    void refreshCounts();
    void onCount(const QString& key, qint64 count);
    void onIndexProgress(qint64 indexed, qint64 total);
    void showMessage(const QString& text);
    void toggleFlag(bool safety);
    void saveCurrentView();
    void openDatabaseDialog();
    void showSettings();
    void showError(const QString& title, const QString& text);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<ReviewStore> m_store;
    std::shared_ptr<const TemplateLibrary> m_templates;
    QString m_path;
    QUndoStack* m_undo;
    ReviewActions* m_actions;
    QueueModel* m_queue;
    FilterBar* m_filterBar;
    ViewCounter* m_counter;
    SearchIndexer* m_indexer;
    QLabel* m_queueLabel;
    QLabel* m_totalLabel;
    QLabel* m_newNegativeLabel;
    QLabel* m_indexLabel;
    QLabel* m_pathLabel;
    QLabel* m_drillLabel;
    ManagerWindows* m_managers = nullptr;
    QTimer m_countTimer;
    std::int64_t m_currentId = 0;
    int m_pendingRow = -1;
    bool m_opening = false;
};

} // namespace rd::gui
