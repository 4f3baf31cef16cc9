#pragma once

#include "classify/Rule.h"
#include "classify/RuleProblem.h"

#include <string>
#include <vector>

namespace rd {

// One rule as a rule author sees and edits it: the fields of a rule file entry as written
// (docs/rules.md, "File format"), not yet compiled. The rule editor shows the built-in rules in
// this form and edits the user file's rules in it (UserRuleDocument).
struct RuleDraft
{
    std::string id;
    std::string target = "product"; // product, logistics, after_sales, price, other, suspicious,
                                    // safety
    double weight = 1.0;
    std::string category;               // flag rules: the category voted for as well; "" none
    std::vector<std::string> languages; // zh, ru, en or any; empty: the file's default
    std::vector<std::string> terms;
    std::vector<std::string> exclude;
    std::vector<std::string> excludeClause;
    std::vector<std::string> excludeReview;
    bool negatable = true;
    std::string note;
    // Keys of the file's entry that the editor does not know (a JSON object, "" for none): they
    // are written back unchanged, so the rule parser still reports them.
    std::string unknownKeys;
    std::string file; // where it was read, for display
    int line = 0;

    // The draft of a parsed rule (a built-in one): terms as written.
    static RuleDraft fromRule(const Rule& rule);
    // The rule keys of the languages of a mask: {"any"} or a subset of {"zh", "ru", "en"}.
    static std::vector<std::string> languageKeys(LanguageMask mask);

    // The rules of the built-in files (`dir`, empty: the ones compiled into the program), in
    // the order the classifier reads them; problems of the files are appended to `problems`.
    static std::vector<RuleDraft> builtin(const std::string& dir,
                                          std::vector<RuleProblem>& problems);

    // Same content (id and every rule field; not where it was read).
    bool sameContent(const RuleDraft& other) const;
};

} // namespace rd
