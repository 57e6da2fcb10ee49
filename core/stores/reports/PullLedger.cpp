#include "PullLedger.h"

#include "Clock.h"
#include "ProcessLiveness.h"
#include "activity/ActivityLog.h"
#include "storage/Database.h"
#include "storage/EngineSettings.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace relay::core {

namespace {

// Empty but not null: Statement binds a null QString as SQL NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDateTime fromMs(const Statement &stmt, int column)
{
    return stmt.isNull(column) ? QDateTime()
                               : QDateTime::fromMSecsSinceEpoch(stmt.int64(column), Qt::UTC);
}

} // namespace

PullLedger::PullLedger(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

Result<int> PullLedger::ttlDays()
{
    auto days = m_db.queryInt(
        QStringLiteral("SELECT CAST(value AS INTEGER) FROM report_setting WHERE key = 'ttl_days'"));
    if (!days)
        return days.error();
    return static_cast<int>(qBound<qint64>(1, days.value(), qint64 { kMaxTtlDays }));
}

Status PullLedger::setTtlDays(int days)
{
    if (days < 1 || days > kMaxTtlDays) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("report retention must be 1 to %1 days, not %2")
                .arg(kMaxTtlDays)
                .arg(days));
    }
    return m_db.exec(
        QStringLiteral("UPDATE report_setting SET value = '%1' WHERE key = 'ttl_days'").arg(days));
}

Result<QList<qint64>> PullLedger::failInterrupted()
{
    struct Running {
        qint64 id;
        ProcessIdentity owner;
    };
    QList<Running> running;
    {
        auto stmt = m_db.prepare(QStringLiteral(
            "SELECT id, ifnull(owner_pid, 0), ifnull(owner_start, 0), ifnull(owner_boot, 0) "
            "FROM report_pull WHERE state = 'running'"));
        if (!stmt)
            return stmt.error();
        if (auto s = stmt->each([&] {
                running.append(Running { stmt->int64(0),
                    ProcessIdentity { stmt->int64(1), stmt->int64(2), stmt->int64(3) } });
            });
            !s)
            return s.error();
    }
    QList<qint64> failed;
    for (const Running &r : std::as_const(running)) {
        if (r.owner.isAlive())
            continue;
        auto update = m_db.prepare(QStringLiteral("UPDATE report_pull SET state = 'failed', error "
                                                  "= ?2 WHERE id = ?1 AND state = 'running'"));
        if (!update)
            return update.error();
        update->bind(1, r.id).bind(2,
            QStringLiteral("interrupted: the process writing it (pid %1) ended before it finished")
                .arg(r.owner.pid));
        if (auto s = update->run(); !s)
            return s.error();
        if (m_db.changes() > 0)
            failed.append(r.id);
    }
    return failed;
}

Result<qint64> PullLedger::createPull(const NewReportPull &request)
{
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO report_pull(provider, account, client, range_from, range_to, "
        "senders, base_url, state, created_ms, requested_by, owner_pid, owner_start, owner_boot) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'running', ?8, ?9, ?10, ?11, ?12)"));
    if (!insert)
        return insert.error();
    insert->bind(1, text(request.provider))
        .bind(2, text(request.account))
        .bind(3, text(request.client));
    insert->bind(4, dateText(request.from)).bind(5, dateText(request.to));
    insert->bind(6,
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(request.senders))
                              .toJson(QJsonDocument::Compact)));
    insert->bind(7, request.baseUrl).bind(8, m_clock.nowMs()).bind(9, ActivityLog::currentOsUser());
    const ProcessIdentity owner = ProcessIdentity::self();
    insert->bind(10, owner.pid).bind(11, owner.start).bind(12, owner.boot);
    if (auto status = insert->run(); !status)
        return status.error();
    return m_db.lastInsertRowId();
}

namespace {
const char *kPullColumns
    = "id, provider, account, client, range_from, range_to, senders, base_url, state, checkpoint, "
      "pages, records, segments, duplicates, created_ms, completed_ms, requested_by, error";
} // namespace

