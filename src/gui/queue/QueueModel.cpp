#include "queue/QueueModel.h"

#include "CategoryStyle.h"

#include "util/Clock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>

#include <limits>

namespace rd::gui {
namespace {

qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

QString ageText(Timestamp published, Timestamp now)
{
    const qint64 minutes = std::max<qint64>(0, (now - published) / 60000);
    if (minutes < 60) {
        return QueueModel::tr("%n min", nullptr, static_cast<int>(minutes));
    }
    if (minutes < 48 * 60) {
        return QueueModel::tr("%n h", nullptr, static_cast<int>(minutes / 60));
    }
    const qint64 days = minutes / (24 * 60);
    if (days < 60) {
        return QueueModel::tr("%n d", nullptr, static_cast<int>(days));
    }
    if (days < 730) {
        return QueueModel::tr("%n mo", nullptr, static_cast<int>(days / 30));
    }
    return QueueModel::tr("%n y", nullptr, static_cast<int>(days / 365));
}

QString stars(const Review& r)
{
    if (r.rating) {
        return QString(*r.rating, QChar(0x2605)) + QString(5 - *r.rating, QChar(0x2606));
    }
    switch (r.polarity) {
    case Polarity::Negative:
        return QueueModel::tr("negative");
    case Polarity::Neutral:
        return QueueModel::tr("neutral");
    case Polarity::Positive:
        return QueueModel::tr("positive");
    case Polarity::Unknown:
        break;
    }
    return {};
}

QString dateTime(Timestamp ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

bool isOpen(Status s)
{
    return s == Status::New || s == Status::InProgress || s == Status::WaitingForBuyer;
}

QString oneLine(const std::string& text)
{
    QString s = QString::fromStdString(text);
    s.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s;
}

} // namespace

QueueModel::QueueModel(QObject* parent)
    : QAbstractTableModel(parent), m_loader(new QueueLoader(this))
{
    connect(m_loader, &QueueLoader::opened, this, [this](const QString& error) {
        m_open = error.isEmpty();
        Q_EMIT opened(error);
        if (m_open) {
            reload();
        }
    });
    connect(m_loader, &QueueLoader::firstPageLoaded, this, &QueueModel::onFirstPage);
    connect(m_loader, &QueueLoader::counted, this, &QueueModel::onCounted);
    connect(m_loader, &QueueLoader::pageLoaded, this, &QueueModel::onPage);
    connect(m_loader, &QueueLoader::pageDropped, this, &QueueModel::onPageDropped);
    connect(m_loader, &QueueLoader::failed, this, [this](quint64 generation, const QString& e) {
        if (generation == m_generation) {
            setLoading(false);
            Q_EMIT loadFailed(e);
        }
    });
}

QueueModel::~QueueModel() = default;

void QueueModel::open(const QString& path)
{
    m_open = false;
    beginResetModel();
    m_rows = 0;
    m_pages.clear();
    m_used.clear();
    m_pending.clear();
    m_countKnown = false;
    m_generation = 0;
    endResetModel();
    setLoading(true);
    m_loader->open(path);
}

void QueueModel::setFilter(const ReviewFilter& filter)
{
    const SortColumn sort = m_filter.sort;
    const bool descending = m_filter.descending;
    m_filter = filter;
    m_filter.sort = sort; // the view's sort stays what the header shows
    m_filter.descending = descending;
    reload();
}

void QueueModel::reload()
{
    if (!m_open) {
        return;
    }
    ReviewFilter f = m_filter;
    f.now = Clock::nowMs();
    f.limit.reset();
    f.offset = 0;
    m_loadStarted = monotonicMs();
    m_generation = m_loader->load(f);
    m_pending.clear();
    m_countKnown = false; // the rows shown stay until the new ones arrive: no flicker
    setLoading(true);
}

void QueueModel::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        Q_EMIT loadingChanged(loading);
    }
}

void QueueModel::onFirstPage(quint64 generation, QueueRows rows)
{
    if (generation != m_generation) {
        return;
    }
    beginResetModel();
    m_pages.clear();
    m_used.clear();
    m_pending.clear();
    m_rows = static_cast<int>(rows->size());
    m_countKnown = false;
    storePage(0, std::move(rows));
    endResetModel();
    Q_EMIT firstRowsLoaded(monotonicMs() - m_loadStarted);
}

void QueueModel::onCounted(quint64 generation, qint64 total)
{
    if (generation != m_generation) {
        return;
    }
    const int rows = static_cast<int>(std::min<qint64>(total, std::numeric_limits<int>::max()));
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
    m_countKnown = true;
    setLoading(false);
    Q_EMIT totalChanged(total);
}

