// The access-audit store: Setup Audit Trail imports from the CSV download
// and from REST query pages (real-shaped fixtures), idempotence across both,
// atomic refusal of malformed input, the download's dates (locale order,
// 12/24 h, time-zone abbreviations, the hour a DST change repeats), and the
// subscriber-access sessions rebuilt from the rows.
#include "TestSupport.h"

#include "access/AccessAudit.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace relay::core;

namespace {

QByteArray fixture(const char *name)
{
    return relay::test::fixture("salesforce", name);
}

AccessAudit::CsvOptions losAngeles()
{
    return { QTimeZone("America/Los_Angeles"), false };
}

using relay::test::utc;

} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void downloadDatesInEveryForm_data();
    void downloadDatesInEveryForm();
    void csvImportIsIdempotent();
    void restPagesAddOnlyWhatTheCsvLacks();
    void malformedInputStoresNothing_data();
    void malformedInputStoresNothing();
    void sessionsFromTheTrail();
    void staffNeedsRealUsernamesAndDomains();
    void grantsHoursAndReviews();
    void rowsAndReviewsGoAfterTheRetention();
    void sameSecondAndOtherPublishers();

private:
    AccessAudit &access() { return m_ws->access(); }
    qint64 stored() { return access().rows().value().size(); }

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Workspace> m_ws;
    relay::test::FakeClock m_clock;
};

void TestAccess::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    auto ws = Workspace::create(m_tmp->filePath(QStringLiteral("ws")), WorkspaceMeta::forKeychain(),
        relay::test::testKey(5), m_clock);
    QVERIFY(ws.ok());
    m_ws = std::move(ws.value());
    // The fixtures are from November 2024, the clock says November 2026.
    QVERIFY(access().setRetentionDays(3650).ok());
}

void TestAccess::cleanup()
{
    m_ws.reset();
}

void TestAccess::downloadDatesInEveryForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<bool>("dayFirst");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("ICU English") << QStringLiteral("7/9/2026, 7:05:31 AM EDT")
                                 << QStringLiteral("America/New_York") << false
                                 << utc(2026, 7, 9, 11, 5, 31);
    QTest::newRow("older JDK form, no seconds")
        << QStringLiteral("1/28/2008 4:30 PM PST") << QStringLiteral("America/Los_Angeles") << false
        << utc(2008, 1, 29, 0, 30);
    QTest::newRow("day first, 24 h")
        << QStringLiteral("12/8/2025, 11:54:14 CEST") << QStringLiteral("Europe/Madrid") << true
        << utc(2025, 8, 12, 9, 54, 14);
    QTest::newRow("repeated hour, first (PDT)")
        << QStringLiteral("11/3/2024, 1:30:00 AM PDT") << QStringLiteral("America/Los_Angeles")
        << false << utc(2024, 11, 3, 8, 30);
    QTest::newRow("repeated hour, second (PST)")
        << QStringLiteral("11/3/2024, 1:30:00 AM PST") << QStringLiteral("America/Los_Angeles")
        << false << utc(2024, 11, 3, 9, 30);
    QTest::newRow("12 AM is midnight")
        << QStringLiteral("3/1/2026, 12:15:00 AM PST") << QStringLiteral("America/Los_Angeles")
        << false << utc(2026, 3, 1, 8, 15);
    QTest::newRow("wrong zone for the abbreviation")
        << QStringLiteral("11/3/2024, 1:30:00 AM PST") << QStringLiteral("Europe/Madrid") << false
        << QDateTime();
    QTest::newRow("narrow no-break space before PM")
        << QStringLiteral("3/1/2026, 2:15:00\u202fPM PST") << QStringLiteral("America/Los_Angeles")
        << false << utc(2026, 3, 1, 22, 15);
    // No zone named: a US abbreviation, UTC or GMT fixes the offset alone.
    QTest::newRow("no zone, PST (the repeated hour's second)") << QStringLiteral(
        "11/3/2024, 1:30:00 AM PST") << QString() << false << utc(2024, 11, 3, 9, 30);
    QTest::newRow("no zone, EDT") << QStringLiteral("7/9/2026, 7:05:31 AM EDT") << QString()
                                  << false << utc(2026, 7, 9, 11, 5, 31);
    QTest::newRow("no zone, AKDT") << QStringLiteral("7/9/2026, 7:05:31 AM AKDT") << QString()
                                   << false << utc(2026, 7, 9, 15, 5, 31);
    QTest::newRow("no zone, HST") << QStringLiteral("1/2/2026, 11:00:00 PM HST") << QString()
                                  << false << utc(2026, 1, 3, 9, 0);
    QTest::newRow("no zone, UTC, day first") << QStringLiteral("12/8/2025, 11:54:14 UTC")
                                             << QString() << true << utc(2025, 8, 12, 11, 54, 14);
    QTest::newRow("no zone, GMT") << QStringLiteral("3/1/2026, 2:15:00 PM GMT") << QString()
                                  << false << utc(2026, 3, 1, 14, 15);
    QTest::newRow("no zone, CEST needs one")
        << QStringLiteral("12/8/2025, 11:54:14 CEST") << QString() << true << QDateTime();
    QTest::newRow("no zone, IST needs one")
        << QStringLiteral("12/8/2025, 11:54:14 IST") << QString() << true << QDateTime();
    QTest::newRow("no zone, no abbreviation")
        << QStringLiteral("3/1/2026, 2:15:00 PM") << QString() << false << QDateTime();
    QTest::newRow("not a date") << QStringLiteral("yesterday") << QStringLiteral("UTC") << false
                                << QDateTime();
    QTest::newRow("13 o'clock PM") << QStringLiteral("3/1/2026, 13:15:00 PM PST")
                                   << QStringLiteral("America/Los_Angeles") << false << QDateTime();
    QTest::newRow("month 13") << QStringLiteral("13/1/2026, 1:15:00 PM PST")
                              << QStringLiteral("America/Los_Angeles") << false << QDateTime();
}

