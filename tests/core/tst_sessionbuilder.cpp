// SessionBuilder: subscriber / Login-As sessions from Setup Audit Trail
// rows, with no database: rows in, sessions and flags out.
#include "audittrail/SessionBuilder.h"

#include <QTest>

using namespace relay::core;

namespace {

const QString kOrg = QStringLiteral("Acme");
const QDateTime kStart(
    QDate(2026, 3, 2), QTime(15, 0), QTimeZone::utc()); // a Monday, 09:00 Chicago

// One row: "MIN KIND USER [SECTION]", KIND login|logout|change, USER the
// staff member's short name (s1 → s1@vendor.example) or "admin" for the
// org's own admin. A change is done as the delegate user during Login-As.
AuditTrailRow row(qint64 id, const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char(' '));
    AuditTrailRow r;
    r.id = id;
    r.org = kOrg;
    r.at = kStart.addSecs(parts.at(0).toLongLong() * 60);
    const QString who = parts.at(2) == QLatin1String("admin")
        ? QStringLiteral("admin@acme.example")
        : parts.at(2) + QStringLiteral("@vendor.example");
    const QString kind = parts.at(1);
    if (kind == QLatin1String("login")) {
        r.user = who;
        r.display = QStringLiteral("Logged in using Login-As access for Ana Lopez");
    } else if (kind == QLatin1String("logout")) {
        r.user = who;
        r.display = QStringLiteral("Logged out using Login-As access for Ana Lopez");
    } else {
        r.user = QStringLiteral("ana@acme.example");
        r.delegateUser = who;
        r.display = QStringLiteral("Changed a setting");
    }
    r.section = parts.size() > 3 ? parts.mid(3).join(QLatin1Char(' ')) : QString();
    r.source = QStringLiteral("api");
    return r;
}

// "s1:no-logout,sensitive-section" for each session, oldest first.
QStringList summary(const QList<AccessSession> &sessions)
{
    QStringList out;
    for (const AccessSession &s : sessions)
        out.append(s.staffUser.section(QLatin1Char('@'), 0, 0) + QLatin1Char(':')
            + s.flags.names().join(QLatin1Char(',')));
    return out;
}

SessionBuilder::Input input(const QStringList &rows)
{
    SessionBuilder::Input in;
    for (qsizetype i = 0; i < rows.size(); ++i)
        in.rows.append(row(i + 1, rows.at(i)));
    in.staff = { { StaffKind::Domain, QStringLiteral("vendor.example") } };
    in.grants = { { 0, kOrg, QStringLiteral("admin@acme.example"), kStart.addDays(-1), {},
        QStringLiteral("manual") } };
    in.options.manyChanges = 3;
    return in;
}

} // namespace

class TestSessionBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessions_data();
    void sessions();
    void rowsInAnyOrderMakeTheSameSessions();
    void grantsHoursAndReviewsFlagSessions();
    void trailGrantsOpenChangeAndRevoke();
    void flagNamesRoundTrip();
};