void QueueModel::onPage(quint64 generation, int page, QueueRows rows)
{
    if (generation != m_generation) {
        return;
    }
    m_pending.remove(page);
    storePage(page, std::move(rows));
    const int first = page * QueueLoader::kPageSize;
    const int last = std::min(m_rows, first + QueueLoader::kPageSize) - 1;
    if (first <= last) {
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
}

void QueueModel::onPageDropped(quint64 generation, int page)
{
    if (generation != m_generation || !m_pending.remove(page)) {
        return;
    }
    // Repaint: rows still on screen ask for their page again.
    const int first = page * QueueLoader::kPageSize;
    const int last = std::min(m_rows, first + QueueLoader::kPageSize) - 1;
    if (first <= last) {
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
}

void QueueModel::storePage(int page, QueueRows rows)
{
    m_pages.insert(page, std::move(rows));
    m_used.insert(page, ++m_tick);
    while (m_pages.size() > kMaxCachedPages) {
        auto oldest = m_used.constBegin();
        for (auto it = m_used.constBegin(); it != m_used.constEnd(); ++it) {
            if (it.value() < oldest.value()) {
                oldest = it;
            }
        }
        m_pages.remove(oldest.key());
        m_used.remove(oldest.key());
    }
}

void QueueModel::requestPage(int page) const
{
    if (m_pending.contains(page)) {
        return;
    }
    m_pending.insert(page);
    m_loader->fetch(m_generation, page);
}

const ReviewRecord* QueueModel::recordPtr(int row) const
{
    if (row < 0 || row >= m_rows) {
        return nullptr;
    }
    const int page = row / QueueLoader::kPageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        requestPage(page);
        return nullptr;
    }
    m_used[page] = ++m_tick;
    const auto& rows = **it;
    const auto offset = static_cast<std::size_t>(row % QueueLoader::kPageSize);
    return offset < rows.size() ? &rows[offset] : nullptr;
}

std::optional<ReviewRecord> QueueModel::recordAt(int row) const
{
    const ReviewRecord* r = recordPtr(row);
    return r ? std::optional<ReviewRecord>(*r) : std::nullopt;
}

std::int64_t QueueModel::reviewIdAt(int row) const
{
    const ReviewRecord* r = recordPtr(row);
    return r ? r->review.id : 0;
}

int QueueModel::rowOf(std::int64_t reviewId) const
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        const auto& rows = *it.value();
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].review.id == reviewId) {
                return it.key() * QueueLoader::kPageSize + static_cast<int>(i);
            }
        }
    }
    return -1;
}

void QueueModel::setBurstReviews(const QSet<qint64>& reviewIds)
{
    if (reviewIds == m_burstIds) {
        return;
    }
    m_burstIds = reviewIds;
    if (m_rows > 0) {
        Q_EMIT dataChanged(index(0, Flags), index(m_rows - 1, Flags));
    }
}