void TestAccess::downloadDatesInEveryForm()
{
    QFETCH(QString, text);
    QFETCH(QString, zone);
    QFETCH(bool, dayFirst);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = AuditTrailReader::parseCsvDate(
        text, { zone.isEmpty() ? QTimeZone() : QTimeZone(zone.toUtf8()), dayFirst });
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed, expected);
}

void TestAccess::csvImportIsIdempotent()
{
    auto first = access().importCsv(
        QStringLiteral("Acme"), fixture("setup_audit_trail.csv"), losAngeles());
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(errorMessage(first.error())));
    QCOMPARE(first->rows, 8);
    QCOMPARE(first->added, 8);
    auto again = access().importCsv(
        QStringLiteral("Acme"), fixture("setup_audit_trail.csv"), losAngeles());
    QVERIFY(again.ok());
    QCOMPARE(again->added, 0);
    QCOMPARE(stored(), 8);
    // The same trail for another org is another org's rows.
    QCOMPARE(
        access()
            .importCsv(QStringLiteral("Globex"), fixture("setup_audit_trail.csv"), losAngeles())
            ->added,
        8);

    const auto rows = access().rows(QStringLiteral("Acme")).value();
    // Quotes, commas and a line break inside the sentence survive.
    bool quoted = false;
    bool multiline = false;
    for (const AccessAudit::Row &r : rows) {
        quoted = quoted
            || r.display
                == QLatin1String("Changed Mogli SMS setting Default Gateway, from \"A\" to \"B\"");
        multiline = multiline
            || (r.display.contains(QLatin1Char('\n'))
                && r.display.endsWith(QLatin1String("to 12 hours")));
        if (r.display.startsWith(QLatin1String("Changed Mogli SMS")))
            QCOMPARE(r.namespacePrefix, QStringLiteral("mogli"));
    }
    QVERIFY(quoted);
    QVERIFY(multiline);
    // Sorted by time: the PDT hour before the PST one.
    QCOMPARE(rows.first().at, utc(2024, 11, 2, 16, 2, 41));
    QCOMPARE(rows.last().at, utc(2024, 11, 3, 9, 20));
}

