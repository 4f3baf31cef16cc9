#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "store/ReviewStore.h"
#include "store/StoreError.h"

#include <QMessageBox>
#include <QStandardItemModel>

namespace rd::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openDatabase(const QString& path)
{
    try {
        m_store = ReviewStore::openSqlite(path.toStdString());
    } catch (const StoreError& e) {
        QMessageBox::critical(this, tr("Cannot open database"), QString::fromStdString(e.what()));
        return false;
    }
    auto* model = new QStandardItemModel(this);
    model->setHorizontalHeaderLabels({tr("Id"), tr("Platform"), tr("Rating"), tr("Text")});
    ReviewFilter filter;
    filter.limit = 500;
    for (const auto& rec : m_store->query(filter)) {
        const auto& r = rec.review;
        model->appendRow({new QStandardItem(QString::number(r.id)),
                          new QStandardItem(QString::fromUtf8(toKey(r.platform).data(),
                                                              toKey(r.platform).size())),
                          new QStandardItem(r.rating ? QString::number(*r.rating) : QString()),
                          new QStandardItem(QString::fromStdString(r.text))});
    }
    m_ui->reviewTable->setModel(model);
    setWindowTitle(tr("ReviewDesk — %1").arg(path));
    return true;
}

} // namespace rd::gui
