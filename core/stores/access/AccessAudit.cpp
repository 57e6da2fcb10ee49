#include "AccessAudit.h"

#include "Clock.h"
#include "Csv.h"
#include "ReadLimited.h"
#include "storage/Database.h"

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

namespace {

AccessAudit::StaffKind kindFrom(const QString &name)
{
    return name == QLatin1String("user")  ? AccessAudit::StaffKind::User
        : name == QLatin1String("domain") ? AccessAudit::StaffKind::Domain
                                          : AccessAudit::StaffKind::Publisher;
}

// Login-As and subscriber-support logins and logouts, by API code and by
// the sentence the trail writes (the CSV carries only the sentence).
bool isLogin(const AccessAudit::Row &row)
{
    static const QSet<QString> codes { QStringLiteral("suOrgAdminLogin"),
        QStringLiteral("suNetworkAdminLogin"), QStringLiteral("suPRMAdminLogin"),
        QStringLiteral("suloginaccessused") };
    return codes.contains(row.action)
        || row.display.startsWith(QLatin1String("Logged in using Login-As access for "));
}

bool isLogout(const AccessAudit::Row &row)
{
    static const QSet<QString> codes { QStringLiteral("suOrgAdminLogout"),
        QStringLiteral("suNetworkAdminLogout"), QStringLiteral("suPRMAdminLogout"),
        QStringLiteral("suLogout") };
    return codes.contains(row.action)
        || row.display.startsWith(QLatin1String("Logged out using Login-As access for "));
}

QString actingAs(const QString &display)
{
    const qsizetype at = display.indexOf(QLatin1String(" access for "));
    return at < 0 ? QString() : display.mid(at + 12).trimmed();
}

// "admin@x has granted user login access through 11/9/2024 to package
// publisher Mogli (00D…)", "… has changed user login access through …",
// "… has revoked user login access to package publisher …".
struct TrailGrant {
    enum Kind { Granted, Changed, Revoked } kind;
    QString by;
    QString publisher; // "Mogli Technologies (00D…)"
    QDate through; // invalid when the sentence's date could not be read
};

std::optional<TrailGrant> trailGrant(const AccessAudit::Row &row)
{
    static const QRegularExpression granted(QStringLiteral(
        R"(^(\S+) has (granted|changed) user login access through (\d{1,2})/(\d{1,2})/(\d{4}) to package publisher (.+)$)"));
    static const QRegularExpression revoked(
        QStringLiteral(R"(^(\S+) has revoked user login access to package publisher (.+)$)"));
    if (const QRegularExpressionMatch m = granted.match(row.display); m.hasMatch()) {
        const QDate through(m.captured(5).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
        return TrailGrant { m.captured(2) == QLatin1String("granted") ? TrailGrant::Granted
                                                                      : TrailGrant::Changed,
            m.captured(1), m.captured(6).trimmed(), through };
    }
    if (const QRegularExpressionMatch m = revoked.match(row.display); m.hasMatch())
        return TrailGrant { TrailGrant::Revoked, m.captured(1), m.captured(2).trimmed(), {} };
    return std::nullopt;
}

} // namespace

AccessAudit::AccessAudit(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

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
    return EngineSettings(m_db).days(kRetention);
}

Status AccessAudit::setRetentionDays(int days)
{
    return EngineSettings(m_db).setDays(kRetention, days);
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

Result<QStringList> AccessAudit::sensitiveSectionsFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > (qint64 { 1 } << 20))
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("%1 is larger than 1 MiB; a list of section names is not").arg(path));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    QStringList sections;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("sections")).toArray())
        sections.append(v.toString());
    sections.removeAll(QString());
    if (sections.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("%1 has no \"sections\" list of section names").arg(path));
    return sections;
}

QStringList AccessAudit::csvHeader()
{
    return { QStringLiteral("Date"), QStringLiteral("User"),
        QStringLiteral("Source Namespace Prefix"), QStringLiteral("Action"),
        QStringLiteral("Section"), QStringLiteral("Delegate User") };
}

