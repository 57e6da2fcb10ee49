// The engine's stores on a real PostgreSQL 15 (issue 21): the same delivery
// log as on the workspace, two workers at once, the console's read-only
// login, and the errors a wrong connection gets.
//
// It needs a cluster: RELAYAUDIT_TEST_PG_DSN (a superuser's connection
// string) and RELAYAUDIT_TEST_PG_CA (the server's certificate), as
// tests/support/pg-cluster prints them. Without them every test is skipped
// and says why, unless RELAYAUDIT_REQUIRE_PG=1 (CI), where that fails.

#include "PgTestCluster.h"
#include "TestSupport.h"
#include "engine/EngineStore.h"
#include "privacy/SecretBytes.h"
#include "storage/PgConnection.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <barrier>
#include <numeric>
#include <random>
#include <thread>

using namespace relay::core;

namespace {

const QString kEnginePassword = relay::test::PgTestCluster::enginePassword();
const QString kConsolePassword = relay::test::PgTestCluster::consolePassword();

SecretBytes secret(const QString &text)
{
    return SecretBytes::fromUtf8(text.toUtf8());
}

template <typename T> QJsonValue outcome(const Result<T> &result, QJsonValue value)
{
    if (!result)
        return QJsonObject { { QStringLiteral("error"), errorCodeName(result.error().code) } };
    return value;
}

QJsonValue outcome(const Status &status)
{
    return status ? QJsonValue(QStringLiteral("ok"))
                  : QJsonValue(QJsonObject {
                      { QStringLiteral("error"), errorCodeName(status.error().code) } });
}

QJsonArray deliveriesJson(const Result<QList<DeliveryLog::Delivery>> &found)
{
    QJsonArray out;
    if (!found) {
        out.append(QJsonObject { { QStringLiteral("error"), found.error().detail } });
        return out;
    }
    for (const DeliveryLog::Delivery &d : found.value()) {
        QJsonObject o = DeliveryLog::toJson(d);
        o.insert(QStringLiteral("created"), d.created.toMSecsSinceEpoch());
        o.insert(QStringLiteral("updated"), d.updated.toMSecsSinceEpoch());
        o.insert(QStringLiteral("attempts"), d.writeBackAttempts);
        out.append(o);
    }
    return out;
}

// One submit through the test gateway, one segment.
DeliveryLog::Submitted submission(const QString &record, const QString &provider,
    const QString &messageId, const QString &hash, const QString &status = QStringLiteral("queued"))
{
    DeliveryLog::Submitted s;
    s.smsRecordId = record;
    s.gateway = QStringLiteral("+15550100009");
    s.recipientHash = hash;
    s.provider = provider;
    s.providerMessageId = messageId;
    s.segments = 1;
    s.status = status;
    return s;
}

} // namespace

class TestPgLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bothBackendsEndInTheSameState();
    void twoWorkersApplyEachCallbackOnce();
    void callbacksOvertakingSubmitsOnAnotherWorkerAreApplied();
    void twoWorkersSendWriteBackAndRetryEachOnce();
    void consoleLoginReadsButCannotWrite();
    void connectionProblemsAreNamed();
    void oldAndNewerSchemasAreRefused();

private:
    QString dsn(const QString &user, const QString &database, const QString &extra = {}) const
    {
        return m_pg->dsn(user, database, extra);
    }
    std::unique_ptr<EngineStore> engine(const QString &database);
    // One fixed run of everything the log does; the outcomes and the final
    // state, without row ids (PostgreSQL's identities skip a value where an
    // insert met a conflict, SQLite's rowids do not).
    static QJsonArray scenario(
        DeliveryLog &log, Orgs &orgs, Gateways &gateways, relay::test::FakeClock &clock);

    std::unique_ptr<relay::test::PgTestCluster> m_pg;
    QString m_database;
    relay::test::FakeClock m_clock;
};

void TestPgLog::initTestCase()
{
    m_pg = std::make_unique<relay::test::PgTestCluster>();
    if (!m_pg->available()) {
        if (relay::test::PgTestCluster::required())
            QFAIL(relay::test::PgTestCluster::requiredButUnavailable());
        QSKIP(relay::test::PgTestCluster::unavailable());
    }
    m_database = m_pg->createDatabase();
    QVERIFY(!m_database.isEmpty());
}

void TestPgLog::cleanupTestCase()
{
    m_pg.reset(); // drops the databases
}

std::unique_ptr<EngineStore> TestPgLog::engine(const QString &database)
{
    auto store = EngineStore::open(
        dsn(QStringLiteral("relay_engine"), database), secret(kEnginePassword), m_clock);
    if (!store) {
        qWarning().noquote() << store.error().detail;
        return nullptr;
    }
    return std::move(store.value());
}