void TestAccess::restPagesAddOnlyWhatTheCsvLacks()
{
    QVERIFY(access()
                .importCsv(QStringLiteral("Acme"), fixture("setup_audit_trail.csv"), losAngeles())
                .ok());
    // Page 1 repeats the CSV's login row (same second, user and sentence).
    auto page1
        = access().importQueryPage(QStringLiteral("Acme"), fixture("audit_trail_page1.json"));
    QVERIFY2(page1.ok(), page1.ok() ? "" : qPrintable(errorMessage(page1.error())));
    QCOMPARE(page1->rows, 2);
    QCOMPARE(page1->added, 1);
    auto page2
        = access().importQueryPage(QStringLiteral("Acme"), fixture("audit_trail_page2.json"));
    QVERIFY(page2.ok());
    QCOMPARE(page2->added, 2);
    QCOMPARE(stored(), 11);
    bool code = false;
    for (const AccessAudit::Row &r : access().rows().value())
        code = code
            || (r.action == QLatin1String("suOrgAdminLogout") && r.source == QLatin1String("api")
                && r.at == utc(2024, 11, 4, 16, 5));
    QVERIFY(code);
}

void TestAccess::malformedInputStoresNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("why");
    const QByteArray header = "Date,User,Source Namespace Prefix,Action,Section,Delegate User\r\n";
    const QByteArray good
        = "\"11/3/2024, 1:20:00 AM PST\",a@b.example,,Did a thing,Manage Users,\r\n";
    QTest::newRow("five fields") << header + good
            + "\"11/3/2024, 1:21:00 AM PST\",a@b.example,,Did,Manage Users\r\n"
                                 << false << QStringLiteral("line 3: 5 fields, the header has 6");
    QTest::newRow("bad date") << header + good
            + "\"31/31/2024, 1:21:00 AM PST\",a@b.example,,Did,Manage Users,\r\n"
                              << false
                              << QStringLiteral(
                                     "line 3: '31/31/2024, 1:21:00 AM PST' is not a date");
    QTest::newRow("unclosed quote")
        << header + good + good
            + "\"11/3/2024, 1:22:00 AM PST\",a@b.example,,\"Did,Manage Users,\r\n"
        << false << QStringLiteral("line 4: a quoted field is not closed");
    QTest::newRow("another file") << QByteArray("gateway,to,sms_record_id\r\n") << false
                                  << QStringLiteral("line 1: not a Setup Audit Trail download");
    QTest::newRow("no user") << header + good
            + "\"11/3/2024, 1:23:00 AM PST\",,,Did,Manage Users,\r\n"
                             << false << QStringLiteral("line 3: no user or no action");
    QTest::newRow("json: not a query page")
        << QByteArray("[1,2]") << true << QStringLiteral("not a SOQL query result page");
    QTest::newRow("json: another object")
        << QByteArray(R"({"records":[{"attributes":{"type":"Account"}}]})") << true
        << QStringLiteral("record 1 is not a SetupAuditTrail row");
    QTest::newRow("json: no date") << QByteArray(
        R"({"records":[{"attributes":{"type":"SetupAuditTrail"},"Display":"x","CreatedBy":{"Username":"a@b.c"}}]})")
                                   << true << QStringLiteral("record 1: no valid CreatedDate");
}

