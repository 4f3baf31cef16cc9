#include "filters/FilterBar.h"

#include "CategoryStyle.h"
#include "filters/CheckMenuButton.h"

#include "util/Clock.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QWidgetAction>

namespace rd::gui {
namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

template <typename E>
std::vector<E> enumValues(const QVariantList& values)
{
    std::vector<E> out;
    for (const QVariant& v : values) {
        out.push_back(E(v.toInt()));
    }
    return out;
}

template <typename E>
QVariantList variants(const std::vector<E>& values)
{
    QVariantList out;
    for (E v : values) {
        out << int(v);
    }
    return out;
}

std::vector<std::string> splitList(const QString& text)
{
    std::vector<std::string> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            out.push_back(part.trimmed().toStdString());
        }
    }
    return out;
}

Timestamp startOf(const QDate& date)
{
    return QDateTime(date, QTime(0, 0)).toMSecsSinceEpoch();
}

} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_platform(new CheckMenuButton(false, this)),
      m_rating(new CheckMenuButton(true, this)), m_category(new CheckMenuButton(false, this)),
      m_flags(new CheckMenuButton(false, this)), m_status(new CheckMenuButton(false, this)),
      m_language(new CheckMenuButton(false, this)), m_date(new CheckMenuButton(true, this)),
      m_more(new QToolButton(this)), m_clear(new QToolButton(this))
{
    build();
    retranslate();
    updateClear();
}

void FilterBar::build()
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    layout->addWidget(m_search, 1);
    for (QToolButton* b :
         {static_cast<QToolButton*>(m_platform), static_cast<QToolButton*>(m_rating),
          static_cast<QToolButton*>(m_category), static_cast<QToolButton*>(m_flags),
          static_cast<QToolButton*>(m_status), static_cast<QToolButton*>(m_language),
          static_cast<QToolButton*>(m_date), m_more, m_clear}) {
        b->setAutoRaise(true);
        layout->addWidget(b);
    }
    for (Platform p : kAllPlatforms) {
        m_platform->addOption(CategoryStyle::name(p), int(p));
    }
    m_rating->addOption(QString(), QStringLiteral("any"));
    for (int stars = 1; stars <= 5; ++stars) {
        m_rating->addOption(QString(stars, QChar(0x2605)), QString::number(stars));
    }
    m_rating->addSeparator();
    for (const char* key : {"neg", "neu", "pos"}) {
        m_rating->addOption(QString(), QString::fromLatin1(key));
    }
    for (Category c : kAllCategories) {
        m_category->addOption(CategoryStyle::name(c), int(c));
    }
    m_flags->addOption(QString(), QStringLiteral("safety"));
    m_flags->addOption(QString(), QStringLiteral("suspicious"));
    for (Status s : kAllStatuses) {
        m_status->addOption(CategoryStyle::name(s), int(s));
    }
    for (Language l : kAllLanguages) {
        m_language->addOption(CategoryStyle::name(l), int(l));
    }
    buildDates();
    buildMore();
    m_typing.setSingleShot(true);
    m_typing.setInterval(kTypingDelayMs);
    connect(&m_typing, &QTimer::timeout, this, &FilterBar::changed);
    connect(m_search, &QLineEdit::textEdited, this, &FilterBar::typed);
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::changed);
    for (CheckMenuButton* b :
         {m_platform, m_rating, m_category, m_flags, m_status, m_language, m_date}) {
        connect(b, &CheckMenuButton::selectionChanged, this, &FilterBar::changed);
    }
    connect(m_clear, &QToolButton::clicked, this, [this] {
        clear();
        changed();
    });
}

void FilterBar::buildDates()
{
    for (const char* key : {"any", "24h", "7d", "30d", "90d", "year"}) {
        m_date->addOption(QString(), QString::fromLatin1(key));
    }
    QAction* custom = m_date->addOption(QString(), QStringLiteral("custom"));
    custom->setEnabled(false); // chosen with the range below
    auto* box = new QWidget(m_date);
    auto* form = new QFormLayout(box);
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), box);
    m_to = new QDateEdit(QDate::currentDate(), box);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
    }
    auto* apply = new QPushButton(box);
    apply->setObjectName(QStringLiteral("applyDates"));
    form->addRow(QStringLiteral("≥"), m_from);
    form->addRow(QStringLiteral("≤"), m_to);
    form->addRow(apply);
    auto* action = new QWidgetAction(m_date);
    action->setDefaultWidget(box);
    m_date->optionsMenu()->addAction(action);
    connect(apply, &QPushButton::clicked, this, [this] {
        m_date->setCheckedValues({QStringLiteral("custom")});
        m_date->optionsMenu()->close();
        changed();
    });
}