void QueueModel::updateRecord(const ReviewRecord& record)
{
    const int row = rowOf(record.review.id);
    if (row < 0) {
        return;
    }
    const int page = row / QueueLoader::kPageSize;
    const QueueRows current = m_pages.value(page);
    if (!current) {
        return;
    }
    auto rows = std::make_shared<std::vector<ReviewRecord>>(*current);
    ReviewRecord& slot = (*rows)[static_cast<std::size_t>(row % QueueLoader::kPageSize)];
    slot = record;
    // Keep the light row light: the preview, not the whole text.
    QString preview = QString::fromStdString(record.review.text).left(QueueLoader::kPreviewChars);
    if (!preview.isEmpty() && preview.back().isHighSurrogate()) {
        preview.chop(1);
    }
    slot.review.text = preview.toStdString();
    slot.review.extraJson.clear();
    m_pages.insert(page, std::move(rows));
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

std::optional<SortColumn> QueueModel::sortColumnFor(int column)
{
    switch (column) {
    case Age:
        return SortColumn::Published;
    case PlatformColumn:
        return SortColumn::Platform;
    case Rating:
        return SortColumn::Rating;
    case CategoryColumn:
        return SortColumn::Category;
    case StatusColumn:
        return SortColumn::Status;
    case FollowUp:
        return SortColumn::FollowUp;
    case Product:
        return SortColumn::Product;
    case Customer:
        return SortColumn::Customer;
    default:
        return std::nullopt; // flags and the text preview
    }
}

int QueueModel::columnFor(SortColumn sort)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (sortColumnFor(c) == sort) {
            return c;
        }
    }
    return Age;
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags QueueModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Age:
            return tr("Age");
        case PlatformColumn:
            return tr("Platform");
        case Rating:
            return tr("Rating");
        case CategoryColumn:
            return tr("Category");
        case Flags:
            return tr("Flags");
        case StatusColumn:
            return tr("Status");
        case FollowUp:
            return tr("Follow-up");
        case Product:
            return tr("Product");
        case Customer:
            return tr("Customer");
        case Preview:
            return tr("Review");
        }
    }
    if (role == Qt::ToolTipRole && !sortColumnFor(section)) {
        return tr("This column cannot be sorted");
    }
    return {};
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.column() >= ColumnCount) {
        return {};
    }
    const ReviewRecord* r = recordPtr(index.row());
    if (role == LoadedRole) {
        return r != nullptr;
    }
    if (!r) {
        return role == ReviewIdRole ? QVariant(qint64(0)) : QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*r, index.column());
    case Qt::ToolTipRole:
        return toolTip(*r, index.column());
    case ReviewIdRole:
        return qint64(r->review.id);
    case CategoryRole:
        return r->category() ? QVariant(int(*r->category())) : QVariant();
    case OverriddenRole:
        return r->overrideCategory.has_value();
    case SafetyRole:
        return r->safety;
    case SuspiciousRole:
        return r->suspicious;
    case RatingRole:
        return r->review.rating ? QVariant(*r->review.rating) : QVariant();
    case StatusRole:
        return int(r->workflow.status);
    case OverdueRole:
        return r->workflow.followUpAt && *r->workflow.followUpAt < Clock::nowMs() &&
               isOpen(r->workflow.status);
    case BurstRole:
        return m_burstIds.contains(r->review.id);
    case Qt::TextAlignmentRole:
        if (index.column() == Age || index.column() == Rating) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant QueueModel::display(const ReviewRecord& rec, int column) const
{
    const Review& r = rec.review;
    switch (column) {
    case Age:
        return r.publishedAt ? ageText(*r.publishedAt, Clock::nowMs()) : QString();
    case PlatformColumn:
        return CategoryStyle::name(r.platform);
    case Rating:
        return stars(r);
    case CategoryColumn:
        return rec.category() ? CategoryStyle::name(*rec.category()) : QString();
    case Flags: {
        QStringList flags;
        if (m_burstIds.contains(r.id)) {
            flags << tr("Burst");
        }
        if (rec.safety) {
            flags << tr("Safety");
        }
        if (rec.suspicious) {
            flags << tr("Suspicious");
        }
        return flags.join(QLatin1Char(' '));
    }
    case StatusColumn:
        return CategoryStyle::name(rec.workflow.status);
    case FollowUp:
        return rec.workflow.followUpAt
                   ? QLocale().toString(
                         QDateTime::fromMSecsSinceEpoch(*rec.workflow.followUpAt).date(),
                         QLocale::ShortFormat)
                   : QString();
    case Product:
        return QString::fromStdString(r.product.empty() ? r.sku : r.product);
    case Customer:
        return QString::fromStdString(r.customerName.empty() ? r.customerId : r.customerName);
    case Preview:
        return r.title.empty() ? oneLine(r.text)
                               : oneLine(r.title) + QStringLiteral(" — ") + oneLine(r.text);
    }
    return {};
}

QVariant QueueModel::toolTip(const ReviewRecord& rec, int column) const
{
    const Review& r = rec.review;
    switch (column) {
    case Age:
        return r.publishedAt ? dateTime(*r.publishedAt) : tr("No publication date");
    case CategoryColumn:
        if (rec.overrideCategory && rec.autoCategory) {
            return tr("Set by a person (automatic: %1)")
                .arg(CategoryStyle::name(*rec.autoCategory));
        }
        if (rec.overrideCategory) {
            return tr("Set by a person");
        }
        return rec.autoCategory ? tr("Automatic (confidence %1%)").arg(qRound(rec.confidence * 100))
                                : tr("Not classified yet");
    case FollowUp:
        return rec.workflow.followUpAt ? dateTime(*rec.workflow.followUpAt) : QVariant();
    case Flags:
        return m_burstIds.contains(r.id)
                   ? tr("Part of a burst: many complaints of one category on this product in a "
                        "short time (Weekly report, Alerts)")
                   : QVariant();
    case Product:
        return QString::fromStdString(r.sku);
    case Preview:
        return QString::fromStdString(r.text);
    default:
        return {};
    }
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortColumnFor(column);
    if (!sort) {
        return;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (m_filter.sort == *sort && m_filter.descending == descending) {
        return;
    }
    m_filter.sort = *sort;
    m_filter.descending = descending;
    reload();
}

} // namespace rd::gui
