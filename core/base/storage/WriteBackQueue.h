#pragma once

#include "Result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace relay::core {

class SqlConnection;

// What the stores with a Salesforce write-back queue (the delivery log, the
// link clicks) share: columns writeback ('pending', 'written', 'failed'),
// writeback_error ("CODE: message"), writeback_attempts, writeback_next_ms.
namespace writeback {

// The rows given up on one of these Salesforce codes become pending again,
// with their attempts reset (only the org's, when the table has an org
// column and one is named). Returns how many.
[[nodiscard]] Result<qint64> reopen(SqlConnection &db, const char *table, const QStringList &codes,
    const std::optional<QString> &org = std::nullopt);

// How long rows a write-back pass took (pending rows due now, for one
// batch) are its own: another worker's pass skips them until they are
// marked, released, or this long has passed (the worker stopped).
constexpr qint64 kLeaseMs = 2 * 60 * 1000;

// The rows `ids` of `table` are taken until `untilMs` (their
// writeback_next_ms; on PostgreSQL only, where workers share the rows);
// released (still pending) they are due at once.
[[nodiscard]] Status lease(
    SqlConnection &db, const char *table, const QList<qint64> &ids, qint64 untilMs);
[[nodiscard]] Status release(SqlConnection &db, const char *table, const QList<qint64> &ids);

} // namespace writeback
} // namespace relay::core