void TestAccess::malformedInputStoresNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, json);
    QFETCH(QString, why);
    QVERIFY(access()
                .importCsv(QStringLiteral("Acme"), fixture("setup_audit_trail.csv"), losAngeles())
                .ok());
    auto result = json ? access().importQueryPage(QStringLiteral("Acme"), bytes)
                       : access().importCsv(QStringLiteral("Acme"), bytes, losAngeles());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY2(result.error().detail.startsWith(why), qPrintable(result.error().detail));
    QCOMPARE(stored(), 8); // the earlier import intact, nothing of this one
    // Without a time zone the download's PST and PDT fix its times: the
    // same rows, nothing new.
    auto again = access().importCsv(QStringLiteral("Acme"), fixture("setup_audit_trail.csv"), {});
    QVERIFY(again.ok());
    QCOMPARE(again->added, 0);
    // Times without such an abbreviation need the zone named, and say so.
    auto unzoned = access().importCsv(QStringLiteral("Acme"),
        "Date,User,Source Namespace Prefix,Action,Section,Delegate User\r\n"
        "\"11/3/2024, 1:20:00 AM IST\",a@b.example,,Logged in,Manage Users,\r\n",
        {});
    QVERIFY(!unzoned.ok());
    QVERIFY2(unzoned.error().detail.contains(QLatin1String("line 2: '11/3/2024, 1:20:00 AM IST' "
                                                           "has no time zone abbreviation")),
        qPrintable(unzoned.error().detail));
    QCOMPARE(stored(), 8);
}

void TestAccess::sessionsFromTheTrail()
{
    QVERIFY(access()
                .importCsv(QStringLiteral("Acme"), fixture("setup_audit_trail.csv"), losAngeles())
                .ok());
    QVERIFY(
        access().importQueryPage(QStringLiteral("Acme"), fixture("audit_trail_page1.json")).ok());
    QVERIFY(
        access().importQueryPage(QStringLiteral("Acme"), fixture("audit_trail_page2.json")).ok());
    // No staff configured: nobody's rows form a session.
    QCOMPARE(access().sessions({}, {})->size(), 0);
    QVERIFY(
        access()
            .addStaff({ AccessAudit::StaffKind::User, QStringLiteral("Support1@Mogli.example") })
            .ok());
    QCOMPARE(access().sessions({}, {})->size(), 1);
    QVERIFY(access()
                .addStaff({ AccessAudit::StaffKind::Domain, QStringLiteral("mogli.example") })
                .ok());
    auto sessions = access().sessions(QStringLiteral("Acme"), {});
    QVERIFY(sessions.ok());
    QCOMPARE(sessions->size(), 3);

    // support2: logged in at 23:30 PDT, one change at 00:55, no logout; it
    // overlaps support1's session and stays separate.
    const AccessAudit::Session &ben = sessions->at(0);
    QCOMPARE(ben.staffUser, QStringLiteral("support2@mogli.example"));
    QCOMPARE(ben.actingAs, QStringLiteral("Ben Ng"));
    QCOMPARE(ben.start, utc(2024, 11, 3, 6, 30));
    QVERIFY(!ben.end.isValid());
    QCOMPARE(ben.changes, 1);
    QCOMPARE(ben.sections, QStringList { QStringLiteral("Session Settings") });
    QVERIFY(ben.flags.contains(SessionFlag::NoLogout));
    QVERIFY(ben.flags.contains(SessionFlag::SensitiveSection));

    // support1: across the DST change, one session of 90 minutes.
    const AccessAudit::Session &ana = sessions->at(1);
    QCOMPARE(ana.staffUser, QStringLiteral("support1@mogli.example"));
    QCOMPARE(ana.actingAs, QStringLiteral("Ana Lopez"));
    QCOMPARE(ana.start, utc(2024, 11, 3, 7, 50));
    QCOMPARE(ana.end, utc(2024, 11, 3, 9, 20));
    QCOMPARE(ana.changes, 2);
    QCOMPARE(ana.sections,
        (QStringList { QStringLiteral("Custom Apps"), QStringLiteral("Manage Users") }));
    QVERIFY(!ana.flags.contains(SessionFlag::NoLogout));
    QCOMPARE(ana.rowIds.size(), 4);

    // support3: the API range began mid-session: no login row, then a logout.
    const AccessAudit::Session &carla = sessions->at(2);
    QCOMPARE(carla.staffUser, QStringLiteral("support3@mogli.example"));
    QCOMPARE(carla.actingAs, QStringLiteral("Carla Diaz"));
    QVERIFY(carla.flags.contains(SessionFlag::NoLogin));
    QCOMPARE(carla.end, utc(2024, 11, 4, 16, 5));

    // The org's own admins are in no session.
    for (const AccessAudit::Session &s : sessions.value())
        QVERIFY(!s.staffUser.contains(QLatin1String("client.example")));

    // A short idle gap closes support1's session before its logout; a low
    // change limit flags it.
    AccessAudit::SessionOptions strict;
    strict.idleGapSeconds = 30 * 60;
    strict.manyChanges = 0;
    auto split = access().sessions(QStringLiteral("Acme"), strict);
    QVERIFY(split.ok());
    // support1 and support2 each split in two at a gap over 30 minutes.
    QCOMPARE(split->size(), 5);
    QCOMPARE(split->at(1).staffUser, QStringLiteral("support1@mogli.example"));
    QVERIFY(split->at(1).flags.contains(SessionFlag::NoLogout));
    QCOMPARE(split->at(3).staffUser, QStringLiteral("support1@mogli.example"));
    QVERIFY(split->at(3).flags.contains(SessionFlag::NoLogin));
    QVERIFY(split->at(3).flags.contains(SessionFlag::ManyChanges));
    QCOMPARE(split->at(3).end, utc(2024, 11, 3, 9, 20));
}

