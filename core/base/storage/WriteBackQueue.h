#pragma once

#include "Result.h"

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

} // namespace writeback
} // namespace relay::core
