#include "store/sqlite/FtsTokenizer.h"

#include "store/StoreError.h"
#include "text/CharClass.h"
#include "text/Utf8.h"

#include <sqlite3.h>

#include <new>
#include <vector>

namespace rd {
namespace {

constexpr std::size_t kMaxTokenBytes = 256;

struct CjkChar
{
    int begin;
    int end;
};

// Walks the text once; Emit is any callable (token, begin, end) -> bool (false stops).
template <typename Emit>
void tokenize(std::string_view text, Emit&& emit)
{
    std::string word;
    int wordBegin = -1;
    int wordEnd = 0;
    std::vector<CjkChar> run;
    bool stop = false;

    auto flushWord = [&] {
        if (wordBegin >= 0 && !stop) {
            stop = !emit(std::string_view(word), wordBegin, wordEnd);
        }
        word.clear();
        wordBegin = -1;
    };
    auto flushRun = [&] {
        if (run.size() == 1 && !stop) {
            stop = !emit(text.substr(run[0].begin, run[0].end - run[0].begin), run[0].begin,
                         run[0].end);
        }
        for (std::size_t i = 0; i + 1 < run.size() && !stop; ++i) {
            // Bigram of two adjacent characters; both are contiguous in the source text.
            stop = !emit(text.substr(run[i].begin, run[i + 1].end - run[i].begin), run[i].begin,
                         run[i + 1].end);
        }
        run.clear();
    };

    std::size_t pos = 0;
    while (pos < text.size() && !stop) {
        const int begin = static_cast<int>(pos);
        const char32_t raw = utf8::next(text, pos);
        const char32_t c = chars::fold(raw);
        const int end = static_cast<int>(pos);
        if (chars::isCjk(c)) {
            flushWord();
            run.push_back({begin, end});
        } else if (chars::isWordChar(c)) {
            flushRun();
            if (wordBegin < 0) {
                wordBegin = begin;
            }
            if (word.size() < kMaxTokenBytes) {
                utf8::append(word, c);
            }
            wordEnd = end;
        } else {
            flushWord();
            flushRun();
        }
    }
    flushWord();
    flushRun();
}

int xCreate(void*, const char**, int, Fts5Tokenizer** out)
{
    // Stateless: any non-null pointer will do.
    static int instance = 0;
    *out = reinterpret_cast<Fts5Tokenizer*>(&instance);
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer*) {}

int xTokenize(Fts5Tokenizer*, void* ctx, int, const char* text, int size,
              int (*token)(void*, int, const char*, int, int, int))
{
    int rc = SQLITE_OK;
    try {
        tokenize(std::string_view(text, size > 0 ? size : 0),
                 [&](std::string_view t, int b, int e) {
                     rc = token(ctx, 0, t.data(), static_cast<int>(t.size()), b, e);
                     return rc == SQLITE_OK;
                 });
    } catch (const std::bad_alloc&) {
        return SQLITE_NOMEM;
    }
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

fts5_api* fts5Api(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) {
        return nullptr;
    }
    sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

void appendQuoted(std::string& query, std::string_view term, bool prefix)
{
    if (!query.empty()) {
        query += ' ';
    }
    query += '"';
    for (char ch : term) {
        query += ch;
        if (ch == '"') {
            query += '"';
        }
    }
    query += '"';
    if (prefix) {
        query += '*';
    }
}

} // namespace

void registerFtsTokenizer(sqlite3* db)
{
    fts5_api* api = fts5Api(db);
    if (!api) {
        throw StoreError("this SQLite library has no FTS5 full-text search");
    }
    static fts5_tokenizer tokenizer{xCreate, xDelete, xTokenize};
    int rc = api->xCreateTokenizer(api, "rdtok", nullptr, &tokenizer, nullptr);
    if (rc != SQLITE_OK) {
        throw StoreError("cannot register the full-text tokenizer", rc);
    }
}

void tokenizeForSearch(std::string_view text,
                       const std::function<void(std::string_view, int, int)>& emit)
{
    tokenize(text, [&](std::string_view t, int b, int e) {
        emit(t, b, e);
        return true;
    });
}

std::string buildFtsQuery(std::string_view userText)
{
    std::string query;
    std::size_t pos = 0;
    while (pos < userText.size()) {
        while (pos < userText.size() && (userText[pos] == ' ' || userText[pos] == '\t')) {
            ++pos;
        }
        std::size_t end = userText.find_first_of(" \t", pos);
        if (end == std::string_view::npos) {
            end = userText.size();
        }
        std::string_view term = userText.substr(pos, end - pos);
        pos = end;
        bool prefix = !term.empty() && term.back() == '*';
        if (prefix) {
            term.remove_suffix(1);
        }
        // A term is searchable when it has at least one token; a lone CJK character only
        // exists in the index as the first half of bigrams (or alone), so search it as prefix.
        int tokens = 0;
        bool singleCjk = false;
        tokenize(term, [&](std::string_view t, int, int) {
            ++tokens;
            std::size_t p = 0;
            singleCjk = chars::isCjk(utf8::next(t, p)) && p == t.size();
            return true;
        });
        if (tokens == 0) {
            continue;
        }
        appendQuoted(query, term, prefix || (tokens == 1 && singleCjk));
    }
    return query;
}

} // namespace rd
