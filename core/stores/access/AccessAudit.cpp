#include "AccessAudit.h"

#include "Clock.h"
#include "Csv.h"
#include "ReadLimited.h"
#include "activity/ActivityLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <map>

namespace relay::core {

AccessAudit::AccessAudit(Database &db, ActivityLog &log, const Clock &clock)
    : m_db(db), m_log(log), m_clock(clock)
{ }

const char *AccessAudit::schemaSql()
{
    return R"SQL(
CREATE TABLE access_staff (
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    PRIMARY KEY (kind, value));
CREATE TABLE access_row (
    id INTEGER PRIMARY KEY,
    org TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    user TEXT NOT NULL,
    action TEXT,
    display TEXT NOT NULL,
    section TEXT,
    delegate_user TEXT,
    namespace TEXT,
    source TEXT NOT NULL,
    row_key BLOB NOT NULL UNIQUE,
    imported_ms INTEGER NOT NULL);
CREATE INDEX access_row_org_at ON access_row (org, at_ms);
CREATE TABLE access_grant (
    id INTEGER PRIMARY KEY,
    org TEXT NOT NULL,
    granted_by TEXT NOT NULL,
    start_ms INTEGER NOT NULL,
    expiry_ms INTEGER,
    created_ms INTEGER NOT NULL);
CREATE TABLE access_org (
    org TEXT PRIMARY KEY,
    time_zone TEXT NOT NULL,
    hours_start TEXT NOT NULL,
    hours_end TEXT NOT NULL);
CREATE TABLE access_review (
    id INTEGER PRIMARY KEY,
    org TEXT NOT NULL,
    session_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    note TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    rows_sha TEXT NOT NULL,
    at_ms INTEGER NOT NULL);
CREATE INDEX access_review_session ON access_review (org, session_id);
)SQL";
}

Result<int> AccessAudit::retentionDays()
{
    SqliteConnection sql(m_db);
    return EngineSettings(sql).days(kRetention);
}

Status AccessAudit::setRetentionDays(int days)
{
    SqliteConnection sql(m_db);
    return EngineSettings(sql).setDays(kRetention, days);
}

// What the purge deletes, and the verifier counts.
const char kExpiredRows[] = "FROM access_row WHERE at_ms < ?1";
const char kOrphanReviews[]
    = "FROM access_review WHERE session_id NOT IN (SELECT id FROM access_row)";

Result<qint64> AccessAudit::expiredRowCount()
{
    auto days = retentionDays();
    if (!days)
        return days.error();
    return m_db.queryInt(QStringLiteral("SELECT count(*) ") + QLatin1String(kExpiredRows),
        m_clock.nowMs() - qint64 { days.value() } * kDayMs);
}

Result<qint64> AccessAudit::orphanReviewCount()
{
    return m_db.queryInt(QStringLiteral("SELECT count(*) ") + QLatin1String(kOrphanReviews));
}

Result<qint64> AccessAudit::purgeExpired()
{
    auto days = retentionDays();
    if (!days)
        return days.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto rowsGone = m_db.prepare(QStringLiteral("DELETE ") + QLatin1String(kExpiredRows));
    if (!rowsGone)
        return rowsGone.error();
    rowsGone->bind(1, m_clock.nowMs() - qint64 { days.value() } * kDayMs);
    if (auto s = rowsGone->run(); !s)
        return s.error();
    const qint64 removed = m_db.changes();
    rowsGone = Statement();
    if (auto s = m_db.exec(QStringLiteral("DELETE ") + QLatin1String(kOrphanReviews)); !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return removed;
}

Result<AccessAudit::ImportResult> AccessAudit::importCsv(
    const QString &org, const QByteArray &bytes, const CsvOptions &options)
{
    auto rows = AuditTrailReader::readCsv(org, bytes, options);
    if (!rows)
        return rows.error();
    return importRows(rows.value());
}

Result<AccessAudit::ImportResult> AccessAudit::importQueryPage(
    const QString &org, const QByteArray &json)
{
    auto rows = AuditTrailReader::readQueryPage(org, json);
    if (!rows)
        return rows.error();
    return importRows(rows.value());
}

Result<AccessAudit::ImportResult> AccessAudit::importFiles(
    const QString &org, const QStringList &paths, const CsvOptions &options)
{
    QList<Row> all;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(
                ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        // Read at most one byte past the cap: a pipe has no size to check first.
        const QByteArray bytes
            = file.size() > kMaxFileBytes ? QByteArray() : readLimited(file, kMaxFileBytes);
        if (file.size() > kMaxFileBytes || bytes.size() > kMaxFileBytes) {
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral(
                    "%1: %2 MiB is more than an audit-trail download or query page can be (%3 MiB)")
                    .arg(QFileInfo(path).fileName())
                    .arg(
                        static_cast<double>(qMax(file.size(), bytes.size())) / (1 << 20), 0, 'f', 1)
                    .arg(kMaxFileBytes >> 20));
        }
        auto read = AuditTrailReader::read(org, bytes, options);
        if (!read)
            return makeError(read.error().code,
                QFileInfo(path).fileName() + QStringLiteral(": ") + read.error().detail);
        all += read.value();
    }
    return importRows(all);
}

