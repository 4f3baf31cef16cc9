#include "classify/LabelledSet.h"

#include "classify/ReviewCsv.h"
#include "import/CsvReader.h"
#include "import/ImportError.h"

#include <QFile>

#include <unordered_map>

namespace rd {

LabelError::LabelError(std::string file, std::int64_t line, std::string reason)
    : std::runtime_error(file + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " +
                         reason),
      m_file(std::move(file)), m_line(line), m_reason(std::move(reason))
{
}

namespace {

std::string trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    return std::string(s);
}

struct LabelColumns
{
    int category = -1;
    int also = -1;
    int suspicious = -1;
    int safety = -1;
};

std::string categoryList()
{
    std::string out;
    for (Category c : kAllCategories) {
        out += (out.empty() ? "" : ", ") + std::string(toKey(c));
    }
    return out;
}

Category parseCategory(std::string_view field, const char* column, std::int64_t line,
                       const std::string& name)
{
    const std::string key = ReviewCsv::key(field);
    if (auto c = categoryFromKey(key)) {
        return *c;
    }
    throw LabelError(name, line,
                     std::string(column) + " '" + std::string(field) + "' is not a category (" +
                         categoryList() + ")");
}

bool parseFlag(std::string_view field, const char* column, std::int64_t line,
               const std::string& name)
{
    const std::string key = ReviewCsv::key(field);
    if (key.empty() || key == "0") {
        return false;
    }
    if (key == "1") {
        return true;
    }
    throw LabelError(name, line,
                     std::string(column) + " '" + std::string(field) + "' is not 0 or 1");
}

std::vector<Category> parseAlso(std::string_view field, Category primary, std::int64_t line,
                                const std::string& name)
{
    std::vector<Category> out;
    std::size_t start = 0;
    while (start <= field.size()) {
        std::size_t end = field.find(';', start);
        end = end == std::string_view::npos ? field.size() : end;
        const std::string_view part = field.substr(start, end - start);
        if (!ReviewCsv::key(part).empty()) {
            const Category c = parseCategory(part, "also", line, name);
            bool known = c == primary;
            for (Category o : out) {
                known = known || o == c;
            }
            if (!known) {
                out.push_back(c);
            }
        }
        start = end + 1;
    }
    return out;
}

LabelColumns findLabelColumns(const std::vector<std::string_view>& header, const std::string& name)
{
    LabelColumns c;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string key = ReviewCsv::key(header[i]);
        int* slot = key == "category"     ? &c.category
                    : key == "also"       ? &c.also
                    : key == "suspicious" ? &c.suspicious
                    : key == "safety"     ? &c.safety
                                          : nullptr;
        if (slot && *slot < 0) {
            *slot = static_cast<int>(i);
        }
    }
    if (c.category < 0) {
        throw LabelError(name, 1,
                         "the header needs the columns id and category "
                         "(the taxonomy's format: id,category,also,suspicious,safety)");
    }
    return c;
}

} // namespace

LabelledSet LabelledSet::read(std::string_view text, const std::string& name)
{
    LabelledSet set;
    set.name = name;
    text = ReviewCsv::withoutBom(text);
    CsvProblem problem;
    if (!ReviewCsv::checkUtf8(text, problem)) {
        throw LabelError(name, problem.line, problem.reason);
    }
    try {
        CsvReader reader(text, CsvReader::sniffDelimiter(text));
        std::vector<std::string_view> fields;
        if (!reader.next(fields)) {
            throw LabelError(name, 0,
                             "the file is empty: it needs the header "
                             "id,category,also,suspicious,safety");
        }
        ReviewCsv::Columns cols;
        if (!ReviewCsv::findColumns(fields, cols, problem, false)) {
            throw LabelError(name, 1,
                             "the header needs the columns id and category "
                             "(the taxonomy's format: id,category,also,suspicious,"
                             "safety)");
        }
        const LabelColumns lc = findLabelColumns(fields, name);
        set.hasFlags = lc.suspicious >= 0 && lc.safety >= 0;
        set.hasTexts = cols.text >= 0;
        std::unordered_map<std::string, std::int64_t> seen;
        Review review;
        std::string reason;
        while (reader.next(fields)) {
            const std::int64_t line = reader.recordLine();
            if (fields.size() != cols.count) {
                throw LabelError(name, line,
                                 std::to_string(fields.size()) + " fields where the header has " +
                                     std::to_string(cols.count));
            }
            if (!ReviewCsv::rowToReview(fields, cols, review, reason)) {
                throw LabelError(name, line, reason);
            }
            Label label;
            label.id = trimmed(review.externalId);
            review.externalId = label.id;
            label.line = line;
            auto [it, fresh] = seen.emplace(label.id, line);
            if (!fresh) {
                throw LabelError(name, line,
                                 "id '" + label.id + "' is labelled twice (first on line " +
                                     std::to_string(it->second) + ")");
            }
            const auto at = [&](int column) {
                return column >= 0 ? fields[static_cast<std::size_t>(column)] : std::string_view();
            };
            label.category = parseCategory(at(lc.category), "category", line, name);
            label.also = parseAlso(at(lc.also), label.category, line, name);
            label.suspicious = parseFlag(at(lc.suspicious), "suspicious", line, name);
            label.safety = parseFlag(at(lc.safety), "safety", line, name);
            set.labels.push_back(std::move(label));
            if (set.hasTexts) {
                set.reviews.push_back(review);
            }
        }
    } catch (const ImportError& e) {
        throw LabelError(name, e.line(), e.what());
    }
    if (set.labels.empty()) {
        throw LabelError(name, 0, "the file has a header but no labelled reviews");
    }
    return set;
}

LabelledSet LabelledSet::readFile(const std::string& path)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly)) {
        throw LabelError(path, 0, "cannot read the file: " + file.errorString().toStdString());
    }
    const QByteArray bytes = file.readAll();
    return read(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), path);
}

} // namespace rd