QJsonArray TestPgLog::scenario(
    DeliveryLog &log, Orgs &orgs, Gateways &gateways, relay::test::FakeClock &clock)
{
    QJsonArray out;
    const auto at = [&clock](qint64 seconds) { return clock.nowUtc().addSecs(seconds); };
    for (const char *name : { "acme", "globex" }) {
        Orgs::Org org;
        org.name = QLatin1String(name);
        org.instanceUrl = QUrl(QStringLiteral("https://%1.my.salesforce.com").arg(org.name));
        org.loginUrl = QUrl(QStringLiteral("https://login.salesforce.com"));
        org.clientId = QStringLiteral("3MVG9-client");
        out.append(outcome(orgs.add(org)));
    }
    out.append(outcome(orgs.setFields(QStringLiteral("acme"),
        { { QStringLiteral("status-field"), QStringLiteral("Status__c") } })));
    const auto fields = orgs.fields(QStringLiteral("acme"));
    out.append(outcome(fields, fields ? fields->statusField : QString()));
    out.append(outcome(gateways.add({ QStringLiteral("+15550100001"), QStringLiteral("twilio"),
        QStringLiteral("AC00000000000000000000000000000001"), {}, QStringLiteral("acme") })));
    out.append(outcome(gateways.add({ QStringLiteral("+15550100002"), QStringLiteral("telnyx"), {},
        {}, QStringLiteral("globex") })));
    // Added again: replaced, not doubled.
    out.append(outcome(gateways.add({ QStringLiteral("+15550100002"), QStringLiteral("telnyx"), {},
        {}, QStringLiteral("globex") })));
    out.append(outcome(gateways.setDefaultRegion(QStringLiteral("gb"))));

    const auto submit = [&](const QString &org, const QString &record, const QString &provider,
                            const QString &messageId, const QString &ref = {}) {
        DeliveryLog::Submitted s;
        s.org = org;
        s.smsRecordId = record;
        s.batchId = QStringLiteral("batch-1");
        s.gateway = provider == QLatin1String("twilio") ? QStringLiteral("+15550100001")
                                                        : QStringLiteral("+15550100002");
        s.recipientHash = QStringLiteral("v1:hash-") + record.right(3);
        s.provider = provider;
        s.providerMessageId = messageId;
        s.segments = 2;
        s.status = QStringLiteral("queued");
        s.callbackRef = ref;
        const auto id = log.recordSubmit(s);
        return outcome(id, QStringLiteral("logged"));
    };
    const auto apply
        = [&](const QString &provider, const QString &id, const QString &status, qint64 seconds,
              qint32 code = UsageRecordView::kNoError, const QString &ref = {}) {
              const auto applied = log.applyStatus(provider, id, status,
                  seconds < 0 ? QDateTime() : at(seconds), code, QStringLiteral("callback"), ref);
              return outcome(applied, applied ? static_cast<int>(applied.value()) : -1);
          };
    const QString twilio = QStringLiteral("twilio");
    const QString telnyx = QStringLiteral("telnyx");
    const QString rec1 = QStringLiteral("a0B000000000001AAA");

    // The same record id in two orgs; once per org.
    out.append(submit(QStringLiteral("acme"), rec1, twilio, QStringLiteral("SM1")));
    out.append(submit(QStringLiteral("globex"), rec1, telnyx, QStringLiteral("T1")));
    out.append(submit(QStringLiteral("acme"), rec1, twilio, QStringLiteral("SM1b")));
    clock.advance(1000);
    out.append(apply(twilio, QStringLiteral("SM1"), QStringLiteral("sent"), -1));
    out.append(apply(twilio, QStringLiteral("SM1"), QStringLiteral("delivered"), -1));
    out.append(apply(twilio, QStringLiteral("SM1"), QStringLiteral("delivered"), -1));
    out.append(apply(twilio, QStringLiteral("SM1"), QStringLiteral("sending"), -1));
    out.append(apply(telnyx, QStringLiteral("T1"), QStringLiteral("delivery_failed"), 5, 40008));
    out.append(apply(telnyx, QStringLiteral("T1"), QStringLiteral("delivery_failed"), 5, 40008));
    // A callback before its submit, then the submit.
    out.append(apply(twilio, QStringLiteral("SM2"), QStringLiteral("delivered"), -1));
    out.append(apply(twilio, QStringLiteral("SM2"), QStringLiteral("delivered"), -1));
    out.append(submit(QStringLiteral("acme"), QStringLiteral("a0B000000000002AAA"), twilio,
        QStringLiteral("SM2")));
    // A submit whose answer was lost, then its callback names the id.
    out.append(submit(QStringLiteral("acme"), QStringLiteral("a0B000000000003AAA"), twilio, {},
        QStringLiteral("ref3")));
    out.append(apply(twilio, QStringLiteral("SM3"), QStringLiteral("sent"), -1,
        UsageRecordView::kNoError, QStringLiteral("ref3")));
    // A callback that names a reference before that lost answer is logged.
    out.append(apply(telnyx, QStringLiteral("T4"), QStringLiteral("delivered"), 9,
        UsageRecordView::kNoError, QStringLiteral("ref4")));
    out.append(submit(QStringLiteral("globex"), QStringLiteral("a0B000000000004AAA"), telnyx, {},
        QStringLiteral("ref4")));
    // Unknown messages past the per-message cap.
    for (int i = 0; i < 20; ++i) {
        out.append(apply(telnyx, QStringLiteral("T-unknown"), QStringLiteral("sent"), 100 + i));
    }
    const auto stats = log.earlyEventStats();
    out.append(outcome(
        stats, stats ? QJsonArray { stats->held, stats->mostForOneMessage } : QJsonArray()));

    // Group commit: one transaction, and each callback the outcome it would
    // have alone, in order (later ones see the earlier ones' writes).
    out.append(submit(QStringLiteral("acme"), QStringLiteral("a0B000000000005AAA"), twilio,
        QStringLiteral("SM5")));
    const auto callback = [](const QString &provider, const QString &id, const QString &status,
                              const QString &ref = {}) {
        DeliveryLog::Callback c;
        c.provider = provider;
        c.providerMessageId = id;
        c.status = status;
        c.callbackRef = ref;
        return c;
    };
    const auto outcomes
        = log.applyStatuses({ callback(twilio, QStringLiteral("SM5"), QStringLiteral("sent")),
            callback(twilio, QStringLiteral("SM5"), QStringLiteral("delivered")),
            callback(twilio, QStringLiteral("SM5"), QStringLiteral("delivered")),
            callback(twilio, QStringLiteral("SM5"), QStringLiteral("sending")),
            callback(twilio, QStringLiteral("SM6"), QStringLiteral("sent")),
            callback(twilio, QStringLiteral("SM6"), QStringLiteral("sent")),
            callback(
                twilio, QStringLiteral("SM1"), QStringLiteral("failed"), QStringLiteral("ref9")) });
    QJsonArray batch;
    for (const auto &o : outcomes)
        batch.append(outcome(o, o ? static_cast<int>(o.value()) : -1));
    out.append(QStringLiteral("group commit"));
    out.append(batch);
    out.append(deliveriesJson(log.find(DeliveryLog::Key::ProviderMessage, QStringLiteral("SM5"))));
    // A message id with a quote, a backslash and a comma locks as one key.
    out.append(apply(twilio, QStringLiteral("SM\"odd\\id,2"), QStringLiteral("sent"), -1));

    // Incoming.
    DeliveryLog::Received r;
    r.org = QStringLiteral("acme");
    r.gateway = QStringLiteral("+15550100001");
    r.senderHash = QStringLiteral("v1:sender-9");
    r.provider = twilio;
    r.providerMessageId = QStringLiteral("SMin1");
    r.segments = 1;
    const auto first = log.recordInbound(r);
    const auto again = log.recordInbound(r);
    out.append(outcome(first, first ? first->isNew : false));
    out.append(outcome(again, again ? again->isNew : true));
    if (first) {
        out.append(outcome(log.inboundNotCreated(
            first->id, QStringLiteral("UNABLE_TO_LOCK_ROW: busy"), clock.nowMs() + 1000)));
        const auto due = log.dueInbound(clock.nowMs() + 2000, 10);
        out.append(outcome(due, due ? static_cast<int>(due->size()) : -1));
        out.append(outcome(log.inboundCreated(first->id, QStringLiteral("a0B0000000000INAAA"))));
    }
    const auto pendingInbound = log.pendingInboundCount();
    out.append(outcome(pendingInbound, pendingInbound ? pendingInbound.value() : -1));

    // Write-back bookkeeping.
    const auto orgsPending = log.orgsWithWriteBacks(DeliveryLog::WriteBack::Pending);
    out.append(outcome(
        orgsPending, orgsPending ? QJsonArray::fromStringList(orgsPending.value()) : QJsonArray()));
    const auto pending = log.pendingWriteBacks(QStringLiteral("acme"), 10);
    out.append(deliveriesJson(pending));
    if (pending && pending->size() >= 2) {
        out.append(outcome(log.setWriteBack(pending->at(0).id, DeliveryLog::WriteBack::Written)));
        out.append(outcome(log.setWriteBack(pending->at(1).id, DeliveryLog::WriteBack::Failed,
            QStringLiteral("UNABLE_TO_LOCK_ROW: record busy"))));
    }
    out.append(outcome(log.setWriteBack(987654, DeliveryLog::WriteBack::Written)));
    const auto reopened
        = log.reopenWriteBacks(QStringLiteral("acme"), { QStringLiteral("UNABLE_TO_LOCK_ROW") });
    out.append(outcome(reopened, reopened ? reopened.value() : -1));
    const auto next = log.nextWriteBackDueMs(QStringLiteral("globex"));
    out.append(outcome(next, next ? next.value() : -1));
    const auto sentBefore = log.sent(QStringLiteral("acme"), rec1.left(15));
    out.append(outcome(sentBefore, sentBefore ? sentBefore.value() : false));

    // Claims on sends: one worker's per record; a queued claim that
    // outlived its lease is taken over (its worker's submit then backs
    // off), a submitting one is uncertain until a person releases it.
    const auto claim = [&](const QString &record, const char *worker) {
        const auto c = log.claimSend(QStringLiteral("acme"), record, QLatin1String(worker));
        return outcome(c, c ? static_cast<int>(c.value()) : -1);
    };
    const QString rec7 = QStringLiteral("a0B000000000007AAA");
    const auto beat = [&](const char *worker) {
        if (auto seen = log.workerSeen(QLatin1String(worker)); !seen)
            qWarning().noquote() << seen.error().detail;
    };
    beat("w1");
    beat("w2");
    out.append(QStringLiteral("claims"));
    out.append(claim(rec7, "w1"));
    out.append(claim(rec7, "w2"));
    out.append(claim(rec1, "w2"));
    // w1 stops beating.
    clock.advance(DeliveryLog::kWorkerGoneMs + 1);
    beat("w2");
    out.append(claim(rec7, "w2"));
    const auto late = log.startSubmit(QStringLiteral("acme"), rec7, QStringLiteral("w1"));
    out.append(outcome(late, late ? late.value() : true));
    const auto mine = log.startSubmit(QStringLiteral("acme"), rec7, QStringLiteral("w2"));
    out.append(outcome(mine, mine ? mine.value() : false));
    // w2 stops while submitting.
    clock.advance(DeliveryLog::kWorkerGoneMs + 1);
    beat("w1");
    out.append(claim(rec7, "w1"));
    const auto uncertain = log.uncertainSends();
    out.append(outcome(uncertain, uncertain ? static_cast<int>(uncertain->size()) : -1));
    const auto released = log.releaseUncertainSend(QStringLiteral("acme"), rec7);
    out.append(outcome(released, released ? released.value() : -1));
    out.append(claim(rec7, "w1"));
    out.append(outcome(log.releaseSend(QStringLiteral("acme"), rec7, QStringLiteral("w1"))));
    beat("w2");
    out.append(claim(rec7, "w2"));
    for (const char *worker : { "w1", "w2", "w1" }) {
        const auto job = log.takeJob(QStringLiteral("sweep"), QLatin1String(worker), 60000);
        out.append(outcome(job, job ? job.value() : false));
    }

    // Every key finds its messages, both directions.
    out.append(deliveriesJson(log.find(DeliveryLog::Key::SmsRecord, rec1)));
    out.append(deliveriesJson(log.find(DeliveryLog::Key::ProviderMessage, QStringLiteral("SM3"))));
    out.append(
        deliveriesJson(log.find(DeliveryLog::Key::ProviderMessage, QStringLiteral("SMin1"))));
    out.append(deliveriesJson(log.find(DeliveryLog::Key::Batch, QStringLiteral("batch-1"), 3)));
    out.append(
        deliveriesJson(log.find(DeliveryLog::Key::RecipientHash, QStringLiteral("v1:hash-AAA"))));
    out.append(
        deliveriesJson(log.find(DeliveryLog::Key::RecipientHash, QStringLiteral("v1:sender-9"))));
    const auto counts = log.counts();
    out.append(outcome(counts,
        counts ? QJsonArray { counts->deliveries, counts->events, counts->writtenBack,
            counts->writeBackFailed, counts->incoming, counts->incomingPending }
               : QJsonArray()));

    // The log's retention.
    out.append(outcome(log.setLogRetentionDays(0)));
    out.append(outcome(log.setLogRetentionDays(2)));
    clock.advance(3 * kDayMs);
    const auto expired = log.expiredCount();
    out.append(outcome(expired, expired ? expired.value() : -1));
    const auto purged = log.purgeExpired();
    out.append(outcome(purged, purged ? purged.value() : -1));
    const auto early = log.purgeEarlyEvents();
    out.append(outcome(early, early ? early.value() : -1));
    const auto after = log.counts();
    out.append(
        outcome(after, after ? QJsonArray { after->deliveries, after->events } : QJsonArray()));
    const auto orgList = orgs.list();
    out.append(outcome(orgList, orgList ? static_cast<int>(orgList->size()) : -1));
    const auto gatewayList = gateways.list();
    out.append(outcome(gatewayList, gatewayList ? static_cast<int>(gatewayList->size()) : -1));
    const auto region = gateways.defaultRegion();
    out.append(outcome(region, region ? region.value() : QString()));
    return out;
}

