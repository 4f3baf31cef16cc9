#include "templates/TemplatePreview.h"

#include "AppSettings.h"
#include "CategoryStyle.h"

#include "reply/DraftGenerator.h"
#include "reply/ReplyLimits.h"
#include "reply/TemplateLibrary.h"
#include "store/ClassificationStore.h"
#include "store/ReviewStore.h"
#include "store/StoreError.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTimeZone>

namespace rd::gui {
namespace {

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString inRed(const QString& text)
{
    return QStringLiteral("<span style=\"color:#b3261e\">%1</span>").arg(text.toHtmlEscaped());
}

} // namespace

TemplatePreview::TemplatePreview(Widgets widgets, QObject* parent)
    : QObject(parent), m_widgets(widgets)
{
    connect(m_widgets.list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        m_reviewId = item ? item->data(Qt::UserRole).toLongLong() : 0;
        update();
    });
}

TemplatePreview::~TemplatePreview() = default;

bool TemplatePreview::open(const QString& path, QString* error)
{
    m_store.reset();
    m_reviewId = 0;
    try {
        auto store = ReviewStore::openSqlite(path.toStdString());
        store->limitMemory(8 << 20);
        m_store = std::move(store);
        return true;
    } catch (const StoreError& e) {
        if (error) {
            *error = QString::fromUtf8(e.what());
        }
        return false;
    }
}

DraftContext TemplatePreview::draftContext()
{
    DraftContext c;
    if (const AppSettings* s = AppSettings::instance()) {
        c.agentName = s->agentName().toStdString();
        c.agentTitle = s->agentTitle().toStdString();
        c.shop = s->shops().value(0).toStdString();
    }
    return c;
}

std::vector<ReviewRecord> TemplatePreview::recent(const TemplateCoverage::Row& row,
                                                  Language language)
{
    if (!m_store) {
        return {};
    }
    ReviewFilter f;
    f.languages = {language};
    f.limit = kListLimit;
    f.sort = SortColumn::Published;
    f.descending = true;
    f.safety = row.kind == TemplateKind::Safety;
    if (row.kind != TemplateKind::Safety) {
        f.suspicious = row.kind == TemplateKind::Suspicious;
    }
    if (row.kind == TemplateKind::Complaint) {
        f.categories = {*row.category};
        f.polarities = {Polarity::Negative};
    } else if (row.kind == TemplateKind::Positive) {
        f.polarities = {Polarity::Positive};
    }
    try {
        return m_store->queueRows(f, 160);
    } catch (const StoreError&) {
        return {};
    }
}

std::vector<ReviewRecord> TemplatePreview::find(const QString& text)
{
    if (!m_store) {
        return {};
    }
    const QString trimmed = text.trimmed();
    static const QRegularExpression number(QStringLiteral("^#?(\\d{1,18})$"));
    ReviewFilter f;
    f.limit = kListLimit;
    if (const auto m = number.match(trimmed); m.hasMatch()) {
        f.ids = {m.captured(1).toLongLong()};
    } else if (!trimmed.isEmpty()) {
        f.search = trimmed.toStdString();
    } else {
        return {};
    }
    try {
        return m_store->queueRows(f, 160);
    } catch (const StoreError&) {
        return {};
    }
}

TemplatePreview::Result TemplatePreview::render(const TemplateLibrary& library,
                                                const std::string& templateId, int variant,
                                                std::int64_t reviewId) const
{
    Result out;
    std::optional<ReviewRecord> record;
    std::vector<Evidence> evidence;
    try {
        if (m_store) {
            record = m_store->record(reviewId);
        }
        if (record) {
            if (auto automatic = m_store->classifications().automatic(reviewId)) {
                evidence = std::move(automatic->evidence);
            }
        }
    } catch (const StoreError& e) {
        out.reason = QString::fromUtf8(e.what());
        return out;
    }
    if (!record) {
        out.reason = tr("Review %1 is not in the database.").arg(reviewId);
        return out;
    }
    out.language = CategoryStyle::name(DraftGenerator::replyLanguage(record->review));
    out.platform = CategoryStyle::name(record->review.platform);
    const DraftGenerator generator(library, draftContext());
    const DraftOutcome outcome =
        generator.generate(*record, evidence, Clock::nowMs(), templateId, variant);
    if (outcome.status != DraftOutcome::Status::Ok) {
        out.reason = tr("No reply: %1.").arg(QString::fromStdString(outcome.reason));
        return out;
    }
    out.ok = true;
    out.text = QString::fromStdString(outcome.draft.text);
    out.length = ReplyLimits::length(outcome.draft.text);
    // The limit the reply pane counts against: the settings' (which start from the defaults).
    const AppSettings* settings = AppSettings::instance();
    out.limit = settings ? settings->replyLimit(record->review.platform)
                         : library.limits().limit(record->review.platform);
    for (const std::string& name : outcome.draft.missing) {
        out.missing << QString::fromStdString(name);
    }
    return out;
}