void FilterBar::buildMore()
{
    auto* menu = new QMenu(m_more);
    auto* box = new QWidget(menu);
    auto* form = new QFormLayout(box);
    m_shop = new QLineEdit(box);
    m_assignee = new QLineEdit(box);
    m_product = new QLineEdit(box);
    m_overdue = new QCheckBox(box);
    m_unclassified = new QCheckBox(box);
    form->addRow(QStringLiteral("shop"), m_shop);
    form->addRow(QStringLiteral("assignee"), m_assignee);
    form->addRow(QStringLiteral("product"), m_product);
    form->addRow(m_overdue);
    form->addRow(m_unclassified);
    auto* action = new QWidgetAction(menu);
    action->setDefaultWidget(box);
    menu->addAction(action);
    m_more->setMenu(menu);
    m_more->setPopupMode(QToolButton::InstantPopup);
    for (QLineEdit* e : {m_shop, m_assignee, m_product}) {
        e->setClearButtonEnabled(true);
        connect(e, &QLineEdit::textEdited, this, &FilterBar::typed);
    }
    connect(m_overdue, &QCheckBox::toggled, this, &FilterBar::changed);
    connect(m_unclassified, &QCheckBox::toggled, this, &FilterBar::changed);
}

void FilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search reviews  /"));
    m_search->setToolTip(tr("Words in any language; Chinese is found by two-character pieces"));
    m_platform->setTitle(tr("Platform"));
    m_rating->setTitle(tr("Rating"));
    m_rating->setOptionText(QStringLiteral("any"), tr("Any rating"));
    m_rating->setOptionText(QStringLiteral("neg"), tr("Negative (1–2★)"));
    m_rating->setOptionText(QStringLiteral("neu"), tr("Neutral (3★)"));
    m_rating->setOptionText(QStringLiteral("pos"), tr("Positive (4–5★)"));
    m_category->setTitle(tr("Category"));
    m_flags->setTitle(tr("Flags"));
    m_flags->setOptionText(QStringLiteral("safety"), tr("Safety"));
    m_flags->setOptionText(QStringLiteral("suspicious"), tr("Suspicious"));
    m_status->setTitle(tr("Status"));
    m_language->setTitle(tr("Language"));
    m_date->setTitle(tr("Date"));
    m_date->setOptionText(QStringLiteral("any"), tr("Any time"));
    m_date->setOptionText(QStringLiteral("24h"), tr("Last 24 hours"));
    m_date->setOptionText(QStringLiteral("7d"), tr("Last 7 days"));
    m_date->setOptionText(QStringLiteral("30d"), tr("Last 30 days"));
    m_date->setOptionText(QStringLiteral("90d"), tr("Last 90 days"));
    m_date->setOptionText(QStringLiteral("year"), tr("This year"));
    m_date->setOptionText(QStringLiteral("custom"), tr("Custom range"));
    if (auto* apply = m_date->findChild<QPushButton*>(QStringLiteral("applyDates"))) {
        apply->setText(tr("Apply range"));
    }
    m_more->setText(tr("More"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Remove every filter"));
    auto* form = static_cast<QFormLayout*>(m_shop->parentWidget()->layout());
    const std::pair<QWidget*, QString> labels[] = {
        {m_shop, tr("Shop")}, {m_assignee, tr("Assignee")}, {m_product, tr("Product or SKU")}};
    for (const auto& [field, text] : labels) {
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(field))) {
            label->setText(text);
        }
    }
    m_shop->setPlaceholderText(tr("Names, separated by commas"));
    m_overdue->setText(tr("Overdue follow-ups only"));
    m_unclassified->setText(tr("Not classified yet"));
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::typed()
{
    m_typing.start();
}

void FilterBar::changed()
{
    m_typing.stop();
    updateClear();
    if (!m_setting) {
        Q_EMIT filterChanged();
    }
}

void FilterBar::updateClear()
{
    m_clear->setEnabled(!isEmpty());
    QFont f = m_more->font();
    f.setBold(!m_shop->text().isEmpty() || !m_assignee->text().isEmpty() ||
              !m_product->text().isEmpty() || m_overdue->isChecked() ||
              m_unclassified->isChecked());
    m_more->setFont(f);
}

bool FilterBar::isEmpty() const
{
    const ReviewFilter f = filter();
    return f.platforms.empty() && !f.minRating && !f.maxRating && f.polarities.empty() &&
           f.categories.empty() && !f.suspicious && !f.safety && f.statuses.empty() &&
           f.languages.empty() && f.shops.empty() && !f.assignee && f.product.empty() &&
           !f.publishedFrom && !f.publishedTo && f.search.empty() && !f.overdueOnly &&
           !f.unclassifiedOnly;
}

