// The retention verifier on a live workspace: a clean one passes every
// check; each planted violation fails exactly its check, with where it is.
// Also the inventory's own consistency and the phone-number scanner.
#include "TestSupport.h"

#include "access/AccessAudit.h"
#include "activity/ActivityLog.h"
#include "deliveries/DeliveryLog.h"
#include "links/LinkStore.h"
#include "privacy/RecipientHash.h"
#include "retention/ComplianceReport.h"
#include "retention/Inventory.h"
#include "retention/Lookup.h"
#include "retention/PhoneScanner.h"
#include "retention/Verifier.h"
#include "scheduler/Scheduler.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace relay::core;
using relay::test::FakeClock;

class TestRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void inventoryIsConsistentAndCoversThePolicy();
    void brokenInventoriesAreNamed();
    void scannerFindsRealSpellingsAndIgnoresIds();
    void cleanWorkspacePassesEveryCheck();
    void plantedViolationFailsItsCheck_data();
    void plantedViolationFailsItsCheck();
    void expiredLogRowsArePurgedAndThenPass();
    void malformedRetentionSettingsReadAsTheDefault();
    void packedBinaryIdsAreNotText();
    void countsInTheLogAreNotNumbersButItsStringsAreScanned();
    void everyStoresPurgesReachTheSignedReport();
    void lookupShowsWhatIsKeptAndLogsOnlyTheHash();
    void lookupsAreRateLimitedPerUser();
    void signedReportVerifiesAndTamperingIsCaught();

private:
    // The ids of the checks that failed, with the evidence joined.
    QStringList failed(QString *evidence = nullptr);
    void exec(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Workspace> m_ws;
    FakeClock m_clock { QDateTime::currentDateTimeUtc() };
    RetentionInventory m_inventory = RetentionInventory::builtIn().value();
    QString m_settings;
};

void TestRetention::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    m_clock.set(QDateTime::currentDateTimeUtc());
    auto ws = Workspace::create(m_tmp->filePath(QStringLiteral("ws")), WorkspaceMeta::forKeychain(),
        relay::test::testKey(3), m_clock);
    QVERIFY(ws.ok());
    m_ws = std::move(ws.value());
    QVERIFY(m_ws->gateways()
                .add({ QStringLiteral("+15550100001"), QStringLiteral("twilio"),
                    QStringLiteral("AC5ea7b0c0ffee00000000000000000a11"), {} })
                .ok());
    // A cached provider report and a few logged sends, as the app makes them.
    QVERIFY(relay::test::importTwilioPage(m_ws->reports(),
                QStringLiteral(RELAYAUDIT_FIXTURES "/twilio/messages_page.json"),
                QStringLiteral("Acme"))
        > 0);
    const RecipientHasher hasher(relay::test::testKey(4));
    for (int i = 0; i < 20; ++i) {
        const auto number = RecipientNumber::parse(
            QStringLiteral("(202) 555-%1").arg(2000 + i), QStringLiteral("US"));
        QVERIFY(number.ok());
        DeliveryLog::Submitted s;
        s.smsRecordId = QStringLiteral("a0Y%1").arg(i, 12, 10, QLatin1Char('0'));
        s.batchId = QStringLiteral("batch-7");
        s.gateway = QStringLiteral("+15550100001");
        s.recipientHash = hasher.hash(number.value());
        s.provider = QStringLiteral("twilio");
        s.providerMessageId = QStringLiteral("SM%1").arg(i, 32, 16, QLatin1Char('0'));
        s.segments = 1;
        s.status = QStringLiteral("queued");
        auto submitted = m_ws->deliveries().recordSubmit(s);
        QVERIFY2(submitted.ok(), submitted.ok() ? "" : qPrintable(submitted.error().detail));
        QVERIFY(m_ws->deliveries()
                    .setWriteBack(i + 1, DeliveryLog::WriteBack::Pending,
                        QStringLiteral(
                            "UNABLE_TO_LOCK_ROW: unable to obtain exclusive access to this record"))
                    .ok());
    }
    // A URL Pro link with a click, and a Scheduler booking with the guest's own number.
    auto link = m_ws->links().create(QUrl(QStringLiteral("https://shop.example.com/o/42")),
        LinkStore::Mode::Pro,
        hasher.hash(
            RecipientNumber::parse(QStringLiteral("(202) 555-2000"), QStringLiteral("US")).value()),
        QStringLiteral("a0Y000000000000"));
    QVERIFY(link.ok());
    QVERIFY(
        m_ws->links()
            .recordClick(link.value(), QHostAddress(QStringLiteral("198.51.100.77")),
                u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                u"Chrome/120.0.6099.109 Safari/537.36")
            .ok());
    exec(QStringLiteral("INSERT INTO scheduler_user (user, time_zone, hours_start_min, "
                        "hours_end_min) VALUES ('dana', 'America/New_York', 540, 1020)"));
    exec(QStringLiteral("INSERT INTO scheduler_booking (user, start_ms, end_ms, guest_name, "
                        "guest_email, guest_phone, user_terms_version, "
                        "user_terms_ms, guest_terms_version, guest_terms_ms, created_ms) VALUES "
                        "('dana', %1, %2, 'Sam Guest', "
                        "'sam@example.org', '+12025552099', '2026-01', 0, '2026-01', 0, 0)")
             .arg(m_clock.nowMs() + 86400000)
             .arg(m_clock.nowMs() + 86400000 + 1800000));
    m_settings = m_tmp->filePath(QStringLiteral("relayaudit.conf"));
    QFile settings(m_settings);
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[app]\nappearance=dark\nworkspace=/home/ana/"
                   "audit\n[engine]\ncallbackUrl=https://relay.example.com/\n");
}