void TestPgLog::bothBackendsEndInTheSameState()
{
    QTemporaryDir tmp;
    relay::test::FakeClock sqliteClock;
    auto ws = Workspace::create(tmp.filePath(QStringLiteral("ws")), WorkspaceMeta::forKeychain(),
        relay::test::testKey(3), sqliteClock);
    QVERIFY(ws.ok());
    const QJsonArray onSqlite = scenario(
        ws.value()->deliveries(), ws.value()->orgs(), ws.value()->gateways(), sqliteClock);

    const QString database = m_pg->createDatabase(QStringLiteral("_same"));
    QVERIFY(!database.isEmpty());
    relay::test::FakeClock pgClock;
    auto store = EngineStore::open(
        dsn(QStringLiteral("relay_engine"), database), secret(kEnginePassword), pgClock);
    QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().detail));
    const QJsonArray onPostgres = scenario(
        store.value()->deliveries(), store.value()->orgs(), store.value()->gateways(), pgClock);

    // The scenario did what it says (not merely the same thing twice).
    QCOMPARE(onSqlite.at(4).toString(), QStringLiteral("ok"));
    QCOMPARE(onSqlite.at(10).toObject().value(QStringLiteral("error")).toString(),
        QStringLiteral("already-exists"));
    QVERIFY(QJsonDocument(onSqlite).toJson().contains("SM3"));
    QJsonArray claimSteps;
    const qsizetype claimsAt = onSqlite.toVariantList().indexOf(QStringLiteral("claims"));
    QVERIFY(claimsAt > 0);
    for (qsizetype i = claimsAt + 1; i <= claimsAt + 15 && i < onSqlite.size(); ++i)
        claimSteps.append(onSqlite.at(i));
    const QByteArray claims = QJsonDocument(claimSteps).toJson(QJsonDocument::Compact);
    // Taken, Held, Held, Taken, false, true, Uncertain, 1, 1, Taken, ok, Taken, true, false, true
    QVERIFY2(claims.contains("[0,1,1,0,false,true,2,1,1,0,\"ok\",0,true,false,true]"),
        claims.constData());
    const qsizetype batchAt = onSqlite.toVariantList().indexOf(QStringLiteral("group commit"));
    QVERIFY(batchAt > 0);
    // Advanced, Advanced, Duplicate, KeptInTimeline, UnknownMessage, Duplicate,
    // KeptInTimeline (a failure after a delivery: both final)
    QCOMPARE(QJsonDocument(onSqlite.at(batchAt + 1).toArray()).toJson(QJsonDocument::Compact),
        QByteArray("[0,0,3,1,2,3,1]"));
    QCOMPARE(onSqlite.at(batchAt + 2).toArray().first()[QStringLiteral("events")].toArray().size(),
        4); // queued, sent, delivered, sending
    QCOMPARE(onSqlite.at(batchAt + 3).toInt(), 2); // UnknownMessage: kept as early
    QCOMPARE(onSqlite.size(), onPostgres.size());
    for (qsizetype i = 0; i < onSqlite.size(); ++i) {
        QVERIFY2(onSqlite.at(i) == onPostgres.at(i),
            qPrintable(QStringLiteral("step %1 differs:\nSQLite:     %2\nPostgreSQL: %3")
                           .arg(i)
                           .arg(QString::fromUtf8(QJsonDocument(QJsonArray { onSqlite.at(i) })
                                                      .toJson(QJsonDocument::Compact)),
                               QString::fromUtf8(QJsonDocument(QJsonArray { onPostgres.at(i) })
                                                     .toJson(QJsonDocument::Compact)))));
    }
}

