#include "WriteBackQueue.h"

#include "storage/Sql.h"

namespace relay::core::writeback {

Status lease(SqlConnection &db, const char *table, const QList<qint64> &ids, qint64 untilMs)
{
    // A workspace is one machine's: a pass that crashed leaves nothing
    // taken, and the next one resumes at once.
    if (ids.isEmpty() || db.dialect() == SqlDialect::SQLite)
        return {};
    return db.exec(QStringLiteral("UPDATE %1 SET writeback_next_ms = %2 WHERE id IN (%3)")
                       .arg(QLatin1String(table))
                       .arg(untilMs)
                       .arg(sqlIdList(ids)));
}

Status release(SqlConnection &db, const char *table, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    return db.exec(QStringLiteral("UPDATE %1 SET writeback_next_ms = 0 WHERE id IN (%2) AND "
                                  "writeback = 'pending'")
                       .arg(QLatin1String(table), sqlIdList(ids)));
}

Result<qint64> reopen(SqlConnection &db, const char *table, const QStringList &codes,
    const std::optional<QString> &org)
{
    auto stmt = db.prepare(QStringLiteral(
        "UPDATE %1 SET writeback = 'pending', writeback_attempts = 0, writeback_next_ms = 0 "
        "WHERE writeback = 'failed' AND substr(writeback_error, 1, length(?1) + 2) = ?1 || ': '%2")
                               .arg(QLatin1String(table),
                                   org ? QStringLiteral(" AND org = coalesce(?2, '')")
                                       : QString()));
    if (!stmt)
        return stmt.error();
    qint64 reopened = 0;
    for (const QString &code : codes) {
        stmt->reset();
        stmt->bind(1, code);
        if (org)
            stmt->bind(2, *org);
        if (auto s = stmt->run(); !s)
            return s.error();
        reopened += stmt->changes();
    }
    return reopened;
}

} // namespace relay::core::writeback
