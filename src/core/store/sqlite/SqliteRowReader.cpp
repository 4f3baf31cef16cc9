#include "store/sqlite/SqliteRowReader.h"

#include "store/sqlite/SqliteStatement.h"

namespace rd {

ReviewRecord readReviewRecord(const SqliteStatement& st)
{
    ReviewRecord rec;
    Review& r = rec.review;
    r.id = st.columnInt64(0);
    r.platform = platformFromKey(st.columnView(1)).value_or(Platform::Other);
    r.externalId = st.columnText(2);
    r.shop = st.columnText(3);
    r.sku = st.columnText(4);
    r.product = st.columnText(5);
    r.customerId = st.columnText(6);
    r.customerName = st.columnText(7);
    r.orderId = st.columnText(8);
    r.rating = st.columnOptInt(9);
    r.polarity = polarityFromKey(st.columnView(10)).value_or(Polarity::Unknown);
    r.title = st.columnText(11);
    r.text = st.columnText(12);
    r.language = languageFromKey(st.columnView(13)).value_or(Language::Unknown);
    r.publishedAt = st.columnOptInt64(14);
    r.importedAt = st.columnInt64(15);
    r.batchId = st.columnInt64(16);
    r.sourceFile = st.columnText(17);
    r.extraJson = st.columnText(18);
    if (!st.isNull(19)) {
        rec.autoCategory = categoryFromKey(st.columnView(19));
    }
    if (!st.isNull(20)) {
        rec.overrideCategory = categoryFromKey(st.columnView(20));
    }
    rec.also = splitCategories(st.columnView(21));
    rec.suspicious = st.columnInt(22) != 0;
    rec.safety = st.columnInt(23) != 0;
    rec.confidence = st.columnDouble(24);
    WorkflowState& w = rec.workflow;
    w.status = statusFromKey(st.columnView(25)).value_or(Status::New);
    w.assignee = st.columnText(26);
    w.firstResponseAt = st.columnOptInt64(27);
    w.followUpAt = st.columnOptInt64(28);
    w.resolvedAt = st.columnOptInt64(29);
    w.statusChangedAt = st.columnInt64(30);
    w.appealOutcome = st.columnText(31);
    if (!st.isNull(32)) {
        rec.draftState = draftStateFromKey(st.columnView(32));
    }
    return rec;
}

} // namespace rd