void TestPgLog::twoWorkersApplyEachCallbackOnce()
{
    auto setup = engine(m_database);
    QVERIFY(setup);
    constexpr int kMessages = 60;
    const QStringList statuses { QStringLiteral("queued"), QStringLiteral("sending"),
        QStringLiteral("sent"), QStringLiteral("delivered") };
    for (int i = 0; i < kMessages; ++i) {
        QVERIFY(setup->deliveries()
                    .recordSubmit(submission(
                        QStringLiteral("a0B1000000%1AAA").arg(i, 5, 10, QLatin1Char('0')),
                        QStringLiteral("telnyx"), QStringLiteral("W%1").arg(i),
                        QStringLiteral("v1:h%1").arg(i), QStringLiteral("accepted")))
                    .ok());
    }
    // Every callback twice (a provider's retry), in a shuffled order, each
    // copy to one of two workers, each committing several at once.
    struct Callback {
        QString id;
        QString status;
        qint64 atMs;
    };
    QList<Callback> callbacks;
    const qint64 base = m_clock.nowMs();
    for (int i = 0; i < kMessages; ++i) {
        for (int k = 0; k < statuses.size(); ++k) {
            callbacks.append({ QStringLiteral("W%1").arg(i), statuses[k], base + k * 1000 });
            callbacks.append(callbacks.back());
        }
    }
    std::mt19937 random(21);
    std::shuffle(callbacks.begin(), callbacks.end(), random);
    std::atomic<int> failures { 0 };
    const auto worker = [&](int which) {
        auto store = EngineStore::open(
            dsn(QStringLiteral("relay_engine"), m_database), secret(kEnginePassword), m_clock);
        if (!store) {
            ++failures;
            return;
        }
        // Group commits of 5 and of 7, sharing messages with the other's.
        const int batchSize = which == 0 ? 5 : 7;
        QList<DeliveryLog::Callback> batch;
        const auto commit = [&] {
            for (const auto &applied : store.value()->deliveries().applyStatuses(batch)) {
                if (!applied)
                    ++failures;
            }
            batch.clear();
        };
        for (qsizetype i = which; i < callbacks.size(); i += 2) {
            DeliveryLog::Callback c;
            c.provider = QStringLiteral("telnyx");
            c.providerMessageId = callbacks[i].id;
            c.status = callbacks[i].status;
            c.at = QDateTime::fromMSecsSinceEpoch(callbacks[i].atMs, Qt::UTC);
            batch.append(c);
            if (batch.size() == batchSize)
                commit();
        }
        commit();
    };
    std::thread one(worker, 0);
    std::thread two(worker, 1);
    one.join();
    two.join();
    QCOMPARE(failures.load(), 0);
    for (int i = 0; i < kMessages; ++i) {
        const auto found = setup->deliveries().find(
            DeliveryLog::Key::ProviderMessage, QStringLiteral("W%1").arg(i));
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        const DeliveryLog::Delivery &d = found->first();
        QCOMPARE(d.status, QStringLiteral("delivered"));
        // The submit and each status once.
        QCOMPARE(d.events.size(), 1 + statuses.size());
    }
}