void TestSessionBuilder::sessions_data()
{
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("login, change, logout") << QStringList { QStringLiteral("0 login s1"),
        QStringLiteral("5 change s1"), QStringLiteral("9 logout s1") }
                                           << QStringList { QStringLiteral("s1:") };
    QTest::newRow("change without a login")
        << QStringList { QStringLiteral("5 change s1") }
        << QStringList { QStringLiteral("s1:no-login,no-logout") };
    QTest::newRow("the idle gap ends a session") << QStringList {
        QStringLiteral("0 login s1"), QStringLiteral("1 change s1"), QStringLiteral("200 change s1")
    } << QStringList { QStringLiteral("s1:no-logout"), QStringLiteral("s1:no-login,no-logout") };
    QTest::newRow("a second login ends the first session") << QStringList {
        QStringLiteral("0 login s1"), QStringLiteral("10 login s1"), QStringLiteral("11 logout s1")
    } << QStringList { QStringLiteral("s1:no-logout"), QStringLiteral("s1:") };
    QTest::newRow("a sensitive section") << QStringList { QStringLiteral("0 login s1"),
        QStringLiteral("1 change s1 Manage Users"), QStringLiteral("2 logout s1") }
                                         << QStringList { QStringLiteral("s1:sensitive-section") };
    QTest::newRow("more changes than the limit") << QStringList { QStringLiteral("0 login s1"),
        QStringLiteral("1 change s1"), QStringLiteral("2 change s1"), QStringLiteral("3 change s1"),
        QStringLiteral("4 change s1"),
        QStringLiteral("5 logout s1") } << QStringList { QStringLiteral("s1:many-changes") };
    QTest::newRow("two staff overlapping stay apart") << QStringList {
        QStringLiteral("0 login s1"), QStringLiteral("1 login s2"), QStringLiteral("2 change s2"),
        QStringLiteral("3 logout s1"), QStringLiteral("4 logout s2")
    } << QStringList { QStringLiteral("s1:"), QStringLiteral("s2:") };
    QTest::newRow("the org's own admin is in no session")
        << QStringList { QStringLiteral("0 login admin"), QStringLiteral("1 logout admin") }
        << QStringList {};
    // The CSV lists a second newest first: login, change and logout of one
    // second are put back in order.
    QTest::newRow("one second, newest first") << QStringList { QStringLiteral("0 logout s1"),
        QStringLiteral("0 change s1"), QStringLiteral("0 login s1") }
                                              << QStringList { QStringLiteral("s1:") };
}

void TestSessionBuilder::sessions()
{
    QFETCH(QStringList, rows);
    QFETCH(QStringList, expected);
    QCOMPARE(summary(SessionBuilder::build(input(rows))), expected);
}

void TestSessionBuilder::rowsInAnyOrderMakeTheSameSessions()
{
    const QStringList rows { QStringLiteral("0 login s1"), QStringLiteral("1 change s1"),
        QStringLiteral("3 change s2"), QStringLiteral("9 logout s1"),
        QStringLiteral("300 change s1") };
    SessionBuilder::Input forward = input(rows);
    SessionBuilder::Input backward = forward;
    std::reverse(backward.rows.begin(), backward.rows.end());
    const QList<AccessSession> a = SessionBuilder::build(forward);
    const QList<AccessSession> b = SessionBuilder::build(backward);
    QCOMPARE(summary(a), summary(b));
    QCOMPARE(summary(a),
        (QStringList { QStringLiteral("s1:"), QStringLiteral("s2:no-login,no-logout"),
            QStringLiteral("s1:no-login,no-logout") }));
    QCOMPARE(a.at(0).rowIds, (QList<qint64> { 1, 2, 4 }));
    QCOMPARE(a.at(0).changes, 1);
}

void TestSessionBuilder::grantsHoursAndReviewsFlagSessions()
{
    SessionBuilder::Input in = input({ QStringLiteral("0 login s1"), QStringLiteral("1 change s1"),
        QStringLiteral("2 logout s1"), QStringLiteral("600 login s2"),
        QStringLiteral("601 logout s2") });
    // A grant that covers the first session only.
    in.grants = { { 0, kOrg, QStringLiteral("admin@acme.example"), kStart.addSecs(-60),
        kStart.addSecs(3600), QStringLiteral("trail") } };
    // 08:00 to 18:00 in Chicago: the second session starts at 19:00.
    in.hours.insert(kOrg, { kOrg, QTimeZone("America/Chicago"), QTime(8, 0), QTime(18, 0) });
    // The first session's review: its rows changed since (stale), and the
    // activity log does not vouch for it (unverified).
    const SessionReview review { 1, ReviewStatus::Reviewed, QStringLiteral("checked"),
        QStringLiteral("lead"), kStart };
    in.reviews.insert(
        SessionBuilder::reviewKey(kOrg, 1), { review, SessionBuilder::rowsDigest({ 1, 2 }) });
    QList<AccessSession> sessions = SessionBuilder::build(in);
    QCOMPARE(summary(sessions),
        (QStringList { QStringLiteral("s1:review-stale,review-unverified"),
            QStringLiteral("s2:outside-grant,after-hours") }));
    QVERIFY(sessions.at(0).grant.startsWith(QLatin1String("trail grant by admin@acme.example")));
    QVERIFY(sessions.at(0).review.has_value());

    // The same review, logged and of the rows as they are: no flag.
    in.reviews.insert(
        SessionBuilder::reviewKey(kOrg, 1), { review, SessionBuilder::rowsDigest({ 1, 2, 3 }) });
    in.loggedReviews.insert(SessionBuilder::reviewLogKey(SessionBuilder::reviewLogDetail(review)));
    sessions = SessionBuilder::build(in);
    QCOMPARE(summary(sessions).first(), QStringLiteral("s1:"));
}

