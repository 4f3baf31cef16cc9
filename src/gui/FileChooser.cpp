#include "FileChooser.h"

#include <QFileDialog>

namespace rd::gui {
namespace {

QStringList& testAnswers()
{
    static QStringList answers;
    return answers;
}

} // namespace

bool FileChooser::takeTestAnswer(QString& answer)
{
    if (testAnswers().isEmpty()) {
        return false;
    }
    answer = testAnswers().takeFirst();
    return true;
}

void FileChooser::setNextForTesting(const QStringList& answers)
{
    testAnswers() = answers;
}

bool FileChooser::hasPendingTestAnswers()
{
    return !testAnswers().isEmpty();
}

QString FileChooser::openFile(QWidget* parent, const QString& caption, const QString& folder,
                              const QString& filter)
{
    QString answer;
    if (takeTestAnswer(answer)) {
        return answer;
    }
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QStringList FileChooser::openFiles(QWidget* parent, const QString& caption, const QString& folder,
                                   const QString& filter)
{
    QString answer;
    if (takeTestAnswer(answer)) {
        return answer.isEmpty() ? QStringList() : answer.split(QLatin1Char('\n'));
    }
    return QFileDialog::getOpenFileNames(parent, caption, folder, filter);
}

QString FileChooser::saveFile(QWidget* parent, const QString& caption, const QString& folder,
                              const QString& filter)
{
    QString answer;
    if (takeTestAnswer(answer)) {
        return answer;
    }
    return QFileDialog::getSaveFileName(parent, caption, folder, filter, nullptr,
                                        QFileDialog::DontConfirmOverwrite);
}

} // namespace rd::gui