void TestPgLog::callbacksOvertakingSubmitsOnAnotherWorkerAreApplied()
{
    // Worker 1 logs submits while worker 2 takes their callbacks, each pair
    // started at the same moment: each must end applied, none left waiting.
    constexpr int kMessages = 300;
    std::atomic<int> failures { 0 };
    std::barrier together(2);
    const auto open = [this] {
        return EngineStore::open(
            dsn(QStringLiteral("relay_engine"), m_database), secret(kEnginePassword), m_clock);
    };
    std::thread submitter([&] {
        auto store = open();
        if (!store) {
            ++failures;
            together.arrive_and_drop();
            return;
        }
        for (int i = 0; i < kMessages; ++i) {
            together.arrive_and_wait();
            const auto s
                = submission(QStringLiteral("a0B2000000%1AAA").arg(i, 5, 10, QLatin1Char('0')),
                    QStringLiteral("twilio"), QStringLiteral("SMrace%1").arg(i),
                    QStringLiteral("v1:r%1").arg(i));
            if (!store.value()->deliveries().recordSubmit(s))
                ++failures;
        }
    });
    std::thread callbacks([&] {
        auto store = open();
        if (!store) {
            ++failures;
            together.arrive_and_drop();
            return;
        }
        for (int i = 0; i < kMessages; ++i) {
            together.arrive_and_wait();
            if (!store.value()->deliveries().applyStatus(QStringLiteral("twilio"),
                    QStringLiteral("SMrace%1").arg(i), QStringLiteral("delivered"), QDateTime(),
                    UsageRecordView::kNoError)) {
                ++failures;
            }
        }
    });
    submitter.join();
    callbacks.join();
    QCOMPARE(failures.load(), 0);
    auto store = engine(m_database);
    QVERIFY(store);
    for (int i = 0; i < kMessages; ++i) {
        const auto found = store->deliveries().find(
            DeliveryLog::Key::ProviderMessage, QStringLiteral("SMrace%1").arg(i));
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().status, QStringLiteral("delivered"));
    }
    const auto held = store->sql().queryInt(QStringLiteral(
        "SELECT count(*) FROM delivery_early_event WHERE provider_message_id LIKE 'SMrace%'"));
    QVERIFY(held.ok());
    QCOMPARE(held.value(), 0);
}

