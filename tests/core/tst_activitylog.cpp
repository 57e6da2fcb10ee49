#include "TestSupport.h"
#include "activity/ActivityLog.h"
#include "workspace/Workspace.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace relay::core;
using namespace relay::test;

class TestActivityLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void appendsWithWhoWhenWhat();
    void intactLogVerifies();
    void detectsAlteredEntry();
    void detectsAlteredDetail();
    void detectsRemovedEntry();
    void detectsTruncatedTail();
    void detectsInsertedEntry();
    void refusesContentInDetail_data();
    void refusesContentInDetail();

private:
    void appendThree();
    ActivityLog &log() { return m_ws->activityLog(); }
    Database &db() { return m_ws->database(); }

    std::unique_ptr<QTemporaryDir> m_tmp;
    FakeClock m_clock;
    std::unique_ptr<Workspace> m_ws;
};

void TestActivityLog::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    auto ws = Workspace::create(
        m_tmp->filePath(QStringLiteral("ws")), WorkspaceMeta::forKeychain(), testKey(3), m_clock);
    QVERIFY(ws.ok());
    m_ws = std::move(ws.value());
}

void TestActivityLog::appendThree()
{
    m_clock.advance(1000);
    QVERIFY(log()
                .append(QStringLiteral("report.pull"),
                    { { QStringLiteral("records"), 1200 },
                        { QStringLiteral("pull"), QStringLiteral("P-12") } })
                .ok());
    m_clock.advance(1000);
    QVERIFY(log().append(QStringLiteral("report.export"), { { QStringLiteral("rows"), 40 } }).ok());
    m_clock.advance(1000);
    QVERIFY(log()
                .append(QStringLiteral("cache.purge"),
                    { { QStringLiteral("deleted"), 1200 },
                        { QStringLiteral("why"), QStringLiteral("ttl") } })
                .ok());
}

void TestActivityLog::appendsWithWhoWhenWhat()
{
    appendThree();
    auto entries = log().entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 4); // init + three
    const auto &pull = entries->at(1);
    QCOMPARE(pull.seq, 2);
    QCOMPARE(pull.action, QStringLiteral("report.pull"));
    QCOMPARE(pull.user, ActivityLog::currentOsUser());
    QVERIFY(!pull.user.isEmpty());
    QCOMPARE(pull.at, QDateTime(QDate(2026, 11, 20), QTime(12, 0, 1), Qt::UTC));
    QCOMPARE(pull.detail.value(QStringLiteral("records")).toInt(), 1200);
    auto newer = log().entries(3);
    QVERIFY(newer.ok());
    QCOMPARE(newer->size(), 1);
}

void TestActivityLog::intactLogVerifies()
{
    appendThree();
    auto result = log().verify();
    QVERIFY(result.ok());
    QVERIFY(result->intact);
    QCOMPARE(result->entries, 4);
    QCOMPARE(result->firstBadSeq, 0);
}

void TestActivityLog::detectsAlteredEntry()
{
    appendThree();
    QVERIFY(db().exec(QStringLiteral("UPDATE activity_log SET os_user = 'mallory' WHERE seq = 2"))
                .ok());
    auto result = log().verify();
    QVERIFY(result.ok());
    QVERIFY(!result->intact);
    QCOMPARE(result->firstBadSeq, 2);
    QVERIFY(result->problem.contains(QLatin1String("altered")));
}

void TestActivityLog::detectsAlteredDetail()
{
    appendThree();
    QVERIFY(db().exec(QStringLiteral(
                          "UPDATE activity_log SET detail = '{\"deleted\":1}' WHERE seq = 4"))
                .ok());
    auto result = log().verify();
    QVERIFY(result.ok());
    QVERIFY(!result->intact);
    QCOMPARE(result->firstBadSeq, 4);
}

void TestActivityLog::detectsRemovedEntry()
{
    appendThree();
    QVERIFY(db().exec(QStringLiteral("DELETE FROM activity_log WHERE seq = 3")).ok());
    auto result = log().verify();
    QVERIFY(result.ok());
    QVERIFY(!result->intact);
    QCOMPARE(result->firstBadSeq, 3);
    QVERIFY(result->problem.contains(QLatin1String("missing")));
}

