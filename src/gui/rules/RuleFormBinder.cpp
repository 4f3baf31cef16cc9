#include "rules/RuleFormBinder.h"

#include "CategoryStyle.h"
#include "rules/LiveTestPanel.h"

#include "ui_RuleEditorWindow.h"

namespace rd::gui {
namespace {

const char* const kTargets[] = {"product", "logistics",  "after_sales", "price",
                                "other",   "suspicious", "safety"};

} // namespace

RuleFormBinder::RuleFormBinder(Ui::RuleEditorWindow& ui, QObject* parent)
    : QObject(parent), m_ui(ui)
{
    fillCombos();
    auto changed = [this] {
        updateCategoryEnabled();
        if (!m_loading && m_editable) {
            Q_EMIT edited();
        }
    };
    connect(m_ui.idEdit, &QLineEdit::textEdited, this, changed);
    connect(m_ui.noteEdit, &QLineEdit::textEdited, this, changed);
    connect(m_ui.targetCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui.categoryCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui.weightSpin, &QDoubleSpinBox::valueChanged, this, changed);
    for (QCheckBox* box :
         {m_ui.languageZh, m_ui.languageRu, m_ui.languageEn, m_ui.negatableCheck}) {
        connect(box, &QCheckBox::toggled, this, changed);
    }
    for (QPlainTextEdit* edit :
         {m_ui.termsEdit, m_ui.excludeEdit, m_ui.excludeClauseEdit, m_ui.excludeReviewEdit}) {
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
    }
    showNothing();
}

void RuleFormBinder::fillCombos()
{
    const bool loading = m_loading;
    m_loading = true;
    const int target = m_ui.targetCombo->currentIndex();
    const int category = m_ui.categoryCombo->currentIndex();
    m_ui.targetCombo->clear();
    for (const char* key : kTargets) {
        m_ui.targetCombo->addItem(LiveTestPanel::targetName(key), QString::fromLatin1(key));
    }
    m_ui.categoryCombo->clear();
    m_ui.categoryCombo->addItem(tr("nothing else"), QString());
    for (Category c : kAllCategories) {
        m_ui.categoryCombo->addItem(CategoryStyle::name(c),
                                    QString::fromLatin1(std::string(toKey(c)).c_str()));
    }
    m_ui.targetCombo->setCurrentIndex(target);
    m_ui.categoryCombo->setCurrentIndex(category);
    m_loading = loading;
}

void RuleFormBinder::retranslate()
{
    fillCombos();
}

QStringList RuleFormBinder::lines(const std::vector<std::string>& items)
{
    QStringList out;
    for (const std::string& s : items) {
        out << QString::fromStdString(s);
    }
    return out;
}

std::vector<std::string> RuleFormBinder::items(const QString& text)
{
    std::vector<std::string> out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty()) {
            out.push_back(trimmed.toStdString());
        }
    }
    return out;
}

void RuleFormBinder::show(const RuleDraft& d, bool editable)
{
    m_loading = true;
    m_ui.ruleForm->setEnabled(true);
    m_ui.idEdit->setText(QString::fromStdString(d.id));
    m_ui.targetCombo->setCurrentIndex(m_ui.targetCombo->findData(QString::fromStdString(d.target)));
    m_ui.categoryCombo->setCurrentIndex(
        std::max(0, m_ui.categoryCombo->findData(QString::fromStdString(d.category))));
    m_ui.weightSpin->setValue(d.weight);
    const auto has = [&](const char* key) {
        return std::find(d.languages.begin(), d.languages.end(), key) != d.languages.end();
    };
    const bool any = has("any");
    m_ui.languageZh->setChecked(any || has("zh"));
    m_ui.languageRu->setChecked(any || has("ru"));
    m_ui.languageEn->setChecked(any || has("en"));
    m_ui.termsEdit->setPlainText(lines(d.terms).join(QLatin1Char('\n')));
    m_ui.excludeEdit->setPlainText(lines(d.exclude).join(QLatin1Char('\n')));
    m_ui.excludeClauseEdit->setPlainText(lines(d.excludeClause).join(QLatin1Char('\n')));
    m_ui.excludeReviewEdit->setPlainText(lines(d.excludeReview).join(QLatin1Char('\n')));
    m_ui.negatableCheck->setChecked(d.negatable);
    m_ui.noteEdit->setText(QString::fromStdString(d.note));
    setEditable(editable);
    updateCategoryEnabled();
    m_loading = false;
}

void RuleFormBinder::showNothing()
{
    m_loading = true;
    show(RuleDraft(), false);
    m_ui.idEdit->clear();
    m_ui.termsEdit->clear();
    m_ui.ruleForm->setEnabled(false);
    m_loading = false;
}

RuleDraft RuleFormBinder::read(const RuleDraft& base) const
{
    RuleDraft d = base;
    d.id = m_ui.idEdit->text().trimmed().toStdString();
    d.target = m_ui.targetCombo->currentData().toString().toStdString();
    d.category = m_ui.categoryCombo->currentData().toString().toStdString();
    if (d.target != "suspicious" && d.target != "safety") {
        d.category.clear(); // only flag rules vote for a category as well
    }
    d.weight = m_ui.weightSpin->value();
    d.languages.clear();
    if (m_ui.languageZh->isChecked()) {
        d.languages.emplace_back("zh");
    }
    if (m_ui.languageRu->isChecked()) {
        d.languages.emplace_back("ru");
    }
    if (m_ui.languageEn->isChecked()) {
        d.languages.emplace_back("en");
    }
    if (d.languages.size() == 3 || (d.languages.empty() && !base.languages.empty())) {
        d.languages = {"any"}; // all three (or none, for a rule that named its languages)
    }
    d.terms = items(m_ui.termsEdit->toPlainText());
    d.exclude = items(m_ui.excludeEdit->toPlainText());
    d.excludeClause = items(m_ui.excludeClauseEdit->toPlainText());
    d.excludeReview = items(m_ui.excludeReviewEdit->toPlainText());
    d.negatable = m_ui.negatableCheck->isChecked();
    d.note = m_ui.noteEdit->text().toStdString();
    return d;
}

void RuleFormBinder::setEditable(bool editable)
{
    m_editable = editable;
    m_ui.idEdit->setReadOnly(!editable);
    m_ui.noteEdit->setReadOnly(!editable);
    for (QPlainTextEdit* edit :
         {m_ui.termsEdit, m_ui.excludeEdit, m_ui.excludeClauseEdit, m_ui.excludeReviewEdit}) {
        edit->setReadOnly(!editable);
    }
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_ui.targetCombo, m_ui.categoryCombo, m_ui.weightSpin, m_ui.languageZh,
             m_ui.languageRu, m_ui.languageEn, m_ui.negatableCheck}) {
        w->setEnabled(editable);
    }
}

void RuleFormBinder::updateCategoryEnabled()
{
    const QString target = m_ui.targetCombo->currentData().toString();
    const bool flag = target == QLatin1String("suspicious") || target == QLatin1String("safety");
    m_ui.categoryCombo->setEnabled(m_editable && flag);
}

} // namespace rd::gui