Result<QList<ReportPull>> PullLedger::pulls()
{
    auto ttl = ttlDays();
    if (!ttl)
        return ttl.error();
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT %1 FROM report_pull ORDER BY id").arg(QLatin1String(kPullColumns)));
    if (!stmt)
        return stmt.error();
    QList<ReportPull> result;
    if (auto status = stmt->each([&] {
            ReportPull p;
            p.id = stmt->int64(0);
            p.provider = stmt->text(1);
            p.account = stmt->text(2);
            p.client = stmt->text(3);
            p.from = QDate::fromString(stmt->text(4), Qt::ISODate);
            p.to = QDate::fromString(stmt->text(5), Qt::ISODate);
            for (const QJsonValue &v : QJsonDocument::fromJson(stmt->text(6).toUtf8()).array())
                p.senders.append(v.toString());
            p.baseUrl = stmt->text(7);
            p.state = pullStateFromName(stmt->text(8));
            p.checkpoint = stmt->text(9);
            p.pages = stmt->int64(10);
            p.records = stmt->int64(11);
            p.segments = stmt->int64(12);
            p.duplicates = stmt->int64(13);
            p.created = fromMs(*stmt, 14);
            p.completed = fromMs(*stmt, 15);
            p.requestedBy = stmt->text(16);
            p.error = stmt->text(17);
            // The clock starts when the pull was created (before its first
            // record is cached), whatever happens later: a resume or a slow
            // completion never extends it.
            p.expires = p.created.addMSecs(ttl.value() * kDayMs);
            result.append(std::move(p));
        });
        !status) {
        return status.error();
    }
    return result;
}

Result<ReportPull> PullLedger::pull(qint64 id)
{
    auto all = pulls();
    if (!all)
        return all.error();
    for (ReportPull &p : all.value()) {
        if (p.id == id)
            return std::move(p); // cppcheck-suppress returnStdMoveLocal ; p is a reference into the
                                 // list, not a local
    }
    return makeError(ErrorCode::NotFound, QStringLiteral("no pull with id %1").arg(id));
}

