#include "import/ImportBatchWriter.h"

#include "import/DateParser.h"

#include "store/ImportSession.h"
#include "text/LanguageDetector.h"

#include <algorithm>

namespace rd {

ImportBatchWriter::ImportBatchWriter(ImportSession& session, const ImportProgressFn& progress,
                                     std::int64_t bytesTotal, std::size_t textSize)
    : m_session(session), m_progress(progress), m_bytesTotal(bytesTotal), m_textSize(textSize)
{
    // Reviews average a few hundred bytes: sized for that, the table seldom has to grow.
    m_seen.reserve(std::min<std::size_t>(textSize / 512, 10'000'000) + 1);
}

bool ImportBatchWriter::add(Review& review, std::int64_t line)
{
    if (std::string future = DateParser::futureDateReason(review.publishedAt); !future.empty()) {
        skip(line, future); // the JSON formats; CsvRecordMapper checks CSV rows itself
        return true;
    }
    ++m_counts.read;
    std::int64_t firstLine = 0;
    if (!m_seen.insert(toKey(review.platform), review.externalId, line, firstLine)) {
        --m_counts.read; // skip() counts it again
        skip(line, "duplicate of line " + std::to_string(firstLine) + " (same id '" +
                       review.externalId + "')");
        return true;
    }
    if (review.language == Language::Unknown) {
        review.language =
            LanguageDetector::detect(review.text.empty() ? review.title : review.text);
    }
    switch (m_session.upsert(review)) {
    case UpsertOutcome::Added:
        ++m_counts.added;
        break;
    case UpsertOutcome::Updated:
        ++m_counts.updated;
        break;
    case UpsertOutcome::Revised:
        ++m_counts.revised;
        break;
    case UpsertOutcome::Unchanged:
        ++m_counts.unchanged;
        break;
    }
    return true;
}

void ImportBatchWriter::skip(std::int64_t line, const std::string& reason)
{
    ++m_counts.read;
    ++m_counts.skipped;
    if (m_counts.skippedRows.size() < kMaxListedSkips) {
        m_counts.skippedRows.push_back({line, reason});
    }
}

bool ImportBatchWriter::report(std::int64_t bytesDone)
{
    m_sinceReport = 0;
    if (m_progress && !m_progress(ImportProgress{bytesDone, m_bytesTotal, m_counts.read})) {
        m_cancelled = true;
    }
    return !m_cancelled;
}

bool ImportBatchWriter::progress(std::size_t textOffset)
{
    if (++m_sinceReport < 1000) {
        return true;
    }
    const double share = m_textSize ? double(textOffset) / double(m_textSize) : 1.0;
    return report(static_cast<std::int64_t>(share * double(m_bytesTotal)));
}

bool ImportBatchWriter::finish()
{
    return report(m_bytesTotal);
}

} // namespace rd
