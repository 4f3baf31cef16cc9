#pragma once

#include "import/Importer.h"
#include "import/ReviewSink.h"
#include "import/SeenIdentities.h"

#include <string>

namespace rd {

class ImportSession;

// The ReviewSink of a real import: detects each review's language, drops a second record with
// an identity already seen in this file ("duplicate of line N"), upserts into the session,
// counts the outcomes, and reports progress (and takes a cancel) about every 1000 records.
class ImportBatchWriter : public ReviewSink
{
public:
    // `bytesTotal` is the size of the input file, `textSize` the size of its decoded text:
    // progress is reported in input bytes.
    ImportBatchWriter(ImportSession& session, const ImportProgressFn& progress,
                      std::int64_t bytesTotal, std::size_t textSize);

    bool add(Review& review, std::int64_t line) override;
    void skip(std::int64_t line, const std::string& reason) override;
    bool progress(std::size_t textOffset) override;

    // Reports 100 % (the callback may still cancel before the commit); false = cancelled.
    bool finish();
    const ImportCounts& counts() const { return m_counts; }
    bool cancelled() const { return m_cancelled; }

    // At most this many skipped rows are listed (all are counted).
    static constexpr std::size_t kMaxListedSkips = 1000;

private:
    bool report(std::int64_t bytesDone);

    ImportSession& m_session;
    const ImportProgressFn& m_progress;
    std::int64_t m_bytesTotal;
    std::size_t m_textSize;
    ImportCounts m_counts;
    SeenIdentities m_seen;
    std::int64_t m_sinceReport = 0;
    bool m_cancelled = false;
};

} // namespace rd