void TestPgLog::twoWorkersSendWriteBackAndRetryEachOnce()
{
    // Both workers run every job over the same records, each in its own
    // order: every send is claimed by one, every write-back and incoming
    // retry leased to one.
    constexpr int kRecords = 300;
    constexpr int kIncoming = 200;
    auto setup = engine(m_database);
    QVERIFY(setup);
    for (int i = 0; i < kIncoming; ++i) {
        DeliveryLog::Received r;
        r.gateway = QStringLiteral("+15550100009");
        r.senderHash = QStringLiteral("v1:in%1").arg(i);
        r.provider = QStringLiteral("twilio");
        r.providerMessageId = QStringLiteral("SMlease%1").arg(i);
        r.segments = 1;
        QVERIFY(setup->deliveries().recordInbound(r).ok());
    }
    std::array<std::atomic<int>, kRecords> sends {};
    QMutex mutex;
    QHash<qint64, int> written; // delivery id -> times marked written
    QHash<qint64, int> created; // inbound id -> times created
    QList<int> jobsHeld { 0, 0 };
    std::atomic<int> failures { 0 };
    std::barrier together(2);
    const auto worker = [&](int which) {
        auto store = EngineStore::open(
            dsn(QStringLiteral("relay_engine"), m_database), secret(kEnginePassword), m_clock);
        if (!store) {
            ++failures;
            together.arrive_and_drop();
            return;
        }
        DeliveryLog &log = store.value()->deliveries();
        const QString me = QStringLiteral("worker-%1").arg(which);
        if (!log.workerSeen(me))
            ++failures;
        QList<int> order(kRecords);
        std::iota(order.begin(), order.end(), 0);
        std::mt19937 random(static_cast<unsigned>(which + 7));
        std::shuffle(order.begin(), order.end(), random);
        together.arrive_and_wait();
        for (int i : std::as_const(order)) {
            const QString record
                = QStringLiteral("a0B4000000%1AAA").arg(i, 5, 10, QLatin1Char('0'));
            auto claim = log.claimSend({}, record, me);
            if (!claim) {
                ++failures;
                continue;
            }
            if (claim.value() != DeliveryLog::Claim::Taken)
                continue;
            auto mine = log.startSubmit({}, record, me);
            if (!mine || !mine.value()
                || !log.recordSubmit(submission(record, QStringLiteral("twilio"),
                    QStringLiteral("SMclaim%1").arg(i), QStringLiteral("v1:c%1").arg(i))))
                ++failures;
            ++sends[static_cast<std::size_t>(i)];
        }
        together.arrive_and_wait();
        // Write-backs: every fourth batch of worker 0 fails and is handed back.
        for (int batch = 0;; ++batch) {
            auto due = log.pendingWriteBacks({}, 25);
            if (!due) {
                ++failures;
                break;
            }
            if (due->isEmpty())
                break;
            QList<qint64> ids;
            for (const DeliveryLog::Delivery &d : std::as_const(due.value()))
                ids.append(d.id);
            if (which == 0 && batch % 4 == 1) {
                if (!log.releaseWriteBacks(ids))
                    ++failures;
                continue;
            }
            for (qint64 id : std::as_const(ids)) {
                if (!log.setWriteBack(id, DeliveryLog::WriteBack::Written))
                    ++failures;
                const QMutexLocker lock(&mutex);
                ++written[id];
            }
        }
        for (;;) {
            auto due = log.dueInbound(QDateTime::currentMSecsSinceEpoch(), 10);
            if (!due) {
                ++failures;
                break;
            }
            if (due->isEmpty())
                break;
            for (const DeliveryLog::Inbound &in : std::as_const(due.value())) {
                if (!log.inboundCreated(in.id, QStringLiteral("a0B5%1").arg(in.id)))
                    ++failures;
                const QMutexLocker lock(&mutex);
                ++created[in.id];
            }
        }
        for (int i = 0; i < 50; ++i) {
            auto held = log.takeJob(QStringLiteral("purge"), me, 60000);
            if (!held)
                ++failures;
            else if (held.value()) {
                const QMutexLocker lock(&mutex);
                ++jobsHeld[which];
            }
        }
    };
    std::thread one(worker, 0);
    std::thread two(worker, 1);
    one.join();
    two.join();
    QCOMPARE(failures.load(), 0);
    for (int i = 0; i < kRecords; ++i)
        QVERIFY2(sends[static_cast<std::size_t>(i)] == 1,
            qPrintable(QStringLiteral("record %1 sent %2 times").arg(i).arg(sends[i].load())));
    const auto claimsLeft
        = setup->sql().queryInt(QStringLiteral("SELECT count(*) FROM send_claim"));
    QVERIFY(claimsLeft.ok());
    QCOMPARE(claimsLeft.value(), 0);
    // Every pending write-back of the default org (this test's and the
    // earlier tests'), each once.
    QVERIFY(written.size() >= kRecords);
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        QVERIFY2(it.value() == 1,
            qPrintable(
                QStringLiteral("delivery %1 written %2 times").arg(it.key()).arg(it.value())));
    const auto stillPending = setup->deliveries().pendingWriteBacks({}, 10);
    QVERIFY(stillPending.ok());
    QVERIFY(stillPending->isEmpty());
    QCOMPARE(created.size(), kIncoming);
    for (auto it = created.cbegin(); it != created.cend(); ++it)
        QCOMPARE(it.value(), 1);
    // One worker held the job all along (renewing it), the other never.
    QVERIFY2((jobsHeld[0] == 50 && jobsHeld[1] == 0) || (jobsHeld[0] == 0 && jobsHeld[1] == 50),
        qPrintable(QStringLiteral("job held %1 and %2 times").arg(jobsHeld[0]).arg(jobsHeld[1])));
}

