#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace rd {
class ReviewStore;
}

namespace rd::gui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openDatabase(const QString& path);

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<ReviewStore> m_store;
};

} // namespace rd::gui