Result<AccessAudit::ImportResult> AccessAudit::importRows(const QList<Row> &rows)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto insert = m_db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO access_row (org, at_ms, user, action, display, "
                       "section, delegate_user, namespace, source, row_key, "
                       "imported_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    if (!insert)
        return insert.error();
    ImportResult result;
    const qint64 now = m_clock.nowMs();
    auto days = retentionDays();
    if (!days)
        return days.error();
    const qint64 cutoff = now - qint64 { days.value() } * kDayMs;
    const auto nullable = [&insert](int index, const QString &value) {
        value.isEmpty() ? insert->bindNull(index) : insert->bind(index, value);
    };
    for (const Row &row : rows) {
        ++result.rows;
        // Older than the retention: it would only be purged again.
        if (row.at.toMSecsSinceEpoch() < cutoff) {
            ++result.tooOld;
            continue;
        }
        // Seconds: the CSV has no milliseconds, and the same row from the API must match.
        const qint64 seconds = row.at.toSecsSinceEpoch();
        const QByteArray key = QCryptographicHash::hash(
            (row.org + QChar(0x1f) + QString::number(seconds) + QChar(0x1f) + row.user.toLower()
                + QChar(0x1f) + row.display + QChar(0x1f) + row.delegateUser.toLower())
                .toUtf8(),
            QCryptographicHash::Sha256);
        insert->reset();
        insert->bind(1, row.org).bind(2, seconds * 1000).bind(3, row.user);
        nullable(4, row.action);
        insert->bind(5, row.display);
        nullable(6, row.section);
        nullable(7, row.delegateUser);
        nullable(8, row.namespacePrefix);
        insert->bind(9, row.source).bindBlob(10, key).bind(11, now);
        if (auto s = insert->run(); !s)
            return s.error();
        result.added += m_db.changes();
    }
    insert = Statement();
    if (auto s = tx->commit(); !s)
        return s.error();
    return result;
}

Status AccessAudit::addStaff(const Staff &staff)
{
    static const QRegularExpression domain(QStringLiteral("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"));
    static const QRegularExpression username(
        QStringLiteral("^[^@\\s]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"));
    const QString value = staff.value.trimmed().toLower();
    if (staff.kind == StaffKind::Publisher
            ? value.size() < 2 || value.size() > 120
            : !(staff.kind == StaffKind::User ? username : domain).match(value).hasMatch()) {
        return makeError(ErrorCode::InvalidInput,
            staff.kind == StaffKind::User
                ? QStringLiteral("'%1' is not a Salesforce username (name@domain)").arg(staff.value)
                : staff.kind == StaffKind::Domain
                ? QStringLiteral("'%1' is not a domain (example.com)").arg(staff.value)
                : QStringLiteral(
                    "a publisher is named as the trail writes it (2 to 120 characters)"));
    }
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO access_staff (kind, value, created_ms) VALUES (?1, ?2, ?3)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, SessionBuilder::staffKindName(staff.kind))
        .bind(2, value)
        .bind(3, m_clock.nowMs());
    return stmt->run();
}

Status AccessAudit::removeStaff(const Staff &staff)
{
    auto stmt
        = m_db.prepare(QStringLiteral("DELETE FROM access_staff WHERE kind = ?1 AND value = ?2"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, SessionBuilder::staffKindName(staff.kind))
        .bind(2, staff.value.trimmed().toLower());
    if (auto s = stmt->run(); !s)
        return s;
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound,
            QStringLiteral("no staff %1 '%2'")
                .arg(SessionBuilder::staffKindName(staff.kind), staff.value));
    return {};
}