void TestAccess::staffNeedsRealUsernamesAndDomains()
{
    QVERIFY(!access().addStaff({ AccessAudit::StaffKind::User, QStringLiteral("support1") }).ok());
    QVERIFY(!access().addStaff({ AccessAudit::StaffKind::Domain, QStringLiteral("@mogli") }).ok());
    QVERIFY(access()
                .addStaff({ AccessAudit::StaffKind::Domain, QStringLiteral("mogli.example") })
                .ok());
    QVERIFY(access()
                .addStaff({ AccessAudit::StaffKind::Domain, QStringLiteral("mogli.example") })
                .ok()); // again: no duplicate
    QCOMPARE(access().staff()->size(), 1);
    QVERIFY(access()
                .removeStaff({ AccessAudit::StaffKind::Domain, QStringLiteral("mogli.example") })
                .ok());
    QCOMPARE(access()
                 .removeStaff({ AccessAudit::StaffKind::Domain, QStringLiteral("mogli.example") })
                 .error()
                 .code,
        ErrorCode::NotFound);
}

void TestAccess::grantsHoursAndReviews()
{
    QVERIFY(access()
                .importCsv(QStringLiteral("Acme"), fixture("setup_audit_trail.csv"), losAngeles())
                .ok());
    QVERIFY(
        access().importQueryPage(QStringLiteral("Acme"), fixture("audit_trail_page1.json")).ok());
    QVERIFY(
        access().importQueryPage(QStringLiteral("Acme"), fixture("audit_trail_page2.json")).ok());
    QVERIFY(access()
                .addStaff({ AccessAudit::StaffKind::Domain, QStringLiteral("mogli.example") })
                .ok());

    // The trail's own grant (Nov 2, through Nov 9) covers every session.
    auto grants = access().grants(QStringLiteral("Acme"));
    QVERIFY(grants.ok());
    QCOMPARE(grants->size(), 1);
    QCOMPARE(grants->first().grantedBy, QStringLiteral("admin@client.example"));
    QCOMPARE(grants->first().expiry, utc(2024, 11, 10, 0, 0));
    auto sessions = access().sessions(QStringLiteral("Acme"), {});
    for (const AccessAudit::Session &s : sessions.value()) {
        QVERIFY2(!s.flags.contains(SessionFlag::OutsideGrant), qPrintable(s.staffUser));
        QVERIFY(s.grant.startsWith(QLatin1String("trail grant by admin@client.example")));
    }

    // Revoked on Nov 4 at noon: support3's session that afternoon is outside it…
    const QByteArray revoke
        = R"json({"done":true,"records":[{"attributes":{"type":"SetupAuditTrail"},"Action":"loginasrevokedtopartnerbt",
        "Section":null,"CreatedDate":"2024-11-04T12:00:00.000+0000","CreatedBy":{"Username":"admin@client.example"},
        "Display":"admin@client.example has revoked user login access to package publisher Mogli Technologies (00D000000000001)",
        "DelegateUser":null,"ResponsibleNamespacePrefix":null}]})json";
    QVERIFY(access().importQueryPage(QStringLiteral("Acme"), revoke).ok());
    sessions = access().sessions(QStringLiteral("Acme"), {});
    QVERIFY(sessions->at(2).flags.contains(SessionFlag::OutsideGrant));
    QVERIFY(sessions->at(2).grant.isEmpty());
    // …until a grant entered by hand covers it.
    QVERIFY(!access()
                 .addGrant({ 0, QStringLiteral("Acme"), QStringLiteral("ops@client.example"),
                     utc(2024, 11, 5, 0, 0), utc(2024, 11, 4, 0, 0), {} })
                 .ok());
    QVERIFY(access()
                .addGrant({ 0, QStringLiteral("Acme"), QStringLiteral("ops@client.example"),
                    utc(2024, 11, 4, 15, 0), utc(2024, 11, 5, 0, 0), {} })
                .ok());
    sessions = access().sessions(QStringLiteral("Acme"), {});
    QVERIFY(!sessions->at(2).flags.contains(SessionFlag::OutsideGrant));
    QVERIFY(sessions->at(2).grant.startsWith(QLatin1String("manual grant by ops@client.example")));

    // Business hours 08:00–18:00 Pacific: the night sessions are after hours,
    // support3's (08:00–08:05 PST on a Monday) is not.
    QVERIFY(!access()
                 .setOrgSettings({ QStringLiteral("Acme"), QTimeZone("America/Los_Angeles"),
                     QTime(18, 0), QTime(8, 0) })
                 .ok());
    QVERIFY(access()
                .setOrgSettings({ QStringLiteral("Acme"), QTimeZone("America/Los_Angeles"),
                    QTime(8, 0), QTime(18, 0) })
                .ok());
    sessions = access().sessions(QStringLiteral("Acme"), {});
    QVERIFY(sessions->at(0).flags.contains(SessionFlag::AfterHours));
    QVERIFY(sessions->at(1).flags.contains(SessionFlag::AfterHours));
    QVERIFY(!sessions->at(2).flags.contains(SessionFlag::AfterHours));

    // Reviews: the latest wins; an unknown session or an empty note is refused.
    const AccessAudit::Session ana = sessions->at(1);
    const qint64 id = ana.id;
    const auto reviewAndLog = [&](const AccessAudit::Review &r) {
        return access().review(ana, r).ok()
            && m_ws->activityLog()
                   .append(QStringLiteral("access.review"), SessionBuilder::reviewLogDetail(r))
                   .ok();
    };
    QVERIFY(reviewAndLog({ id, AccessAudit::ReviewStatus::Escalated,
        QStringLiteral("Modify All Data? ask"), QStringLiteral("rita"), {} }));
    QVERIFY(reviewAndLog({ id, AccessAudit::ReviewStatus::Reviewed,
        QStringLiteral("Approved in ticket 4411"), QStringLiteral("rita"), {} }));
    QVERIFY(!access()
                 .review(ana,
                     { 999999, AccessAudit::ReviewStatus::Reviewed, QStringLiteral("x"),
                         QStringLiteral("rita"), {} })
                 .ok());
    QVERIFY(!access()
                 .review(ana,
                     { id, AccessAudit::ReviewStatus::Reviewed, QStringLiteral("  "),
                         QStringLiteral("rita"), {} })
                 .ok());
    sessions = access().sessions(QStringLiteral("Acme"), {});
    QVERIFY(sessions->at(1).review.has_value());
    QCOMPARE(sessions->at(1).review->status, AccessAudit::ReviewStatus::Reviewed);
    QCOMPARE(sessions->at(1).review->note, QStringLiteral("Approved in ticket 4411"));
    QVERIFY(!sessions->at(1).flags.contains(SessionFlag::ReviewStale));
    QVERIFY(!sessions->at(1).flags.contains(SessionFlag::ReviewUnverified));
    QVERIFY(!sessions->at(0).review.has_value());

    // The review table edited by hand: the chained log does not vouch for it.
    QVERIFY(m_ws->database()
                .exec(QStringLiteral("UPDATE access_review SET note = 'Approved (no ticket)' WHERE "
                                     "note = 'Approved in ticket 4411'"))
                .ok());
    sessions = access().sessions(QStringLiteral("Acme"), {});
    QVERIFY(sessions->at(1).flags.contains(SessionFlag::ReviewUnverified));
    // A row of the session imported after the review: it no longer covers what is shown.
    const QByteArray extra = "Date,User,Source Namespace Prefix,Action,Section,Delegate User\r\n"
                             "\"11/3/2024, 1:15:00 AM PST\",ana@client.example,,Deleted remote "
                             "site Backup,Security Controls,support1@mogli.example\r\n";
    QVERIFY(access().importCsv(QStringLiteral("Acme"), extra, losAngeles()).ok());
    sessions = access().sessions(QStringLiteral("Acme"), {});
    QVERIFY(sessions->at(1).flags.contains(SessionFlag::ReviewStale));
}