Status PullLedger::finishPull(qint64 id, PullState state, const QString &error)
{
    auto stmt
        = m_db.prepare(QStringLiteral("UPDATE report_pull SET state = ?2, completed_ms = CASE WHEN "
                                      "?2 = 'complete' THEN ?3 ELSE completed_ms END, "
                                      "error = ?4 WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id).bind(2, pullStateName(state)).bind(3, m_clock.nowMs()).bind(4, error);
    if (auto status = stmt->run(); !status)
        return status;
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no pull with id %1").arg(id));
    return {};
}

Status PullLedger::addMapping(qint64 pullId, const ServiceMapping &m)
{
    auto insert = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO report_mapping VALUES (?1, ?2, ?3, ?4)"));
    if (!insert)
        return insert.error();
    insert->bind(1, pullId).bind(2, m.service);
    m.campaign.isEmpty() ? insert->bindNull(3) : insert->bind(3, m.campaign);
    m.brand.isEmpty() ? insert->bindNull(4) : insert->bind(4, m.brand);
    return insert->run();
}

Status PullLedger::reopenPull(qint64 id)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto current = m_db.prepare(QStringLiteral(
        "SELECT state, ifnull(owner_pid, 0), ifnull(owner_start, 0), ifnull(owner_boot, 0) "
        "FROM report_pull WHERE id = ?1"));
    if (!current)
        return current.error();
    current->bind(1, id);
    auto row = current->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no pull %1").arg(id));
    const ProcessIdentity owner { current->int64(1), current->int64(2), current->int64(3) };
    const ProcessIdentity me = ProcessIdentity::self();
    if (current->text(0) == QLatin1String("running") && owner.pid != me.pid && owner.isAlive()) {
        return makeError(ErrorCode::AlreadyExists,
            QStringLiteral(
                "pull %1 is being written by another process (pid %2); stop that one first")
                .arg(id)
                .arg(owner.pid));
    }
    current = Statement();
    auto stmt = m_db.prepare(
        QStringLiteral("UPDATE report_pull SET state = 'running', error = NULL, owner_pid = ?2, "
                       "owner_start = ?3, owner_boot = ?4 WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id).bind(2, me.pid).bind(3, me.start).bind(4, me.boot);
    if (auto s = stmt->run(); !s)
        return s;
    stmt = Statement();
    return tx->commit();
}

Result<QList<ServiceMapping>> PullLedger::mappings(qint64 pullId)
{
    auto stmt
        = m_db.prepare(QStringLiteral("SELECT service, ifnull(campaign, ''), ifnull(brand, '') "
                                      "FROM report_mapping WHERE pull_id = ?1 ORDER BY service"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, pullId);
    QList<ServiceMapping> result;
    if (auto status = stmt->each([&] {
            result.append({ stmt->text(0), stmt->text(1), stmt->text(2) });
        });
        !status) {
        return status.error();
    }
    return result;
}

Status PullLedger::addAggregates(
    qint64 pullId, const QList<UsageAggregate> &rows, const QString &category)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto clear = m_db.prepare(
        QStringLiteral("DELETE FROM report_aggregate WHERE pull_id = ?1 AND category = ?2"));
    if (!clear)
        return clear.error();
    clear->bind(1, pullId).bind(2, category);
    if (auto status = clear->run(); !status)
        return status;
    clear = Statement();
    auto insert = m_db.prepare(
        QStringLiteral("INSERT INTO report_aggregate VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    if (!insert)
        return insert.error();
    for (const UsageAggregate &a : rows) {
        insert->reset();
        insert->bind(1, pullId)
            .bind(2, dateText(a.day))
            .bind(3, a.category)
            .bind(4, a.count)
            .bind(5, a.countUnit);
        insert->bind(6, a.usage).bind(7, a.usageUnit).bind(8, a.price).bind(9, a.priceUnit);
        if (auto status = insert->run(); !status)
            return status;
    }
    insert = Statement();
    return tx->commit();
}

Result<QList<UsageAggregate>> PullLedger::aggregates(qint64 pullId)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT day, category, count, count_unit, usage, "
                                            "usage_unit, price, price_unit FROM report_aggregate "
                                            "WHERE pull_id = ?1 ORDER BY day, category"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, pullId);
    QList<UsageAggregate> result;
    if (auto status = stmt->each([&] {
            result.append(
                { QDate::fromString(stmt->text(0), Qt::ISODate), stmt->text(1), stmt->int64(2),
                    stmt->text(3), stmt->text(4), stmt->text(5), stmt->text(6), stmt->text(7) });
        });
        !status) {
        return status.error();
    }
    return result;
}

Result<ReportFilter> PullLedger::coverage(qint64 pullId)
{
    auto all = pulls();
    if (!all)
        return all.error();
    const auto family = [](const QString &provider) {
        return provider == QLatin1String("twilio") || provider == QLatin1String("twilio-bulk")
            ? QStringLiteral("twilio")
            : provider == QLatin1String("telnyx") ? QStringLiteral("telnyx")
                                                  : QString();
    };
    const auto it = std::find_if(
        all->cbegin(), all->cend(), [pullId](const ReportPull &p) { return p.id == pullId; });
    if (it == all->cend())
        return makeError(ErrorCode::NotFound, QStringLiteral("no pull with id %1").arg(pullId));
    ReportFilter f = ReportFilter::ofPull(pullId);
    const QString mine = family(it->provider);
    if (mine.isEmpty() || !it->from.isValid() || !it->to.isValid())
        return f; // a file import: only what it stored
    f.from = it->from;
    f.to = it->to;
    f.gateways = it->senders;
    for (const ReportPull &p : all.value()) {
        if (family(p.provider) == mine && p.account == it->account)
            f.storedIn.append(p.id);
    }
    return f;
}

} // namespace relay::core