void TestSessionBuilder::trailGrantsOpenChangeAndRevoke()
{
    const auto sentence = [](qint64 id, int minute, const QString &display) {
        AuditTrailRow r;
        r.id = id;
        r.org = kOrg;
        r.at = kStart.addSecs(minute * 60);
        r.user = QStringLiteral("admin@acme.example");
        r.display = display;
        return r;
    };
    const QList<AuditTrailRow> trail {
        sentence(1, 0,
            QStringLiteral("admin@acme.example has granted user login access through 3/9/2026 to "
                           "package publisher Vendor Technologies (00D000000000001)")),
        sentence(2, 60,
            QStringLiteral("admin@acme.example has changed user login access through 3/20/2026 "
                           "to package publisher Vendor Technologies (00D000000000001)")),
        sentence(3, 120,
            QStringLiteral("admin@acme.example has revoked user login access to package "
                           "publisher Vendor Technologies (00D000000000001)")),
        sentence(4, 130,
            QStringLiteral("admin@acme.example has granted user login access through 3/9/2026 to "
                           "package publisher Someone Else (00D000000000002)")),
    };
    const QList<StaffMember> staff { { StaffKind::Publisher, QStringLiteral("vendor") } };
    const auto grants = SessionBuilder::trailGrants(
        trail, staff, [](const QString &) { return QTimeZone("America/Chicago"); });
    // The grant, then the change (which ends it), then the revocation (which
    // ends the change); another publisher's grant is not the vendor's.
    QCOMPARE(grants.size(), 2);
    QCOMPARE(grants.at(0).start, kStart);
    QCOMPARE(grants.at(0).expiry, kStart.addSecs(3600));
    QCOMPARE(grants.at(1).start, kStart.addSecs(3600));
    QCOMPARE(grants.at(1).expiry, kStart.addSecs(7200));
    // Without a publisher list, every publisher's grant counts; an open one
    // runs to midnight after its date in the org's zone.
    const auto all = SessionBuilder::trailGrants(
        trail, {}, [](const QString &) { return QTimeZone("America/Chicago"); });
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(2).expiry,
        QDateTime(QDate(2026, 3, 10), QTime(0, 0), QTimeZone("America/Chicago")).toUTC());
}

void TestSessionBuilder::flagNamesRoundTrip()
{
    for (const SessionFlag flag : SessionFlags::all()) {
        const QString name = SessionFlags::name(flag);
        QVERIFY(!name.isEmpty());
        QCOMPARE(SessionFlags::fromName(name), std::optional<SessionFlag>(flag));
    }
    QCOMPARE(SessionFlags::fromName(u"no-such-flag"), std::optional<SessionFlag>());
    SessionFlags flags;
    QVERIFY(flags.isEmpty());
    flags.insert(SessionFlag::AfterHours);
    flags.insert(SessionFlag::NoLogin);
    QCOMPARE(
        flags.names(), (QStringList { QStringLiteral("no-login"), QStringLiteral("after-hours") }));
}

QTEST_GUILESS_MAIN(TestSessionBuilder)
#include "tst_sessionbuilder.moc"