QStringList AccessAudit::builtInSensitiveSections()
{
    // Compiled in: read and parsed once, by the same reader as a reviewer's own file.
    static const QStringList sections = [] {
        auto parsed = sensitiveSectionsFromFile(
            QStringLiteral(":/relayaudit/access/sensitive-sections.json"));
        return parsed ? parsed.value() : QStringList();
    }();
    return sections;
}

QDateTime AccessAudit::parseCsvDate(const QString &text, const CsvOptions &options)
{
    // "11/3/2024, 1:30:00 AM PST" (ICU, English), "11/3/2024 1:30 AM PST"
    // (the older JDK form), "12/8/2025, 11:54:14 CEST" (day first, 24 h).
    static const QRegularExpression shape(QStringLiteral(
        R"(^\s*(\d{1,2})/(\d{1,2})/(\d{4}),?[\s\x{00A0}\x{202F}]+(\d{1,2}):(\d{2})(?::(\d{2}))?[\s\x{00A0}\x{202F}]*([AaPp][Mm])?\s*([A-Za-z][A-Za-z0-9+:-]{1,9})?\s*$)"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch() || !options.timeZone.isValid())
        return {};
    const int first = m.captured(1).toInt();
    const int second = m.captured(2).toInt();
    const QDate date(m.captured(3).toInt(), options.dayFirst ? second : first,
        options.dayFirst ? first : second);
    int hour = m.captured(4).toInt();
    const QString meridiem = m.captured(7).toUpper();
    if (!meridiem.isEmpty()) {
        if (hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (meridiem == QLatin1String("PM") ? 12 : 0);
    }
    const QTime time(
        hour, m.captured(5).toInt(), m.captured(6).isEmpty() ? 0 : m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime local(date, time, options.timeZone);
    // The hour a DST change repeats: the abbreviation says which of the two.
    const QString abbreviation = m.captured(8);
    if (!abbreviation.isEmpty() && options.timeZone.abbreviation(local) != abbreviation) {
        bool matched = false;
        for (const int shift : { -3600, 3600 }) {
            const QDateTime other = local.addSecs(shift);
            if (other.time() == time && options.timeZone.abbreviation(other) == abbreviation) {
                local = other;
                matched = true;
                break;
            }
        }
        // A letters-only abbreviation the zone never uses at that moment
        // (PST read as Europe/Madrid): the zone given is wrong, and every
        // time would be off by hours. Offsets ("GMT+1") are left to the zone.
        static const QRegularExpression letters(QStringLiteral("^[A-Z]{2,5}$"));
        if (!matched && letters.match(abbreviation).hasMatch()
            && letters.match(options.timeZone.abbreviation(local)).hasMatch())
            return {};
    }
    return local.toUTC();
}

Result<AccessAudit::ImportResult> AccessAudit::importCsv(
    const QString &org, const QByteArray &bytes, const CsvOptions &options)
{
    auto rows = readCsv(org, bytes, options);
    if (!rows)
        return rows.error();
    return importRows(rows.value());
}

Result<AccessAudit::ImportResult> AccessAudit::importQueryPage(
    const QString &org, const QByteArray &json)
{
    auto rows = readQueryPage(org, json);
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
        auto read = readFile(org, bytes, options);
        if (!read)
            return makeError(read.error().code,
                QFileInfo(path).fileName() + QStringLiteral(": ") + read.error().detail);
        all += read.value();
    }
    return importRows(all);
}

Result<QList<AccessAudit::Row>> AccessAudit::readFile(
    const QString &org, const QByteArray &bytes, const CsvOptions &options)
{
    return bytes.trimmed().startsWith('{') ? readQueryPage(org, bytes)
                                           : readCsv(org, bytes, options);
}

Result<QList<AccessAudit::Row>> AccessAudit::readCsv(
    const QString &org, const QByteArray &bytes, const CsvOptions &options)
{
    if (!options.timeZone.isValid())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the CSV's times are in the downloading user's Salesforce time zone: "
                           "name it (e.g. America/Los_Angeles)"));
    auto records = parseCsv(QString::fromUtf8(bytes));
    if (!records)
        return records.error();
    if (records->isEmpty() || records->first().fields != csvHeader())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("line 1: not a Setup Audit Trail download (the header is not %1)")
                .arg(csvHeader().join(QLatin1Char(','))));
    QList<Row> rows;
    for (qsizetype i = 1; i < records->size(); ++i) {
        const CsvRecord &r = records->at(i);
        if (r.fields.size() != 6)
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("line %1: %2 fields, the header has 6")
                    .arg(r.line)
                    .arg(r.fields.size()));
        Row row;
        row.org = org;
        row.at = parseCsvDate(r.fields.at(0), options);
        if (!row.at.isValid())
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("line %1: '%2' is not a date of the download's form (%3) in %4; is "
                               "the time zone right?")
                    .arg(r.line)
                    .arg(r.fields.at(0).left(40),
                        options.dayFirst ? QStringLiteral("D/M/YYYY, H:mm:ss TZ")
                                         : QStringLiteral("M/D/YYYY, h:mm:ss AM TZ"),
                        QString::fromUtf8(options.timeZone.id())));
        row.user = r.fields.at(1).trimmed();
        row.namespacePrefix = r.fields.at(2).trimmed();
        row.display = r.fields.at(3);
        row.section = r.fields.at(4).trimmed();
        row.delegateUser = r.fields.at(5).trimmed();
        row.source = QStringLiteral("csv");
        if (row.user.isEmpty() || row.display.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("line %1: no user or no action").arg(r.line));
        rows.append(row);
    }
    return rows;
}