void TestActivityLog::detectsTruncatedTail()
{
    appendThree();
    QVERIFY(db().exec(QStringLiteral("DELETE FROM activity_log WHERE seq = 4")).ok());
    auto result = log().verify();
    QVERIFY(result.ok());
    QVERIFY(!result->intact);
    QCOMPARE(result->firstBadSeq, 4);
}

void TestActivityLog::detectsInsertedEntry()
{
    appendThree();
    // Renumber to make room, then forge an entry with a made-up hash.
    QVERIFY(db().exec(QStringLiteral("UPDATE activity_log SET seq = seq + 10 WHERE seq >= 3;"
                                     "UPDATE activity_log SET seq = seq - 9 WHERE seq >= 13;"
                                     "INSERT INTO activity_log VALUES (3, 0, 'x', 'forged', '{}', "
                                     "zeroblob(32), zeroblob(32));"))
                .ok());
    auto result = log().verify();
    QVERIFY(result.ok());
    QVERIFY(!result->intact);
    QCOMPARE(result->firstBadSeq, 3);
}

void TestActivityLog::refusesContentInDetail_data()
{
    QTest::addColumn<QJsonObject>("detail");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("counts") << QJsonObject { { QStringLiteral("records"), 5 },
        { QStringLiteral("ok"), true } }
                            << true;
    QTest::newRow("identifier") << QJsonObject {
        { QStringLiteral("pull"), QStringLiteral("SM1234abcd") }
    } << true;
    QTest::newRow("e164") << QJsonObject {
        { QStringLiteral("to"), QStringLiteral("+15550100123") }
    } << false;
    QTest::newRow("national") << QJsonObject {
        { QStringLiteral("to"), QStringLiteral("5550100123") }
    } << false;
    QTest::newRow("formatted") << QJsonObject {
        { QStringLiteral("to"), QStringLiteral("(555) 010-0123") }
    } << false;
    QTest::newRow("whatsapp") << QJsonObject {
        { QStringLiteral("to"), QStringLiteral("whatsapp:+15550100123") }
    } << false;
    QTest::newRow("body") << QJsonObject {
        { QStringLiteral("text"), QStringLiteral("Your code is 1234, see you") }
    } << false;
    QTest::newRow("nested") << QJsonObject {
        { QStringLiteral("o"), QJsonObject { { QStringLiteral("a"), 1 } } }
    } << false;
    QTest::newRow("long") << QJsonObject { { QStringLiteral("x"), QString(100, QLatin1Char('a')) } }
                          << false;
    QTest::newRow("number as a number")
        << QJsonObject { { QStringLiteral("to"), 15550100123.0 } } << false;
    QTest::newRow("dashed") << QJsonObject {
        { QStringLiteral("to"), QStringLiteral("1-555-010-0123") }
    } << false;
    QTest::newRow("dotted") << QJsonObject {
        { QStringLiteral("to"), QStringLiteral("1.555.010.0123") }
    } << false;
    QTest::newRow("a million records")
        << QJsonObject { { QStringLiteral("records"), 1000000 } } << true;
    // Lookups log the hash or the id: hex runs and record-id digits are not numbers.
    QTest::newRow("recipient hash") << QJsonObject { { QStringLiteral("key"),
        QStringLiteral("v1:6455842815b8c7edf8ad9c281023ef94426ef6abf16b2466d667e81824494ad1") } }
                                    << true;
    QTest::newRow("sms record id")
        << QJsonObject { { QStringLiteral("key"), QStringLiteral("a0Y100000000042") } } << true;
    QTest::newRow("hash-shaped number")
        << QJsonObject { { QStringLiteral("key"), QStringLiteral("v1:+15550100123") } } << false;
    QTest::newRow("number after a colon")
        << QJsonObject { { QStringLiteral("key"), QStringLiteral("tel:15550100123") } } << false;
}

void TestActivityLog::refusesContentInDetail()
{
    QFETCH(QJsonObject, detail);
    QFETCH(bool, allowed);
    QCOMPARE(ActivityLog::isAllowedDetail(detail), allowed);
    auto status = log().append(QStringLiteral("test"), detail);
    QCOMPARE(status.ok(), allowed);
    if (!allowed) {
        QCOMPARE(status.error().code, ErrorCode::InvalidInput);
        // Nothing was written and the chain is still intact.
        QCOMPARE(db().queryInt(QStringLiteral("SELECT count(*) FROM activity_log")).value(), 1);
        QVERIFY(log().verify()->intact);
    }
}

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
