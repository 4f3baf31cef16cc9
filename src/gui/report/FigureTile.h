#pragma once

#include <QFrame>

class QLabel;

namespace rd::gui {

// One response figure of the report window: its name, its value in large type, and the value
// of last week beneath.
class FigureTile : public QFrame
{
    Q_OBJECT

public:
    explicit FigureTile(QWidget* parent = nullptr);

    void setFigure(const QString& title, const QString& value, const QString& note);
    QString value() const;
    QString note() const;

private:
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_note;
};

} // namespace rd::gui
