#include "templates/TemplateEditSession.h"

#include "CategoryStyle.h"
#include "templates/CoverageModel.h"

#include "reply/TemplateCheck.h"
#include "reply/TemplateCoverage.h"
#include "reply/TemplateError.h"

#include <QRegularExpression>
#include <QStringList>

#include <spdlog/spdlog.h>

namespace rd::gui {

TemplateEditSession::TemplateEditSession()
{
    try {
        m_base = TemplateLibrary::builtIn();
    } catch (const TemplateError& e) {
        spdlog::error("built-in templates: {}", e.what()); // a build defect; stay usable
    }
    m_library = m_base;
    m_savedText = m_file.text();
}

void TemplateEditSession::load(const QString& path)
{
    m_path = path;
    m_fileError.clear();
    try {
        m_file = TemplateUserFile::load(path.toStdString());
    } catch (const TemplateError& e) {
        m_file = TemplateUserFile();
        m_fileError = QString::fromUtf8(e.what());
    }
    m_savedText = m_file.text();
    m_library = m_base;
    check();
}

bool TemplateEditSession::isModified() const
{
    return m_file.text() != m_savedText;
}

bool TemplateEditSession::canEdit(const std::string& id) const
{
    return m_fileError.isEmpty() && m_file.entry(id) != nullptr;
}

void TemplateEditSession::check()
{
    try {
        m_library = m_file.apply(m_base, m_path.toStdString());
        m_problem.clear();
    } catch (const TemplateError& e) {
        m_problem = QString::fromUtf8(e.what()); // m_library stays the last valid one
    }
}

bool TemplateEditSession::save(QString* error)
{
    if (!m_fileError.isEmpty()) {
        *error = tr("the user template file could not be read (%1)").arg(m_fileError);
        return false;
    }
    check();
    try {
        m_file.save(m_path.toStdString(), m_base);
    } catch (const TemplateError& e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    m_savedText = m_file.text();
    return true;
}

TemplateEditSession::Origin TemplateEditSession::origin(const std::string& id) const
{
    if (!m_file.entry(id)) {
        return Origin::BuiltIn;
    }
    return m_base.definition(id) ? Origin::UserOverride : Origin::User;
}

std::vector<std::string> TemplateEditSession::texts(const std::string& id, Language language) const
{
    return m_file.texts(id, language, m_base);
}

std::optional<std::size_t> TemplateEditSession::rowOf(const std::string& id) const
{
    const Json definition = effective(id);
    if (!definition.is_object()) {
        return std::nullopt;
    }
    const auto kind = templateKindFromKey(definition.value("kind", std::string("complaint")));
    std::optional<Category> category;
    if (definition.contains("category") && definition["category"].is_string()) {
        category = categoryFromKey(definition["category"].get<std::string>());
    }
    const auto& rows = TemplateCoverage::rows();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (kind && rows[i].kind == *kind &&
            (*kind != TemplateKind::Complaint || rows[i].category == category)) {
            return i;
        }
    }
    return std::nullopt;
}

bool TemplateEditSession::setText(const std::string& id, Language language, int variant,
                                  const std::string& text)
{
    if (!canEdit(id)) {
        return false;
    }
    auto list = texts(id, language);
    if (list.empty()) {
        list.push_back(text); // the first text of this language
    } else if (variant >= 0 && variant < static_cast<int>(list.size())) {
        list[static_cast<std::size_t>(variant)] = text;
    } else {
        return false;
    }
    m_file.setTexts(id, language, list);
    return true;
}

int TemplateEditSession::addVariant(const std::string& id, Language language, int variant)
{
    if (!canEdit(id)) {
        return -1;
    }
    auto list = texts(id, language);
    // A copy of the variant shown: variants are usually rewordings of one reply.
    const bool copy = variant >= 0 && variant < static_cast<int>(list.size());
    list.push_back(copy ? list[static_cast<std::size_t>(variant)] : starterText(language));
    m_file.setTexts(id, language, list);
    return static_cast<int>(list.size()) - 1;
}

bool TemplateEditSession::removeVariant(const std::string& id, Language language, int variant)
{
    auto list = texts(id, language);
    if (!canEdit(id) || list.size() < 2 || variant < 0 ||
        variant >= static_cast<int>(list.size())) {
        return false; // a language keeps at least one text
    }
    list.erase(list.begin() + variant);
    m_file.setTexts(id, language, list);
    return true;
}

bool TemplateEditSession::setFields(const std::string& id, Language language, const Fields& f)
{
    if (!canEdit(id)) {
        return false;
    }
    const Json e = effective(id);
    if (f.platforms != e.value("platforms", Json::array())) {
        m_file.setField(id, "platforms", f.platforms);
    }
    if (f.subReason != e.value("sub_reason", std::string()) ||
        f.match != e.value("match", Json::array())) {
        m_file.setField(id, "sub_reason", f.subReason);
        m_file.setField(id, "match", f.match);
    }
    const std::string lang(toKey(language));
    const bool hadRemedy = e.contains("remedy") && e["remedy"].is_object() &&
                           e["remedy"].contains(lang) && e["remedy"][lang].is_string();
    if (f.remedy != (hadRemedy ? e["remedy"][lang].get<std::string>() : std::string())) {
        m_file.setRemedy(id, language, f.remedy);
    }
    return true;
}

bool TemplateEditSession::copyToUserFile(const std::string& id)
{
    if (!m_fileError.isEmpty() || m_file.entry(id) || !m_base.definition(id)) {
        return false;
    }
    m_file.setEntry(Json{{"id", id}}); // the changes are added to it field by field
    return true;
}

bool TemplateEditSession::remove(const std::string& id)
{
    return canEdit(id) && m_file.removeEntry(id);
}

bool TemplateEditSession::create(const std::string& id, int row, int column, QString* error)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    const auto& rows = TemplateCoverage::rows();
    const auto& columns = TemplateCoverage::columns();
    if (!m_fileError.isEmpty()) {
        *error = tr("The user template file could not be read: %1").arg(m_fileError);
    } else if (!valid.match(QString::fromStdString(id)).hasMatch()) {
        *error = tr("\"%1\" is not a template id: use letters, digits, '_', '.' and '-'.")
                     .arg(QString::fromStdString(id));
    } else if (!effective(id).is_null()) {
        *error = tr("A template \"%1\" exists already.").arg(QString::fromStdString(id));
    } else if (row < 0 || row >= static_cast<int>(rows.size()) || column < 0 ||
               column >= static_cast<int>(columns.size())) {
        *error = tr("Choose a cell of the coverage grid first.");
    } else {
        error->clear();
    }
    if (!error->isEmpty()) {
        return false;
    }
    const auto& r = rows[static_cast<std::size_t>(row)];
    const auto& c = columns[static_cast<std::size_t>(column)];
    Json object{{"id", id}};
    if (r.kind == TemplateKind::Complaint) {
        object["category"] = toKey(*r.category);
    } else {
        object["kind"] = toKey(r.kind);
    }
    object["platforms"] = Json::array({toKey(c.platform)});
    // Starts from the row's general template in this language, when there is one.
    const ReplyTemplate* model = nullptr;
    for (const ReplyTemplate& t : m_library.templates()) {
        if (!model && t.subReason.empty() && t.variantsFor(c.language) &&
            TemplateCoverage::applies(t, r,
                                      {c.language, t.isGeneric() ? c.platform : t.platforms[0]})) {
            model = &t;
        }
    }
    const auto start =
        model ? texts(model->id, c.language) : std::vector<std::string>{starterText(c.language)};
    m_file.setEntry(object);
    m_file.setTexts(id, c.language, start);
    if (model && model->remedy.count(c.language)) {
        m_file.setRemedy(id, c.language, model->remedy.at(c.language));
    }
    return true;
}

