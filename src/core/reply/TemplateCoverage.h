#pragma once

#include "model/Enums.h"
#include "reply/ReplyTemplate.h"

#include <optional>
#include <vector>

namespace rd {

class TemplateLibrary;

// Which cells of the grid "kind or complaint category × language × platform" the templates
// cover (the template editor's coverage grid; `reviewdesk-cli templates` lists the same gaps).
// A cell is covered when a review of it gets a draft whatever its evidence: some template
// without a sub-reason applies. Sub-reason templates are counted but cover nothing alone.
class TemplateCoverage
{
public:
    // A row of the grid: the five complaint categories, then positive, suspicious, safety.
    struct Row
    {
        TemplateKind kind = TemplateKind::Complaint;
        std::optional<Category> category;
    };
    struct Column
    {
        Language language = Language::Unknown;
        Platform platform = Platform::Other;
    };
    struct Cell
    {
        int templates = 0; // templates that apply, sub-reason ones included
        bool covered = false;
    };

    explicit TemplateCoverage(const TemplateLibrary& library);

    static const std::vector<Row>& rows();
    // zh, ru, en, each with every platform.
    static const std::vector<Column>& columns();

    Cell cell(std::size_t row, std::size_t column) const;
    // The templates that apply to the cell, in library order.
    std::vector<const ReplyTemplate*> templates(std::size_t row, std::size_t column) const;
    // Cells not covered.
    int gaps() const;

    static bool applies(const ReplyTemplate& tmpl, const Row& row, const Column& column);

private:
    const TemplateLibrary& m_library;
};

} // namespace rd