Result<QList<AccessAudit::Row>> AccessAudit::readQueryPage(
    const QString &org, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("records")).isArray())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("not a SOQL query result page (%1)")
                .arg(doc.isNull() ? error.errorString() : QStringLiteral("no records array")));
    QList<Row> rows;
    int n = 0;
    for (const QJsonValue &value : doc.object().value(QStringLiteral("records")).toArray()) {
        ++n;
        const QJsonObject o = value.toObject();
        if (o.value(QStringLiteral("attributes"))
                .toObject()
                .value(QStringLiteral("type"))
                .toString()
            != QLatin1String("SetupAuditTrail"))
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("record %1 is not a SetupAuditTrail row").arg(n));
        Row row;
        row.org = org;
        // "2023-11-30T17:33:08.000+0000": Qt's ISO parser wants the offset's colon.
        QString created = o.value(QStringLiteral("CreatedDate")).toString();
        if (created.size() > 5
            && (created.at(created.size() - 5) == QLatin1Char('+')
                || created.at(created.size() - 5) == QLatin1Char('-')))
            created.insert(created.size() - 2, QLatin1Char(':'));
        row.at = QDateTime::fromString(created, Qt::ISODateWithMs).toUTC();
        const QJsonObject createdBy = o.value(QStringLiteral("CreatedBy")).toObject();
        row.user = createdBy.value(QStringLiteral("Username"))
                       .toString(createdBy.value(QStringLiteral("Name")).toString());
        row.action = o.value(QStringLiteral("Action")).toString();
        row.display = o.value(QStringLiteral("Display")).toString();
        row.section = o.value(QStringLiteral("Section")).toString();
        row.delegateUser = o.value(QStringLiteral("DelegateUser")).toString();
        row.namespacePrefix = o.value(QStringLiteral("ResponsibleNamespacePrefix")).toString();
        row.source = QStringLiteral("api");
        if (!row.at.isValid() || row.user.isEmpty() || row.display.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("record %1: no valid CreatedDate, CreatedBy or Display").arg(n));
        rows.append(row);
    }
    return rows;
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
    stmt->bind(1, staffKindName(staff.kind)).bind(2, value).bind(3, m_clock.nowMs());
    return stmt->run();
}

Status AccessAudit::removeStaff(const Staff &staff)
{
    auto stmt
        = m_db.prepare(QStringLiteral("DELETE FROM access_staff WHERE kind = ?1 AND value = ?2"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, staffKindName(staff.kind)).bind(2, staff.value.trimmed().toLower());
    if (auto s = stmt->run(); !s)
        return s;
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound,
            QStringLiteral("no staff %1 '%2'").arg(staffKindName(staff.kind), staff.value));
    return {};
}