std::string TemplateEditSession::starterText(Language language)
{
    // Reply text in the reply's language (not UI text): valid, polite, obviously a start.
    switch (language) {
    case Language::Ru:
        return "Здравствуйте, {customer_name|уважаемый покупатель}!\nСпасибо за отзыв.\n"
               "С уважением, {agent_name|команда магазина}";
    case Language::Zh:
        return "{customer_name|亲}，您好！\n感谢您的评价。\n{agent_name|客服团队}";
    default:
        return "Hello, {customer_name|dear customer}!\nThank you for your review.\n"
               "{agent_name|Customer Support}";
    }
}

QString TemplateEditSession::colored(const QString& text, const char* color)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(QLatin1String(color), text.toHtmlEscaped());
}

QString TemplateEditSession::checkMessage(const std::string& text, bool editable) const
{
    if (!m_fileError.isEmpty()) {
        return colored(tr("The user template file cannot be read, so editing is off: %1. Fix "
                          "or move the file, then reload.")
                           .arg(m_fileError),
                       kRed);
    }
    if (const auto syntax = TemplateCheck::syntax(text); syntax && editable) {
        return colored(tr("Line %1, position %2: %3")
                           .arg(syntax->line)
                           .arg(syntax->column)
                           .arg(QString::fromStdString(syntax->message)),
                       kRed);
    }
    if (!m_problem.isEmpty()) {
        return colored(tr("Cannot be saved: %1").arg(m_problem), kRed);
    }
    return colored(isModified() ? tr("✓ Every template checks out. Unsaved changes.")
                                : tr("✓ Every template checks out."),
                   kGreen);
}

