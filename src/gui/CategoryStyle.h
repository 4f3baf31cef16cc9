#pragma once

#include "model/Enums.h"
#include "model/Workflow.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <string>

class QPainter;
class QRect;
class QPalette;

namespace rd::gui {

// The meaning colours of docs/ux.md ("Colours"), the same in badges, highlights and charts,
// and the names the UI gives categories, statuses and platforms.
class CategoryStyle
{
    Q_DECLARE_TR_FUNCTIONS(rd::gui::CategoryStyle)

public:
    static QColor color(Category category);
    static QColor safetyColor();
    static QColor suspiciousColor();
    // The colour of an evidence match's rule target: a category key ("product"...), "safety"
    // or "suspicious".
    static QColor targetColor(const std::string& target);

    // Black or white, whichever reads better on `background` (WCAG contrast).
    static QColor textOn(const QColor& background);
    // WCAG 2 contrast ratio of two colours (1..21).
    static double contrast(const QColor& a, const QColor& b);
    // A highlight for matched words: the colour blended into the palette's base, strong enough
    // to see and light/dark enough that the palette's text stays readable on it (>= 4.5:1).
    static QColor highlight(const QColor& color, const QPalette& palette);
    // `color` made darker (on a light background) or lighter (on a dark one) until it has at
    // least `minContrast` against `background`: coloured text that stays legible.
    static QColor readableOn(const QColor& color, const QColor& background,
                             double minContrast = 3.0);

    static QString name(Category category);
    static QString name(Status status);
    static QString name(Platform platform);
    static QString name(Language language);
    static QString name(ContactChannel channel);

    // A rounded badge with `text` on `color`, left-aligned in `rect`; returns its width.
    static int paintBadge(QPainter& painter, const QRect& rect, const QString& text,
                          const QColor& color);
};

} // namespace rd::gui