void TestPgLog::consoleLoginReadsButCannotWrite()
{
    {
        auto store = engine(m_database);
        QVERIFY(store);
        QVERIFY(store->deliveries()
                    .recordSubmit(
                        submission(QStringLiteral("a0B300000000001AAA"), QStringLiteral("twilio"),
                            QStringLiteral("SMconsole"), QStringLiteral("v1:console")))
                    .ok());
    }
    auto console = EngineStore::open(dsn(QStringLiteral("relay_console"), m_database),
        secret(kConsolePassword), m_clock, EngineStore::Access::ReadOnly);
    QVERIFY2(console.ok(), qPrintable(console ? QString() : console.error().detail));
    const auto found = console.value()->deliveries().find(
        DeliveryLog::Key::RecipientHash, QStringLiteral("v1:console"));
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().providerMessageId, QStringLiteral("SMconsole"));
    const auto days = console.value()->deliveries().logRetentionDays();
    QVERIFY(days.ok());

    // The session refuses a write...
    const auto refused = console.value()->deliveries().recordSubmit(
        submission(QStringLiteral("a0B300000000002AAA"), QStringLiteral("twilio"),
            QStringLiteral("SMconsole2"), QStringLiteral("v1:console2")));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().detail.contains(QLatin1String("read-only")),
        qPrintable(refused.error().detail));
    // ...and so does the login itself, on a session that would allow one.
    auto raw = PgConnection::open(
        dsn(QStringLiteral("relay_console"), m_database), secret(kConsolePassword));
    QVERIFY(raw.ok());
    const Status write = raw.value()->exec(
        QStringLiteral("UPDATE delivery SET status = 'delivered' WHERE provider_message_id = "
                       "'SMconsole'"));
    QVERIFY(!write.ok());
    QVERIFY2(write.error().detail.contains(QLatin1String("permission denied"))
            && write.error().detail.contains(QLatin1String("may only read")),
        qPrintable(write.error().detail));
    // It reads the log, not the configuration.
    const auto orgs = raw.value()->queryInt(QStringLiteral("SELECT count(*) FROM engine_org"));
    QVERIFY(!orgs.ok());
    QVERIFY(orgs.error().detail.contains(QLatin1String("permission denied")));
    const auto links = raw.value()->queryInt(QStringLiteral("SELECT count(*) FROM link_click"));
    QVERIFY(!links.ok());
    const auto status = raw.value()->queryInt(
        QStringLiteral("SELECT count(*) FROM delivery WHERE status = 'queued' AND "
                       "provider_message_id = 'SMconsole'"));
    QVERIFY(status.ok());
    QCOMPARE(status.value(), 1);
}