Result<QList<AccessAudit::Staff>> AccessAudit::staff()
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT kind, value FROM access_staff ORDER BY kind DESC, value"));
    if (!stmt)
        return stmt.error();
    QList<Staff> list;
    if (auto s = stmt->each([&] { list.append({ kindFrom(stmt->text(0)), stmt->text(1) }); }); !s) {
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

QString AccessAudit::staffKindName(StaffKind kind)
{
    switch (kind) {
    case StaffKind::User:
        return QStringLiteral("user");
    case StaffKind::Domain:
        return QStringLiteral("domain");
    case StaffKind::Publisher:
        return QStringLiteral("publisher");
    }
    return {};
}

QString AccessAudit::reviewStatusName(ReviewStatus status)
{
    return status == ReviewStatus::Reviewed ? QStringLiteral("reviewed")
                                            : QStringLiteral("escalated");
}

QJsonObject AccessAudit::reviewLogDetail(const Review &review)
{
    const QByteArray digest
        = QCryptographicHash::hash(review.note.trimmed().toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(16);
    return { { QStringLiteral("session"), review.sessionId },
        { QStringLiteral("status"), reviewStatusName(review.status) },
        { QStringLiteral("note_sha256"), QString::fromLatin1(digest) } };
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
    QList<Grant> list;
    // Grants to other package publishers are not this vendor's: with
    // publishers configured (access staff add --publisher), only theirs count.
    QStringList publishers;
    for (const Staff &s : staffList) {
        if (s.kind == StaffKind::Publisher)
            publishers.append(s.value);
    }
    const auto ours = [&publishers](const QString &publisher) {
        if (publishers.isEmpty())
            return true;
        for (const QString &p : publishers) {
            if (publisher.toLower().startsWith(p))
                return true;
        }
        return false;
    };
    // The latest trail grant per (org, publisher).
    QHash<QString, qsizetype> latest;
    QHash<QString, QTimeZone> zones; // per org, read once
    for (const Row &row : trail) {
        const auto g = trailGrant(row);
        if (!g || !ours(g->publisher))
            continue;
        // The sentence's date ends at midnight after it, in the org's zone when known.
        QDateTime endOfDay;
        if (g->through.isValid()) {
            if (!zones.contains(row.org)) {
                auto settings = orgSettings(row.org);
                if (!settings)
                    return settings.error();
                zones.insert(
                    row.org, settings.value() ? settings.value()->timeZone : QTimeZone::utc());
            }
            endOfDay = QDateTime(g->through.addDays(1), QTime(0, 0), zones.value(row.org)).toUTC();
        } else if (g->kind != TrailGrant::Revoked) {
            endOfDay = row.at; // an unreadable date never makes a grant open-ended
        }
        const QString key = row.org + QChar(0x1f) + g->publisher;
        const auto it = latest.constFind(key);
        Grant *current = it == latest.constEnd() ? nullptr : &list[it.value()];
        const bool open = current && (!current->expiry.isValid() || current->expiry > row.at);
        if (g->kind == TrailGrant::Revoked) {
            if (open)
                current->expiry = row.at;
            continue;
        }
        // A new grant, or a change, ends what was open and starts afresh:
        // an ended window is never reopened from its old start.
        if (open)
            current->expiry = row.at;
        list.append({ 0, row.org, g->by, row.at, endOfDay, QStringLiteral("trail") });
        latest.insert(key, list.size() - 1);
    }
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

QString AccessAudit::rowsDigest(const QList<qint64> &rowIds)
{
    QByteArray ids;
    for (const qint64 id : rowIds)
        ids += QByteArray::number(id) + ',';
    return QString::fromLatin1(
        QCryptographicHash::hash(ids, QCryptographicHash::Sha256).toHex().left(16));
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
        .bind(3, reviewStatusName(review.status))
        .bind(4, review.note.trimmed())
        .bind(5, review.reviewer)
        .bind(6, rowsDigest(session.rowIds))
        .bind(7, m_clock.nowMs());
    return stmt->run();
}

Result<QList<AccessAudit::Session>> AccessAudit::sessions(
    const QString &org, const SessionOptions &options)
{
    auto staffList = staff();
    if (!staffList)
        return staffList.error();
    const auto isStaff = [&staffList](const QString &username) {
        const QString u = username.toLower();
        if (u.isEmpty())
            return false;
        for (const Staff &s : staffList.value()) {
            if (s.kind == StaffKind::Publisher)
                continue;
            if (s.kind == StaffKind::User ? u == s.value
                                          : u.endsWith(QLatin1Char('@') + s.value)
                        || u.endsWith(QLatin1Char('.') + s.value))
                return true;
        }
        return false;
    };
    auto all = rows(org);
    if (!all)
        return all.error();
    const QStringList sensitive = options.sensitiveSections.isEmpty() ? builtInSensitiveSections()
                                                                      : options.sensitiveSections;
    // The trail has whole seconds and the CSV runs newest first: within a
    // second, a login comes before the changes and a logout after them.
    const auto rank = [](const Row &row) { return isLogin(row) ? 0 : isLogout(row) ? 2 : 1; };
    std::stable_sort(all->begin(), all->end(), [&rank](const Row &a, const Row &b) {
        if (a.org != b.org)
            return a.org < b.org;
        if (a.at != b.at)
            return a.at < b.at;
        return rank(a) < rank(b);
    });

    QList<Session> done;
    // Open sessions per (org, staff user).
    std::map<std::pair<QString, QString>, Session> open;
    const auto close = [&done, &options, &sensitive](Session session) {
        if (!session.end.isValid())
            session.flags.append(QStringLiteral("no-logout"));
        for (const QString &section : std::as_const(session.sections)) {
            if (sensitive.contains(section, Qt::CaseInsensitive)) {
                session.flags.append(QStringLiteral("sensitive-section"));
                break;
            }
        }
        if (session.changes > options.manyChanges)
            session.flags.append(QStringLiteral("many-changes"));
        done.append(std::move(session));
    };
    for (const Row &row : std::as_const(all.value())) {
        const bool login = isLogin(row);
        const bool logout = isLogout(row);
        // The vendor person: the delegate user during Login-As; on the
        // login and logout rows themselves, the user who logged in.
        const QString staffUser = isStaff(row.delegateUser) ? row.delegateUser.toLower()
            : (login || logout) && isStaff(row.user)        ? row.user.toLower()
                                                            : QString();
        if (staffUser.isEmpty())
            continue; // an ordinary admin's row: in no session
        const auto key = std::make_pair(row.org, staffUser);
        auto it = open.find(key);
        // Past the idle gap, what was open ends without a logout.
        if (it != open.end() && it->second.lastActivity.secsTo(row.at) > options.idleGapSeconds) {
            close(std::move(it->second));
            open.erase(it);
            it = open.end();
        }
        if (login) {
            if (it != open.end()) {
                close(std::move(it->second));
                open.erase(it);
            }
            Session s;
            s.id = row.id;
            s.org = row.org;
            s.staffUser = staffUser;
            s.actingAs = actingAs(row.display);
            s.start = s.lastActivity = row.at;
            s.rowIds.append(row.id);
            open.emplace(key, std::move(s));
            continue;
        }
        if (it == open.end()) {
            // Changes (or a logout) with no login imported: the range began mid-session.
            Session s;
            s.id = row.id;
            s.org = row.org;
            s.staffUser = staffUser;
            s.start = s.lastActivity = row.at;
            s.flags.append(QStringLiteral("no-login"));
            it = open.emplace(key, std::move(s)).first;
        }
        Session &s = it->second;
        s.rowIds.append(row.id);
        s.lastActivity = row.at;
        if (logout) {
            if (s.actingAs.isEmpty())
                s.actingAs = actingAs(row.display);
            s.end = row.at;
            close(std::move(s));
            open.erase(it);
            continue;
        }
        ++s.changes;
        if (!row.section.isEmpty() && !s.sections.contains(row.section))
            s.sections.append(row.section);
    }
    for (auto &[key, s] : open)
        close(std::move(s));
    std::sort(done.begin(), done.end(), [](const Session &a, const Session &b) {
        return a.start < b.start || (a.start == b.start && a.id < b.id);
    });

    // Grants, business hours and reviews, per org.
    QHash<qint64, QDateTime> rowTimes;
    for (const Row &row : std::as_const(all.value()))
        rowTimes.insert(row.id, row.at);
    // Grants from the rows already read, once for every org.
    auto allGrants = grantsFrom(org, all.value(), staffList.value());
    if (!allGrants)
        return allGrants.error();
    QHash<QString, QList<Grant>> grantsByOrg;
    for (const Grant &g : allGrants.value())
        grantsByOrg[g.org].append(g);
    QHash<QString, std::optional<OrgSettings>> hoursByOrg;
    auto reviews = m_db.prepare(
        QStringLiteral("SELECT status, note, reviewer, at_ms, rows_sha FROM access_review "
                       "WHERE org = ?1 AND session_id = ?2 ORDER BY id DESC LIMIT 1"));
    if (!reviews)
        return reviews.error();
    // Each review the chained activity log vouches for: session, status and
    // the note's digest. A review the store holds but the log does not (the
    // table edited by hand) is marked unverified.
    QSet<QString> logged;
    {
        auto entries = m_db.prepare(
            QStringLiteral("SELECT detail FROM activity_log WHERE action = 'access.review'"));
        if (!entries)
            return entries.error();
        if (auto s = entries->each([&] {
                const QJsonObject d = QJsonDocument::fromJson(entries->text(0).toUtf8()).object();
                logged.insert(QString::number(d.value(QStringLiteral("session")).toInteger())
                    + QLatin1Char('/') + d.value(QStringLiteral("status")).toString()
                    + QLatin1Char('/') + d.value(QStringLiteral("note_sha256")).toString());
            });
            !s) {
            return s.error();
        }
    }
    for (Session &session : done) {
        if (!hoursByOrg.contains(session.org)) {
            auto h = orgSettings(session.org);
            if (!h)
                return h.error();
            hoursByOrg.insert(session.org, h.value());
        }
        // A reference into the hash: `within` must outlive the loop.
        const QList<Grant> &orgGrants = grantsByOrg[session.org];
        const Grant *within = nullptr;
        for (const Grant &g : orgGrants) {
            if (g.start <= session.start && (!g.expiry.isValid() || session.start < g.expiry))
                within = &g;
        }
        if (within) {
            session.grant = QStringLiteral("%1 grant by %2 from %3%4")
                                .arg(within->source, within->grantedBy,
                                    within->start.toUTC().toString(Qt::ISODate),
                                    within->expiry.isValid() ? QStringLiteral(" until ")
                                            + within->expiry.toUTC().toString(Qt::ISODate)
                                                             : QString());
        } else {
            session.flags.append(QStringLiteral("outside-grant"));
        }
        if (const std::optional<OrgSettings> &hours = hoursByOrg[session.org]) {
            for (const qint64 id : std::as_const(session.rowIds)) {
                const QDateTime local = rowTimes.value(id).toTimeZone(hours->timeZone);
                if (local.date().dayOfWeek() > 5 || local.time() < hours->hoursStart
                    || local.time() >= hours->hoursEnd) {
                    session.flags.append(QStringLiteral("after-hours"));
                    break;
                }
            }
        }
        reviews->reset();
        reviews->bind(1, session.org).bind(2, session.id);
        auto row = reviews->step();
        if (!row)
            return row.error();
        if (row.value()) {
            session.review = Review { session.id,
                reviews->text(0) == QLatin1String("escalated") ? ReviewStatus::Escalated
                                                               : ReviewStatus::Reviewed,
                reviews->text(1), reviews->text(2),
                QDateTime::fromMSecsSinceEpoch(reviews->int64(3), QTimeZone::utc()) };
            if (reviews->text(4) != rowsDigest(session.rowIds))
                session.flags.append(QStringLiteral("review-stale"));
            const QJsonObject detail = reviewLogDetail(*session.review);
            if (!logged.contains(QString::number(session.id) + QLatin1Char('/')
                    + detail.value(QStringLiteral("status")).toString() + QLatin1Char('/')
                    + detail.value(QStringLiteral("note_sha256")).toString())) {
                session.flags.append(QStringLiteral("review-unverified"));
            }
        }
    }
    return done;
}

} // namespace relay::core
