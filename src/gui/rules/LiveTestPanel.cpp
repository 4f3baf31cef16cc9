#include "rules/LiveTestPanel.h"

#include "CategoryStyle.h"
#include "detail/TextOffsets.h"

#include "classify/Classifier.h"
#include "classify/LabelledSet.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QTextEdit>
#include <QTreeWidget>

namespace rd::gui {
namespace {

QString categoryList(Category primary, const std::vector<Category>& also)
{
    QStringList names{CategoryStyle::name(primary)};
    for (Category c : also) {
        names << CategoryStyle::name(c);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

LiveTestPanel::LiveTestPanel(const Widgets& widgets, QObject* parent)
    : QObject(parent), m_w(widgets)
{
    // Typing a review of one's own: the labels of a clicked review no longer apply.
    connect(m_w.text, &QTextEdit::textChanged, this, [this] {
        if (!m_showingGold) {
            m_w.gold->clear();
        }
    });
    connect(m_w.text, &QTextEdit::textChanged, this, &LiveTestPanel::refresh);
    connect(m_w.title, &QLineEdit::textChanged, this, &LiveTestPanel::refresh);
    connect(m_w.rating, &QComboBox::currentIndexChanged, this, &LiveTestPanel::refresh);
    retranslate();
    m_w.gold->hide();
}

void LiveTestPanel::retranslate()
{
    const int rating = m_w.rating->currentIndex();
    m_w.rating->blockSignals(true);
    m_w.rating->clear();
    m_w.rating->addItem(tr("No stars"));
    for (int stars = 1; stars <= 5; ++stars) {
        m_w.rating->addItem(tr("%n star(s)", nullptr, stars));
    }
    m_w.rating->setCurrentIndex(rating < 0 ? 0 : rating);
    m_w.rating->blockSignals(false);
    refresh();
}

void LiveTestPanel::setClassifier(std::shared_ptr<const Classifier> classifier)
{
    m_classifier = std::move(classifier);
    refresh();
}

Review LiveTestPanel::review() const
{
    Review r;
    r.title = m_w.title->text().toStdString();
    r.text = m_w.text->toPlainText().toStdString();
    const int stars = m_w.rating->currentIndex();
    if (stars >= 1) {
        r.rating = stars;
        r.polarity = polarityFromRating(stars);
    }
    return r;
}

void LiveTestPanel::showReview(const Review& review, const Label& gold)
{
    m_showingGold = true;
    m_w.title->setText(QString::fromStdString(review.title));
    m_w.rating->setCurrentIndex(review.rating ? *review.rating : 0);
    m_w.text->setPlainText(QString::fromStdString(review.text));
    m_showingGold = false;
    QString flags;
    if (gold.suspicious) {
        flags += QStringLiteral(" · ") + tr("suspicious");
    }
    if (gold.safety) {
        flags += QStringLiteral(" · ") + tr("safety");
    }
    m_w.gold->setText(
        tr("Review %1 is labelled: %2%3")
            .arg(QString::fromStdString(gold.id), categoryList(gold.category, gold.also), flags));
    m_w.gold->show();
}

void LiveTestPanel::refresh()
{
    if (!m_classifier) {
        m_explanation = Explanation();
        m_w.result->setText(tr("The rules are being compiled…"));
        m_w.evidence->clear();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    m_explanation = m_classifier->explain(review());
    m_lastUs = timer.nsecsElapsed() / 1000;
    m_w.gold->setVisible(!m_w.gold->text().isEmpty());
    showResult();
    highlight();
    fillEvidence();
}

void LiveTestPanel::showResult()
{
    const Classification& c = m_explanation.result;
    if (m_w.text->toPlainText().trimmed().isEmpty() && m_w.title->text().trimmed().isEmpty()) {
        m_w.result->setText(tr("Type a review above to see how the rules classify it."));
        return;
    }
    QStringList flags;
    if (c.suspicious) {
        flags << tr("suspicious");
    }
    if (c.safety) {
        flags << tr("safety");
    }
    QStringList also;
    for (Category a : c.also) {
        also << CategoryStyle::name(a);
    }
    const QColor color = CategoryStyle::color(c.category);
    m_w.result->setText(
        tr("<b>Category:</b> <span style=\"color:%1\">■</span> %2 &nbsp; <b>Also:</b> %3 "
           "&nbsp; <b>Flags:</b> %4 &nbsp; <b>Confidence:</b> %5")
            .arg(color.name(), CategoryStyle::name(c.category).toHtmlEscaped(),
                 also.isEmpty() ? tr("none") : also.join(QStringLiteral(", ")).toHtmlEscaped(),
                 flags.isEmpty() ? tr("none") : flags.join(QStringLiteral(", ")),
                 QString::number(c.confidence, 'f', 2)));
}

void LiveTestPanel::highlight()
{
    const QString text = m_w.text->toPlainText();
    const TextOffsets offsets(text);
    const QPalette palette = m_w.text->palette();
    QList<QTextEdit::ExtraSelection> selections;
    for (const ExplainedMatch& m : m_explanation.matches) {
        const Evidence& e = m.evidence;
        const bool counted = m.status == "counted";
        if (e.inTitle || (!counted && !e.negated)) {
            continue;
        }
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_w.text->document());
        s.cursor.setPosition(offsets.toUtf16(e.begin));
        s.cursor.setPosition(offsets.toUtf16(e.end), QTextCursor::KeepAnchor);
        if (counted) {
            s.format.setBackground(
                CategoryStyle::highlight(CategoryStyle::targetColor(e.target), palette));
        } else {
            s.format.setFontStrikeOut(true); // negated: matched, but it does not count
        }
        selections << s;
    }
    m_w.text->setExtraSelections(selections);
}

QString LiveTestPanel::targetName(const std::string& target)
{
    if (target == "suspicious") {
        return tr("suspicious");
    }
    if (target == "safety") {
        return tr("safety");
    }
    if (auto c = categoryFromKey(target)) {
        return CategoryStyle::name(*c);
    }
    return QString::fromStdString(target);
}

QString LiveTestPanel::statusText(const std::string& status)
{
    const QString s = QString::fromStdString(status);
    const auto rest = [&](const char* prefix) { return s.mid(static_cast<int>(qstrlen(prefix))); };
    if (status == "counted") {
        return tr("counted");
    }
    if (status.rfind("negated by ", 0) == 0) {
        return tr("negated by %1").arg(rest("negated by "));
    }
    if (status.rfind("excluded by ", 0) == 0) {
        return tr("excluded by %1").arg(rest("excluded by "));
    }
    if (status.rfind("inside ", 0) == 0) {
        return tr("inside %1").arg(rest("inside "));
    }
    return s;
}

void LiveTestPanel::fillEvidence()
{
    m_w.evidence->clear();
    const QString text = m_w.text->toPlainText();
    const QString title = m_w.title->text();
    const TextOffsets textOffsets(text);
    const TextOffsets titleOffsets(title);
    for (const ExplainedMatch& m : m_explanation.matches) {
        const Evidence& e = m.evidence;
        const TextOffsets& offsets = e.inTitle ? titleOffsets : textOffsets;
        const QString& source = e.inTitle ? title : text;
        const int begin = offsets.toUtf16(e.begin);
        QString words = source.mid(begin, offsets.toUtf16(e.end) - begin);
        if (e.inTitle) {
            words = tr("%1 (title)").arg(words);
        }
        auto* item = new QTreeWidgetItem(
            m_w.evidence, {words, QString::fromStdString(e.ruleId), targetName(e.target),
                           QString::number(e.weight, 'g', 3), statusText(m.status)});
        item->setToolTip(1, tr("Term: %1").arg(QString::fromStdString(e.term)));
        item->setForeground(2, CategoryStyle::readableOn(CategoryStyle::targetColor(e.target),
                                                         m_w.evidence->palette().base().color()));
    }
    m_w.evidence->resizeColumnToContents(0);
}

} // namespace rd::gui