ReviewFilter FilterBar::filter() const
{
    ReviewFilter f;
    f.search = m_search->text().trimmed().toStdString();
    f.platforms = enumValues<Platform>(m_platform->checkedValues());
    f.categories = enumValues<Category>(m_category->checkedValues());
    f.statuses = enumValues<Status>(m_status->checkedValues());
    f.languages = enumValues<Language>(m_language->checkedValues());
    const QString rating = m_rating->checkedValues().value(0).toString();
    if (rating == QLatin1String("neg")) {
        f.polarities = {Polarity::Negative};
    } else if (rating == QLatin1String("neu")) {
        f.polarities = {Polarity::Neutral};
    } else if (rating == QLatin1String("pos")) {
        f.polarities = {Polarity::Positive};
    } else if (rating != QLatin1String("any") && !rating.isEmpty()) {
        f.minRating = f.maxRating = rating.toInt();
    }
    const QVariantList flags = m_flags->checkedValues();
    if (flags.contains(QStringLiteral("safety"))) {
        f.safety = true;
    }
    if (flags.contains(QStringLiteral("suspicious"))) {
        f.suspicious = true;
    }
    const QString date = m_date->checkedValues().value(0).toString();
    const Timestamp now = Clock::nowMs();
    if (date == QLatin1String("24h")) {
        f.publishedFrom = now - kDayMs;
    } else if (date == QLatin1String("7d")) {
        f.publishedFrom = now - 7 * kDayMs;
    } else if (date == QLatin1String("30d")) {
        f.publishedFrom = now - 30 * kDayMs;
    } else if (date == QLatin1String("90d")) {
        f.publishedFrom = now - 90 * kDayMs;
    } else if (date == QLatin1String("year")) {
        f.publishedFrom = startOf(QDate(QDateTime::fromMSecsSinceEpoch(now).date().year(), 1, 1));
    } else if (date == QLatin1String("custom")) {
        f.publishedFrom = startOf(m_from->date());
        f.publishedTo = startOf(m_to->date().addDays(1));
    }
    f.shops = splitList(m_shop->text());
    if (!m_assignee->text().trimmed().isEmpty()) {
        f.assignee = m_assignee->text().trimmed().toStdString();
    }
    f.product = m_product->text().trimmed().toStdString();
    f.overdueOnly = m_overdue->isChecked();
    f.unclassifiedOnly = m_unclassified->isChecked();
    return f;
}

void FilterBar::setFilter(const ReviewFilter& f)
{
    m_setting = true;
    m_typing.stop();
    m_search->setText(QString::fromStdString(f.search));
    m_platform->setCheckedValues(variants(f.platforms));
    m_category->setCheckedValues(variants(f.categories));
    m_status->setCheckedValues(variants(f.statuses));
    m_language->setCheckedValues(variants(f.languages));
    QString rating = QStringLiteral("any");
    if (f.polarities == std::vector<Polarity>{Polarity::Negative}) {
        rating = QStringLiteral("neg");
    } else if (f.polarities == std::vector<Polarity>{Polarity::Neutral}) {
        rating = QStringLiteral("neu");
    } else if (f.polarities == std::vector<Polarity>{Polarity::Positive}) {
        rating = QStringLiteral("pos");
    } else if (f.minRating && f.minRating == f.maxRating) {
        rating = QString::number(*f.minRating);
    }
    m_rating->setCheckedValues({rating});
    QVariantList flags;
    if (f.safety.value_or(false)) {
        flags << QStringLiteral("safety");
    }
    if (f.suspicious.value_or(false)) {
        flags << QStringLiteral("suspicious");
    }
    m_flags->setCheckedValues(flags);
    if (f.publishedFrom || f.publishedTo) {
        const Timestamp to = f.publishedTo.value_or(Clock::nowMs() + kDayMs) - 1;
        m_from->setDate(QDateTime::fromMSecsSinceEpoch(f.publishedFrom.value_or(0)).date());
        m_to->setDate(QDateTime::fromMSecsSinceEpoch(to).date());
        m_date->setCheckedValues({QStringLiteral("custom")});
    } else {
        m_date->setCheckedValues({QStringLiteral("any")});
    }
    QStringList shops;
    for (const auto& s : f.shops) {
        shops << QString::fromStdString(s);
    }
    m_shop->setText(shops.join(QStringLiteral(", ")));
    m_assignee->setText(QString::fromStdString(f.assignee.value_or(std::string())));
    m_product->setText(QString::fromStdString(f.product));
    m_overdue->setChecked(f.overdueOnly);
    m_unclassified->setChecked(f.unclassifiedOnly);
    m_setting = false;
    updateClear();
}

void FilterBar::clear()
{
    setFilter(ReviewFilter{});
}

void FilterBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        for (Platform p : kAllPlatforms) {
            m_platform->setOptionText(int(p), CategoryStyle::name(p));
        }
        for (Category c : kAllCategories) {
            m_category->setOptionText(int(c), CategoryStyle::name(c));
        }
        for (Status s : kAllStatuses) {
            m_status->setOptionText(int(s), CategoryStyle::name(s));
        }
        for (Language l : kAllLanguages) {
            m_language->setOptionText(int(l), CategoryStyle::name(l));
        }
    }
}

} // namespace rd::gui
