#pragma once

#include "reports/CacheTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <string_view>
#include <variant>
#include <vector>

namespace relay::core {

class Statement;

// The WHERE clause of a filter over report_rollup or report_record (both
// aliased r), and its parameters in order (?1, ?2, ...).
struct FilterSql {
    enum class Table { Rollup, Record };

    QStringList clauses;
    std::vector<std::variant<qint64, QByteArray>> params;

    QString where() const
    {
        return clauses.isEmpty() ? QStringLiteral("1") : clauses.join(QStringLiteral(" AND "));
    }
    void bind(Statement &stmt) const;
    // Adds a parameter; its placeholder (?N).
    QString param(std::variant<qint64, QByteArray> value);
    // A dictionary-coded column equal to a value (empty: no value).
    void dictionary(const char *column, int kind, const QString &value);

    // The clauses of a filter. Over records, a message id in the filter's
    // text is encoded with the id prefixes `prefixId` looks up.
    static FilterSql of(const ReportFilter &filter, Table table,
        const std::function<qint32(std::string_view)> &prefixId = {});
};

} // namespace relay::core