void TestRetention::cleanup()
{
    m_ws.reset();
    m_tmp.reset();
}

void TestRetention::exec(const QString &sql)
{
    QVERIFY2(m_ws->database().exec(sql).ok(), qPrintable(sql));
}

QStringList TestRetention::failed(QString *evidence)
{
    RetentionVerifier verifier(*m_ws, m_inventory, m_clock);
    auto checks = verifier.run({ m_settings, m_tmp->filePath(QStringLiteral("tmp")) });
    if (!checks)
        return { QStringLiteral("error: ") + errorMessage(checks.error()) };
    QStringList ids;
    for (const RetentionVerifier::Check &c : checks.value()) {
        if (c.passed)
            continue;
        ids.append(c.id);
        if (evidence) {
            for (const RetentionVerifier::Finding &f : c.evidence)
                *evidence += f.where + QStringLiteral(": ") + f.what + QLatin1Char('\n');
        }
    }
    return ids;
}

void TestRetention::inventoryIsConsistentAndCoversThePolicy()
{
    QVERIFY(m_inventory.version() >= 1);
    QStringList ids;
    for (const RetentionInventory::Category &c : m_inventory.categories()) {
        ids.append(c.id);
        QVERIFY2(!c.policy.isEmpty() && !c.retentionText.isEmpty() && !c.purpose.isEmpty(),
            qPrintable(c.id));
    }
    // One entry per row of DESIGN.md's policy table.
    for (const char *id :
        { "recipient-number", "message-text", "source-record-id", "sending-gateway",
            "sms-record-id", "delivery-log", "recipient-hash", "report-detail", "report-aggregate",
            "url", "url-pro-clicks", "scheduler", "setup-audit-trail", "secrets" }) {
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    }
    // Only categories that may hold a phone number have gateway columns, and
    // the never-at-rest ones have no table at all.
    for (const RetentionInventory::Category &c : m_inventory.categories()) {
        if (c.retentionKind == QLatin1String("never-at-rest"))
            QVERIFY2(c.locations.isEmpty() && !c.stored, qPrintable(c.id));
    }
    QVERIFY(m_inventory.column(QStringLiteral("delivery"), QStringLiteral("recipient_hash")));
    QCOMPARE(
        m_inventory.column(QStringLiteral("delivery"), QStringLiteral("recipient_hash"))->category,
        QStringLiteral("recipient-hash"));
    QVERIFY(
        m_inventory.column(QStringLiteral("engine_gateway"), QStringLiteral("address"))->gateway);
    QVERIFY(!m_inventory.column(QStringLiteral("delivery"), QStringLiteral("batch_id"))->gateway);
}

