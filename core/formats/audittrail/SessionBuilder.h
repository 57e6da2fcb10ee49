#pragma once

#include "audittrail/AuditTrailReader.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace relay::core {

// Users and domains say who is vendor staff; publishers say which package
// publisher's login-access grants are the vendor's.
enum class StaffKind { User, Domain, Publisher };
struct StaffMember {
    StaffKind kind = StaffKind::User;
    QString value; // a username, a domain (example.com), or a publisher as the trail names it
};

// A window in which the org allowed the vendor in: from the trail's own
// "has granted/changed/revoked user login access … to package publisher"
// rows, or entered by hand where the trail has none.
struct AccessGrant {
    qint64 id = 0; // manual grants only
    QString org;
    QString grantedBy;
    QDateTime start;
    QDateTime expiry; // invalid: open-ended
    QString source; // trail, manual
};

// Business hours of an org, in its time zone, Monday to Friday.
struct OrgHours {
    QString org;
    QTimeZone timeZone;
    QTime hoursStart;
    QTime hoursEnd;
};

enum class ReviewStatus { Reviewed, Escalated };
struct SessionReview {
    qint64 sessionId = 0;
    ReviewStatus status = ReviewStatus::Reviewed;
    QString note;
    QString reviewer;
    QDateTime at;
};

// Why a reviewer should look at a session.
enum class SessionFlag : quint16 {
    NoLogin = 1 << 0, // changes with no login imported: the range began mid-session
    NoLogout = 1 << 1, // no logout seen (closed by the idle gap or the end of the trail)
    OutsideGrant = 1 << 2, // no login-access grant covers its start
    SensitiveSection = 1 << 3, // changed a section on the sensitive list
    ManyChanges = 1 << 4,
    AfterHours = 1 << 5, // a row outside the org's business hours
    ReviewStale = 1 << 6, // its rows changed after the review
    ReviewUnverified = 1 << 7, // a review the activity log does not vouch for
};

// A set of flags, in the order above; names() gives their stable names
// (no-login, no-logout, outside-grant, sensitive-section, many-changes,
// after-hours, review-stale, review-unverified) for output and filters.
class SessionFlags
{
public:
    void insert(SessionFlag flag) { m_bits |= static_cast<quint16>(flag); }
    bool contains(SessionFlag flag) const { return (m_bits & static_cast<quint16>(flag)) != 0; }
    bool isEmpty() const { return m_bits == 0; }
    QStringList names() const;
    bool operator==(const SessionFlags &) const = default;

    static QString name(SessionFlag flag);
    static std::optional<SessionFlag> fromName(QStringView name);
    static QList<SessionFlag> all();

private:
    quint16 m_bits = 0;
};

struct AccessSession {
    qint64 id = 0; // the id of its first row
    QString org;
    QString staffUser;
    QString actingAs; // as the login row names it; empty when no login row was imported
    QDateTime start;
    QDateTime end; // invalid when no logout was seen
    QDateTime lastActivity;
    qint64 changes = 0;
    QStringList sections;
    SessionFlags flags;
    QList<qint64> rowIds;
    QString grant; // the grant it fell under, in words; empty when none
    std::optional<SessionReview> review;
};

struct SessionOptions {
    qint64 idleGapSeconds = 2 * 3600; // a session with no logout closes after this
    int manyChanges = 50;
    QStringList sensitiveSections; // empty: the built-in list
};

// Reconstructs vendor staff's subscriber / Login-As sessions from audit
// trail rows: pure, so every rule is tested from tables of rows. The store
// hands in what it holds; nothing here reads a database or a clock.
class SessionBuilder
{
public:
    // A session's latest review, as the store keeps it.
    struct StoredReview {
        SessionReview review;
        QString rowsDigest; // rowsDigest() of the rows that were reviewed
    };

    struct Input {
        QList<AuditTrailRow> rows; // any order; ids set
        QList<StaffMember> staff;
        QList<AccessGrant> grants; // trail and manual, every org
        QHash<QString, OrgHours> hours; // per org, where known
        QHash<QString, StoredReview> reviews; // by reviewKey()
        // reviewLogKey() of every review the activity log holds.
        QSet<QString> loggedReviews;
        SessionOptions options;
    };

    static QList<AccessSession> build(Input input);

    // The grants the trail's own rows describe, per org and publisher, in
    // the org's zone where `zoneOf` knows it (else UTC).
    static QList<AccessGrant> trailGrants(const QList<AuditTrailRow> &trail,
        const QList<StaffMember> &staff, const std::function<QTimeZone(const QString &)> &zoneOf);

    static bool isStaff(const QList<StaffMember> &staff, const QString &username);
    static QString rowsDigest(const QList<qint64> &rowIds);
    static QString reviewKey(const QString &org, qint64 sessionId);
    // What the activity log keeps of a review: the session, the status and
    // the note's SHA-256 (first 16 hex), never the free text itself.
    static QJsonObject reviewLogDetail(const SessionReview &review);
    static QString reviewLogKey(const QJsonObject &detail);
    static QString reviewStatusName(ReviewStatus status);
    static QString staffKindName(StaffKind kind); // user, domain, publisher
    static StaffKind staffKindFrom(const QString &name);
    // Sections the built-in sensitive list names (resources/access/sensitive-sections.json).
    static QStringList builtInSensitiveSections();
    // Section lists from a file like resources/access/sensitive-sections.json.
    [[nodiscard]] static Result<QStringList> sensitiveSectionsFromFile(const QString &path);
};

} // namespace relay::core
