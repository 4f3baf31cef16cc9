#include "CategoryStyle.h"

#include "model/Workflow.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPalette>

#include <cmath>

namespace rd::gui {
namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

QColor CategoryStyle::color(Category category)
{
    switch (category) {
    case Category::Product:
        return QColor(0x3b, 0x78, 0xc3);
    case Category::Logistics:
        return QColor(0xe0, 0x8a, 0x1e);
    case Category::AfterSales:
        return QColor(0x8a, 0x55, 0xb8);
    case Category::Price:
        return QColor(0x3a, 0x9a, 0x5b);
    case Category::Other:
        return QColor(0x8c, 0x8c, 0x8c);
    }
    return QColor(0x8c, 0x8c, 0x8c);
}

QColor CategoryStyle::safetyColor()
{
    return QColor(0xd0, 0x34, 0x2c);
}
QColor CategoryStyle::suspiciousColor()
{
    return QColor(0xc9, 0x9a, 0x06);
}

QColor CategoryStyle::targetColor(const std::string& target)
{
    if (target == "safety") {
        return safetyColor();
    }
    if (target == "suspicious") {
        return suspiciousColor();
    }
    return color(categoryFromKey(target).value_or(Category::Other));
}

double CategoryStyle::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor CategoryStyle::textOn(const QColor& background)
{
    return contrast(background, Qt::black) >= contrast(background, Qt::white) ? QColor(Qt::black)
                                                                              : QColor(Qt::white);
}

QColor CategoryStyle::highlight(const QColor& color, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    // As much colour as the text's readability allows.
    for (double t = 0.45; t > 0.05; t -= 0.05) {
        const QColor candidate = mix(base, color, t);
        if (contrast(candidate, text) >= 4.5) {
            return candidate;
        }
    }
    return mix(base, color, 0.1);
}

QColor CategoryStyle::readableOn(const QColor& color, const QColor& background, double minContrast)
{
    const QColor target = luminance(background) > 0.4 ? QColor(Qt::black) : QColor(Qt::white);
    for (double t = 0.0; t < 1.0; t += 0.05) {
        const QColor candidate = mix(color, target, t);
        if (contrast(candidate, background) >= minContrast) {
            return candidate;
        }
    }
    return target;
}

QString CategoryStyle::name(Category category)
{
    switch (category) {
    case Category::Product:
        return tr("Product quality");
    case Category::Logistics:
        return tr("Logistics");
    case Category::AfterSales:
        return tr("After-sales service");
    case Category::Price:
        return tr("Price");
    case Category::Other:
        return tr("Other");
    }
    return {};
}

QString CategoryStyle::name(Status status)
{
    switch (status) {
    case Status::New:
        return tr("New");
    case Status::InProgress:
        return tr("In progress");
    case Status::WaitingForBuyer:
        return tr("Waiting for buyer");
    case Status::Resolved:
        return tr("Resolved");
    case Status::ReviewRevised:
        return tr("Review revised");
    case Status::Appealed:
        return tr("Appealed");
    case Status::Closed:
        return tr("Closed");
    }
    return {};
}

QString CategoryStyle::name(Platform platform)
{
    switch (platform) {
    case Platform::Ozon:
        return QStringLiteral("Ozon");
    case Platform::Amazon:
        return QStringLiteral("Amazon");
    case Platform::Taobao:
        return tr("Taobao");
    case Platform::Wildberries:
        return QStringLiteral("Wildberries");
    case Platform::Other:
        return tr("Other");
    }
    return {};
}

QString CategoryStyle::name(Language language)
{
    switch (language) {
    case Language::Zh:
        return tr("Chinese");
    case Language::Ru:
        return tr("Russian");
    case Language::En:
        return tr("English");
    case Language::Unknown:
        return tr("Unknown");
    }
    return {};
}

QString CategoryStyle::name(ContactChannel channel)
{
    switch (channel) {
    case ContactChannel::Phone:
        return tr("Phone");
    case ContactChannel::MarketplaceMessage:
        return tr("Marketplace message");
    case ContactChannel::Email:
        return tr("E-mail");
    case ContactChannel::Other:
        return tr("Other");
    }
    return {};
}

int CategoryStyle::paintBadge(QPainter& painter, const QRect& rect, const QString& text,
                              const QColor& color)
{
    const QFontMetrics fm(painter.font());
    const int padding = fm.height() / 3;
    // +2: elidedText() measures with fractional advances, horizontalAdvance() rounds.
    const int width = std::min(rect.width(), fm.horizontalAdvance(text) + 2 * padding + 2);
    const int height = std::min(rect.height() - 2, fm.height() + 2);
    const QRect badge(rect.left(), rect.top() + (rect.height() - height) / 2, width, height);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(badge, height / 3.0, height / 3.0);
    painter.setPen(textOn(color));
    painter.drawText(badge, Qt::AlignCenter,
                     fm.elidedText(text, Qt::ElideRight, badge.width() - 2 * padding + 1));
    painter.restore();
    return width;
}

} // namespace rd::gui