void TestRetention::brokenInventoriesAreNamed()
{
    const auto why = [](const char *json) {
        auto inventory = RetentionInventory::fromJson(json);
        return inventory.ok() ? QString() : inventory.error().detail;
    };
    QVERIFY(why("not json").contains(QLatin1String("not JSON")));
    QVERIFY(why(R"({"categories": []})").contains(QLatin1String("no version")));
    const char *twice = R"({"version": 1, "categories": [
        {"id": "a", "name": "A", "stored": true, "retention": {"kind": "workspace"}, "policy": "p",
         "locations": [{"store": "workspace.db", "table": "t", "columns": ["x"]}]},
        {"id": "b", "name": "B", "stored": true, "retention": {"kind": "workspace"}, "policy": "p",
         "locations": [{"store": "workspace.db", "table": "t", "columns": ["x"]}]}]})";
    QVERIFY(why(twice).contains(QLatin1String("t.x is owned by both 'a' and 'b'")));
    const char *phone = R"({"version": 1, "categories": [
        {"id": "a", "name": "A", "stored": true, "mayHoldPhoneNumber": false, "retention": {"kind": "workspace"}, "policy": "p",
         "locations": [{"store": "workspace.db", "table": "t", "columns": ["x"], "gatewayColumns": ["x"]}]}]})";
    QVERIFY(why(phone).contains(QLatin1String("may hold no phone number")));
    const char *stored = R"({"version": 1, "categories": [
        {"id": "a", "name": "A", "stored": false, "retention": {"kind": "never-at-rest"}, "policy": "p",
         "locations": [{"store": "workspace.db", "table": "t", "columns": ["x"]}]}]})";
    QVERIFY(why(stored).contains(QLatin1String("never stored but names a table")));
}

void TestRetention::scannerFindsRealSpellingsAndIgnoresIds()
{
    const PhoneScanner scanner(QStringLiteral("US"));
    const auto e164 = [&scanner](const char *text) {
        const auto found = scanner.find(QByteArrayView(text));
        return found.isEmpty() ? QString() : found.first().e164;
    };
    // How real data spells numbers.
    QCOMPARE(e164("+12025552042"), QStringLiteral("+12025552042"));
    QCOMPARE(e164("whatsapp:+12025552042"), QStringLiteral("+12025552042"));
    QCOMPARE(e164("(202) 555-2042"), QStringLiteral("+12025552042"));
    QCOMPARE(e164("202.555.2042"), QStringLiteral("+12025552042"));
    QCOMPARE(e164("call 202-555-2042 today"), QStringLiteral("+12025552042"));
    QCOMPARE(e164("{\"to\":\"+44 20 7946 0958\"}"), QStringLiteral("+442079460958"));
    // The same digits earlier inside a longer run do not hide a real number.
    QCOMPARE(e164("ref 4155550100999 call 4155550100"), QStringLiteral("+14155550100"));
    // What must never be flagged: SIDs, hashes, UUIDs, record ids, timestamps, counts.
    for (const char *text :
        { "SM0123456789abcdef0123456789abcdef", "AC5ea7b0c0ffee00000000000000000a11",
            "v1:8602130e02f47fc7a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718",
            "0c5de860-6d59-47a0-8a2a-1b3e9f3e77e3", "a0Y000000000042",
            // A free-standing run first, then one the matcher finds glued to letters.
            "28944691-b2a9-4e7a-8a60-67527f2477b5", "2026-11-27T03:04:14.819Z",
            "2026-11-27 03:04:14", "1764212654819", "{\"records\": 20000, \"segments\": 30382}" }) {
        QVERIFY2(scanner.find(QByteArrayView(text, qsizetype(qstrlen(text)))).isEmpty(), text);
    }
    QCOMPARE(
        PhoneScanner::mask(QStringLiteral("(202) 555-2042")), QString::fromUtf8("(•••) •••-••42"));
}

void TestRetention::cleanWorkspacePassesEveryCheck()
{
    QString evidence;
    const QStringList ids = failed(&evidence);
    QVERIFY2(ids.isEmpty(), qPrintable(ids.join(QLatin1Char(' ')) + QLatin1Char('\n') + evidence));
    QVERIFY2(evidence.isEmpty(), qPrintable(evidence));
}