void TestPgLog::connectionProblemsAreNamed()
{
    const QString engineUser = QStringLiteral("relay_engine");
    const auto fails = [](const QString &target, const QString &password) {
        auto db = PgConnection::open(target, secret(password));
        return db ? Error { ErrorCode::Sql, QStringLiteral("(connected)") } : db.error();
    };
    // Wrong password: refused, and neither password is in the message.
    Error e = fails(dsn(engineUser, m_database), QStringLiteral("not-the-password"));
    QCOMPARE(e.code, ErrorCode::WrongKey);
    QVERIFY2(e.detail.contains(QLatin1String("refused the password")), qPrintable(e.detail));
    QVERIFY(!e.detail.contains(QLatin1String("not-the-password")));
    QVERIFY(!e.detail.contains(kEnginePassword));
    // None at all, where the server asks for one.
    e = fails(dsn(engineUser, m_database), {});
    QCOMPARE(e.code, ErrorCode::NoCredentials);
    QVERIFY(e.detail.contains(QLatin1String("RELAYAUDIT_ENGINE_DB_PASSWORD")));
    // Nothing listening.
    e = fails(QStringLiteral("host=127.0.0.1 port=1 dbname=x user=relay_engine"), kEnginePassword);
    QCOMPARE(e.code, ErrorCode::Remote);
    QVERIFY2(
        e.detail.contains(QLatin1String("cannot reach PostgreSQL at relay_engine@127.0.0.1/x")),
        qPrintable(e.detail));
    // TLS: the right CA for the right name works; the certificate names
    // "localhost", so the same server as 127.0.0.1 does not.
    QVERIFY(!m_pg->ca().isEmpty());
    auto tls = PgConnection::open(
        QStringLiteral("host=localhost port=%1 dbname=%2 user=relay_engine sslmode=verify-full "
                       "sslrootcert=%3")
            .arg(m_pg->port(), m_database, m_pg->ca()),
        secret(kEnginePassword));
    QVERIFY2(tls.ok(), qPrintable(tls ? QString() : tls.error().detail));
    const auto ssl = tls.value()->queryInt(
        QStringLiteral("SELECT count(*) FROM pg_stat_ssl WHERE pid = pg_backend_pid() AND ssl"));
    QVERIFY(ssl.ok());
    QCOMPARE(ssl.value(), 1);
    e = fails(dsn(engineUser, m_database,
                  QStringLiteral("sslmode=verify-full sslrootcert=") + m_pg->ca()),
        kEnginePassword);
    QCOMPARE(e.code, ErrorCode::Remote);
    QVERIFY2(e.detail.startsWith(QLatin1String("TLS with PostgreSQL at")), qPrintable(e.detail));
    // Refused before connecting: TLS weakened for another machine, a
    // password in the string, a string that is not one.
    e = fails(QStringLiteral("postgresql://relay_engine@db.example.com/relay?sslmode=require"),
        kEnginePassword);
    QCOMPARE(e.code, ErrorCode::InvalidInput);
    QVERIFY(e.detail.contains(QLatin1String("verify-full")));
    e = fails(QStringLiteral("postgresql://relay_engine:hunter2@127.0.0.1/relay"), {});
    QCOMPARE(e.code, ErrorCode::InvalidInput);
    QVERIFY(!e.detail.contains(QLatin1String("hunter2")));
    e = fails(QStringLiteral("host=127.0.0.1 port='unterminated"), {});
    QCOMPARE(e.code, ErrorCode::InvalidInput);
    // A database that is not there.
    e = fails(dsn(engineUser, QStringLiteral("no_such_db_21")), kEnginePassword);
    QCOMPARE(e.code, ErrorCode::NotFound);
}

void TestPgLog::oldAndNewerSchemasAreRefused()
{
    // A database the engine never migrated: a console cannot read it.
    const QString empty = m_pg->createDatabase(QStringLiteral("_empty"));
    QVERIFY(!empty.isEmpty());
    auto console = EngineStore::open(dsn(QStringLiteral("relay_console"), empty),
        secret(kConsolePassword), m_clock, EngineStore::Access::ReadOnly);
    QVERIFY(!console.ok());
    QCOMPARE(console.error().code, ErrorCode::Migration);
    QVERIFY2(console.error().detail.contains(QLatin1String("is at schema 0")),
        qPrintable(console.error().detail));
    // Migrated, opened again by two engines: nothing to do the second time.
    auto first = engine(empty);
    QVERIFY(first);
    auto second = engine(empty);
    QVERIFY(second);
    // One deployment id for every worker: the name of its pepper.
    const auto id = first->deploymentId();
    QVERIFY(id.ok());
    QCOMPARE(id->size(), 36);
    QCOMPARE(second->deploymentId().value(), id.value());
    auto version = schemaVersion(second->connection());
    QVERIFY(version.ok());
    QCOMPARE(version.value(), EngineStore::schemaVersion());
    first.reset();
    second.reset();
    // Newer than this version knows: refused, the data untouched.
    QVERIFY(m_pg->superuserExec(QStringLiteral("UPDATE relay_schema SET version = 99"), empty));
    auto newer = EngineStore::open(
        dsn(QStringLiteral("relay_engine"), empty), secret(kEnginePassword), m_clock);
    QVERIFY(!newer.ok());
    QCOMPARE(newer.error().code, ErrorCode::Migration);
    QVERIFY2(
        newer.error().detail.contains(QLatin1String("newer")), qPrintable(newer.error().detail));
}

QTEST_GUILESS_MAIN(TestPgLog)
#include "tst_pglog.moc"
