#pragma once

#include "model/ReviewRecord.h"

namespace rd {

class SqliteStatement;

// Reads a ReviewRecord from the current row of a statement whose columns are
// SqliteQueryBuilder::recordColumns().
ReviewRecord readReviewRecord(const SqliteStatement& statement);

} // namespace rd
