// libFuzzer target: the reply-template parser. The input is tried both as one template text
// (TemplateText, rendered with and without values) and as a template library file
// (TemplateLibrary::addJson on an empty library, then selecting and rendering what loaded).
#include "FuzzSupport.h"

#include "reply/TemplateError.h"
#include "reply/TemplateLibrary.h"
#include "reply/TemplateText.h"

#include <cstdio>
#include <cstdlib>

namespace {

void fuzzText(std::string_view source)
{
    rd::TemplateSyntaxError error;
    const auto text = rd::TemplateText::parse(source, error);
    if (!text) {
        if (error.message.empty()) {
            std::fprintf(stderr, "a template syntax error without a message\n");
            std::abort();
        }
        return;
    }
    (void)text->render({});
    const rd::TemplateText::Values values{{"customer_name", "Анна {agent_name}"},
                                          {"product", "耳机"},
                                          {"problem", "the strap broke"},
                                          {"agent_name", ""}};
    (void)text->render(values);
    (void)text->variables();
}

void fuzzLibrary(std::string_view json)
{
    rd::TemplateLibrary library;
    try {
        library.addJson(json, "fuzz.json");
    } catch (const rd::TemplateError& e) {
        if (e.reason().empty()) {
            std::fprintf(stderr, "a template error without a reason\n");
            std::abort();
        }
        return;
    }
    for (const rd::ReplyTemplate& t : library.templates()) {
        rd::TemplateQuery query;
        query.kind = t.kind;
        query.category = t.category;
        query.evidence = {{"size", "small"}, {"late"}};
        for (const auto& [language, variants] : t.variants) {
            query.language = language;
            (void)library.select(query);
            for (const rd::TemplateText& variant : variants) {
                (void)variant.render({{"customer_name", "Li"}});
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    rd::fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input = rd::fuzz::asText(data, size);
    fuzzText(input);
    fuzzLibrary(input);
    return 0;
}