QString TemplatePreview::describe(const ReviewRecord& record)
{
    const Review& r = record.review;
    QStringList parts{QStringLiteral("#%1").arg(r.id)};
    if (r.rating) {
        parts << QStringLiteral("%1★").arg(*r.rating);
    }
    parts << CategoryStyle::name(r.platform);
    if (r.publishedAt) {
        parts << QDateTime::fromMSecsSinceEpoch(*r.publishedAt, QTimeZone::utc())
                     .date()
                     .toString(Qt::ISODate);
    }
    QString text = fromStd(r.title.empty() ? r.text : r.title + " — " + r.text).simplified();
    if (text.size() > 90) {
        text = text.left(89) + QChar(0x2026);
    }
    parts << text;
    return parts.join(QStringLiteral(" · "));
}

void TemplatePreview::setTarget(const TemplateLibrary* library, const std::string& templateId,
                                int variant, const QString& blocked)
{
    m_library = library;
    m_templateId = templateId;
    m_variant = variant;
    m_blocked = blocked;
    update();
}

void TemplatePreview::showReviews(const std::vector<ReviewRecord>& records)
{
    const std::int64_t keep = m_reviewId;
    QSignalBlocker block(m_widgets.list);
    m_widgets.list->clear();
    int current = records.empty() ? -1 : 0;
    for (const ReviewRecord& r : records) {
        auto* item = new QListWidgetItem(describe(r), m_widgets.list);
        item->setData(Qt::UserRole, static_cast<qlonglong>(r.review.id));
        item->setToolTip(fromStd(r.review.text).left(600));
        if (r.review.id == keep) {
            current = m_widgets.list->count() - 1;
        }
    }
    m_widgets.list->setCurrentRow(current);
    m_reviewId = current >= 0 ? m_widgets.list->item(current)->data(Qt::UserRole).toLongLong() : 0;
    update();
}

bool TemplatePreview::showReview(std::int64_t reviewId)
{
    for (int i = 0; i < m_widgets.list->count(); ++i) {
        if (m_widgets.list->item(i)->data(Qt::UserRole).toLongLong() == reviewId) {
            m_widgets.list->setCurrentRow(i);
            return true;
        }
    }
    const auto found = find(QStringLiteral("#%1").arg(reviewId));
    if (found.empty()) {
        return false;
    }
    m_reviewId = reviewId;
    showReviews(found);
    return true;
}

void TemplatePreview::update()
{
    m_widgets.text->clear();
    if (!m_store) {
        m_widgets.info->setText(tr("Open a database in the main window to preview replies."));
        return;
    }
    if (!m_reviewId || !m_library || m_templateId.empty()) {
        m_widgets.info->setText(
            tr("Choose a review above (Recent lists the newest this template answers)."));
        return;
    }
    if (!m_blocked.isEmpty()) {
        m_widgets.info->setText(inRed(m_blocked));
        return;
    }
    const Result result = render(*m_library, m_templateId, m_variant, m_reviewId);
    if (!result.ok) {
        m_widgets.info->setText(inRed(result.reason));
        return;
    }
    m_widgets.text->setPlainText(result.text);
    QString info = result.limit ? tr("%1/%2 characters").arg(result.length).arg(result.limit)
                                : tr("%1 characters (no limit)").arg(result.length);
    info += QStringLiteral(" · %1 · %2").arg(result.platform, result.language);
    if (!result.missing.isEmpty()) {
        info += QStringLiteral(" · ") +
                tr("needs input: %1").arg(result.missing.join(QStringLiteral(", ")));
    }
    m_widgets.info->setText(result.over()
                                ? inRed(info + QStringLiteral(" · ") + tr("over the limit"))
                                : info.toHtmlEscaped());
}

} // namespace rd::gui