void TestAccess::rowsAndReviewsGoAfterTheRetention()
{
    QVERIFY(access()
                .importCsv(QStringLiteral("Acme"), fixture("setup_audit_trail.csv"), losAngeles())
                .ok());
    QVERIFY(access()
                .addStaff({ AccessAudit::StaffKind::Domain, QStringLiteral("mogli.example") })
                .ok());
    const AccessAudit::Session first = access().sessions({}, {})->first();
    QVERIFY(access()
                .review(first,
                    { first.id, AccessAudit::ReviewStatus::Reviewed, QStringLiteral("fine"),
                        QStringLiteral("rita"), {} })
                .ok());
    QVERIFY(!access().setRetentionDays(0).ok());
    QCOMPARE(access().purgeExpired().value(), 0);
    QCOMPARE(stored(), 8);
    QVERIFY(access().setRetentionDays(365).ok());
    // An old trail imported now is refused row by row, not stored to be purged.
    auto late = access().importCsv(
        QStringLiteral("Globex"), fixture("setup_audit_trail.csv"), losAngeles());
    QVERIFY(late.ok());
    QCOMPARE(late->added, 0);
    QCOMPARE(late->tooOld, 8);
    auto purged = m_ws->purgeExpired();
    QVERIFY(purged.ok());
    QCOMPARE(stored(), 0);
    QCOMPARE(access().sessions({}, {})->size(), 0);
    auto reviews = m_ws->database().prepare(QStringLiteral("SELECT count(*) FROM access_review"));
    QVERIFY(reviews.ok() && reviews->step().ok());
    QCOMPARE(reviews->int64(0), 0);
    bool logged = false;
    for (const auto &e : m_ws->activityLog().entries().value())
        logged = logged
            || (e.action == QLatin1String("access.purge")
                && e.detail.value(QStringLiteral("rows")).toInt() == 8);
    QVERIFY(logged);
}