void TestRetention::plantedViolationFailsItsCheck_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("where");
    QTest::newRow("raw number in the batch id")
        << QStringLiteral("UPDATE delivery SET batch_id = '+1 (202) 555-2042' WHERE id = 3")
        << QString() << QStringLiteral("numbers") << QStringLiteral("delivery.batch_id row 3");
    QTest::newRow("whatsapp number in an error")
        << QStringLiteral(
               "UPDATE delivery SET writeback_error = 'bad to whatsapp:+12025552043' WHERE id = 5")
        << QString() << QStringLiteral("numbers")
        << QStringLiteral("delivery.writeback_error row 5");
    QTest::newRow("a message body")
        << QStringLiteral("UPDATE delivery SET batch_id = 'Your appointment is confirmed for "
                          "tomorrow at ten, reply STOP' WHERE id = 2")
        << QString() << QStringLiteral("text") << QStringLiteral("delivery.batch_id row 2");
    QTest::newRow("a cache row past its 7 days")
        << QStringLiteral("UPDATE report_pull SET created_ms = created_ms - 8 * 86400000")
        << QString() << QStringLiteral("retention") << QStringLiteral("report_record pull 1");
    QTest::newRow("a log row past retention")
        << QStringLiteral(
               "UPDATE delivery SET updated_ms = updated_ms - 91 * 86400000 WHERE id = 1")
        << QString() << QStringLiteral("retention") << QStringLiteral("workspace.db delivery");
    QTest::newRow("an audit row past retention")
        << QStringLiteral(
               "INSERT INTO access_row (org, at_ms, user, display, source, row_key, imported_ms) "
               "VALUES ('Acme', 0, 'a@b.example', 'Logged in', 'csv', x'01', 0)")
        << QString() << QStringLiteral("retention") << QStringLiteral("workspace.db access_row");
    QTest::newRow("a malformed hash")
        << QStringLiteral("UPDATE delivery SET recipient_hash = 'sha256:abc' WHERE id = 4")
        << QString() << QStringLiteral("hashes") << QStringLiteral("delivery.recipient_hash row 4");
    QTest::newRow("an unknown hash scheme") << QStringLiteral(
        "UPDATE delivery SET recipient_hash = 'v9:' || substr(recipient_hash, 4) WHERE id = 6")
                                            << QString() << QStringLiteral("hashes")
                                            << QStringLiteral("delivery.recipient_hash row 6");
    QTest::newRow("an IP address outside the clicks")
        << QStringLiteral("UPDATE delivery SET batch_id = 'from 198.51.100.23' WHERE id = 7")
        << QString() << QStringLiteral("addresses") << QStringLiteral("delivery.batch_id row 7");
    QTest::newRow("an IPv6 address in an error")
        << QStringLiteral(
               "UPDATE delivery SET writeback_error = 'client 2001:db8::17' WHERE id = 8")
        << QString() << QStringLiteral("addresses")
        << QStringLiteral("delivery.writeback_error row 8");
    QTest::newRow("an event title")
        << QStringLiteral("UPDATE scheduler_user SET user = 'SUMMARY:Quarterly review'")
        << QString() << QStringLiteral("calendar") << QStringLiteral("scheduler_user.user row 1");
    QTest::newRow("a raw calendar")
        << QStringLiteral("UPDATE delivery SET writeback_error = 'BEGIN:VEVENT' || char(13, 10) || "
                          "'DTSTART:20261201T100000Z' WHERE id = 9")
        << QString() << QStringLiteral("calendar")
        << QStringLiteral("delivery.writeback_error row 9");
    QTest::newRow("a number in a link target")
        << QStringLiteral("UPDATE link SET target = 'https://example.com/?to=%2B12025552042'")
        << QString() << QStringLiteral("numbers") << QStringLiteral("link.target row 1");
    QTest::newRow("a number in a guest name")
        << QStringLiteral("UPDATE scheduler_booking SET guest_name = 'Sam +1 202 555 2042'")
        << QString() << QStringLiteral("numbers")
        << QStringLiteral("scheduler_booking.guest_name row 1");
    QTest::newRow("a link past retention")
        << QStringLiteral("UPDATE link SET created_ms = created_ms - 91 * 86400000") << QString()
        << QStringLiteral("retention") << QStringLiteral("workspace.db link");
    QTest::newRow("a booking past retention")
        << QStringLiteral("UPDATE scheduler_booking SET end_ms = end_ms - 92 * 86400000")
        << QString() << QStringLiteral("retention")
        << QStringLiteral("workspace.db scheduler_booking");
    QTest::newRow("a malformed link hash")
        << QStringLiteral("UPDATE link SET recipient_hash = 'sha256:abc'") << QString()
        << QStringLiteral("hashes") << QStringLiteral("link.recipient_hash row 1");
    QTest::newRow("an unknown table")
        << QStringLiteral("CREATE TABLE scratch (note TEXT)") << QString()
        << QStringLiteral("inventory") << QStringLiteral("workspace.db scratch");
    QTest::newRow("an unknown column")
        << QStringLiteral("ALTER TABLE delivery ADD COLUMN recipient TEXT") << QString()
        << QStringLiteral("inventory") << QStringLiteral("delivery.recipient");
    QTest::newRow("an unencrypted database")
        << QString() << QStringLiteral("ws/notes.db") << QStringLiteral("at-rest")
        << QStringLiteral("notes.db");
    QTest::newRow("a number in a plain file")
        << QString() << QStringLiteral("ws/notes.txt") << QStringLiteral("at-rest")
        << QStringLiteral("notes.txt");
    QTest::newRow("a secret in the settings")
        << QString() << QStringLiteral("relayaudit.conf") << QStringLiteral("secrets")
        << QStringLiteral("relayaudit.conf line");
    QTest::newRow("a temp file left behind")
        << QString() << QStringLiteral("tmp/relayaudit-export.csv") << QStringLiteral("secrets")
        << QStringLiteral("relayaudit-export.csv");
}

