#include "report/FigureTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rd::gui {

FigureTile::FigureTile(QWidget* parent)
    : QFrame(parent), m_title(new QLabel(this)), m_value(new QLabel(this)), m_note(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(0);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
}

void FigureTile::setFigure(const QString& title, const QString& value, const QString& note)
{
    m_title->setText(title);
    m_value->setText(value);
    m_note->setText(note);
}

QString FigureTile::value() const
{
    return m_value->text();
}

QString FigureTile::note() const
{
    return m_note->text();
}

} // namespace rd::gui
