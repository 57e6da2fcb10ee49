#pragma once

#include "Result.h"
#include "audittrail/AuditTrailReader.h"
#include "audittrail/SessionBuilder.h"
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

class ActivityLog;
class Clock;
class Database;

// The access-audit store: each client org's Setup Audit Trail (read by
// AuditTrailReader from the CSV download or REST query pages), the vendor
// staff, grants, business hours and reviews; the subscriber / Login-As
// sessions are reconstructed from them by SessionBuilder. A row's identity
// is (org, second, user, sentence, delegate user), so the same row imported
// from either source, or twice, is stored once.
class AccessAudit
{
public:
    using Row = AuditTrailRow;
    using CsvOptions = AuditTrailReader::CsvOptions;
    using StaffKind = core::StaffKind;
    using Staff = StaffMember;
    using Grant = AccessGrant;
    using OrgSettings = OrgHours;
    using ReviewStatus = core::ReviewStatus;
    using Review = SessionReview;
    using Session = AccessSession;
    using SessionOptions = core::SessionOptions;

    struct ImportResult {
        qint64 rows = 0; // rows read
        qint64 added = 0; // new to the store
        qint64 tooOld = 0; // older than the access retention: not stored
    };

    // Reviews are checked against the activity log's access.review entries.
    AccessAudit(Database &db, ActivityLog &log, const Clock &clock);
    static const char *schemaSql();

    // Both transactional: a malformed row stops the import with its line
    // (CSV) or record number (JSON) and nothing of that import is stored.
    [[nodiscard]] Result<ImportResult> importCsv(
        const QString &org, const QByteArray &bytes, const CsvOptions &options);
    [[nodiscard]] Result<ImportResult> importQueryPage(const QString &org, const QByteArray &json);
    // Rows read by AuditTrailReader, stored all or nothing.
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
    // The caller writes SessionBuilder::reviewLogDetail() to the activity
    // log; a review the log does not vouch for is marked review-unverified.
    [[nodiscard]] Status review(const Session &session, const Review &review);
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

private:
    [[nodiscard]] Result<QList<Grant>> grantsFrom(
        const QString &org, const QList<Row> &trail, const QList<Staff> &staff);
    [[nodiscard]] Result<QHash<QString, SessionBuilder::StoredReview>> latestReviews(
        const QString &org);

    Database &m_db;
    ActivityLog &m_log;
    const Clock &m_clock;
};

} // namespace relay::core
