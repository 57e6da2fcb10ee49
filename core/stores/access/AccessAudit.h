#pragma once

#include "Result.h"
#include "storage/EngineSettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace relay::core {

class Clock;
class Database;

// The access-audit store: each client org's Setup Audit Trail, imported
// from the CSV the "View Setup Audit Trail" page downloads or from REST
// query pages on SetupAuditTrail, and the vendor staff whose subscriber /
// Login-As sessions are reconstructed from it.
//
// The two sources differ: the CSV has Date (the downloading user's locale
// and time zone, with its abbreviation), User (username), Source Namespace
// Prefix, Action (which holds the Display sentence, not the API code),
// Section and Delegate User; the API has the Action code, Display,
// CreatedDate (UTC) and CreatedBy. A row's identity is (org, second, user,
// sentence, delegate user), so the same row imported from either source,
// or twice, is stored once.
class AccessAudit
{
public:
    struct Row {
        qint64 id = 0;
        QString org;
        QDateTime at; // UTC
        QString user;
        QString action; // API code; empty for CSV rows
        QString display;
        QString section;
        QString delegateUser;
        QString namespacePrefix;
        QString source; // csv, api
    };

    struct CsvOptions {
        QTimeZone timeZone; // the downloading user's Salesforce time zone
        bool dayFirst = false; // D/M/YYYY instead of M/D/YYYY
    };

    struct ImportResult {
        qint64 rows = 0; // rows read
        qint64 added = 0; // new to the store
        qint64 tooOld = 0; // older than the access retention: not stored
    };

    // Users and domains say who is vendor staff; publishers say which
    // package publisher's login-access grants are the vendor's.
    enum class StaffKind { User, Domain, Publisher };
    struct Staff {
        StaffKind kind = StaffKind::User;
        QString
            value; // a username, a domain (example.com), or a publisher name as the trail writes it
    };

    // A window in which the org allowed the vendor in: from the trail's own
    // "has granted/changed/revoked user login access … to package publisher"
    // rows, or entered by hand where the trail has none.
    struct Grant {
        qint64 id = 0; // manual grants only
        QString org;
        QString grantedBy;
        QDateTime start;
        QDateTime expiry; // invalid: open-ended
        QString source; // trail, manual
    };

    // Business hours of an org, in its time zone, Monday to Friday.
    struct OrgSettings {
        QString org;
        QTimeZone timeZone;
        QTime hoursStart;
        QTime hoursEnd;
    };

    enum class ReviewStatus { Reviewed, Escalated };
    struct Review {
        qint64 sessionId = 0;
        ReviewStatus status = ReviewStatus::Reviewed;
        QString note;
        QString reviewer;
        QDateTime at;
    };

    struct Session {
        qint64 id = 0; // the id of its first row
        QString org;
        QString staffUser;
        QString actingAs; // as the login row names it; empty when no login row was imported
        QDateTime start;
        QDateTime end; // invalid when no logout was seen
        QDateTime lastActivity;
        qint64 changes = 0;
        QStringList sections;
        QStringList flags; // no-login, no-logout, outside-grant, sensitive-section, many-changes,
                           // after-hours, review-stale, review-unverified
        QList<qint64> rowIds;
        QString grant; // the grant it fell under, in words; empty when none
        std::optional<Review> review;
    };

    struct SessionOptions {
        qint64 idleGapSeconds = 2 * 3600; // a session with no logout closes after this
        int manyChanges = 50;
        QStringList sensitiveSections; // empty: the built-in list
    };

    AccessAudit(Database &db, const Clock &clock);
    static const char *schemaSql();