void TestRetention::plantedViolationFailsItsCheck()
{
    QFETCH(QString, sql);
    QFETCH(QString, file);
    QFETCH(QString, check);
    QFETCH(QString, where);
    if (!sql.isEmpty())
        exec(sql);
    if (file == QLatin1String("ws/notes.db")) {
        QFile plain(m_tmp->filePath(file));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'));
        plain.close();
        QVERIFY(plain.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    } else if (file == QLatin1String("ws/notes.txt")) {
        QFile notes(m_tmp->filePath(file));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("called the recipient on +1 202 555 2042 about it\n");
        notes.close();
        QVERIFY(notes.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    } else if (file == QLatin1String("relayaudit.conf")) {
        QFile settings(m_settings);
        QVERIFY(settings.open(QIODevice::Append));
        settings.write("twilioAuthToken=0123456789abcdef0123456789abcdef\n");
    } else if (!file.isEmpty()) {
        QVERIFY(QDir(m_tmp->path()).mkpath(QStringLiteral("tmp")));
        QFile left(m_tmp->filePath(file));
        QVERIFY(left.open(QIODevice::WriteOnly));
    }
    QString evidence;
    QCOMPARE(failed(&evidence), QStringList { check });
    QVERIFY2(evidence.contains(where), qPrintable(evidence));
    // A number is shown masked, never whole.
    QVERIFY(!evidence.contains(QLatin1String("5552042"))
        && !evidence.contains(QLatin1String("2025552043")));
}

// A count in a log entry is a number the program typed, not a phone number
// (an import of a million records logs records=1000000); a string in the
// same entry is scanned like any value.
void TestRetention::countsInTheLogAreNotNumbersButItsStringsAreScanned()
{
    QVERIFY(m_ws->activityLog()
                .append(QStringLiteral("report.import"),
                    { { QStringLiteral("records"), 1000000 },
                        { QStringLiteral("duplicates"), 2025555 } })
                .ok());
    QString evidence;
    QCOMPARE(failed(&evidence), QStringList {});
    exec(QStringLiteral("UPDATE activity_log SET detail = "
                        "'{\"records\":1000000,\"error\":\"refused +1 202 555 2046\"}' "
                        "WHERE seq = (SELECT max(seq) FROM activity_log)"));
    QVERIFY(failed(&evidence).contains(QStringLiteral("numbers")));
    QVERIFY2(evidence.contains(QLatin1String("activity_log.detail row")), qPrintable(evidence));
    QVERIFY(!evidence.contains(QLatin1String("5552046")));
}

void TestRetention::packedBinaryIdsAreNotText()
{
    // A packed message id whose bytes happen to read "::1" or "SUMMARY:" is
    // not an address or a calendar line (bench_retention met this about
    // once in 10,000 ids); the same bytes as text are.
    exec(QStringLiteral(
        "UPDATE report_record SET msg_id = x'01ff3a3a31fe53554d4d4152593a7800' WHERE rowid = 1"));
    QString evidence;
    QStringList ids = failed(&evidence);
    QVERIFY2(ids.isEmpty(), qPrintable(ids.join(QLatin1Char(' ')) + QLatin1Char('\n') + evidence));
    exec(QStringLiteral(
        "UPDATE report_record SET msg_id = CAST('from 2001:db8::17' AS BLOB) WHERE rowid = 2"));
    QCOMPARE(failed(&evidence), QStringList { QStringLiteral("addresses") });
    QVERIFY2(evidence.contains(QLatin1String("report_record.msg_id row 2")), qPrintable(evidence));
}

void TestRetention::malformedRetentionSettingsReadAsTheDefault()
{
    // A hand-edited or damaged setting must never shorten a retention: the
    // next purge would act on it.
    exec(QStringLiteral("UPDATE delivery SET updated_ms = updated_ms - 2 * 86400000"));
    for (const char *bad : { "abc", "0", "-5", "99999", "" }) {
        for (const char *key : { "log_retention_days", "access_retention_days",
                 "link_retention_days", "scheduler_retention_days" })
            exec(QStringLiteral("INSERT OR REPLACE INTO engine_setting VALUES ('%1', '%2')")
                     .arg(QLatin1String(key), QLatin1String(bad)));
        QCOMPARE(
            m_ws->deliveries().logRetentionDays().value(), DeliveryLog::kDefaultLogRetentionDays);
        QCOMPARE(m_ws->access().retentionDays().value(), AccessAudit::kDefaultRetentionDays);
        QCOMPARE(m_ws->links().retentionDays().value(), LinkStore::kDefaultRetentionDays);
        QCOMPARE(m_ws->scheduler().retentionDays().value(), Scheduler::kDefaultRetentionDays);
        QCOMPARE(m_ws->deliveries().purgeExpired().value(), qint64 { 0 });
    }
    QCOMPARE(m_ws->deliveries().counts()->deliveries, qint64 { 20 });
    // And a setter refuses what the reader would not take, naming it.
    auto refused = m_ws->links().setRetentionDays(0);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().detail, QStringLiteral("link retention takes 1 to 3650 days, not 0"));
}

void TestRetention::everyStoresPurgesReachTheSignedReport()
{
    // The link (with its click) and the booking of init(), past their retention.
    exec(QStringLiteral("UPDATE link SET created_ms = created_ms - 91 * 86400000"));
    exec(QStringLiteral("UPDATE scheduler_booking SET end_ms = end_ms - 92 * 86400000"));
    exec(QStringLiteral(
        "UPDATE delivery SET updated_ms = updated_ms - 91 * 86400000 WHERE id <= 3"));
    QVERIFY(m_ws->purgeExpired().ok());
    RetentionVerifier verifier(*m_ws, m_inventory, m_clock);
    auto checks = verifier.run({});
    QVERIFY(checks.ok());
    auto built = compliance::build(*m_ws, m_inventory, checks.value(), m_clock);
    QVERIFY(built.ok());
    const QJsonObject purges = built->value(QStringLiteral("purges_last_30_days")).toObject();
    QCOMPARE(purges.value(QStringLiteral("links")).toObject(),
        (QJsonObject { { QStringLiteral("purges"), 1 }, { QStringLiteral("rows"), 2 } }));
    QCOMPARE(purges.value(QStringLiteral("scheduler")).toObject(),
        (QJsonObject { { QStringLiteral("purges"), 1 }, { QStringLiteral("bookings"), 1 } }));
    QCOMPARE(purges.value(QStringLiteral("delivery_log")).toObject(),
        (QJsonObject { { QStringLiteral("purges"), 1 }, { QStringLiteral("messages"), 3 } }));
    QCOMPARE(purges.value(QStringLiteral("access_audit")).toObject(),
        (QJsonObject { { QStringLiteral("purges"), 0 }, { QStringLiteral("rows"), 0 } }));
}

void TestRetention::expiredLogRowsArePurgedAndThenPass()
{
    QVERIFY(m_ws->deliveries().setLogRetentionDays(30).ok());
    QCOMPARE(m_ws->deliveries().logRetentionDays().value(), 30);
    QVERIFY(!m_ws->deliveries().setLogRetentionDays(0).ok());
    QVERIFY(!m_ws->deliveries().setLogRetentionDays(5000).ok());
    exec(QStringLiteral(
        "UPDATE delivery SET updated_ms = updated_ms - 31 * 86400000 WHERE id <= 5"));
    QCOMPARE(failed(), QStringList { QStringLiteral("retention") });
    auto purged = m_ws->purgeExpired();
    QVERIFY2(purged.ok(), purged.ok() ? "" : qPrintable(errorMessage(purged.error())));
    QCOMPARE(m_ws->deliveries().counts()->deliveries, 15);
    QCOMPARE(failed(), QStringList());
    // The purge is in the activity log, as a count.
    bool logged = false;
    for (const auto &e : m_ws->activityLog().entries().value())
        logged = logged
            || (e.action == QLatin1String("engine.purge")
                && e.detail.value(QStringLiteral("messages")).toInt() == 5);
    QVERIFY(logged);
}

void TestRetention::lookupShowsWhatIsKeptAndLogsOnlyTheHash()
{
    RetentionLookup lookup(*m_ws, m_clock);
    const RecipientHasher hasher(relay::test::testKey(4));
    // Another spelling of a number sent to in init().
    auto number = RecipientNumber::parse(QStringLiteral("+1 202-555-2007"), QStringLiteral("US"));
    QVERIFY(number.ok());
    auto found = lookup.byPhone(number.value(), hasher);
    QVERIFY(found.ok());
    QCOMPARE(found->key, hasher.hash(number.value()));
    QCOMPARE(found->deliveries.size(), 1);
    QCOMPARE(found->deliveries.first().smsRecordId, QStringLiteral("a0Y000000000007"));
    QVERIFY(found->scheme.contains(QLatin1String("HMAC-SHA-256"))
        && found->scheme.contains(QLatin1String("E.164")));
    QVERIFY(found->notRetained.contains(QStringLiteral("the recipient number")));
    const QByteArray json = QJsonDocument(RetentionLookup::toJson(found.value())).toJson();
    QVERIFY(!json.contains("5552007") && json.contains("a0Y000000000007"));

    auto bySms = lookup.bySmsRecord(QStringLiteral("a0Y000000000003"));
    QVERIFY(bySms.ok());
    QCOMPARE(bySms->deliveries.size(), 1);
    // A provider message id that a cached report holds: the report row comes back.
    auto page = m_ws->reports().firstRecords(ReportCache::Filter::ofPull(1), 1);
    QVERIFY(page.ok() && !page->isEmpty());
    const QString cachedId = page->first().at(2);
    auto byId = lookup.byProviderMessage(cachedId);
    QVERIFY(byId.ok());
    QCOMPARE(byId->deliveries.size(), 0);
    QCOMPARE(byId->reportRows.size(), 1);
    QCOMPARE(byId->reportRows.first().at(2), cachedId);
    auto none = lookup.bySmsRecord(QString());
    QVERIFY(!none.ok());

    // The activity log has each lookup with the hash or the id, never the number.
    int lookups = 0;
    for (const auto &e : m_ws->activityLog().entries().value()) {
        if (e.action != QLatin1String("retention.lookup"))
            continue;
        ++lookups;
        QVERIFY(!QJsonDocument(e.detail).toJson().contains("5552007"));
        QCOMPARE(e.user, ActivityLog::currentOsUser());
    }
    QCOMPARE(lookups, 3);
    QVERIFY(m_ws->activityLog().verify()->intact);
}

void TestRetention::lookupsAreRateLimitedPerUser()
{
    RetentionLookup lookup(*m_ws, m_clock);
    for (int i = 0; i < RetentionLookup::kMaxLookups; ++i)
        QVERIFY(lookup.bySmsRecord(QStringLiteral("a0Y%1").arg(i, 12, 10, QLatin1Char('0'))).ok());
    auto refused = lookup.bySmsRecord(QStringLiteral("a0Y000000000001"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Cancelled);
    QVERIFY2(refused.error().detail.contains(QLatin1String("lookups in 10 minutes is the limit")),
        qPrintable(refused.error().detail));
    // The window moves on.
    m_clock.advance(qint64 { RetentionLookup::kWindowMinutes } * 60 * 1000 + 1000);
    QVERIFY(lookup.bySmsRecord(QStringLiteral("a0Y000000000001")).ok());
}

void TestRetention::signedReportVerifiesAndTamperingIsCaught()
{
    QVERIFY(m_ws->activityLog()
                .append(QStringLiteral("report.export"),
                    { { QStringLiteral("format"), QStringLiteral("csv") },
                        { QStringLiteral("rows"), 120 } })
                .ok());
    RetentionVerifier verifier(*m_ws, m_inventory, m_clock);
    auto checks = verifier.run({ m_settings, {} });
    QVERIFY(checks.ok());
    auto built = compliance::build(*m_ws, m_inventory, checks.value(), m_clock);
    QVERIFY(built.ok());
    const compliance::SigningKey key = compliance::signingKey(*m_ws);
    const QJsonObject report = compliance::sign(built.value(), key);
    QCOMPARE(report.value(QStringLiteral("checks")).toArray().size(), 9);
    QCOMPARE(report.value(QStringLiteral("inventory_version")).toInt(), m_inventory.version());
    QCOMPARE(report.value(QStringLiteral("workspace_id")).toString(), m_ws->meta().id);
    const QJsonObject exports = report.value(QStringLiteral("exports_last_30_days")).toObject();
    QCOMPARE(exports.value(QStringLiteral("exports")).toInt(), 1);
    QCOMPARE(exports.value(QStringLiteral("rows")).toInt(), 120);
    const QByteArray bytes = QJsonDocument(report).toJson(QJsonDocument::Indented);

    compliance::Verification ok = compliance::verify(bytes, key.publicKey);
    QVERIFY2(ok.valid, qPrintable(ok.problem));
    QCOMPARE(ok.fingerprint, compliance::fingerprint(key.publicKey));
    // The same workspace always has the same key; another workspace another.
    QCOMPARE(compliance::signingKey(*m_ws).publicKey, key.publicKey);

    QByteArray altered = bytes;
    altered.replace("\"passed\": true", "\"passed\": false");
    QVERIFY(altered != bytes);
    compliance::Verification bad = compliance::verify(altered);
    QVERIFY(!bad.valid);
    QVERIFY(bad.problem.contains(QLatin1String("altered")));

    // Re-signed by someone else: valid on its own key, refused against ours.
    QTemporaryDir other;
    auto ws2 = Workspace::create(other.filePath(QStringLiteral("ws")), WorkspaceMeta::forKeychain(),
        relay::test::testKey(9), m_clock);
    QVERIFY(ws2.ok());
    const QByteArray forged
        = QJsonDocument(compliance::sign(QJsonDocument::fromJson(altered).object(),
                            compliance::signingKey(*ws2.value())))
              .toJson();
    QVERIFY(compliance::verify(forged).valid);
    compliance::Verification foreign = compliance::verify(forged, key.publicKey);
    QVERIFY(!foreign.valid);
    QVERIFY(foreign.problem.contains(QLatin1String("not by the expected key")));

    // A key given twice, or the same report reformatted, is not the signed report.
    QByteArray twice = bytes;
    twice.replace("\"passed\": true,", "\"passed\": false,\n    \"passed\": true,");
    QVERIFY(twice != bytes);
    QVERIFY(!compliance::verify(twice).valid);
    QVERIFY(
        compliance::verify(twice).problem.contains(QLatin1String("not as Relay Audit wrote them")));
    QVERIFY(compliance::verify(QJsonDocument(report).toJson(QJsonDocument::Compact)).valid);
    QByteArray spaced = bytes;
    spaced.replace("{\n", "{ \n");
    QVERIFY(!compliance::verify(spaced).valid);

    QVERIFY(!compliance::verify("{}").valid);
    QVERIFY(!compliance::verify("not json").valid);
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
