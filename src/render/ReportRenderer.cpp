#include "render/ReportRenderer.h"

#include "render/ReportPage.h"

#include "report/WeeklyReport.h"

#include <QChart>
#include <QDir>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <memory>
#include <stdexcept>

namespace rd::gui {
namespace {

[[noreturn]] void fail(const QString& path, const QString& reason)
{
    throw std::runtime_error(
        QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), reason).toStdString());
}

void open(QSaveFile& file, const QString& path)
{
    if (!file.open(QIODevice::WriteOnly)) {
        fail(path, file.errorString());
    }
}

void commit(QSaveFile& file, const QString& path)
{
    if (!file.commit()) {
        fail(path, file.errorString());
    }
}

} // namespace

void ReportRenderer::writePdf(const WeeklyReport& report, const QString& path)
{
    QSaveFile file(path);
    open(file, path);
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(300);
        pdf.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        pdf.setTitle(QStringLiteral("ReviewDesk weekly report %1")
                         .arg(QString::fromStdString(report.options().week.toString())));
        pdf.setCreator(QStringLiteral("ReviewDesk"));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            file.cancelWriting();
            fail(path, QStringLiteral("cannot draw the PDF"));
        }
        const QRect page = painter.viewport();
        painter.scale(page.width() / ReportPage::kWidth, page.height() / ReportPage::kHeight);
        ReportPage(report).paint(painter);
        painter.end();
    }
    commit(file, path);
}

QImage ReportRenderer::pageImage(const WeeklyReport& report, double scale)
{
    QImage image(QSize(qRound(ReportPage::kWidth * scale), qRound(ReportPage::kHeight * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    ReportPage(report).paint(painter);
    painter.end();
    return image;
}

QImage ReportRenderer::chartImage(ReportCharts::Kind kind, const WeeklyReport& report, QSize size,
                                  double scale)
{
    std::unique_ptr<QChart> chart(ReportCharts::create(kind, report));
    ReportCharts::applyPaper(*chart, 15);
    QGraphicsScene scene;
    scene.addItem(chart.get());
    chart->resize(QSizeF(size));
    scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())), scene.sceneRect());
    painter.end();
    scene.removeItem(chart.get());
    return image;
}

void ReportRenderer::writePagePng(const WeeklyReport& report, const QString& path, double scale)
{
    savePng(pageImage(report, scale), path);
}

void ReportRenderer::writeChartPng(ReportCharts::Kind kind, const WeeklyReport& report,
                                   const QString& path, QSize size, double scale)
{
    savePng(chartImage(kind, report, size, scale), path);
}

void ReportRenderer::savePng(const QImage& image, const QString& path)
{
    QSaveFile file(path);
    open(file, path);
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        fail(path, QStringLiteral("the image could not be encoded as PNG"));
    }
    commit(file, path);
}

} // namespace rd::gui