Result<QList<AccessAudit::Staff>> AccessAudit::staff()
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT kind, value FROM access_staff ORDER BY kind DESC, value"));
    if (!stmt)
        return stmt.error();
    QList<Staff> list;
    if (auto s = stmt->each([&] {
            list.append({ SessionBuilder::staffKindFrom(stmt->text(0)), stmt->text(1) });
        });
        !s) {
        return s.error();
    }
    return list;
}

Result<QList<AccessAudit::Row>> AccessAudit::rows(const QString &org)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT id, org, at_ms, user, action, display, section, delegate_user, namespace, source "
        "FROM access_row WHERE ?1 IS NULL OR org = ?1 ORDER BY org, at_ms, id"));
    if (!stmt)
        return stmt.error();
    org.isEmpty() ? stmt->bindNull(1) : stmt->bind(1, org);
    QList<Row> list;
    if (auto s = stmt->each([&] {
            list.append({ stmt->int64(0), stmt->text(1),
                QDateTime::fromMSecsSinceEpoch(stmt->int64(2), QTimeZone::utc()), stmt->text(3),
                stmt->text(4), stmt->text(5), stmt->text(6), stmt->text(7), stmt->text(8),
                stmt->text(9) });
        });
        !s) {
        return s.error();
    }
    return list;
}

Result<qint64> AccessAudit::addGrant(const Grant &grant)
{
    if (grant.org.trimmed().isEmpty() || grant.grantedBy.trimmed().isEmpty()
        || !grant.start.isValid())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("a grant needs an org, who granted it and a start"));
    if (grant.expiry.isValid() && grant.expiry <= grant.start)
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("a grant's expiry must come after its start"));
    auto stmt = m_db.prepare(QStringLiteral("INSERT INTO access_grant (org, granted_by, start_ms, "
                                            "expiry_ms, created_ms) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, grant.org.trimmed())
        .bind(2, grant.grantedBy.trimmed())
        .bind(3, grant.start.toMSecsSinceEpoch());
    grant.expiry.isValid() ? stmt->bind(4, grant.expiry.toMSecsSinceEpoch()) : stmt->bindNull(4);
    stmt->bind(5, m_clock.nowMs());
    if (auto s = stmt->run(); !s)
        return s.error();
    return m_db.lastInsertRowId();
}

Result<QList<AccessAudit::Grant>> AccessAudit::grants(const QString &org)
{
    auto all = rows(org);
    if (!all)
        return all.error();
    auto staffList = staff();
    if (!staffList)
        return staffList.error();
    return grantsFrom(org, all.value(), staffList.value());
}

Result<QList<AccessAudit::Grant>> AccessAudit::grantsFrom(
    const QString &org, const QList<Row> &trail, const QList<Staff> &staffList)
{
    // The trail's grants end at midnight in the org's zone, read once per org.
    QHash<QString, QTimeZone> zones;
    std::optional<Error> failed;
    QList<Grant> list = SessionBuilder::trailGrants(trail, staffList, [&](const QString &o) {
        if (!zones.contains(o)) {
            auto settings = orgSettings(o);
            if (!settings)
                failed = settings.error();
            zones.insert(
                o, settings && settings.value() ? settings.value()->timeZone : QTimeZone::utc());
        }
        return zones.value(o);
    });
    if (failed)
        return *failed;
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT id, org, granted_by, start_ms, expiry_ms FROM access_grant "
                       "WHERE ?1 IS NULL OR org = ?1 ORDER BY start_ms"));
    if (!stmt)
        return stmt.error();
    org.isEmpty() ? stmt->bindNull(1) : stmt->bind(1, org);
    if (auto s = stmt->each([&] {
            list.append({ stmt->int64(0), stmt->text(1), stmt->text(2),
                QDateTime::fromMSecsSinceEpoch(stmt->int64(3), QTimeZone::utc()),
                stmt->isNull(4) ? QDateTime()
                                : QDateTime::fromMSecsSinceEpoch(stmt->int64(4), QTimeZone::utc()),
                QStringLiteral("manual") });
        });
        !s) {
        return s.error();
    }
    return list;
}