    // Both transactional: a malformed row stops the import with its line
    // (CSV) or record number (JSON) and nothing of that import is stored.
    [[nodiscard]] Result<ImportResult> importCsv(
        const QString &org, const QByteArray &bytes, const CsvOptions &options);
    [[nodiscard]] Result<ImportResult> importQueryPage(const QString &org, const QByteArray &json);
    // The same in two steps, for several files in one transaction: read
    // each (a CSV download or a JSON query page, told apart by content),
    // then store them all or nothing.
    [[nodiscard]] static Result<QList<Row>> readFile(
        const QString &org, const QByteArray &bytes, const CsvOptions &options);
    [[nodiscard]] Result<ImportResult> importRows(const QList<Row> &rows);
    // Every file read first, then all rows in one transaction; an error
    // names the file.
    [[nodiscard]] Result<ImportResult> importFiles(
        const QString &org, const QStringList &paths, const CsvOptions &options);

    [[nodiscard]] Status addStaff(const Staff &staff);
    [[nodiscard]] Status removeStaff(const Staff &staff);
    [[nodiscard]] Result<QList<Staff>> staff();

    [[nodiscard]] Result<QList<Row>> rows(const QString &org = {});

    [[nodiscard]] Result<qint64> addGrant(const Grant &grant);
    [[nodiscard]] Result<QList<Grant>> grants(const QString &org);
    [[nodiscard]] Status setOrgSettings(const OrgSettings &settings);
    [[nodiscard]] Result<std::optional<OrgSettings>> orgSettings(const QString &org);
    // The latest review of a session wins; every one is kept, with a digest
    // of the session's rows (a later change of them marks it review-stale).
    // The caller writes reviewLogDetail() to the activity log; a review the
    // log does not vouch for is marked review-unverified.
    [[nodiscard]] Status review(const Session &session, const Review &review);
    static QString rowsDigest(const QList<qint64> &rowIds);
    static QString reviewStatusName(ReviewStatus status);
    static QString staffKindName(StaffKind kind); // user, domain, publisher
    // What the activity log keeps of a review: the session, the status and
    // the note's SHA-256 (first 16 hex), never the free text itself.
    static QJsonObject reviewLogDetail(const Review &review);
    [[nodiscard]] Result<QList<Session>> sessions(
        const QString &org, const SessionOptions &options);

    // How long imported rows (and the reviews of their sessions) are kept:
    // engine_setting access_retention_days, 365 unless set. Salesforce keeps
    // the trail 180 days; a review outlives that.
    static constexpr int kDefaultRetentionDays = 365;
    static constexpr int kMaxRetentionDays = 3650;
    // A Setup Audit Trail download (180 days) or a saved query page is a few
    // MiB; anything past this is refused before it is read into memory.
    static constexpr qint64 kMaxFileBytes = qint64 { 64 } << 20;
    static constexpr EngineSettings::Days kRetention { "access_retention_days", "access retention",
        kDefaultRetentionDays, kMaxRetentionDays };
    [[nodiscard]] Result<int> retentionDays();
    [[nodiscard]] Status setRetentionDays(int days);
    // Deletes rows older than the retention, and reviews left without rows;
    // the counts are what it would delete (the verifier's check).
    [[nodiscard]] Result<qint64> purgeExpired();
    [[nodiscard]] Result<qint64> expiredRowCount();
    [[nodiscard]] Result<qint64> orphanReviewCount();
    // Sessions lists from a file like resources/access/sensitive-sections.json.
    [[nodiscard]] static Result<QStringList> sensitiveSectionsFromFile(const QString &path);

    // The CSV download's exact header.
    static QStringList csvHeader();
    // Sections the built-in sensitive list names (resources/access/sensitive-sections.json).
    static QStringList builtInSensitiveSections();
    // Parses one CSV Date cell ("11/3/2024, 1:30:00 AM PST"); invalid on failure.
    static QDateTime parseCsvDate(const QString &text, const CsvOptions &options);

private:
    [[nodiscard]] Result<QList<Grant>> grantsFrom(
        const QString &org, const QList<Row> &trail, const QList<Staff> &staff);
    [[nodiscard]] static Result<QList<Row>> readCsv(
        const QString &org, const QByteArray &bytes, const CsvOptions &options);
    [[nodiscard]] static Result<QList<Row>> readQueryPage(
        const QString &org, const QByteArray &json);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace relay::core
