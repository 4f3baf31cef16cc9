#include "reply/TemplateCoverage.h"

#include "reply/TemplateLibrary.h"

namespace rd {

TemplateCoverage::TemplateCoverage(const TemplateLibrary& library) : m_library(library) {}

const std::vector<TemplateCoverage::Row>& TemplateCoverage::rows()
{
    static const std::vector<Row> rows = [] {
        std::vector<Row> out;
        for (Category c : kAllCategories) {
            out.push_back({TemplateKind::Complaint, c});
        }
        for (TemplateKind k :
             {TemplateKind::Positive, TemplateKind::Suspicious, TemplateKind::Safety}) {
            out.push_back({k, std::nullopt});
        }
        return out;
    }();
    return rows;
}

const std::vector<TemplateCoverage::Column>& TemplateCoverage::columns()
{
    static const std::vector<Column> columns = [] {
        std::vector<Column> out;
        for (Language l : {Language::Zh, Language::Ru, Language::En}) {
            for (Platform p : kAllPlatforms) {
                out.push_back({l, p});
            }
        }
        return out;
    }();
    return columns;
}

bool TemplateCoverage::applies(const ReplyTemplate& t, const Row& row, const Column& column)
{
    return t.kind == row.kind &&
           (row.kind != TemplateKind::Complaint || t.category == row.category) &&
           t.variantsFor(column.language) && t.appliesTo(column.platform);
}

std::vector<const ReplyTemplate*> TemplateCoverage::templates(std::size_t row,
                                                              std::size_t column) const
{
    std::vector<const ReplyTemplate*> out;
    if (row >= rows().size() || column >= columns().size()) {
        return out;
    }
    for (const ReplyTemplate& t : m_library.templates()) {
        if (applies(t, rows()[row], columns()[column])) {
            out.push_back(&t);
        }
    }
    return out;
}

TemplateCoverage::Cell TemplateCoverage::cell(std::size_t row, std::size_t column) const
{
    Cell c;
    for (const ReplyTemplate* t : templates(row, column)) {
        ++c.templates;
        c.covered = c.covered || t->subReason.empty();
    }
    return c;
}

int TemplateCoverage::gaps() const
{
    int n = 0;
    for (std::size_t r = 0; r < rows().size(); ++r) {
        for (std::size_t c = 0; c < columns().size(); ++c) {
            n += cell(r, c).covered ? 0 : 1;
        }
    }
    return n;
}

} // namespace rd
