#pragma once

#include <functional>
#include <string>
#include <string_view>

struct sqlite3;

namespace rd {

// The "rdtok" FTS5 tokenizer: case-folded words for alphabetic scripts (Russian, English...)
// and overlapping bigrams for runs of CJK characters, as Lucene's CJK analyzer does, so that
// two-character Chinese words such as 快递 or 客服 are found. A lone CJK character is indexed
// as a unigram. Offsets reported to FTS5 are byte offsets of the original text.
void registerFtsTokenizer(sqlite3* db);

// The tokenizer's core, for tests and for building queries: calls `emit(token, begin, end)`
// for every token of `text` (UTF-8), begin/end being byte offsets into `text`.
void tokenizeForSearch(std::string_view text,
                       const std::function<void(std::string_view, int, int)>& emit);

// Turns what a user typed into a safe FTS5 MATCH expression: every whitespace-separated term
// is quoted (so operators and quotes in the input are just text) and the terms are ANDed; a
// term ending in '*' is a prefix search; a single CJK character becomes a prefix of bigrams.
// Returns an empty string when the input has no searchable token.
std::string buildFtsQuery(std::string_view userText);

} // namespace rd
