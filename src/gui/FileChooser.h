#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace rd::gui {

// The file dialogs of the program, behind one door so that tests can answer them (as
// KeePassXC's FileDialog does): setNextForTesting() queues the answers the next calls
// return instead of showing a dialog. An empty answer is a cancelled dialog.
class FileChooser
{
public:
    static QString openFile(QWidget* parent, const QString& caption, const QString& folder,
                            const QString& filter);
    static QStringList openFiles(QWidget* parent, const QString& caption, const QString& folder,
                                 const QString& filter);
    // Does not ask before "overwriting": callers decide what an existing file means.
    static QString saveFile(QWidget* parent, const QString& caption, const QString& folder,
                            const QString& filter);

    // Each queued entry answers one call; openFiles() splits an entry on '\n'.
    static void setNextForTesting(const QStringList& answers);
    static bool hasPendingTestAnswers();

private:
    static bool takeTestAnswer(QString& answer);
};

} // namespace rd::gui