void TestAccess::sameSecondAndOtherPublishers()
{
    // Newest first, as the download is: the logout and the last change
    // share a second, and so do the login and the first change.
    const QByteArray csv
        = "Date,User,Source Namespace Prefix,Action,Section,Delegate User\r\n"
          "\"3/2/2026, 10:05:00 AM PST\",s@mogli.example,,Logged out using Login-As access for Ana "
          "Lopez,Manage Users,\r\n"
          "\"3/2/2026, 10:05:00 AM PST\",ana@client.example,,Changed page layout Case "
          "Layout,Customize Cases,s@mogli.example\r\n"
          "\"3/2/2026, 10:00:00 AM PST\",ana@client.example,,Changed page layout Lead "
          "Layout,Customize Leads,s@mogli.example\r\n"
          "\"3/2/2026, 10:00:00 AM PST\",s@mogli.example,,Logged in using Login-As access for Ana "
          "Lopez,Manage Users,\r\n"
          // Grants: ours (Mogli) through Mar 10, another ISV's revoked on Mar 1.
          "\"3/1/2026, 9:00:00 AM PST\",admin@client.example,,admin@client.example has revoked "
          "user login access to package publisher Other ISV (00D000000000009),,\r\n"
          "\"2/20/2026, 9:00:00 AM PST\",admin@client.example,,admin@client.example has granted "
          "user login access through 3/10/2026 to package publisher Mogli Technologies "
          "(00D000000000001),,\r\n"
          "\"2/19/2026, 9:00:00 AM PST\",admin@client.example,,admin@client.example has granted "
          "user login access through 3/30/2026 to package publisher Other ISV "
          "(00D000000000009),,\r\n";
    QVERIFY(access().importCsv(QStringLiteral("Acme"), csv, losAngeles()).ok());
    QVERIFY(access()
                .addStaff({ AccessAudit::StaffKind::Domain, QStringLiteral("mogli.example") })
                .ok());
    auto sessions = access().sessions(QStringLiteral("Acme"), {});
    QCOMPARE(sessions->size(), 1);
    QCOMPARE(sessions->first().changes, 2);
    QCOMPARE(sessions->first().end, utc(2026, 3, 2, 18, 5));
    QVERIFY(!sessions->first().flags.contains(SessionFlag::NoLogin));
    // Without a publisher named, every grant counts (the latest one covering wins).
    QVERIFY(!sessions->first().flags.contains(SessionFlag::OutsideGrant));
    // Naming the vendor's publisher: only its grant counts, and another ISV's revoke changes
    // nothing.
    QVERIFY(
        access()
            .addStaff({ AccessAudit::StaffKind::Publisher, QStringLiteral("Mogli Technologies") })
            .ok());
    auto grants = access().grants(QStringLiteral("Acme"));
    QCOMPARE(grants->size(), 1);
    QCOMPARE(grants->first().start, utc(2026, 2, 20, 17, 0));
    QCOMPARE(grants->first().expiry, utc(2026, 3, 11, 0, 0));
    sessions = access().sessions(QStringLiteral("Acme"), {});
    QVERIFY(sessions->first().grant.contains(QLatin1String("admin@client.example")));

    // A "changed" row after a revoke starts a new window; it never reopens the old one.
    const QByteArray later
        = "Date,User,Source Namespace Prefix,Action,Section,Delegate User\r\n"
          "\"3/8/2026, 9:00:00 AM PDT\",admin@client.example,,admin@client.example has changed "
          "user login access through 3/20/2026 to package publisher Mogli Technologies "
          "(00D000000000001),,\r\n"
          "\"3/5/2026, 9:00:00 AM PST\",admin@client.example,,admin@client.example has revoked "
          "user login access to package publisher Mogli Technologies (00D000000000001),,\r\n";
    QVERIFY(access().importCsv(QStringLiteral("Acme"), later, losAngeles()).ok());
    grants = access().grants(QStringLiteral("Acme"));
    QCOMPARE(grants->size(), 2);
    QCOMPARE(grants->at(0).expiry, utc(2026, 3, 5, 17, 0));
    QCOMPARE(
        grants->at(1).start, utc(2026, 3, 8, 16, 0)); // PDT: the clocks went forward that night
}

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