QString TemplateEditSession::lengthMessage(const std::string& id, Language language,
                                           const std::string& text) const
{
    const ReplyTemplate* t = m_library.find(id);
    TemplateSyntaxError error;
    const auto parsed = TemplateText::parse(text, error);
    if (!t || !parsed || QString::fromStdString(text).trimmed().isEmpty()) {
        return {};
    }
    QStringList lengths;
    bool over = false;
    for (const auto& l : TemplateCheck::lengths(*parsed, *t, language, m_library.limits())) {
        over = over || l.over();
        const QString platform = CategoryStyle::name(l.platform);
        lengths << (l.limit ? tr("%1 %2/%3").arg(platform).arg(l.length).arg(l.limit)
                            : tr("%1 %2 (no limit)").arg(platform).arg(l.length));
    }
    const QString line =
        tr("Length with long values (a %1-character problem, a full signature): %2")
            .arg(TemplateCheck::kLongProblemChars)
            .arg(lengths.join(QStringLiteral(", ")));
    return over ? colored(line + QStringLiteral(" — ") + tr("over the limit"), kRed)
                : line.toHtmlEscaped();
}

std::vector<TemplateListModel::Row> TemplateEditSession::listRows(int row, int column) const
{
    std::vector<TemplateListModel::Row> rows;
    const bool filtered = row >= 0 && column >= 0 &&
                          row < static_cast<int>(TemplateCoverage::rows().size()) &&
                          column < static_cast<int>(TemplateCoverage::columns().size());
    for (const ReplyTemplate& t : m_library.templates()) {
        if (filtered && !TemplateCoverage::applies(
                            t, TemplateCoverage::rows()[static_cast<std::size_t>(row)],
                            TemplateCoverage::columns()[static_cast<std::size_t>(column)])) {
            continue;
        }
        TemplateListModel::Row r;
        r.id = QString::fromStdString(t.id);
        const auto gridRow = rowOf(t.id);
        r.forWhat = gridRow ? CoverageModel::rowName(static_cast<int>(*gridRow)) : QString();
        r.subReason = QString::fromStdString(t.subReason);
        QStringList platforms;
        for (Platform p : t.platforms) {
            platforms << CategoryStyle::name(p);
        }
        r.platforms = platforms.join(QStringLiteral(", "));
        auto count = [&](Language l) {
            return t.variantsFor(l) ? static_cast<int>(t.variantsFor(l)->size()) : 0;
        };
        r.zh = count(Language::Zh);
        r.ru = count(Language::Ru);
        r.en = count(Language::En);
        r.origin = origin(t.id);
        rows.push_back(std::move(r));
    }
    return rows;
}

QString TemplateEditSession::headerText(const std::string& id) const
{
    const auto row = rowOf(id);
    const Origin from = origin(id);
    QString header = QStringLiteral("<b>%1</b> — %2 — %3")
                         .arg(QString::fromStdString(id).toHtmlEscaped(),
                              row ? CoverageModel::rowName(static_cast<int>(*row)) : QString(),
                              TemplateListModel::originName(from));
    if (from == Origin::BuiltIn) {
        header += QStringLiteral("<br>") +
                  tr("Built-in templates are read-only: <i>Copy to user file</i> to change this "
                     "one (the user file then overrides it).");
    }
    return header;
}

} // namespace rd::gui