Status AccessAudit::setOrgSettings(const OrgSettings &settings)
{
    if (settings.org.trimmed().isEmpty() || !settings.timeZone.isValid()
        || !settings.hoursStart.isValid() || !settings.hoursEnd.isValid()
        || settings.hoursEnd <= settings.hoursStart) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral(
                "business hours need an org, a valid time zone and a start before the end"));
    }
    auto stmt = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO access_org (org, time_zone, "
                                            "hours_start, hours_end) VALUES (?1, ?2, ?3, ?4)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, settings.org.trimmed())
        .bind(2, QString::fromUtf8(settings.timeZone.id()))
        .bind(3, settings.hoursStart.toString(QStringLiteral("HH:mm")))
        .bind(4, settings.hoursEnd.toString(QStringLiteral("HH:mm")));
    return stmt->run();
}

Result<std::optional<AccessAudit::OrgSettings>> AccessAudit::orgSettings(const QString &org)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT time_zone, hours_start, hours_end FROM access_org WHERE org = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, org);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<OrgSettings>();
    return std::optional<OrgSettings>(OrgSettings { org, QTimeZone(stmt->text(0).toUtf8()),
        QTime::fromString(stmt->text(1), QStringLiteral("HH:mm")),
        QTime::fromString(stmt->text(2), QStringLiteral("HH:mm")) });
}

Status AccessAudit::review(const Session &session, const Review &review)
{
    if (review.note.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a review needs a note"));
    if (review.note.size() > 4000)
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("a review note is at most 4,000 characters"));
    if (review.sessionId != session.id || session.rowIds.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the review is for session %1, not %2")
                .arg(review.sessionId)
                .arg(session.id));
    // What was reviewed: these rows, exactly; if the session's rows change
    // later (an earlier import, another idle gap), the review is stale.
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO access_review (org, session_id, status, note, reviewer, rows_sha, at_ms) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, session.org)
        .bind(2, session.id)
        .bind(3, SessionBuilder::reviewStatusName(review.status))
        .bind(4, review.note.trimmed())
        .bind(5, review.reviewer)
        .bind(6, SessionBuilder::rowsDigest(session.rowIds))
        .bind(7, m_clock.nowMs());
    return stmt->run();
}

Result<QHash<QString, SessionBuilder::StoredReview>> AccessAudit::latestReviews(const QString &org)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT org, session_id, status, note, reviewer, at_ms, rows_sha FROM access_review r "
        "WHERE (?1 IS NULL OR org = ?1) AND id = (SELECT max(id) FROM access_review l "
        "WHERE l.org = r.org AND l.session_id = r.session_id)"));
    if (!stmt)
        return stmt.error();
    org.isEmpty() ? stmt->bindNull(1) : stmt->bind(1, org);
    QHash<QString, SessionBuilder::StoredReview> reviews;
    if (auto s = stmt->each([&] {
            const Review review { stmt->int64(1),
                stmt->text(2) == QLatin1String("escalated") ? ReviewStatus::Escalated
                                                            : ReviewStatus::Reviewed,
                stmt->text(3), stmt->text(4),
                QDateTime::fromMSecsSinceEpoch(stmt->int64(5), QTimeZone::utc()) };
            reviews.insert(SessionBuilder::reviewKey(stmt->text(0), review.sessionId),
                { review, stmt->text(6) });
        });
        !s) {
        return s.error();
    }
    return reviews;
}

Result<QList<AccessAudit::Session>> AccessAudit::sessions(
    const QString &org, const SessionOptions &options)
{
    SessionBuilder::Input input;
    input.options = options;
    auto staffList = staff();
    if (!staffList)
        return staffList.error();
    input.staff = staffList.value();
    auto all = rows(org);
    if (!all)
        return all.error();
    input.rows = all.value();
    auto grantList = grantsFrom(org, input.rows, input.staff);
    if (!grantList)
        return grantList.error();
    input.grants = grantList.value();
    for (const Row &row : std::as_const(input.rows)) {
        if (input.hours.contains(row.org))
            continue;
        auto hours = orgSettings(row.org);
        if (!hours)
            return hours.error();
        if (hours.value())
            input.hours.insert(row.org, *hours.value());
    }
    auto reviews = latestReviews(org);
    if (!reviews)
        return reviews.error();
    input.reviews = reviews.value();
    // Each review the chained activity log vouches for; one the store holds
    // but the log does not (the table edited by hand) is marked unverified.
    auto logged = m_log.details(QStringLiteral("access.review"));
    if (!logged)
        return logged.error();
    for (const QJsonObject &detail : logged.value())
        input.loggedReviews.insert(SessionBuilder::reviewLogKey(detail));
    return SessionBuilder::build(std::move(input));
}

} // namespace relay::core
