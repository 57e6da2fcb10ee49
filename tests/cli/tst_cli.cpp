// Runs the built relayaudit-cli as a user would, through QProcess.
#include "PgTestCluster.h"
#include "RsaKeys.h"
#include "TestShards.h"
#include "TestSupport.h"
#include "deliveries/DeliveryLog.h"
#include "engine/EngineStore.h"
#include "privacy/RecipientHash.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SyntheticTraffic.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceWatcher.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace relay::test;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

constexpr char kPassphrase[] = "Marker-Passphrase-93be1";

// The sandbox's Salesforce and Twilio credentials, a pepper and `extra` in
// this process's environment (the CLI inherits it), unset when the guard goes.
[[nodiscard]] auto sandboxEnvironment(const QList<std::pair<const char *, QByteArray>> &extra = {})
{
    using relay::core::sandbox::SandboxServer;
    QList<std::pair<const char *, QByteArray>> all { { "SALESFORCE_CLIENT_ID",
                                                         SandboxServer::salesforceClientId() },
        { "SALESFORCE_CLIENT_SECRET", SandboxServer::salesforceClientSecret() },
        { "SALESFORCE_REFRESH_TOKEN", SandboxServer::salesforceRefreshToken() },
        { "TWILIO_ACCOUNT_SID", relay::core::sandbox::SyntheticTraffic::accountSid() },
        { "TWILIO_AUTH_TOKEN", SandboxServer::twilioAuthToken() },
        { "RELAYAUDIT_PEPPER", QByteArray(64, '7') } };
    all += extra;
    for (const auto &[name, value] : std::as_const(all))
        qputenv(name, value);
    return qScopeGuard([all] {
        for (const auto &entry : all)
            qunsetenv(entry.first);
    });
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void versionAndHelp();
    void logRetentionAndRetentionVerify();
    void accessAuditImportSessionsReviewAndPull();
    void badArgumentsExitWithUsage_data();
    void badArgumentsExitWithUsage();
    void sandboxCalloutNeedsTheOrgsSecret();
    void initThenInfoJsonWithoutKeychain();
    void initRefusesExistingWorkspace();
    void infoOnMissingWorkspaceSaysHowToCreateOne();
    void wrongPassphraseExits3AndChangesNothing();
    void missingPassphraseWithoutTerminalIsClear();
    void keychainAbsentWithoutPassphraseIsClear();
    void shortPassphraseIsRefused();
    void rekeyThenOnlyNewPassphraseOpens();
    void logAndVerifyLog();
    void tamperedLogFailsVerification();
    void corruptDatabaseNamesTheFile();
    void passphraseNeverReachesFilesOrOutput();
    void importPullsBreakdownExportPurge();
    void aWatcherSeesWhatAnotherProcessWrites();
    void orgsAreRegisteredAndGatewaysBelongToThem();
    void oneWriteBackServesEveryOrgAndAnOutageHoldsBackOnlyItsOwn();
    void sweepSendsWhatTheCalloutMissedOnce();
    void engineServeTakesThePackagesCalloutOnce();
    void concurrentImportsStoreEachMessageOnce();
    void aWriterHeldUpByAnotherSaysWhatItWaitsFor();
    void importRefusesBadInput();
    void humanOutputShowsControlCharactersAsEscapes();
    void reportTtlIsAtMostSevenDays();
    void pullKilledWithSigkillResumesToTheSameRows();
    void credentialsNeedAKeychainAndNeverEchoTheSecret();
    void engineSegmentsExplainsACount();
    void hashPrintsOnlyTheNormalFormAndTheHash();
    void deliveriesFindReadsAnEnginesPostgreSQL();
    void engineServeAndSendBatchThroughTheSandbox();
    void linksAndSchedulerCommands();
    void crashLeavesOnlyAMarkerAndTheNextRunSaysSo();
    void workspaceCheckFindsAFlippedByteNoCommandReads();

private:
    Run cli(const QStringList &arguments,
        const QString &passphrase = QString::fromLatin1(kPassphrase),
        const QString &newPassphrase = {});
    // What cli() runs the CLI with: no keychain, a private HOME and TMPDIR.
    QProcessEnvironment cliEnvironment(
        const QString &passphrase, const QString &newPassphrase = {});
    QString ws() const { return m_tmp->filePath(QStringLiteral("ws")); }
    void initWorkspace();
    // The workspace opened in this process, as a second process would.
    relay::core::Result<std::unique_ptr<relay::core::Workspace>> openHere(
        const relay::core::Clock &clock);

    std::unique_ptr<QTemporaryDir> m_tmp;
    // cli() keeps this process's event loop running while it waits (for a
    // sandbox that lives here).
    bool m_serveEvents = false;
};

void TestCli::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_serveEvents = false;
}

QProcessEnvironment TestCli::cliEnvironment(const QString &passphrase, const QString &newPassphrase)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RELAYAUDIT_NO_KEYCHAIN"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), m_tmp->filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp->filePath(QStringLiteral("home/data")));
    env.insert(QStringLiteral("TMPDIR"), m_tmp->filePath(QStringLiteral("tmp")));
    QDir().mkpath(m_tmp->filePath(QStringLiteral("tmp")));
    env.remove(QStringLiteral("RELAYAUDIT_PASSPHRASE"));
    env.remove(QStringLiteral("RELAYAUDIT_NEW_PASSPHRASE"));
    if (!passphrase.isNull())
        env.insert(QStringLiteral("RELAYAUDIT_PASSPHRASE"), passphrase);
    if (!newPassphrase.isNull())
        env.insert(QStringLiteral("RELAYAUDIT_NEW_PASSPHRASE"), newPassphrase);
    return env;
}

Run TestCli::cli(
    const QStringList &arguments, const QString &passphrase, const QString &newPassphrase)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(passphrase, newPassphrase));
    // No terminal: setsid detaches from any controlling tty the test has.
    process.setProgram(QStringLiteral("setsid"));
    process.setArguments(QStringList { QStringLiteral(RELAYAUDIT_CLI_PATH) } + arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    Run run;
    const bool ended = m_serveEvents
        ? QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000)
        : process.waitForFinished(60000);
    if (!ended) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCli::initWorkspace()
{
    const Run run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
        QStringLiteral("init") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

relay::core::Result<std::unique_ptr<relay::core::Workspace>> TestCli::openHere(
    const relay::core::Clock &clock)
{
    auto meta = relay::core::Workspace::inspect(ws());
    if (!meta)
        return meta.error();
    auto key = relay::core::Workspace::passphraseKey(meta.value(), secret(kPassphrase));
    if (!key)
        return key.error();
    return relay::core::Workspace::open(ws(), key.value(), clock);
}

void TestCli::oneWriteBackServesEveryOrgAndAnOutageHoldsBackOnlyItsOwn()
{
    using relay::core::sandbox::SandboxServer;
    initWorkspace();
    m_serveEvents = true;
    const QStringList ws { QStringLiteral("--workspace"), this->ws() };
    SandboxServer acme(21, 1, QDate(2026, 11, 1), QDate(2026, 11, 2));
    SandboxServer beta(22, 1, QDate(2026, 11, 1), QDate(2026, 11, 2));
    QVERIFY(acme.start() > 0);
    QVERIFY(beta.start() > 0);
    const auto unset = sandboxEnvironment();
    for (const auto &[name, server] : { std::pair { QStringLiteral("Acme"), &acme },
             std::pair { QStringLiteral("Beta"), &beta } }) {
        const Run run = cli(ws
            + QStringList { QStringLiteral("engine"), QStringLiteral("org"), QStringLiteral("add"),
                name, QStringLiteral("--instance-url"), server->baseUrl(),
                QStringLiteral("--login-url"), server->baseUrl() });
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    // Ten delivered messages in each org, under the same SMS record ids.
    {
        relay::test::FakeClock clock;
        auto workspace = openHere(clock);
        QVERIFY(workspace.ok());
        for (const QString &org : { QStringLiteral("Acme"), QStringLiteral("Beta") }) {
            for (int i = 0; i < 10; ++i) {
                relay::core::DeliveryLog::Submitted s;
                s.org = org;
                s.smsRecordId = QStringLiteral("a0X8%1").arg(i, 11, 10, QLatin1Char('0'));
                s.gateway = QStringLiteral("+15550100001");
                s.recipientHash = QStringLiteral("v1:%1").arg(i);
                s.provider = QStringLiteral("twilio");
                s.providerMessageId = org + QString::number(i);
                s.segments = 1;
                s.status = i == 9 ? QStringLiteral("undelivered") : QStringLiteral("delivered");
                QVERIFY((*workspace)->deliveries().recordSubmit(s).ok());
            }
        }
    }

    // Beta is down: Acme is written, Beta waits, and the run says which.
    beta.setSalesforceDown(true);
    const QStringList writeBack = ws
        + QStringList { QStringLiteral("--json"), QStringLiteral("engine"),
              QStringLiteral("writeback") };
    Run run = cli(writeBack);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.err.contains("1 org not done") && run.err.contains("org Beta: "), run.err.constData());
    QJsonObject outcome = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(outcome[QLatin1String("written")].toInt(), 10);
    QCOMPARE(outcome[QLatin1String("orgs")].toArray().size(), 2);
    QCOMPARE(acme.salesforceRecords().size(), 10);
    QVERIFY(beta.salesforceRecords().isEmpty());
    const QJsonObject first = acme.salesforceRecords().value(QStringLiteral("a0X800000000000"));
    QCOMPARE(first[QLatin1String("Mogli_SMS__Status__c")].toString(),
        QStringLiteral("Sent Successfully"));
    QCOMPARE(first[QLatin1String("Mogli_SMS__Provider_Status__c")].toString(),
        QStringLiteral("delivered"));
    QCOMPARE(acme.salesforceRecords()
                 .value(QStringLiteral("a0X800000000009"))[QLatin1String("Mogli_SMS__Status__c")]
                 .toString(),
        QStringLiteral("Error"));

    // Beta is back: the next run writes only what waited.
    beta.setSalesforceDown(false);
    run = cli(writeBack);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    outcome = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(outcome[QLatin1String("written")].toInt(), 10);
    QCOMPARE(beta.salesforceRecords().size(), 10);
    QCOMPARE(acme.salesforceRecords().size(), 10);
    run = cli(ws
        + QStringList {
            QStringLiteral("engine"), QStringLiteral("writeback"), QStringLiteral("--check") });
    QVERIFY2(run.exitCode == 0 && run.out.contains("in org Acme: 10 match the log")
            && run.out.contains("in org Beta: 10 match the log"),
        run.out.constData());
}

void TestCli::sweepSendsWhatTheCalloutMissedOnce()
{
    using relay::core::sandbox::SandboxServer;
    initWorkspace();
    m_serveEvents = true;
    const QStringList ws { QStringLiteral("--workspace"), this->ws() };
    SandboxServer sandbox(31, 1, QDate(2026, 11, 1), QDate(2026, 11, 2));
    QVERIFY(sandbox.start() > 0);
    const QByteArray account = relay::core::sandbox::SyntheticTraffic::accountSid();
    const auto unset = sandboxEnvironment();
    const auto engine = [&](const QStringList &arguments) {
        return cli(ws + QStringList { QStringLiteral("engine") } + arguments);
    };
    Run run = engine({ QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("Acme"),
        QStringLiteral("--instance-url"), sandbox.baseUrl(), QStringLiteral("--login-url"),
        sandbox.baseUrl() });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = engine({ QStringLiteral("gateway"), QStringLiteral("add"), QStringLiteral("+15550100001"),
        QStringLiteral("--provider"), QStringLiteral("twilio"), QStringLiteral("--account"),
        QString::fromLatin1(account), QStringLiteral("--org"), QStringLiteral("Acme"),
        QStringLiteral("--record-id"), QStringLiteral("a0G5e000001AcmA") });
    QVERIFY2(run.exitCode == 0, run.err.constData());

    // What users and Flows left in the org: six outgoing records still
    // Queued whose callout never came, and what the sweep must leave alone.
    const QString object = QStringLiteral("Mogli_SMS__SMS__c");
    const QString old = QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODateWithMs);
    const auto record = [&](const QString &status, const QString &direction, const QString &gateway,
                            const QString &created, int i) {
        QJsonObject fields { { QStringLiteral("Mogli_SMS__Status__c"), status },
            { QStringLiteral("Mogli_SMS__Direction__c"), direction },
            { QStringLiteral("Mogli_SMS__Gateway__c"), gateway },
            { QStringLiteral("Mogli_SMS__Phone_Number__c"),
                QStringLiteral("+1202555%1").arg(4000 + i) },
            { QStringLiteral("Mogli_SMS__Message__c"), QStringLiteral("SWEEP-MARKER text") } };
        if (!created.isEmpty())
            fields.insert(QStringLiteral("CreatedDate"), created);
        return sandbox.addSalesforceRecord(object, fields);
    };
    // The org's Gateway records: Acme's active, a second one switched off.
    run = engine({ QStringLiteral("gateway"), QStringLiteral("add"), QStringLiteral("+15550100005"),
        QStringLiteral("--provider"), QStringLiteral("twilio"), QStringLiteral("--account"),
        QString::fromLatin1(account), QStringLiteral("--org"), QStringLiteral("Acme"),
        QStringLiteral("--record-id"), QStringLiteral("a0G5e000001OffA") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString gatewayObject = QStringLiteral("Mogli_SMS__Gateway__c");
    sandbox.addSalesforceRecord(gatewayObject,
        { { QStringLiteral("Mogli_SMS__Inactive__c"), false } }, QStringLiteral("a0G5e000001AcmA"));
    sandbox.addSalesforceRecord(gatewayObject,
        { { QStringLiteral("Mogli_SMS__Inactive__c"), true } }, QStringLiteral("a0G5e000001OffA"));
    const QString gateway18 = QStringLiteral("a0G5e000001AcmAEAQ"); // the 18-character form
    QStringList queued;
    for (int i = 0; i < 6; ++i)
        queued << record(QStringLiteral("Queued"), QStringLiteral("Outgoing"), gateway18, old, i);
    record(QStringLiteral("Queued"), QStringLiteral("Outgoing"), gateway18, {}, 10); // too young
    record(QStringLiteral("Queued"), QStringLiteral("Incoming"), gateway18, old, 11);
    record(QStringLiteral("Sent Successfully"), QStringLiteral("Outgoing"), gateway18, old, 12);
    record(QStringLiteral("Queued"), QStringLiteral("Outgoing"), QStringLiteral("a0G5e000009Zzzz"),
        old, 13);
    record(QStringLiteral("Queued"), QStringLiteral("Outgoing"), QStringLiteral("a0G5e000001OffA"),
        old, 14);

    const QStringList sweep { QStringLiteral("sweep"), QStringLiteral("--older-than"),
        QStringLiteral("60"), QStringLiteral("--base-url"), sandbox.baseUrl(),
        QStringLiteral("--callback"), QStringLiteral("http://127.0.0.1:9/") };
    run = engine(sweep);
    QCOMPARE(run.exitCode, 0); // sent; the two it would not send are named
    QVERIFY2(run.out.contains("6 queued records to send; 0 already in the log")
            && run.out.contains("Sent 6 of 6 messages"),
        run.out.constData());
    QVERIFY2(run.err.contains("names gateway record a0G5e000009Zzzz, which is not one of this "
                              "org's gateways; not sent"),
        run.err.constData());
    QVERIFY2(run.err.contains("is to go through gateway +15550100005, which the org marks "
                              "inactive or no longer has; not sent"),
        run.err.constData());
    QVERIFY(!run.out.contains("SWEEP-MARKER") && !run.err.contains("SWEEP-MARKER"));
    QVERIFY(!run.out.contains("2025554") && !run.err.contains("2025554"));
    // Swept again: nothing is sent twice.
    run = engine(sweep);
    QVERIFY2(
        run.out.contains("0 queued records to send; 6 already in the log"), run.out.constData());
    QCOMPARE(run.exitCode, 1); // the record with a stranger's gateway is still there, and said
    {
        relay::test::FakeClock clock;
        auto workspace = openHere(clock);
        QVERIFY(workspace.ok());
        for (const QString &id : std::as_const(queued)) {
            auto logged = (*workspace)->deliveries().sent(QStringLiteral("Acme"), id);
            QVERIFY(logged.ok() && logged.value());
        }
        QCOMPARE((*workspace)->deliveries().counts()->deliveries, 6);
    }
    // Bad input is named.
    run = engine({ QStringLiteral("sweep"), QStringLiteral("--older-than"), QStringLiteral("-5") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--older-than takes 0 to 2592000 seconds"));
    run = engine({ QStringLiteral("sweep"), QStringLiteral("--org"), QStringLiteral("Nope") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("org Nope is not registered"));
    // An org that is down is named; nothing is sent, nothing lost.
    sandbox.setSalesforceDown(true);
    run = engine(sweep);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("org Acme: ") && run.err.contains("503"), run.err.constData());
}

void TestCli::engineServeTakesThePackagesCalloutOnce()
{
    using relay::core::sandbox::SandboxServer;
    initWorkspace();
    m_serveEvents = true;
    const QStringList ws { QStringLiteral("--workspace"), this->ws() };
    SandboxServer sandbox(32, 1, QDate(2026, 11, 1), QDate(2026, 11, 2));
    QVERIFY(sandbox.start() > 0);
    const QByteArray account = relay::core::sandbox::SyntheticTraffic::accountSid();
    const QByteArray secret = "acme-intake-secret-0123456789abcdef";
    // Beta's secret is too short to be taken.
    const auto unset = sandboxEnvironment({ { "RELAYAUDIT_INTAKE_SECRET_ACME", secret },
        { "RELAYAUDIT_INTAKE_SECRET_BETA", "short-secret" } });
    for (const char *org : { "Acme", "Beta" }) {
        const Run added = cli(ws
            + QStringList { QStringLiteral("engine"), QStringLiteral("org"), QStringLiteral("add"),
                QLatin1String(org), QStringLiteral("--instance-url"), sandbox.baseUrl(),
                QStringLiteral("--login-url"), sandbox.baseUrl() });
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }
    const QString gatewayRecord = QStringLiteral("a0G5e000001AcmA");
    Run run = cli(ws
        + QStringList { QStringLiteral("engine"), QStringLiteral("gateway"), QStringLiteral("add"),
            QStringLiteral("+15550100001"), QStringLiteral("--provider"), QStringLiteral("twilio"),
            QStringLiteral("--account"), QString::fromLatin1(account), QStringLiteral("--org"),
            QStringLiteral("Acme"), QStringLiteral("--record-id"), gatewayRecord });
    QVERIFY2(run.exitCode == 0, run.err.constData());

    // A record the callout never brought, Queued for ten minutes: serve's
    // first sweep finds it. Beta's sweep sees it too (the same stand-in
    // org) and names it once, not every round, as not through its gateways.
    sandbox.addSalesforceRecord(QStringLiteral("Mogli_SMS__Gateway__c"),
        { { QStringLiteral("Mogli_SMS__Inactive__c"), false } }, gatewayRecord);
    const QString missed = sandbox.addSalesforceRecord(QStringLiteral("Mogli_SMS__SMS__c"),
        { { QStringLiteral("Mogli_SMS__Status__c"), QStringLiteral("Queued") },
            { QStringLiteral("Mogli_SMS__Direction__c"), QStringLiteral("Outgoing") },
            { QStringLiteral("Mogli_SMS__Gateway__c"), gatewayRecord },
            { QStringLiteral("Mogli_SMS__Phone_Number__c"), QStringLiteral("+12025554109") },
            { QStringLiteral("Mogli_SMS__Message__c"), QStringLiteral("CALLOUT-MARKER missed") },
            { QStringLiteral("CreatedDate"),
                QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODateWithMs) } });

    const quint16 port = static_cast<quint16>(20000 + QRandomGenerator::global()->bounded(20000));
    QProcess serve;
    serve.setProcessEnvironment(cliEnvironment(QString::fromLatin1(kPassphrase)));
    serve.setProgram(QStringLiteral(RELAYAUDIT_CLI_PATH));
    serve.setArguments(ws
        + QStringList { QStringLiteral("engine"), QStringLiteral("serve"),
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
            QStringLiteral("--base-url"), sandbox.baseUrl(), QStringLiteral("--sweep-every"),
            QStringLiteral("1") });
    serve.start();
    QByteArray served;
    QTRY_VERIFY_WITH_TIMEOUT(
        (served += serve.readAllStandardOutput()).contains("Intake: the package's callout"), 20000);
    const QUrl intake(QStringLiteral("http://127.0.0.1:%1/salesforce/sms").arg(port));
    QVERIFY2(
        served.contains(QByteArray(intake.toString().toUtf8() + " for Acme.")), served.constData());

    QNetworkAccessManager network;
    QByteArray answers; // every answer, to search for the number and the text
    const auto callout = [&](const QByteArray &org, const QByteArray &body, QJsonObject *answer,
                             const QByteArray &key) {
        QNetworkRequest request(intake);
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        request.setRawHeader("X-Relay-Org", org);
        request.setRawHeader("X-Relay-Timestamp", ts);
        request.setRawHeader("X-Relay-Signature",
            QMessageAuthenticationCode::hash(ts + body, key, QCryptographicHash::Sha256)
                .toBase64());
        QNetworkReply *reply = network.post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        const QByteArray bytes = reply->readAll();
        answers += bytes;
        *answer = QJsonDocument::fromJson(bytes).object();
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    };
    const QByteArray body = R"({"records": [
        {"id": "a0B5e000004Cli1", "batch_group_id": "flow-7", "gateway": "a0G5e000001AcmA",
         "phone_number": "+12025554101", "message": "CALLOUT-MARKER hello",
         "source_record_id": "0035e00000SRCMK"},
        {"id": "a0B5e000004Cli2", "gateway": "a0G5e000001ZZZZ",
         "phone_number": "+12025554102", "message": "CALLOUT-MARKER hello"}]})";
    QJsonObject answer;
    QCOMPARE(callout("Acme", body, &answer, secret), 200);
    QCOMPARE(answer.value(QStringLiteral("accepted")).toInt(), 1);
    QCOMPARE(answer.value(QStringLiteral("refused")).toInt(), 1);
    // Beta has no intake secret: its callouts are refused, and serve said so.
    QCOMPARE(callout("Beta", body, &answer, "short-secret"), 403);
    const auto logged = [&] {
        const Run found = cli(ws
            + QStringList { QStringLiteral("--json"), QStringLiteral("deliveries"),
                QStringLiteral("find"), QStringLiteral("--sms-record"),
                QStringLiteral("a0B5e000004Cli1") });
        return QJsonDocument::fromJson(found.out).array();
    };
    QTRY_COMPARE_WITH_TIMEOUT(logged().size(), 1, 20000);
    const auto sweptLog = [&] {
        const Run found = cli(ws
            + QStringList { QStringLiteral("--json"), QStringLiteral("deliveries"),
                QStringLiteral("find"), QStringLiteral("--sms-record"), missed });
        return QJsonDocument::fromJson(found.out).array().size();
    };
    QTRY_COMPARE_WITH_TIMEOUT(sweptLog(), 1, 20000);
    const QJsonObject delivery = logged().first().toObject();
    QCOMPARE(delivery.value(QStringLiteral("org")).toString(), QStringLiteral("Acme"));
    QCOMPARE(delivery.value(QStringLiteral("batch_id")).toString(), QStringLiteral("flow-7"));
    // The package retries the callout (signed anew): no one is texted twice.
    QTest::qWait(1100); // a new timestamp, so a new signature
    QCOMPARE(callout("Acme", body, &answer, secret), 200);
    QCOMPARE(answer.value(QStringLiteral("accepted")).toInt(), 0);
    QCOMPARE(answer.value(QStringLiteral("duplicates")).toInt(), 1);
    QCOMPARE(logged().size(), 1);
    QTest::qWait(2500); // more sweep rounds: the record is not sent again
    QCOMPARE(sweptLog(), 1);

    // The recipient replies; Twilio posts the webhook twice. One SMS record
    // in Acme, Direction Incoming, and the log names it by the sender's hash.
    const QString reply
        = sandbox.messages().receive(QStringLiteral("twilio"), QString::fromLatin1(account),
            QUrl(QStringLiteral("http://127.0.0.1:%1/twilio/inbound").arg(port)),
            QStringLiteral("+12025554111"), QStringLiteral("+15550100001"),
            QStringLiteral("CALLOUT-MARKER reply"), 2);
    QTRY_COMPARE_WITH_TIMEOUT(sandbox.messages().inboundAnswers().value(200), 2, 20000);
    const auto incoming = [&] {
        QList<QJsonObject> records;
        for (const QJsonObject &record : sandbox.salesforceRecords()) {
            if (record.value(QStringLiteral("Mogli_SMS__Direction__c")).toString()
                == QLatin1String("Incoming"))
                records.append(record);
        }
        return records;
    };
    QTRY_COMPARE_WITH_TIMEOUT(incoming().size(), 1, 20000);
    QCOMPARE(incoming().first().value(QStringLiteral("Mogli_SMS__Message__c")).toString(),
        QStringLiteral("CALLOUT-MARKER reply"));
    QCOMPARE(incoming().first().value(QStringLiteral("Mogli_SMS__Phone_Number__c")).toString(),
        QStringLiteral("+12025554111"));
    const Run bySender = cli(ws
        + QStringList { QStringLiteral("--json"), QStringLiteral("deliveries"),
            QStringLiteral("find"), QStringLiteral("--phone"), QStringLiteral("(202) 555-4111") });
    const QJsonArray replies = QJsonDocument::fromJson(bySender.out).array();
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first()[QStringLiteral("direction")].toString(), QStringLiteral("incoming"));
    QCOMPARE(replies.first()[QStringLiteral("provider_message_id")].toString(), reply);
    QCOMPARE(replies.first()[QStringLiteral("org")].toString(), QStringLiteral("Acme"));
    QCOMPARE(replies.first()[QStringLiteral("write_back")].toString(), QStringLiteral("written"));
    const Run readable = cli(ws
        + QStringList { QStringLiteral("deliveries"), QStringLiteral("find"),
            QStringLiteral("--provider-id"), reply });
    const QByteArray heading = "Incoming to gateway +15550100001  twilio " + reply.toLatin1();
    QVERIFY2(readable.out.contains(heading) && readable.out.contains("record created"),
        readable.out.constData());

    serve.terminate();
    QVERIFY(QTest::qWaitFor([&serve] { return serve.state() == QProcess::NotRunning; }, 20000));
    QCOMPARE(serve.exitCode(), 0);
    served += serve.readAllStandardOutput() + serve.readAllStandardError();
    QVERIFY2(served.contains("org Beta's intake secret is shorter than 32 characters; not taken")
            && served.contains("org Beta has no intake secret (RELAYAUDIT_INTAKE_SECRET_BETA"),
        served.constData());
    QVERIFY2(served.contains("Intake: 1 SMS records taken to send, 1 duplicates of records sent "
                             "already (not sent again), 2 refused."),
        served.constData());
    QVERIFY2(served.contains("Incoming: 1 messages taken, 1 duplicates, 1 SMS records created, 0 "
                             "left pending for the org, 0 given up."),
        served.constData());
    for (const char *marker : { "555410", "555411", "CALLOUT-MARKER", "SRCMK" }) {
        QVERIFY2(!served.contains(marker) && !answers.contains(marker), marker);
    }
    QVERIFY(!served.contains(secret));
    QVERIFY2(!served.contains("QCommandLineParser"), served.constData());
    QCOMPARE(served.count("Sweep: 1 queued record the callout missed, sent now."), 1);
    QCOMPARE(served.count(QByteArray("sweep: org Beta: SMS record " + missed.toLatin1()
                 + " names gateway record a0G5e000001AcmA")),
        1);
    QVERIFY2(
        served.contains("Sweep: 1 queued record the callout missed, sent."), served.constData());
    const QStringList files = hashTree(this->ws()).keys();
    for (const QString &name : files) {
        const QByteArray bytes = readAll(this->ws() + QLatin1Char('/') + name);
        QVERIFY2(!bytes.contains("555410") && !bytes.contains("555411")
                && !bytes.contains("CALLOUT-MARKER") && !bytes.contains("SRCMK")
                && !bytes.contains(secret),
            qPrintable(name));
    }
}

void TestCli::versionAndHelp()
{
    Run run = cli({ QStringLiteral("--version") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("relayaudit-cli "));
    run = cli({ QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("workspace"));
    QVERIFY(run.out.contains("RELAYAUDIT_PASSPHRASE"));
    run = cli({ QStringLiteral("workspace"), QStringLiteral("info"), QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--json"));
    run = cli({ QStringLiteral("help"), QStringLiteral("workspace") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("rekey"));

    // help COMMAND ACTION is the action's own help, naming the command as typed.
    run = cli({ QStringLiteral("help"), QStringLiteral("links"), QStringLiteral("shorten") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("Usage: relayaudit-cli links shorten [options] url\n"),
        run.out.constData());
    // Every command with actions lists them on --help, and exits 0.
    for (const char *command :
        { "workspace", "engine", "retention", "access", "links", "scheduler" }) {
        run = cli({ QStringLiteral("help"), QString::fromLatin1(command) });
        QVERIFY2(run.exitCode == 0 && run.out.contains("\nActions:\n"), command);
    }

    // The man page is made of those same texts: every command and every
    // action has a section, and man(1) renders it without a warning.
    run = cli({ QStringLiteral("help"), QStringLiteral("--man") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(".TH RELAYAUDIT\\-CLI 1 "));
    for (const char *section : { ".SS pull\n", ".SS \"engine org\"\n", ".SS \"engine sweep\"\n",
             ".SS \"workspace rekey\"\n", ".SS \"retention verify\\-report\"\n",
             ".SS \"access sessions\"\n", ".SS \"links shorten\"\n", ".SS \"scheduler book\"\n",
             ".SS \"engine send\\-batch\"\n", ".SS \"engine release\\-send\"\n" }) {
        QVERIFY2(run.out.contains(section), section);
    }
    QCOMPARE(run.out.count(".SS "), 57);
    // The reader's default path, not the home the page was made in.
    QVERIFY(run.out.contains("~/.local/share/relayaudit/workspace"));
    QVERIFY(!run.out.contains(m_tmp->path().toUtf8()));
    const QString page = m_tmp->filePath(QStringLiteral("relayaudit-cli.1"));
    QFile file(page);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(run.out);
    file.close();
    if (!QStandardPaths::findExecutable(QStringLiteral("man")).isEmpty()) {
        QProcess man;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("100"));
        man.setProcessEnvironment(env);
        man.start(
            QStringLiteral("man"), { QStringLiteral("--warnings"), QStringLiteral("-l"), page });
        QVERIFY(man.waitForFinished(30000));
        QCOMPARE(man.exitCode(), 0);
        QCOMPARE(man.readAllStandardError(), QByteArray());
        QVERIFY(man.readAllStandardOutput().contains("links shorten"));
    }
}

void TestCli::badArgumentsExitWithUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("nothing") << QStringList {} << QByteArray("Usage:");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") }
                                     << QByteArray("unknown command 'frobnicate'");
    QTest::newRow("unknown option")
        << QStringList { QStringLiteral("--frob") } << QByteArray("Unknown option 'frob'");
    QTest::newRow("workspace without value")
        << QStringList { QStringLiteral("--workspace") } << QByteArray("workspace");
    QTest::newRow("unknown action") << QStringList { QStringLiteral("workspace"),
        QStringLiteral("explode") } << QByteArray("unknown workspace action 'explode'");
    QTest::newRow("bad key source") << QStringList { QStringLiteral("workspace"),
        QStringLiteral("init"), QStringLiteral("--key-source"), QStringLiteral("usb-stick") }
                                    << QByteArray("usb-stick");
    QTest::newRow("unknown sub-option") << QStringList { QStringLiteral("workspace"),
        QStringLiteral("info"), QStringLiteral("--everything") }
                                        << QByteArray("Unknown option 'everything'");
    QTest::newRow("stray argument") << QStringList { QStringLiteral("workspace"),
        QStringLiteral("init"), QStringLiteral("extra") }
                                    << QByteArray("unexpected argument 'extra'");
    QTest::newRow("bad rekey target") << QStringList { QStringLiteral("workspace"),
        QStringLiteral("rekey"), QStringLiteral("--to"), QStringLiteral("paper") }
                                      << QByteArray("paper");
    const QStringList serve { QStringLiteral("sandbox"), QStringLiteral("serve") };
    QTest::newRow("callout not a URL") << serve
            + QStringList { QStringLiteral("--callout"), QStringLiteral("8090"),
                  QStringLiteral("--org"), QStringLiteral("Acme") }
                                       << QByteArray("--callout takes the engine's intake URL");
    QTest::newRow("callout without org") << serve
            + QStringList { QStringLiteral("--callout"),
                  QStringLiteral("http://127.0.0.1:9/salesforce/sms") }
                                         << QByteArray("--callout needs --org NAME");
    QTest::newRow("callout share") << serve
            + QStringList { QStringLiteral("--callout"),
                  QStringLiteral("http://127.0.0.1:9/salesforce/sms"), QStringLiteral("--org"),
                  QStringLiteral("Acme"), QStringLiteral("--callout-twice"), QStringLiteral("1.5") }
                                   << QByteArray("take a share from 0 to 1");
}

void TestCli::badArgumentsExitWithUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run run = cli(QStringList { QStringLiteral("--workspace"), ws() } + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY(!QFile::exists(ws())); // nothing was created
}

// `sandbox serve --callout` plays an org's package, and signs with the
// org's intake secret: without it the sandbox does not start.
void TestCli::sandboxCalloutNeedsTheOrgsSecret()
{
    const Run run = cli({ QStringLiteral("sandbox"), QStringLiteral("serve"),
        QStringLiteral("--callout"), QStringLiteral("http://127.0.0.1:9/salesforce/sms"),
        QStringLiteral("--org"), QStringLiteral("Acme") });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("set RELAYAUDIT_INTAKE_SECRET_ACME to org Acme's intake secret"),
        run.err.constData());
}

void TestCli::initThenInfoJsonWithoutKeychain()
{
    initWorkspace();
    const Run run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
        QStringLiteral("info"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error {};
    const QJsonObject info = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(info.value(QStringLiteral("path")).toString(), QDir(ws()).absolutePath());
    QCOMPARE(info.value(QStringLiteral("keySource")).toString(), QStringLiteral("passphrase"));
    QCOMPARE(info.value(QStringLiteral("schemaVersion")).toInt(),
        relay::core::Workspace::latestSchemaVersion());
    QCOMPARE(
        info.value(QStringLiteral("kdf")).toObject().value(QStringLiteral("algorithm")).toString(),
        QStringLiteral("argon2id13"));
    const QJsonObject cipher = info.value(QStringLiteral("cipher")).toObject();
    QCOMPARE(cipher.value(QStringLiteral("pageSize")).toInt(), 4096);
    QCOMPARE(cipher.value(QStringLiteral("hmac")).toBool(), true);
    QCOMPARE(cipher.value(QStringLiteral("secureDelete")).toBool(), true);
    const QJsonArray files = info.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    for (const QJsonValue &file : files) {
        QCOMPARE(file.toObject().value(QStringLiteral("mode")).toString(), QStringLiteral("0600"));
        QVERIFY(file.toObject().value(QStringLiteral("bytes")).toInteger() > 0);
    }
    QVERIFY(!run.out.contains(kPassphrase));

    // --json works before the command too, and the default output is human.
    const Run human = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
        QStringLiteral("info") });
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains("SQLCipher"));
    const Run global = cli({ QStringLiteral("--json"), QStringLiteral("--workspace"), ws(),
        QStringLiteral("workspace"), QStringLiteral("info") });
    QCOMPARE(global.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(global.out).isObject());
}

void TestCli::initRefusesExistingWorkspace()
{
    initWorkspace();
    const auto before = hashTree(ws());
    const Run run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
        QStringLiteral("init") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("already exists"));
    QCOMPARE(hashTree(ws()), before);
}

void TestCli::infoOnMissingWorkspaceSaysHowToCreateOne()
{
    const Run run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
        QStringLiteral("info") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("workspace init"));
}

void TestCli::wrongPassphraseExits3AndChangesNothing()
{
    initWorkspace();
    const auto before = hashTree(ws());
    for (const char *action : { "info", "log", "verify-log", "rekey" }) {
        const Run run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
                                QString::fromLatin1(action) },
            QStringLiteral("not the passphrase"), QStringLiteral("another passphrase"));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("Wrong passphrase, or not a Relay Audit workspace"),
            run.err.constData());
    }
    QCOMPARE(hashTree(ws()), before);
}

void TestCli::missingPassphraseWithoutTerminalIsClear()
{
    initWorkspace();
    const Run run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
                            QStringLiteral("info") },
        QString());
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains("RELAYAUDIT_PASSPHRASE"));
}

void TestCli::keychainAbsentWithoutPassphraseIsClear()
{
    // Keychain requested (or auto with no passphrase) but none answers.
    Run run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
                      QStringLiteral("init") },
        QString());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("keychain"), run.err.constData());
    QVERIFY(run.err.contains("RELAYAUDIT_PASSPHRASE"));
    QVERIFY(!QFile::exists(QDir(ws()).filePath(QStringLiteral("workspace.json"))));
    run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
        QStringLiteral("init"), QStringLiteral("--key-source"), QStringLiteral("keychain") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!QFile::exists(QDir(ws()).filePath(QStringLiteral("workspace.json"))));
}

void TestCli::shortPassphraseIsRefused()
{
    const Run run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
                            QStringLiteral("init") },
        QStringLiteral("short"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("at least 8 characters"));
    QVERIFY(!QFile::exists(QDir(ws()).filePath(QStringLiteral("workspace.json"))));
}

void TestCli::rekeyThenOnlyNewPassphraseOpens()
{
    initWorkspace();
    Run run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
                      QStringLiteral("rekey") },
        QString::fromLatin1(kPassphrase), QStringLiteral("a brand new passphrase"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
        QStringLiteral("info") });
    QCOMPARE(run.exitCode, 3);
    run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
                  QStringLiteral("log"), QStringLiteral("--json") },
        QStringLiteral("a brand new passphrase"));
    QCOMPARE(run.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("action")).toString(),
        QStringLiteral("workspace.rekey"));
    QCOMPARE(QDir(ws()).entryList(QDir::Files).size(), 2);

    // Without a new passphrase and without a terminal, rekey stops and keeps the old key.
    run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
                  QStringLiteral("rekey") },
        QStringLiteral("a brand new passphrase"));
    QCOMPARE(run.exitCode, 3);
    run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
                  QStringLiteral("info") },
        QStringLiteral("a brand new passphrase"));
    QCOMPARE(run.exitCode, 0);
}

void TestCli::logAndVerifyLog()
{
    initWorkspace();
    Run run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
        QStringLiteral("verify-log"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("intact")).toBool(), true);
    QCOMPARE(result.value(QStringLiteral("entries")).toInt(), 1);
    run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
        QStringLiteral("log") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("workspace.init"));
}

void TestCli::tamperedLogFailsVerification()
{
    initWorkspace();
    // Tamper through the library: the CLI has no way to edit the log.
    {
        auto meta = relay::core::Workspace::inspect(ws());
        QVERIFY(meta.ok());
        auto key = relay::core::Workspace::passphraseKey(meta.value(), secret(kPassphrase));
        QVERIFY(key.ok());
        FakeClock clock;
        auto workspace = relay::core::Workspace::open(ws(), key.value(), clock);
        QVERIFY(workspace.ok());
        QVERIFY(workspace.value()
                    ->database()
                    .exec(QStringLiteral("UPDATE activity_log SET action = 'nothing'"))
                    .ok());
    }
    const Run run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
        QStringLiteral("verify-log") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains("entry 1 was altered"));
}

void TestCli::corruptDatabaseNamesTheFile()
{
    initWorkspace();
    const QString db = QDir(ws()).filePath(QStringLiteral("workspace.db"));
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.write(QByteArray(512, '\0'));
    file.close();
    const Run run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
        QStringLiteral("info") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("damaged"), run.err.constData());
    QVERIFY(run.err.contains(db.toUtf8()));
}

void TestCli::passphraseNeverReachesFilesOrOutput()
{
    QList<Run> runs;
    runs << cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
        QStringLiteral("init") });
    runs << cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
        QStringLiteral("info"), QStringLiteral("--json") });
    runs << cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
                    QStringLiteral("rekey") },
        QString::fromLatin1(kPassphrase), QStringLiteral("Second-Marker-Passphrase-55c2"));
    runs << cli(
        { QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"), QStringLiteral("log") },
        QStringLiteral("Second-Marker-Passphrase-55c2"));
    runs << cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
                    QStringLiteral("info") },
        QStringLiteral("wrong-Marker-Passphrase"));
    const QList<QByteArray> markers { QByteArray(kPassphrase),
        QByteArray("Second-Marker-Passphrase-55c2"), QByteArray("wrong-Marker-Passphrase") };
    for (const Run &run : std::as_const(runs)) {
        for (const QByteArray &marker : markers) {
            QVERIFY(!run.out.contains(marker));
            QVERIFY(!run.err.contains(marker));
        }
    }
    // Every file the runs left anywhere under the test's home, temp and
    // workspace directories.
    QDirIterator it(m_tmp->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QByteArray content = readAll(it.next());
        ++files;
        for (const QByteArray &marker : markers)
            QVERIFY2(!content.contains(marker), qPrintable(it.filePath()));
    }
    QVERIFY(files >= 2);
}

void TestCli::importPullsBreakdownExportPurge()
{
    initWorkspace();
    const QStringList ws { QStringLiteral("--workspace"), this->ws() };
    Run run = cli(ws
        + QStringList { QStringLiteral("import"), QStringLiteral("twilio-json"),
            QStringLiteral(RELAYAUDIT_FIXTURES "/twilio/messages_page.json"),
            QStringLiteral("--client"), QStringLiteral("Acme Health") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("Imported 4 records"));

    run = cli(ws + QStringList { QStringLiteral("pulls"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray pulls = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(pulls.size(), 1);
    const QJsonObject pull = pulls.first().toObject();
    for (const char *key : { "id", "provider", "client", "from", "to", "state", "records",
             "segments", "created", "expires" })
        QVERIFY2(pull.contains(QLatin1String(key)), key);
    QCOMPARE(pull.value(QStringLiteral("provider")).toString(), QStringLiteral("twilio-json"));
    QCOMPARE(pull.value(QStringLiteral("client")).toString(), QStringLiteral("Acme Health"));
    QCOMPARE(pull.value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
    QCOMPARE(pull.value(QStringLiteral("records")).toInt(), 4);
    QCOMPARE(pull.value(QStringLiteral("segments")).toInt(), 8);
    const QDateTime created
        = QDateTime::fromString(pull.value(QStringLiteral("created")).toString(), Qt::ISODate);
    const QDateTime expires
        = QDateTime::fromString(pull.value(QStringLiteral("expires")).toString(), Qt::ISODate);
    QVERIFY(created.secsTo(expires) >= 7 * 86400 - 5 && created.secsTo(expires) <= 7 * 86400 + 5);

    run = cli(ws
        + QStringList { QStringLiteral("breakdown"), QStringLiteral("--by"),
            QStringLiteral("sender"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject bySender = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(bySender.value(QStringLiteral("by")).toString(), QStringLiteral("sender"));
    QStringList keys;
    for (const QJsonValue &row : bySender.value(QStringLiteral("rows")).toArray()) {
        keys << row.toObject().value(QStringLiteral("key")).toString();
        QVERIFY(row.toObject().contains(QStringLiteral("messages")));
        QVERIFY(row.toObject().contains(QStringLiteral("segments")));
    }
    QVERIFY(keys.contains(QStringLiteral("whatsapp:+15550100109")));
    QVERIFY(keys.contains(QStringLiteral("88512")));

    run = cli(ws
        + QStringList { QStringLiteral("breakdown"), QStringLiteral("--by"),
            QStringLiteral("campaign"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray campaigns
        = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(campaigns.size(), 1);
    QVERIFY(campaigns.first().toObject().value(QStringLiteral("key")).isNull());

    run = cli(ws
        + QStringList { QStringLiteral("breakdown"), QStringLiteral("--by"), QStringLiteral("day"),
            QStringLiteral("--csv") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("day,messages,segments_total,share_percent\r\n2026-11-01,"),
        run.out.constData());

    // Filters narrow breakdowns and exports alike.
    run = cli(ws
        + QStringList { QStringLiteral("breakdown"), QStringLiteral("--by"),
            QStringLiteral("status"), QStringLiteral("--channel"), QStringLiteral("whatsapp"),
            QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray whatsapp
        = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("rows")).toArray();
    qint64 whatsappMessages = 0;
    for (const QJsonValue &row : whatsapp)
        whatsappMessages += row.toObject().value(QStringLiteral("messages")).toInteger();
    QCOMPARE(whatsappMessages, 1);
    run = cli(ws
        + QStringList { QStringLiteral("breakdown"), QStringLiteral("--by"),
            QStringLiteral("error"), QStringLiteral("--csv") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(
                 "error_code,provider,messages,segments_total,share_percent,title,description\r\n"),
        run.out.constData());

    const QString csv = m_tmp->filePath(QStringLiteral("acme.csv"));
    const QString json = m_tmp->filePath(QStringLiteral("acme.json"));
    run = cli(ws
        + QStringList { QStringLiteral("export"), QStringLiteral("--pull"), QStringLiteral("1"),
            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli(ws
        + QStringList { QStringLiteral("export"), QStringLiteral("--all"),
            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), json });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray csvText = readAll(csv);
    QVERIFY(csvText.startsWith("pull_id,provider,message_id,sender,"));
    QCOMPARE(csvText.count('\n'), 5);
    const QJsonObject exported = QJsonDocument::fromJson(readAll(json)).object();
    const QJsonArray exportedRows = exported.value(QStringLiteral("records")).toArray();
    QCOMPARE(exportedRows.size(), 4);
    const QJsonObject header = exported.value(QStringLiteral("header")).toObject();
    QCOMPARE(header.value(QStringLiteral("client")).toString(), QStringLiteral("Acme Health"));
    QCOMPARE(
        header.value(QStringLiteral("app_version")).toString(), QStringLiteral(RELAYAUDIT_VERSION));
    QVERIFY(
        QDateTime::fromString(header.value(QStringLiteral("generated_at")).toString(), Qt::ISODate)
            .isValid());
    QCOMPARE(exported.value(QStringLiteral("totals"))
                 .toObject()
                 .value(QStringLiteral("messages"))
                 .toInt(),
        4);
    QVERIFY(exported.value(QStringLiteral("breakdowns"))
                .toObject()
                .contains(QStringLiteral("campaign")));

    // The CLI writes the PDF client report too (offscreen, no display).
    const QString pdf = m_tmp->filePath(QStringLiteral("acme.pdf"));
    run = cli(ws
        + QStringList { QStringLiteral("export"), QStringLiteral("--pull"), QStringLiteral("1"),
            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf });
#ifdef RELAYAUDIT_CLI_HAS_PDF
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("client usage report of 4 messages"));
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
    QCOMPARE(unixMode(pdf), 0600);
#else
    // The core-only build says why it cannot, and writes nothing.
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("this build has no GUI libraries"), run.err.constData());
    QVERIFY(!QFile::exists(pdf));
#endif
    run = cli(ws
        + QStringList { QStringLiteral("export"), QStringLiteral("--all"),
            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--breakdown"),
            QStringLiteral("status"), QStringLiteral("--out"), pdf });
    QCOMPARE(run.exitCode, 2);

    // A filtered export holds only the filter's records, and says so in the log.
    const QString whatsappCsv = m_tmp->filePath(QStringLiteral("whatsapp.csv"));
    run = cli(ws
        + QStringList { QStringLiteral("export"), QStringLiteral("--all"),
            QStringLiteral("--channel"), QStringLiteral("whatsapp"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("--out"), whatsappCsv });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("Wrote 1 records"));
    QCOMPARE(readAll(whatsappCsv).count('\n'), 2);
    const QString statusCsv = m_tmp->filePath(QStringLiteral("status.csv"));
    run = cli(ws
        + QStringList { QStringLiteral("export"), QStringLiteral("--all"),
            QStringLiteral("--breakdown"), QStringLiteral("status"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("--out"), statusCsv });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(readAll(statusCsv).startsWith("status,messages,segments_total,share_percent\r\n"));
    run = cli(ws
        + QStringList {
            QStringLiteral("workspace"), QStringLiteral("log"), QStringLiteral("--json") });
    QVERIFY2(run.out.contains("report.export"), run.out.constData());
    QVERIFY2(QJsonDocument::fromJson(run.out)
                 .toJson(QJsonDocument::Compact)
                 .contains("\"what\":\"status\""),
        run.out.constData());
    QCOMPARE(exportedRows.at(0).toObject().value(QStringLiteral("segments")).toInt(), 1);
    for (const QByteArray &content : { csvText, readAll(json) }) {
        QVERIFY(!content.contains("MARKER-BODY"));
        QVERIFY(!content.contains("+12025550143"));
        QVERIFY(!content.contains("+13125550177"));
    }
    QCOMPARE(unixMode(csv), 0600);

    run = cli(ws + QStringList { QStringLiteral("purge"), QStringLiteral("--dry-run") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Nothing to purge"));
    run = cli(ws
        + QStringList { QStringLiteral("purge"), QStringLiteral("--pull"), QStringLiteral("1"),
            QStringLiteral("--dry-run") });
    QVERIFY(run.out.contains("Would delete pull 1: 4 records"));
    run = cli(ws
        + QStringList { QStringLiteral("purge"), QStringLiteral("--pull"), QStringLiteral("1") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Deleted pull 1: 4 records"));
    run = cli(ws + QStringList { QStringLiteral("pulls"), QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 0);
    run = cli(ws + QStringList { QStringLiteral("workspace"), QStringLiteral("log") });
    QVERIFY(run.out.contains("report.import"));
    QVERIFY(run.out.contains("report.export"));
    QVERIFY(run.out.contains("report.purge"));
    run = cli(ws + QStringList { QStringLiteral("workspace"), QStringLiteral("verify-log") });
    QCOMPARE(run.exitCode, 0);
}

// `engine org`: an org's connection is kept, its secrets never are (no
// keychain here: they stay in the environment); gateways name their org.
void TestCli::orgsAreRegisteredAndGatewaysBelongToThem()
{
    initWorkspace();
    const QStringList ws { QStringLiteral("--workspace"), this->ws() };
    const auto engine = [&](const QStringList &arguments) {
        return cli(ws + QStringList { QStringLiteral("engine") } + arguments);
    };
    const QStringList addAcme { QStringLiteral("org"), QStringLiteral("add"),
        QStringLiteral("Acme"), QStringLiteral("--instance-url"),
        QStringLiteral("https://acme.my.salesforce.com") };
    Run run = engine(addAcme); // no SALESFORCE_* yet: a missing credential, 3
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("SALESFORCE_CLIENT_ID"), run.err.constData());

    const QByteArray refreshToken = "5Aep861-refresh-token-that-must-stay-secret";
    qputenv("SALESFORCE_CLIENT_ID", "3MVG9acme.consumer.key");
    qputenv("SALESFORCE_CLIENT_SECRET", "acme-client-secret-value");
    qputenv("SALESFORCE_REFRESH_TOKEN", refreshToken);
    run = engine(addAcme);
    QVERIFY2(run.exitCode == 0 && run.out.contains("Added org Acme"), run.err.constData());
    QVERIFY(run.err.contains("not in the keychain")); // said, not hidden
    QCOMPARE(engine(addAcme).exitCode, 1); // exists: nothing overwritten
    run = engine({ QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("two words"),
        QStringLiteral("--instance-url"), QStringLiteral("https://x.my.salesforce.com") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("an org's name is"));
    run = engine({ QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("Plain"),
        QStringLiteral("--instance-url"), QStringLiteral("http://plain.example.com") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("instance URL must be https://"));
    // New secrets must be for the connected app the org was added with.
    qputenv("SALESFORCE_CLIENT_ID", "3MVG9another.consumer.key");
    run = cli(ws
        + QStringList { QStringLiteral("credentials"), QStringLiteral("set"),
            QStringLiteral("salesforce"), QStringLiteral("--org"), QStringLiteral("Acme") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("another connected app"), run.err.constData());
    qunsetenv("SALESFORCE_CLIENT_ID");
    qunsetenv("SALESFORCE_CLIENT_SECRET");
    qunsetenv("SALESFORCE_REFRESH_TOKEN");

    run = cli(ws
        + QStringList { QStringLiteral("--json"), QStringLiteral("engine"), QStringLiteral("org"),
            QStringLiteral("list") });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray orgs = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(orgs.size(), 1);
    QCOMPARE(
        orgs.at(0)[QLatin1String("clientId")].toString(), QStringLiteral("3MVG9acme.consumer.key"));
    QCOMPARE(orgs.at(0)[QLatin1String("flow")].toString(), QStringLiteral("refresh"));

    // The org's SMS names: the package's, with what is changed; a bad key or
    // value is named and changes nothing.
    const auto fields = [&](const QStringList &arguments) {
        return engine(
            QStringList { QStringLiteral("org"), QStringLiteral("fields"), QStringLiteral("Acme") }
            + arguments);
    };
    run = fields({ QStringLiteral("--set"), QStringLiteral("object=Custom_SMS__c"),
        QStringLiteral("--set"), QStringLiteral("status:delivered=Delivered") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Custom_SMS__c") && run.out.contains("Delivered")
            && run.out.contains("Mogli_SMS__Status__c")
            && run.out.contains("Mogli_SMS__Error_Code__c  (assumed name)"),
        run.out.constData());
    run = fields({ QStringLiteral("--set"), QStringLiteral("status-field=Not an API name") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.err.contains("'Not an API name' is not a Salesforce API name"), run.err.constData());
    run = fields({ QStringLiteral("--set"), QStringLiteral("colour=blue") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("no field map key 'colour'"), run.err.constData());
    run = fields({ QStringLiteral("--set"), QStringLiteral("object") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--set takes KEY=VALUE"));
    run = fields({ QStringLiteral("--reset"), QStringLiteral("object") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli(ws
        + QStringList { QStringLiteral("--json"), QStringLiteral("engine"), QStringLiteral("org"),
            QStringLiteral("fields"), QStringLiteral("Acme") });
    const QJsonObject names = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(names[QLatin1String("object")].toString(), QStringLiteral("Mogli_SMS__SMS__c"));
    QCOMPARE(
        names[QLatin1String("status-field")].toString(), QStringLiteral("Mogli_SMS__Status__c"));
    QCOMPARE(names[QLatin1String("status_values")][QLatin1String("delivered")].toString(),
        QStringLiteral("Delivered"));
    QCOMPARE(names[QLatin1String("status_values")][QLatin1String("failed")].toString(),
        QStringLiteral("Error"));
    run = engine({ QStringLiteral("org"), QStringLiteral("fields"), QStringLiteral("Nope") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("no org named Nope"));

    const QStringList gateway { QStringLiteral("gateway"), QStringLiteral("add"),
        QStringLiteral("+15550100001"), QStringLiteral("--provider"), QStringLiteral("twilio"),
        QStringLiteral("--account"), QStringLiteral("AC") + QString(32, QLatin1Char('a')) };
    run = engine(gateway + QStringList { QStringLiteral("--org"), QStringLiteral("Nope") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("no org named Nope"));
    run = engine(gateway
        + QStringList { QStringLiteral("--org"), QStringLiteral("Acme"),
            QStringLiteral("--record-id"), QStringLiteral("a0G!") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("15 or 18 letters and digits"));
    run = engine(gateway
        + QStringList { QStringLiteral("--org"), QStringLiteral("Acme"),
            QStringLiteral("--record-id"), QStringLiteral("a0G5e000001AbCd") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli(ws
        + QStringList { QStringLiteral("--json"), QStringLiteral("engine"),
            QStringLiteral("gateway"), QStringLiteral("list") });
    const QJsonObject listed = QJsonDocument::fromJson(run.out).array().at(0).toObject();
    QCOMPARE(listed[QLatin1String("org")].toString(), QStringLiteral("Acme"));
    QCOMPARE(listed[QLatin1String("recordId")].toString(), QStringLiteral("a0G5e000001AbCd"));

    // A write-back for an org the workspace does not know says so.
    run = engine({ QStringLiteral("writeback"), QStringLiteral("--org"), QStringLiteral("Nope") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("org Nope is not registered"), run.err.constData());

    // An org with gateways stays; without them it goes.
    run = engine({ QStringLiteral("org"), QStringLiteral("remove"), QStringLiteral("Acme") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("belong to Acme"), run.err.constData());
    QCOMPARE(engine({ QStringLiteral("gateway"), QStringLiteral("remove"),
                        QStringLiteral("+15550100001") })
                 .exitCode,
        0);

    // What the workspace holds of the org: its connection, no secret.
    {
        relay::test::FakeClock clock;
        auto workspace = openHere(clock);
        QVERIFY(workspace.ok());
        auto rows = (*workspace)
                        ->database()
                        .prepare(QStringLiteral(
                            "SELECT name || instance_url || login_url || ifnull(audience, '') || "
                            "flow || client_id || ifnull(username, '') FROM engine_org"));
        QVERIFY(rows.ok());
        QStringList cells;
        QVERIFY(rows->each([&] { cells.append(rows->text(0)); }).ok());
        QCOMPARE(cells.size(), 1);
        QVERIFY(!cells.at(0).contains(QLatin1String("secret")));
        QVERIFY(!cells.at(0).contains(QString::fromLatin1(refreshToken)));
    }
    run = engine({ QStringLiteral("org"), QStringLiteral("remove"), QStringLiteral("Acme") });
    QVERIFY2(run.exitCode == 0 && run.out.contains("Removed org Acme"), run.err.constData());
    QCOMPARE(engine({ QStringLiteral("org"), QStringLiteral("remove"), QStringLiteral("Acme") })
                 .exitCode,
        1);
    run = cli(ws + QStringList { QStringLiteral("retention"), QStringLiteral("verify") });
    QVERIFY2(run.exitCode == 0, run.out.constData());
}

void TestCli::aWatcherSeesWhatAnotherProcessWrites()
{
    initWorkspace();
    relay::test::FakeClock clock;
    auto workspace = openHere(clock);
    QVERIFY(workspace.ok());
    relay::core::WorkspaceWatcher watcher;
    QSignalSpy changed(&watcher, &relay::core::WorkspaceWatcher::changed);
    QVERIFY(watcher.watch(workspace->get()).ok());
    watcher.poll();
    QCOMPARE(changed.size(), 0); // nothing happened yet
    // Another process (the CLI) imports into the same file.
    const Run run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("import"),
        QStringLiteral("twilio-json"),
        QStringLiteral(RELAYAUDIT_FIXTURES "/twilio/messages_page.json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    watcher.poll();
    QCOMPARE(changed.size(), 1);
    watcher.poll();
    QCOMPARE(changed.size(), 1); // once per change, not once per poll
    // A write through this process's own connection is seen too.
    QVERIFY((*workspace)->activityLog().append(QStringLiteral("test.note")).ok());
    watcher.poll();
    QCOMPARE(changed.size(), 2);
}

namespace {

// A BulkExport day file of `count` messages: ids from `first`, senders and
// messaging services of their own (`tag`), so two files bring new
// dictionary entries each.
void writeBulkFile(const QString &path, int first, int count, char tag)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const char *statuses[] = { "delivered", "sent", "undelivered", "failed" };
    QByteArray out;
    for (int i = first; i < first + count; ++i) {
        out += "{\"sid\": \"SM" + QByteArray::number(i).rightJustified(32, '0')
            + "\", \"from\": \"+1555" + QByteArray(1, tag).toHex() + "0" + QByteArray::number(i % 9)
            + "\", \"to\": \"+12025550100\", \"direction\": \"outbound-api\", \"status\": \""
            + statuses[i % 4] + "\", \"messaging_service_sid\": \"MG" + QByteArray(1, tag)
            + QByteArray::number(i % 5).rightJustified(31, '0')
            + "\", \"num_segments\": " + QByteArray::number(1 + i % 3)
            + ", \"date_sent\": \"2026-11-0" + QByteArray::number(1 + i % 7)
            + "T10:00:00Z\", \"date_created\": \"2026-11-01T09:00:00Z\", \"body\": \"hi\"}\n";
    }
    QCOMPARE(file.write(out), out.size());
}

} // namespace

void TestCli::concurrentImportsStoreEachMessageOnce()
{
    initWorkspace();
    const QString a = m_tmp->filePath(QStringLiteral("a.json"));
    const QString b = m_tmp->filePath(QStringLiteral("b.json"));
    const QString c = m_tmp->filePath(QStringLiteral("c.json"));
    writeBulkFile(a, 0, 60000, 'a');
    writeBulkFile(b, 100000, 60000, 'b');
    writeBulkFile(c, 200000, 60000, 'c');
    const auto importAtOnce = [this](const QStringList &files) {
        std::vector<std::unique_ptr<QProcess>> running;
        for (const QString &file : files) {
            auto process = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("RELAYAUDIT_NO_KEYCHAIN"), QStringLiteral("1"));
            env.insert(QStringLiteral("HOME"), m_tmp->filePath(QStringLiteral("home")));
            env.insert(QStringLiteral("RELAYAUDIT_PASSPHRASE"), QString::fromLatin1(kPassphrase));
            process->setProcessEnvironment(env);
            process->start(QStringLiteral(RELAYAUDIT_CLI_PATH),
                { QStringLiteral("--workspace"), ws(), QStringLiteral("import"),
                    QStringLiteral("twilio-bulk"), file });
            running.push_back(std::move(process));
        }
        QStringList failures;
        for (auto &process : running) {
            if (!process->waitForFinished(120000) || process->exitCode() != 0)
                failures << QString::fromUtf8(process->readAllStandardError());
        }
        return failures;
    };
    const auto total = [this] {
        const Run run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("breakdown"),
            QStringLiteral("--by"), QStringLiteral("status"), QStringLiteral("--json") });
        qint64 messages = 0;
        for (const QJsonValue &row :
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("rows")).toArray())
            messages += row.toObject().value(QStringLiteral("messages")).toInteger();
        return messages;
    };
    // The same file three times at once: every message stored once.
    QStringList failures = importAtOnce({ a, a, a });
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(total(), qint64 { 60000 });
    // Two files at once, each with senders and services new to the cache.
    failures = importAtOnce({ b, c });
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(total(), qint64 { 180000 });
    // The pulls' own counts agree: records plus duplicates are every line read.
    const Run pulls = cli(
        { QStringLiteral("--workspace"), ws(), QStringLiteral("pulls"), QStringLiteral("--json") });
    qint64 records = 0;
    for (const QJsonValue &p : QJsonDocument::fromJson(pulls.out).array())
        records += p.toObject().value(QStringLiteral("records")).toInteger();
    QCOMPARE(records, qint64 { 180000 });
    const Run verify = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("retention"),
        QStringLiteral("verify") });
    QVERIFY2(verify.exitCode == 0, verify.out.constData());
}

// A client label (or any value from outside) cannot drive the reviewer's
// terminal: escapes, C1 controls and bidi overrides print as visible escapes,
// on stdout and stderr; --json keeps the value exact.
void TestCli::humanOutputShowsControlCharactersAsEscapes()
{
    initWorkspace();
    const QStringList ws { QStringLiteral("--workspace"), this->ws() };
    const QString label = QStringLiteral("Acme\x1b[8m hidden\u202e evil\u009b2J\x7f");
    const QString file = m_tmp->filePath(QStringLiteral("small.json"));
    writeBulkFile(file, 0, 3, 's');
    Run run = cli(ws
        + QStringList { QStringLiteral("import"), QStringLiteral("twilio-bulk"), file,
            QStringLiteral("--client"), label });
    QCOMPARE(run.exitCode, 0);
    run = cli(ws + QStringList { QStringLiteral("pulls") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(
        run.out.contains("Acme\\x1b[8m hidden\\u202e evil\\u009b2J\\x7f"), run.out.constData());
    for (const QByteArray &raw : { QByteArray("\x1b"), QByteArray("\xe2\x80\xae"),
             QByteArray("\xc2\x9b"), QByteArray("\x7f") })
        QVERIFY2(!run.out.contains(raw), raw.toHex().constData());
    run = cli(ws + QStringList { QStringLiteral("pulls"), QStringLiteral("--json") });
    const QJsonArray pulls = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(pulls.size(), 1);
    QCOMPARE(pulls.first().toObject().value(QStringLiteral("client")).toString(), label);
    run = cli(
        ws + QStringList { QStringLiteral("import"), QStringLiteral("csv\x1b]0;owned\x07"), file });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(
        run.err.contains("unknown import format 'csv\\x1b]0;owned\\x07'"), run.err.constData());
    QVERIFY(!run.err.contains('\x1b') && !run.err.contains('\x07'));
}

// This process holds the workspace's write lock for two seconds: the CLI's
// import waits, says what it waits for once, and then lands.
void TestCli::aWriterHeldUpByAnotherSaysWhatItWaitsFor()
{
    initWorkspace();
    relay::test::FakeClock clock;
    auto workspace = openHere(clock);
    QVERIFY(workspace.ok());
    const QString file = m_tmp->filePath(QStringLiteral("held.json"));
    writeBulkFile(file, 0, 50, 'h');
    QVERIFY((*workspace)->database().exec(QStringLiteral("BEGIN IMMEDIATE")).ok());
    QProcess import;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RELAYAUDIT_NO_KEYCHAIN"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), m_tmp->filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("RELAYAUDIT_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    import.setProcessEnvironment(env);
    import.start(QStringLiteral(RELAYAUDIT_CLI_PATH),
        { QStringLiteral("--workspace"), ws(), QStringLiteral("import"),
            QStringLiteral("twilio-bulk"), file });
    QByteArray err;
    QElapsedTimer held;
    held.start();
    while (held.elapsed() < 2500 && !err.contains("waiting for another process")) {
        import.waitForReadyRead(100);
        err += import.readAllStandardError();
    }
    QVERIFY2(err.contains("relayaudit-cli: waiting for another process (the app or "
                          "relayaudit-cli) to finish writing to the workspace"),
        err.constData());
    QCOMPARE(import.state(), QProcess::Running);
    QVERIFY((*workspace)->database().exec(QStringLiteral("COMMIT")).ok());
    QVERIFY(import.waitForFinished(30000));
    err += import.readAllStandardError();
    QVERIFY2(import.exitCode() == 0, err.constData());
    QCOMPARE(err.count("waiting for another process"), 1);
    QVERIFY(!err.contains("locked"));
}

void TestCli::importRefusesBadInput()
{
    initWorkspace();
    const QStringList ws { QStringLiteral("--workspace"), this->ws() };
    Run run = cli(ws
        + QStringList {
            QStringLiteral("import"), QStringLiteral("csv-of-doom"), QStringLiteral("x") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("unknown import format 'csv-of-doom'"));
    run = cli(ws
        + QStringList { QStringLiteral("import"), QStringLiteral("twilio-bulk"),
            m_tmp->filePath(QStringLiteral("nope.json")) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("no such file"));
    QFile binary(m_tmp->filePath(QStringLiteral("photo.jpg")));
    QVERIFY(binary.open(QIODevice::WriteOnly));
    binary.write(QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF\x00", 11));
    binary.close();
    run = cli(ws
        + QStringList {
            QStringLiteral("import"), QStringLiteral("twilio-bulk"), binary.fileName() });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("photo.jpg line 1: binary data"), run.err.constData());
    // An import that stored nothing leaves no pull behind.
    run = cli(ws + QStringList { QStringLiteral("pulls"), QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 0);
    QFile empty(m_tmp->filePath(QStringLiteral("empty.json")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.write("\n\n");
    empty.close();
    run = cli(ws
        + QStringList {
            QStringLiteral("import"), QStringLiteral("twilio-bulk"), empty.fileName() });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.err.contains("the files hold no records: nothing was imported"), run.err.constData());
    run = cli(ws + QStringList { QStringLiteral("pulls"), QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 0);
    // An import is not a pull a provider can resume.
    const QString small = m_tmp->filePath(QStringLiteral("small.json"));
    writeBulkFile(small, 0, 3, 's');
    run = cli(ws + QStringList { QStringLiteral("import"), QStringLiteral("twilio-bulk"), small });
    QCOMPARE(run.exitCode, 0);
    run = cli(ws + QStringList { QStringLiteral("pulls"), QStringLiteral("--json") });
    const QJsonArray pulls = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(pulls.size(), 1);
    const QString importId
        = QString::number(pulls.first().toObject().value(QStringLiteral("id")).toInteger());
    run = cli(ws + QStringList { QStringLiteral("pull"), QStringLiteral("--resume"), importId });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("is an import of files (twilio-bulk); imports do not resume"),
        run.err.constData());
    run = cli(ws
        + QStringList {
            QStringLiteral("breakdown"), QStringLiteral("--by"), QStringLiteral("mood") });
    QCOMPARE(run.exitCode, 2);
    run = cli(ws
        + QStringList { QStringLiteral("breakdown"), QStringLiteral("--by"), QStringLiteral("day"),
            QStringLiteral("--from"), QStringLiteral("2026-13-01") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("YYYY-MM-DD"));
    run = cli(ws
        + QStringList { QStringLiteral("breakdown"), QStringLiteral("--by"), QStringLiteral("day"),
            QStringLiteral("--from"), QStringLiteral("2026-11-10"), QStringLiteral("--to"),
            QStringLiteral("2026-11-01") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(
        run.err.contains("--from (2026-11-10) is after --to (2026-11-01)"), run.err.constData());
    run = cli(ws
        + QStringList { QStringLiteral("export"), QStringLiteral("--all"),
            QStringLiteral("--channel"), QStringLiteral("fax"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("--out"), QStringLiteral("x.csv") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--channel takes sms, mms or whatsapp, not 'fax'"));
    run = cli(ws
        + QStringList { QStringLiteral("export"), QStringLiteral("--all"),
            QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"),
            QStringLiteral("x.xlsx") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--format takes csv, json or pdf"));
    run = cli(ws
        + QStringList { QStringLiteral("export"), QStringLiteral("--pull"), QStringLiteral("1"),
            QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--out"), QStringLiteral("x.csv") });
    QCOMPARE(run.exitCode, 2);
    run = cli(ws
        + QStringList { QStringLiteral("export"), QStringLiteral("--pull"), QStringLiteral("99"),
            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
            m_tmp->filePath(QStringLiteral("x.csv")) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("no pull with id 99"));
    QVERIFY(!QFile::exists(m_tmp->filePath(QStringLiteral("x.csv"))));
}

void TestCli::reportTtlIsAtMostSevenDays()
{
    initWorkspace();
    const QStringList ws { QStringLiteral("--workspace"), this->ws() };
    Run run = cli(ws
        + QStringList {
            QStringLiteral("settings"), QStringLiteral("report-ttl-days"), QStringLiteral("8") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("from 1 to 7"));
    run = cli(ws
        + QStringList {
            QStringLiteral("settings"), QStringLiteral("report-ttl-days"), QStringLiteral("3") });
    QCOMPARE(run.exitCode, 0);
    run = cli(ws
        + QStringList { QStringLiteral("--json"), QStringLiteral("settings"),
            QStringLiteral("report-ttl-days") });
    QCOMPARE(
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("reportTtlDays")).toInt(),
        3);
}

void TestCli::logRetentionAndRetentionVerify()
{
    initWorkspace();
    const QStringList ws { QStringLiteral("--workspace"), this->ws() };
    Run run = cli(ws
        + QStringList { QStringLiteral("settings"), QStringLiteral("log-retention-days"),
            QStringLiteral("0") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("log-retention-days must be a whole number from 1 to 3650"));
    run = cli(ws
        + QStringList { QStringLiteral("settings"), QStringLiteral("log-retention-days"),
            QStringLiteral("30") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("log-retention-days = 30"));

    const QString settings = m_tmp->filePath(QStringLiteral("relayaudit.conf"));
    QFile file(settings);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[app]\nappearance=dark\n");
    file.close();
    run = cli(ws
        + QStringList { QStringLiteral("retention"), QStringLiteral("verify"),
            QStringLiteral("--settings"), settings });
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QVERIFY2(run.out.contains("PASS  No phone number where none may be")
            && run.out.contains("All checks pass"),
        run.out.constData());
    QVERIFY(run.out.contains("log_retention_days 30"));
    // A token pasted into the settings fails the secrets check, and says where.
    QVERIFY(file.open(QIODevice::Append));
    file.write("[engine]\napiSecret=hunter2hunter2\n");
    file.close();
    run = cli(ws
        + QStringList { QStringLiteral("--json"), QStringLiteral("retention"),
            QStringLiteral("verify"), QStringLiteral("--settings"), settings });
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("passed")).toBool(), false);
    for (const QJsonValue &check : json.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject c = check.toObject();
        QCOMPARE(c.value(QStringLiteral("passed")).toBool(),
            c.value(QStringLiteral("id")).toString() != QLatin1String("secrets"));
    }
    QVERIFY(run.out.contains("relayaudit.conf line 4 (apiSecret)"));
    QVERIFY(!run.out.contains("hunter2"));
    run = cli(ws + QStringList { QStringLiteral("retention"), QStringLiteral("lookup") });
    QCOMPARE(run.exitCode, 2);
    run = cli(ws
        + QStringList { QStringLiteral("retention"), QStringLiteral("lookup"),
            QStringLiteral("--sms-record"), QStringLiteral("a0Y000000000001") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("0 messages in the delivery log")
            && run.out.contains("Not retained: the recipient number"),
        run.out.constData());

    // The signed report: valid as written, caught when altered, tied to this workspace's key.
    const QString report = m_tmp->filePath(QStringLiteral("compliance.json"));
    run = cli(ws
        + QStringList { QStringLiteral("retention"), QStringLiteral("report"),
            QStringLiteral("--out"), report, QStringLiteral("--settings"), settings });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("some checks fail, signed by SHA256:"),
        run.out.constData()); // the pasted secret is still there
    run = cli(ws
        + QStringList {
            QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("info") });
    const QString publicKey = QJsonDocument::fromJson(run.out)
                                  .object()
                                  .value(QStringLiteral("reportSigningKey"))
                                  .toString();
    QCOMPARE(QByteArray::fromBase64(publicKey.toLatin1()).size(), 32);
    run = cli({ QStringLiteral("retention"), QStringLiteral("verify-report"), report,
        QStringLiteral("--public-key"), publicKey });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("Valid: signed by SHA256:"), run.out.constData());
    QByteArray text = readAll(report);
    QVERIFY(text.contains("\"passed\": false"));
    text.replace("\"passed\": false", "\"passed\": true");
    QFile altered(report);
    QVERIFY(altered.open(QIODevice::WriteOnly | QIODevice::Truncate));
    altered.write(text);
    altered.close();
    run = cli({ QStringLiteral("retention"), QStringLiteral("verify-report"), report });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains(
        "NOT VALID: the signature does not match: the report was altered after it was signed"));
#ifdef RELAYAUDIT_CLI_HAS_PDF
    // The PDF renders the signed JSON written beside it, with the fingerprint.
    const QString pdf = m_tmp->filePath(QStringLiteral("compliance-pdf.pdf"));
    run = cli(ws
        + QStringList { QStringLiteral("retention"), QStringLiteral("report"),
            QStringLiteral("--out"), pdf, QStringLiteral("--settings"), settings });
    QCOMPARE(run.exitCode, 0);
    const QString beside = m_tmp->filePath(QStringLiteral("compliance-pdf.json"));
    QCOMPARE(
        cli({ QStringLiteral("retention"), QStringLiteral("verify-report"), beside }).exitCode, 0);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed: packaging/install-deps.sh installs it");
    QProcess toText;
    toText.start(pdftotext, { pdf, QStringLiteral("-") });
    QVERIFY(toText.waitForFinished(30000));
    const QByteArray rendered = toText.readAllStandardOutput();
    const QString fingerprint = QJsonDocument::fromJson(readAll(beside))
                                    .object()
                                    .value(QStringLiteral("signature"))
                                    .toObject()
                                    .value(QStringLiteral("fingerprint"))
                                    .toString();
    QVERIFY(!fingerprint.isEmpty());
    QVERIFY2(rendered.contains("Data retention compliance report"), rendered.left(400).constData());
    // Exactly as printed: copied from the page, it must compare equal (no "ff" ligature).
    QVERIFY2(rendered.contains(fingerprint.toUtf8()),
        qPrintable(fingerprint + QStringLiteral(" not in: ")
            + QString::fromUtf8(rendered.mid(rendered.indexOf("Fingerprint"), 300))));
    QVERIFY(rendered.contains("FAIL No secret outside the keychain"));
    QVERIFY(!rendered.contains("hunter2"));
#endif
}

void TestCli::accessAuditImportSessionsReviewAndPull()
{
    initWorkspace();
    const QStringList ws { QStringLiteral("--workspace"), this->ws() };
    // The fixtures are from November 2024: keep them past the default year.
    QCOMPARE(cli(ws
                 + QStringList { QStringLiteral("settings"),
                     QStringLiteral("access-retention-days"), QStringLiteral("3650") })
                 .exitCode,
        0);
    const QString csv = QStringLiteral(RELAYAUDIT_FIXTURES "/salesforce/setup_audit_trail.csv");
    // Times whose abbreviation has no single offset need --timezone.
    const QString unzoned = m_tmp->filePath(QStringLiteral("ist.csv"));
    QFile unzonedFile(unzoned);
    QVERIFY(unzonedFile.open(QIODevice::WriteOnly));
    unzonedFile.write("Date,User,Source Namespace Prefix,Action,Section,Delegate User\r\n\"11/3/"
                      "2024, 1:00:00 AM IST\",a@b.example,,x,y,\r\n");
    unzonedFile.close();
    Run run = cli(ws
        + QStringList { QStringLiteral("access"), QStringLiteral("import"), unzoned,
            QStringLiteral("--org"), QStringLiteral("Acme") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("downloading user's Salesforce time zone"), run.err.constData());
    run = cli(ws
        + QStringList { QStringLiteral("access"), QStringLiteral("import"), csv,
            QStringLiteral("--org"), QStringLiteral("Acme"), QStringLiteral("--timezone"),
            QStringLiteral("Mars/Olympus") });
    QCOMPARE(run.exitCode, 2);
    // A good file and a bad one: nothing of either is stored (the import below still finds 11 new
    // rows).
    const QString bad = m_tmp->filePath(QStringLiteral("bad.csv"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("Date,User,Source Namespace Prefix,Action,Section,Delegate User\r\n\"13/45/2024, "
                  "1:00:00 AM PST\",a@b.example,,x,y,\r\n");
    badFile.close();
    run = cli(ws
        + QStringList { QStringLiteral("access"), QStringLiteral("import"), csv, bad,
            QStringLiteral("--org"), QStringLiteral("Acme"), QStringLiteral("--timezone"),
            QStringLiteral("America/Los_Angeles") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("bad.csv: line 2:"), run.err.constData());
    const QStringList import { QStringLiteral("access"), QStringLiteral("import"), csv,
        QStringLiteral(RELAYAUDIT_FIXTURES "/salesforce/audit_trail_page1.json"),
        QStringLiteral(RELAYAUDIT_FIXTURES "/salesforce/audit_trail_page2.json"),
        QStringLiteral("--org"), QStringLiteral("Acme"), QStringLiteral("--timezone"),
        QStringLiteral("America/Los_Angeles") };
    run = cli(ws + import);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Read 12 audit-trail rows from 3 file(s) for Acme; 11 new."),
        run.out.constData());
    run = cli(ws + import);
    QVERIFY(run.out.contains("; 0 new."));
    // The download's PST and PDT fix its times without --timezone: the same rows.
    run = cli(ws
        + QStringList { QStringLiteral("access"), QStringLiteral("import"), csv,
            QStringLiteral("--org"), QStringLiteral("Acme") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("; 0 new."), run.out.constData());
    run = cli(ws
        + QStringList { QStringLiteral("access"), QStringLiteral("staff"), QStringLiteral("add"),
            QStringLiteral("--domain"), QStringLiteral("mogli.example") });
    QCOMPARE(run.exitCode, 0);
    run = cli(ws
        + QStringList { QStringLiteral("--json"), QStringLiteral("access"),
            QStringLiteral("sessions"), QStringLiteral("--org"), QStringLiteral("Acme") });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray sessions = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(sessions.size(), 3);
    const QJsonObject ana = sessions.at(1).toObject();
    QCOMPARE(ana.value(QStringLiteral("staff_user")).toString(),
        QStringLiteral("support1@mogli.example"));
    QCOMPARE(ana.value(QStringLiteral("acting_as")).toString(), QStringLiteral("Ana Lopez"));
    QCOMPARE(ana.value(QStringLiteral("start")).toString(), QStringLiteral("2024-11-03T07:50:00Z"));
    QCOMPARE(ana.value(QStringLiteral("end")).toString(), QStringLiteral("2024-11-03T09:20:00Z"));
    QCOMPARE(ana.value(QStringLiteral("changes")).toInt(), 2);
    QVERIFY(sessions.at(0).toObject().value(QStringLiteral("end")).isNull());
    QVERIFY(sessions.at(0)
                .toObject()
                .value(QStringLiteral("flags"))
                .toArray()
                .contains(QStringLiteral("no-logout")));
    // A reviewer's own sensitive list: Session Settings is not on it.
    const QString sensitive = m_tmp->filePath(QStringLiteral("sensitive.json"));
    QFile sensitiveFile(sensitive);
    QVERIFY(sensitiveFile.open(QIODevice::WriteOnly));
    sensitiveFile.write(R"({"sections": ["Custom Apps"]})");
    sensitiveFile.close();
    run = cli(ws
        + QStringList { QStringLiteral("--json"), QStringLiteral("access"),
            QStringLiteral("sessions"), QStringLiteral("--sensitive"), sensitive });
    QVERIFY(!QJsonDocument::fromJson(run.out)
                 .array()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("flags"))
                 .toArray()
                 .contains(QStringLiteral("sensitive-section")));
    QVERIFY(QJsonDocument::fromJson(run.out)
                .array()
                .at(1)
                .toObject()
                .value(QStringLiteral("flags"))
                .toArray()
                .contains(QStringLiteral("sensitive-section")));

    const QString id = QString::number(ana.value(QStringLiteral("id")).toInteger());
    run = cli(ws
        + QStringList { QStringLiteral("access"), QStringLiteral("review"), id,
            QStringLiteral("--org"), QStringLiteral("Acme"), QStringLiteral("--status"),
            QStringLiteral("maybe"), QStringLiteral("--note"), QStringLiteral("x") });
    QCOMPARE(run.exitCode, 2);
    run = cli(ws
        + QStringList { QStringLiteral("access"), QStringLiteral("review"), id,
            QStringLiteral("--org"), QStringLiteral("Acme"), QStringLiteral("--status"),
            QStringLiteral("reviewed"), QStringLiteral("--note"),
            QStringLiteral("Ticket 4411: approved") });
    QCOMPARE(run.exitCode, 0);
    run = cli(ws
        + QStringList { QStringLiteral("--json"), QStringLiteral("access"),
            QStringLiteral("sessions"), QStringLiteral("--flagged") });
    bool reviewed = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(run.out).array())
        reviewed = reviewed
            || v.toObject()
                    .value(QStringLiteral("review"))
                    .toObject()
                    .value(QStringLiteral("note"))
                    .toString()
                == QLatin1String("Ticket 4411: approved");
    QVERIFY(reviewed);
    // The review is in the chained activity log, as a digest, and the chain holds.
    run = cli(ws + QStringList { QStringLiteral("workspace"), QStringLiteral("verify-log") });
    QCOMPARE(run.exitCode, 0);
    run = cli(ws
        + QStringList {
            QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("log") });
    QVERIFY(run.out.contains("access.review") && run.out.contains("note_sha256")
        && !run.out.contains("Ticket 4411"));

    // From the sandbox org through the REST API, all pages.
    relay::core::sandbox::SandboxServer sandbox(3, 0, QDate(2026, 11, 1), QDate(2026, 11, 1));
    QVERIFY(sandbox.start() != 0);
    sandbox.setSalesforceQueryBatch(50);
    QProcess pull;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RELAYAUDIT_NO_KEYCHAIN"), QStringLiteral("1"));
    env.insert(QStringLiteral("RELAYAUDIT_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    env.insert(QStringLiteral("SALESFORCE_CLIENT_ID"),
        QString::fromLatin1(relay::core::sandbox::SandboxServer::salesforceClientId()));
    env.insert(QStringLiteral("SALESFORCE_CLIENT_SECRET"),
        QString::fromLatin1(relay::core::sandbox::SandboxServer::salesforceClientSecret()));
    env.insert(QStringLiteral("SALESFORCE_REFRESH_TOKEN"),
        QString::fromLatin1(relay::core::sandbox::SandboxServer::salesforceRefreshToken()));
    pull.setProcessEnvironment(env);
    pull.start(QStringLiteral(RELAYAUDIT_CLI_PATH),
        ws
            + QStringList { QStringLiteral("access"), QStringLiteral("pull"),
                QStringLiteral("--org"), QStringLiteral("Sandbox"),
                QStringLiteral("--instance-url"), sandbox.baseUrl() });
    QSignalSpy done(&pull, &QProcess::finished);
    QVERIFY(done.wait(60000));
    const QByteArray pulled = pull.readAllStandardOutput() + pull.readAllStandardError();
    QVERIFY2(pull.exitCode() == 0 && pulled.contains("Pulled ") && pulled.contains(" new."),
        pulled.constData());
    QVERIFY(cli(ws
                + QStringList { QStringLiteral("access"), QStringLiteral("staff"),
                    QStringLiteral("add"), QStringLiteral("--domain"),
                    relay::core::sandbox::SandboxServer::salesforceStaffDomain() })
                .exitCode
        == 0);
    run = cli(ws
        + QStringList { QStringLiteral("--json"), QStringLiteral("access"),
            QStringLiteral("sessions"), QStringLiteral("--org"), QStringLiteral("Sandbox") });
    const QJsonArray sandboxSessions = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(sandboxSessions.size(), 5);
    QStringList flags;
    for (const QJsonValue &v : sandboxSessions) {
        for (const QJsonValue &f : v.toObject().value(QStringLiteral("flags")).toArray())
            flags.append(f.toString());
    }
    for (const char *flag : { "no-logout", "many-changes", "outside-grant", "sensitive-section" })
        QVERIFY2(flags.contains(QLatin1String(flag)), flag);
}

void TestCli::pullKilledWithSigkillResumesToTheSameRows()
{
    // The sandbox runs in this process, so the child must be waited for
    // without blocking the event loop.
    relay::core::sandbox::SandboxServer sandbox(11, 6000, QDate(2026, 11, 1), QDate(2026, 11, 3));
    QVERIFY(sandbox.start() != 0);
    relay::core::sandbox::SandboxServer::Faults slow;
    slow.slow = 0.6;
    slow.slowMs = 250;
    sandbox.setFaults(slow);

    const auto start = [&](const QString &workspace, const QStringList &arguments) {
        auto *process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RELAYAUDIT_NO_KEYCHAIN"), QStringLiteral("1"));
        env.insert(QStringLiteral("RELAYAUDIT_PASSPHRASE"), QString::fromLatin1(kPassphrase));
        env.insert(QStringLiteral("TWILIO_ACCOUNT_SID"),
            QString::fromLatin1(relay::core::sandbox::SyntheticTraffic::accountSid()));
        env.insert(QStringLiteral("TWILIO_AUTH_TOKEN"),
            QString::fromLatin1(relay::core::sandbox::SandboxServer::twilioAuthToken()));
        process->setProcessEnvironment(env);
        process->setProgram(QStringLiteral(RELAYAUDIT_CLI_PATH));
        process->setArguments(QStringList { QStringLiteral("--workspace"), workspace } + arguments);
        process->start();
        return process;
    };
    const auto finish = [](QProcess *process) {
        QSignalSpy done(process, &QProcess::finished);
        if (process->state() != QProcess::NotRunning)
            done.wait(120000);
        return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -9;
    };
    const QStringList pullArgs { QStringLiteral("pull"), QStringLiteral("twilio"),
        QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
        QStringLiteral("2026-11-03"), QStringLiteral("--base-url"), sandbox.baseUrl() };
    const auto exportRows = [&](const QString &workspace) {
        const QString out = workspace + QStringLiteral(".csv");
        QFile::remove(out);
        QProcess *process = start(workspace,
            { QStringLiteral("export"), QStringLiteral("--pull"), QStringLiteral("1"),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out });
        if (finish(process) != 0)
            return QList<QByteArray> {};
        QList<QByteArray> lines = readAll(out).split('\n');
        std::sort(lines.begin(), lines.end());
        return lines;
    };

    const QString clean = m_tmp->filePath(QStringLiteral("clean"));
    QCOMPARE(finish(start(clean, { QStringLiteral("workspace"), QStringLiteral("init") })), 0);
    QProcess *cleanPull = start(clean, pullArgs);
    QCOMPARE(finish(cleanPull), 0);
    // The sandbox served bodies and recipients: none reach the CLI's output.
    static const QRegularExpression recipient(QStringLiteral("\\+1[2-9]\\d\\d55501\\d\\d"));
    const QString said
        = QString::fromUtf8(cleanPull->readAllStandardOutput() + cleanPull->readAllStandardError());
    QVERIFY(said.contains(QLatin1String("Pull 1 complete: 6000 records")));
    QVERIFY(!said.contains(QLatin1String("MSGBODY")));
    QVERIFY(!recipient.match(said).hasMatch());
    const QList<QByteArray> expected = exportRows(clean);
    QCOMPARE(expected.size(), 6002); // header, 6000 rows, the empty tail

    int interrupted = 0;
    for (int trial = 0; trial < 3; ++trial) {
        const QString ws = m_tmp->filePath(QStringLiteral("killed-%1").arg(trial));
        QCOMPARE(finish(start(ws, { QStringLiteral("workspace"), QStringLiteral("init") })), 0);
        QProcess *pull = start(ws, pullArgs);
        const int delay = 300 + static_cast<int>(QRandomGenerator::global()->bounded(900));
        QTimer::singleShot(delay, pull, [pull] { pull->kill(); });
        const int code = finish(pull);
        // Killed before it had recorded the pull (a busy machine): there is
        // nothing to resume, and the workspace must say so; run it again.
        QProcess *list = start(ws, { QStringLiteral("--json"), QStringLiteral("pulls") });
        QCOMPARE(finish(list), 0);
        const bool recorded
            = !QJsonDocument::fromJson(list->readAllStandardOutput()).array().isEmpty();
        QProcess *resume = start(ws,
            recorded ? QStringList { QStringLiteral("pull"), QStringLiteral("--resume"),
                QStringLiteral("1") }
                     : pullArgs);
        const int resumed = finish(resume);
        if (code == 0) {
            QCOMPARE(resumed, 1); // already complete: refused, nothing changed
        } else {
            ++interrupted;
            QVERIFY2(resumed == 0, resume->readAllStandardError().constData());
        }
        qInfo("trial %d: SIGKILL after %d ms, %s", trial, delay,
            code == 0      ? "had already finished"
                : recorded ? "mid-pull"
                           : "before the pull was recorded");
        QCOMPARE(exportRows(ws), expected);
    }
    QVERIFY(interrupted > 0);
    // Nor any file the runs left: workspaces, exports, temp.
    QDirIterator files(m_tmp->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QByteArray content = readAll(files.next());
        QVERIFY2(!content.contains("MSGBODY"), qPrintable(files.filePath()));
        QVERIFY2(!recipient.match(QString::fromLatin1(content)).hasMatch(),
            qPrintable(files.filePath()));
    }
}

void TestCli::credentialsNeedAKeychainAndNeverEchoTheSecret()
{
    initWorkspace();
    qputenv("TWILIO_AUTH_TOKEN", "Token-Marker-77aa");
    Run run = cli({ QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("twilio"),
        QStringLiteral("--account"), QStringLiteral("AC5ea7b0c0ffee00000000000000000a11") });
    QCOMPARE(run.exitCode, 1); // RELAYAUDIT_NO_KEYCHAIN: no keychain answers
    QVERIFY2(run.err.contains("keychain"), run.err.constData());
    QVERIFY(!run.err.contains("Token-Marker") && !run.out.contains("Token-Marker"));
    qunsetenv("TWILIO_AUTH_TOKEN");
    run = cli({ QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("twilio") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("Account SID"));
    run = cli({ QStringLiteral("credentials"), QStringLiteral("store"), QStringLiteral("twilio") });
    QCOMPARE(run.exitCode, 2);
    // A pull with neither environment nor keychain says how to provide them.
    run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("pull"),
        QStringLiteral("telnyx"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
        QStringLiteral("--to"), QStringLiteral("2026-11-02") });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("TELNYX_API_KEY") && run.err.contains("credentials set"),
        run.err.constData());
}

void TestCli::engineSegmentsExplainsACount()
{
    Run run = cli({ QStringLiteral("--json"), QStringLiteral("engine"), QStringLiteral("segments"),
        QStringLiteral("--text"),
        QString::fromUtf8("Your code: 1234 \xe2\x80\x93 reply STOP \xf0\x9f\x98\x80") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("encoding")).toString(), QStringLiteral("UCS-2"));
    QCOMPARE(json.value(QStringLiteral("segments")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("forcedUcs2Total")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("forcedUcs2"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("codepoint"))
                 .toString(),
        QStringLiteral("U+2013"));
    const QString file = m_tmp->filePath(QStringLiteral("text.txt"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray(152, 'a') + "[]{}a"); // the [ would straddle parts 1 and 2: it moves whole
    out.close();
    run = cli({ QStringLiteral("engine"), QStringLiteral("segments"), QStringLiteral("--text-file"),
        file });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Encoding: GSM-7"), run.out.constData());
    QVERIFY(run.out.contains("Segments: 2"));
    QVERIFY(run.out.contains("Septets: 161 (parts: 152 + 9"));
    QVERIFY(run.out.contains("Cost two septets"));
    run = cli({ QStringLiteral("engine"), QStringLiteral("segments") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("exactly one of --text and --text-file"));
    run = cli({ QStringLiteral("engine"), QStringLiteral("segments"), QStringLiteral("--text-file"),
        m_tmp->filePath(QStringLiteral("none")) });
    QCOMPARE(run.exitCode, 1);
    run = cli({ QStringLiteral("engine"), QStringLiteral("launch") });
    QCOMPARE(run.exitCode, 2);
}

// A support engineer's console reads the production log (issue 21): the
// engine's PostgreSQL, read-only, by every key; the lookup goes into the
// local activity log; a wrong password or a wrong store says so.
void TestCli::deliveriesFindReadsAnEnginesPostgreSQL()
{
    using namespace relay::core;
    relay::test::PgTestCluster pg;
    if (!pg.available()) {
        if (relay::test::PgTestCluster::required())
            QFAIL(relay::test::PgTestCluster::requiredButUnavailable());
        QSKIP(relay::test::PgTestCluster::unavailable());
    }
    const QString database = pg.createDatabase(QStringLiteral("_cli"));
    QVERIFY(!database.isEmpty());
    initWorkspace();
    const QByteArray pepperHex(64, 'c');
    QString hash;
    {
        SystemClock clock;
        auto engine = EngineStore::open(pg.dsn(QStringLiteral("relay_engine"), database),
            SecretBytes::fromUtf8(relay::test::PgTestCluster::enginePassword().toUtf8()), clock);
        QVERIFY2(engine.ok(), qPrintable(engine ? QString() : engine.error().detail));
        auto pepper = Pepper::fromFile(QStringLiteral("/nonexistent"));
        QVERIFY(!pepper.ok());
        qputenv("RELAYAUDIT_PEPPER", pepperHex);
        pepper = Pepper::fromEnvironment();
        QVERIFY(pepper.ok());
        hash
            = RecipientHasher(std::move(pepper.value()))
                  .hash(RecipientNumber::parse(QStringLiteral("+12025550177"), QStringLiteral("US"))
                            .value());
        DeliveryLog::Submitted s;
        s.org = QStringLiteral("acme");
        s.smsRecordId = QStringLiteral("a0B5e00000PgLogAAA");
        s.batchId = QStringLiteral("pg-batch");
        s.gateway = QStringLiteral("+15550100001");
        s.recipientHash = hash;
        s.provider = QStringLiteral("twilio");
        s.providerMessageId = QStringLiteral("SMpglog1");
        s.segments = 1;
        s.status = QStringLiteral("queued");
        QVERIFY(engine.value()->deliveries().recordSubmit(s).ok());
        QVERIFY(engine.value()
                    ->deliveries()
                    .applyStatus(s.provider, s.providerMessageId, QStringLiteral("delivered"), {},
                        UsageRecordView::kNoError)
                    .ok());
    }
    const QString consoleDsn = pg.dsn(QStringLiteral("relay_console"), database);
    const QByteArray consolePassword = relay::test::PgTestCluster::consolePassword().toUtf8();
    qputenv("RELAYAUDIT_ENGINE_DB_PASSWORD", consolePassword);
    const auto unset = qScopeGuard([] {
        qunsetenv("RELAYAUDIT_ENGINE_DB_PASSWORD");
        qunsetenv("RELAYAUDIT_ENGINE_DSN");
        qunsetenv("RELAYAUDIT_PEPPER");
    });
    const auto find = [&](const QStringList &by) {
        return cli(QStringList { QStringLiteral("--workspace"), ws(), QStringLiteral("--json"),
                       QStringLiteral("deliveries"), QStringLiteral("find"),
                       QStringLiteral("--store"), consoleDsn }
            + by);
    };
    const QList<QStringList> keys { { QStringLiteral("--sms-record"),
                                        QStringLiteral("a0B5e00000PgLogAAA") },
        { QStringLiteral("--provider-id"), QStringLiteral("SMpglog1") },
        { QStringLiteral("--batch"), QStringLiteral("pg-batch") },
        { QStringLiteral("--phone"), QStringLiteral("(202) 555-0177") } };
    for (const QStringList &key : keys) {
        const Run run = find(key);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray found = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first()[QStringLiteral("status")].toString(), QStringLiteral("delivered"));
        QCOMPARE(found.first()[QStringLiteral("recipient_hash")].toString(), hash);
        QCOMPARE(found.first()[QStringLiteral("org")].toString(), QStringLiteral("acme"));
    }
    // The store from the environment; the workspace's own log is empty.
    qputenv("RELAYAUDIT_ENGINE_DSN", consoleDsn.toUtf8());
    Run run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("deliveries"),
        QStringLiteral("find"), QStringLiteral("--provider-id"), QStringLiteral("SMpglog1") });
    QVERIFY2(run.exitCode == 0 && run.out.contains("status delivered"), run.out.constData());
    qunsetenv("RELAYAUDIT_ENGINE_DSN");
    run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("deliveries"),
        QStringLiteral("find"), QStringLiteral("--provider-id"), QStringLiteral("SMpglog1") });
    QVERIFY2(run.exitCode == 0 && run.out.contains("No delivery in the log matches."),
        run.out.constData());

    // Each lookup is in this workspace's activity log, naming the log read.
    run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("workspace"),
        QStringLiteral("log"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    int fromPostgres = 0;
    for (const QJsonValue entry : QJsonDocument::fromJson(run.out).array()) {
        if (entry[QStringLiteral("action")].toString() == QLatin1String("deliveries.find")
            && entry[QStringLiteral("detail")][QStringLiteral("log")].toString()
                == QLatin1String("postgresql")) {
            ++fromPostgres;
        }
    }
    QCOMPARE(fromPostgres, 5);
    // retention lookup reads the same log, by id and by number.
    for (const QStringList &key :
        { QStringList { QStringLiteral("--provider-id"), QStringLiteral("SMpglog1") },
            QStringList { QStringLiteral("--phone"), QStringLiteral("+1 202 555 0177") } }) {
        run = cli(QStringList { QStringLiteral("--workspace"), ws(), QStringLiteral("--json"),
                      QStringLiteral("retention"), QStringLiteral("lookup"),
                      QStringLiteral("--store"), consoleDsn }
            + key);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray kept = QJsonDocument::fromJson(run.out)
                                    .object()
                                    .value(QStringLiteral("deliveries"))
                                    .toArray();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first()[QStringLiteral("sms_record_id")].toString(),
            QStringLiteral("a0B5e00000PgLogAAA"));
    }

    // A wrong password, a login without one, a weakened TLS: named, no secret shown.
    qputenv("RELAYAUDIT_ENGINE_DB_PASSWORD", "not-the-password");
    run = find({ QStringLiteral("--batch"), QStringLiteral("pg-batch") });
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("refused the password"), run.err.constData());
    QVERIFY(!run.err.contains("not-the-password") && !run.out.contains("not-the-password"));
    qunsetenv("RELAYAUDIT_ENGINE_DB_PASSWORD");
    run = find({ QStringLiteral("--batch"), QStringLiteral("pg-batch") });
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("RELAYAUDIT_ENGINE_DB_PASSWORD"), run.err.constData());
    run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("deliveries"),
        QStringLiteral("find"), QStringLiteral("--store"),
        QStringLiteral("postgresql://relay_console@db.example.com/relayaudit?sslmode=disable"),
        QStringLiteral("--batch"), QStringLiteral("x") });
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("verify-full"), run.err.constData());
    // Nothing of the console's password reached this workspace's files.
    QDirIterator files(ws(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(consolePassword));
    }
}

void TestCli::hashPrintsOnlyTheNormalFormAndTheHash()
{
    initWorkspace();
    const auto hashOf = [this](const QString &number) {
        return cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("--json"),
            QStringLiteral("hash"), number });
    };
    // Without a keychain and without RELAYAUDIT_PEPPER: a clear refusal.
    qunsetenv("RELAYAUDIT_PEPPER");
    Run run = hashOf(QStringLiteral("(202) 555-0143"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("RELAYAUDIT_PEPPER"), run.err.constData());
    QVERIFY(!run.err.contains("555-0143") && !run.err.contains("5550143"));

    qputenv("RELAYAUDIT_PEPPER", QByteArray(64, '7'));
    run = hashOf(QStringLiteral("(202) 555-0143"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("e164")).toString(), QStringLiteral("+12025550143"));
    const QString hash = json.value(QStringLiteral("hash")).toString();
    QVERIFY(hash.startsWith(QLatin1String("v1:")));
    QCOMPARE(hash.size(), 67);
    QCOMPARE(json.keys(),
        (QStringList {
            QStringLiteral("assigned"), QStringLiteral("e164"), QStringLiteral("hash") }));
    run = hashOf(QStringLiteral("+1 202 555 0143"));
    QCOMPARE(
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("hash")).toString(), hash);
    // Possible but unassigned: accepted, with a warning.
    run = cli({ QStringLiteral("--workspace"), ws(), QStringLiteral("hash"),
        QStringLiteral("whatsapp:+15550100109") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("whatsapp:+15550100109\nv1:"));
    QVERIFY(run.err.contains("not in an assigned range"));
    // Not a number: named, not quoted.
    run = hashOf(QStringLiteral("12"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("not a possible number"));
    // Nothing of the number reaches the workspace.
    const QStringList files = hashTree(ws()).keys();
    for (const QString &name : files)
        QVERIFY2(!readAll(ws() + QLatin1Char('/') + name).contains("5550143"), qPrintable(name));
    qunsetenv("RELAYAUDIT_PEPPER");
}

void TestCli::engineServeAndSendBatchThroughTheSandbox()
{
    relay::core::sandbox::SandboxServer sandbox(12, 2000, QDate(2026, 11, 1), QDate(2026, 11, 2));
    QVERIFY(sandbox.start() != 0);
    const QString account
        = QString::fromLatin1(relay::core::sandbox::SyntheticTraffic::accountSid());
    const auto start = [&](const QStringList &arguments) {
        auto *process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RELAYAUDIT_NO_KEYCHAIN"), QStringLiteral("1"));
        env.insert(QStringLiteral("RELAYAUDIT_PASSPHRASE"), QString::fromLatin1(kPassphrase));
        env.insert(QStringLiteral("RELAYAUDIT_PEPPER"), QString(64, QLatin1Char('5')));
        env.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), account);
        env.insert(QStringLiteral("TWILIO_AUTH_TOKEN"),
            QString::fromLatin1(relay::core::sandbox::SandboxServer::twilioAuthToken()));
        env.insert(QStringLiteral("TELNYX_API_KEY"),
            QString::fromLatin1(relay::core::sandbox::SandboxServer::telnyxApiKey()));
        env.insert(QStringLiteral("TELNYX_PUBLIC_KEY"),
            QString::fromLatin1(relay::core::sandbox::SandboxMessages::telnyxPublicKey()));
        process->setProcessEnvironment(env);
        process->setProgram(QStringLiteral(RELAYAUDIT_CLI_PATH));
        process->setArguments(QStringList { QStringLiteral("--workspace"), ws() } + arguments);
        process->start();
        return process;
    };
    const auto finish = [](QProcess *process) {
        QSignalSpy done(process, &QProcess::finished);
        if (process->state() != QProcess::NotRunning)
            done.wait(120000);
        return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -9;
    };
    QCOMPARE(finish(start({ QStringLiteral("workspace"), QStringLiteral("init") })), 0);
    QCOMPARE(
        finish(start({ QStringLiteral("engine"), QStringLiteral("gateway"), QStringLiteral("add"),
            QStringLiteral("+15550100001"), QStringLiteral("--provider"), QStringLiteral("twilio"),
            QStringLiteral("--account"), account })),
        0);
    QCOMPARE(finish(start({ QStringLiteral("engine"), QStringLiteral("gateway"),
                 QStringLiteral("add"), QStringLiteral("+15550100002"),
                 QStringLiteral("--provider"), QStringLiteral("telnyx") })),
        0);
    QProcess *bad = start({ QStringLiteral("engine"), QStringLiteral("gateway"),
        QStringLiteral("add"), QStringLiteral("12345678901234567"), QStringLiteral("--provider"),
        QStringLiteral("twilio"), QStringLiteral("--account"), account });
    QCOMPARE(finish(bad), 2);
    QVERIFY(bad->readAllStandardError().contains("a gateway is an E.164 number"));

    const quint16 port = static_cast<quint16>(20000 + QRandomGenerator::global()->bounded(20000));
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(port);
    QProcess *serve = start(
        { QStringLiteral("engine"), QStringLiteral("serve"), QStringLiteral("--listen"), listen });
    QVERIFY(serve->waitForReadyRead(10000));
    QVERIFY(serve->readAllStandardOutput().contains("Listening"));

    // 200 rows; texts with commas, quotes and a newline; one unknown gateway.
    QByteArray csv = "gateway,to,sms_record_id,batch_id,source_record_id,text\n";
    for (int i = 0; i < 200; ++i) {
        csv += (i % 2 ? "+15550100001" : "+15550100002") + QByteArray(",(202) 555-")
            + QByteArray::number(3000 + i) + ",a0Y" + QByteArray::number(100000000000LL + i)
            + ",cli-batch,003SRCMARKER" + QByteArray::number(i)
            + ",\"TEXTMARKER, \"\"quoted\"\"\nline two #" + QByteArray::number(i) + "\"\n";
    }
    csv += "+15550109999,(202) 555-3999,a0Y999999,cli-batch,,hello\n";
    const QString file = m_tmp->filePath(QStringLiteral("batch.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(csv);
    out.close();
    QProcess *send = start({ QStringLiteral("engine"), QStringLiteral("send-batch"), file,
        QStringLiteral("--base-url"), sandbox.baseUrl(), QStringLiteral("--callback"),
        QStringLiteral("http://%1/").arg(listen), QStringLiteral("--rate"),
        QStringLiteral("500") });
    QCOMPARE(finish(send), 1); // one row refused
    const QByteArray sent = send->readAllStandardOutput() + send->readAllStandardError();
    QVERIFY2(sent.contains("Sent 200 of 201 messages; 1 failed or refused."), sent.constData());
    QVERIFY(sent.contains("a0Y999999 refused") && sent.contains("not a gateway of this workspace"));
    QVERIFY(!sent.contains("555-3") && !sent.contains("TEXTMARKER"));

    // Every message reaches a final status through the signed callbacks.
    const auto finals = [&] {
        QProcess *find = start({ QStringLiteral("--json"), QStringLiteral("deliveries"),
            QStringLiteral("find"), QStringLiteral("--batch"), QStringLiteral("cli-batch") });
        finish(find);
        int count = 0;
        for (const QJsonValue &d : QJsonDocument::fromJson(find->readAllStandardOutput()).array()) {
            const QString status = d.toObject().value(QStringLiteral("status")).toString();
            count += status == QLatin1String("delivered") || status.contains(QLatin1String("fail"))
                || status == QLatin1String("undelivered");
        }
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(finals(), 200, 30000);
    QProcess *byPhone = start({ QStringLiteral("deliveries"), QStringLiteral("find"),
        QStringLiteral("--phone"), QStringLiteral("202 555 3042") });
    QCOMPARE(finish(byPhone), 0);
    const QByteArray found = byPhone->readAllStandardOutput();
    QVERIFY2(found.contains("SMS record a0Y100000000042"), found.constData());
    QVERIFY(!found.contains("5553042"));

    // Every final status goes back to the SMS records in (the sandbox's) Salesforce.
    QProcess *writeBack = start({ QStringLiteral("engine"), QStringLiteral("writeback"),
        QStringLiteral("--login-url"), sandbox.baseUrl() });
    QCOMPARE(finish(writeBack),
        3); // no Salesforce credentials in the environment yet (a missing secret: 3)
    QVERIFY(writeBack->readAllStandardError().contains("SALESFORCE_CLIENT_ID"));
    qputenv("SALESFORCE_CLIENT_ID", relay::core::sandbox::SandboxServer::salesforceClientId());
    qputenv(
        "SALESFORCE_CLIENT_SECRET", relay::core::sandbox::SandboxServer::salesforceClientSecret());
    qputenv(
        "SALESFORCE_REFRESH_TOKEN", relay::core::sandbox::SandboxServer::salesforceRefreshToken());
    sandbox.setSalesforceFaults(2, 0.05);
    writeBack = start({ QStringLiteral("engine"), QStringLiteral("writeback"),
        QStringLiteral("--login-url"), sandbox.baseUrl() });
    QCOMPARE(finish(writeBack), 0);
    const QByteArray wrote = writeBack->readAllStandardOutput();
    QVERIFY2(wrote.contains("Wrote back 200 SMS records"), wrote.constData());
    QCOMPARE(sandbox.salesforceRecords().size(), 200);
    qunsetenv("SALESFORCE_CLIENT_SECRET");
    qunsetenv("SALESFORCE_REFRESH_TOKEN");

    // The same org through the JWT bearer flow: the key file must be the
    // user's alone; --check reads every record back and compares.
    sandbox.setSalesforceFaults(0, 0);
    const relay::test::RsaKeys keys = relay::test::rsaKeys();
    sandbox.setSalesforceCertificate(keys.publicPem);
    const QString keyFile = m_tmp->filePath(QStringLiteral("server.key"));
    QFile key(keyFile);
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(keys.privatePem);
    key.close();
    QVERIFY(key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    qputenv("SALESFORCE_JWT_KEY_FILE", keyFile.toUtf8());
    const QStringList checkArgs { QStringLiteral("engine"), QStringLiteral("writeback"),
        QStringLiteral("--check"), QStringLiteral("--login-url"), sandbox.baseUrl() };
    QProcess *check = start(checkArgs);
    QCOMPARE(finish(check), 3);
    QVERIFY(check->readAllStandardError().contains("SALESFORCE_USERNAME"));
    qputenv(
        "SALESFORCE_USERNAME", relay::core::sandbox::SandboxServer::salesforceUsername().toUtf8());
    check = start(checkArgs);
    QCOMPARE(finish(check), 1);
    QVERIFY(check->readAllStandardError().contains("open to other users; chmod 600 it first"));
    QVERIFY(key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    check = start(checkArgs);
    QCOMPARE(finish(check), 0);
    QByteArray checkedOut = check->readAllStandardOutput();
    QVERIFY2(checkedOut.contains("Checked 200 written-back SMS records in the default org: 200 "
                                 "match the log, 0 differ, 0 missing in the org."),
        checkedOut.constData());
    const QString edited = sandbox.salesforceRecords().keys().value(0);
    sandbox.setSalesforceField(
        edited, QStringLiteral("Mogli_SMS__Status__c"), QStringLiteral("Queued"));
    check = start(checkArgs);
    QCOMPARE(finish(check), 1);
    checkedOut = check->readAllStandardOutput();
    QVERIFY2(checkedOut.contains("199 match the log, 1 differ")
            && checkedOut.contains(
                QByteArray(edited.toUtf8() + ": Mogli_SMS__Status__c is 'Queued'")),
        checkedOut.constData());
    // An org that does not trust the key.
    sandbox.setSalesforceCertificate(relay::test::rsaKeys().publicPem);
    check = start(checkArgs);
    QCOMPARE(finish(check), 1);
    QVERIFY(check->readAllStandardError().contains("invalid_grant: invalid assertion"));
    QVERIFY(!check->readAllStandardOutput().contains("BEGIN"));
    qunsetenv("SALESFORCE_JWT_KEY_FILE");
    qunsetenv("SALESFORCE_USERNAME");
    qunsetenv("SALESFORCE_CLIENT_ID");

    serve->terminate();
    QCOMPARE(finish(serve), 0);
    const QByteArray served = serve->readAllStandardOutput() + serve->readAllStandardError();
    QVERIFY2(served.contains(", 0 refused."), served.constData());
    QVERIFY(!served.contains("5553") && !served.contains("TEXTMARKER"));
    // With a provider pull beside the sends, the workspace passes every retention check.
    QCOMPARE(finish(start({ QStringLiteral("pull"), QStringLiteral("twilio"),
                 QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                 QStringLiteral("2026-11-02"), QStringLiteral("--base-url"), sandbox.baseUrl() })),
        0);
    const QString settings = m_tmp->filePath(QStringLiteral("clean.conf"));
    QFile settingsFile(settings);
    QVERIFY(settingsFile.open(QIODevice::WriteOnly));
    settingsFile.write("[app]\nappearance=light\n");
    settingsFile.close();
    QProcess *verify = start({ QStringLiteral("retention"), QStringLiteral("verify"),
        QStringLiteral("--settings"), settings });
    const int verified = finish(verify);
    const QByteArray verifyOut = verify->readAllStandardOutput();
    QVERIFY2(verified == 0 && verifyOut.contains("All checks pass"), verifyOut.constData());
    QVERIFY(verifyOut.contains("hashes 200"));
    // Nothing of a number, a text or a source record in the workspace's files.
    const QStringList files = hashTree(ws()).keys();
    for (const QString &name : files) {
        const QByteArray bytes = readAll(ws() + QLatin1Char('/') + name);
        QVERIFY(!bytes.contains("TEXTMARKER") && !bytes.contains("SRCMARKER")
            && !bytes.contains("2025553"));
    }
}

void TestCli::linksAndSchedulerCommands()
{
    initWorkspace();
    const QStringList ws { QStringLiteral("--workspace"), this->ws() };
    const auto write = [this](const QString &name, const QByteArray &bytes) {
        QFile file(m_tmp->filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return file.fileName();
    };

    // Links: a gateway in url mode, a base URL, a short link, listed.
    Run run = cli(ws
        + QStringList { QStringLiteral("engine"), QStringLiteral("gateway"), QStringLiteral("add"),
            QStringLiteral("+15550100001"), QStringLiteral("--provider"),
            QStringLiteral("telnyx") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli(ws
        + QStringList { QStringLiteral("links"), QStringLiteral("gateway"),
            QStringLiteral("+15550100001"), QStringLiteral("--mode"),
            QStringLiteral("sometimes") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--mode is none, url or pro, not 'sometimes'"));
    run = cli(ws
        + QStringList { QStringLiteral("links"), QStringLiteral("gateway"),
            QStringLiteral("+15550100009"), QStringLiteral("--mode"), QStringLiteral("pro") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("is not a gateway of this workspace"));
    run = cli(ws
        + QStringList { QStringLiteral("links"), QStringLiteral("gateway"),
            QStringLiteral("+15550100001"), QStringLiteral("--mode"), QStringLiteral("url") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("+15550100001: links url"));
    run = cli(ws
        + QStringList { QStringLiteral("links"), QStringLiteral("base-url"),
            QStringLiteral("ftp://l.example.com") });
    QCOMPARE(run.exitCode, 1);
    run = cli(ws
        + QStringList { QStringLiteral("links"), QStringLiteral("base-url"),
            QStringLiteral("https://l.example.com/") });
    QCOMPARE(run.exitCode, 0);
    run = cli(ws
        + QStringList { QStringLiteral("links"), QStringLiteral("shorten"),
            QStringLiteral("https://shop.example.com/o/42?ref=sms") });
    QCOMPARE(run.exitCode, 0);
    const QRegularExpressionMatch shortUrl
        = QRegularExpression(QStringLiteral("^https://l\\.example\\.com/([0-9A-Za-z]{10})\\n$"))
              .match(QString::fromUtf8(run.out));
    QVERIFY2(shortUrl.hasMatch(), run.out.constData());
    run = cli(ws
        + QStringList {
            QStringLiteral("--json"), QStringLiteral("links"), QStringLiteral("list") });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray links = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(links.size(), 1);
    QCOMPARE(
        links.first().toObject().value(QStringLiteral("code")).toString(), shortUrl.captured(1));
    QCOMPARE(links.first().toObject().value(QStringLiteral("domain")).toString(),
        QStringLiteral("shop.example.com"));
    QCOMPARE(
        links.first().toObject().value(QStringLiteral("mode")).toString(), QStringLiteral("url"));
    run = cli(ws
        + QStringList {
            QStringLiteral("--json"), QStringLiteral("links"), QStringLiteral("clicks") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 0);

    // Scheduler: tomorrow 10:00-11:00 New York is busy; the event's details never come back.
    const QDate day = QDate::currentDate().addDays(2);
    const QByteArray ics
        = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:1@test\r\n"
          "DTSTAMP:20260101T000000Z\r\nDTSTART;TZID=America/New_York:"
        + day.toString(QStringLiteral("yyyyMMdd")).toLatin1()
        + "T100000\r\nDTEND;TZID=America/New_York:"
        + day.toString(QStringLiteral("yyyyMMdd")).toLatin1()
        + "T110000\r\nSUMMARY:MARKER-MEETING-TITLE\r\nATTENDEE:mailto:marker-attendee@example."
          "org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    run = cli(ws
        + QStringList { QStringLiteral("scheduler"), QStringLiteral("import-ics"),
            QStringLiteral("dana"), write(QStringLiteral("cal.ics"), ics) });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("1 busy interval(s)"));
    QVERIFY(run.out.contains("America/New_York"));
    QByteArray broken = ics;
    broken.replace(QByteArray("T100000\r\nDTEND"), QByteArray("Tgarbage\r\nDTEND"));
    run = cli(ws
        + QStringList { QStringLiteral("scheduler"), QStringLiteral("import-ics"),
            QStringLiteral("dana"), write(QStringLiteral("bad.ics"), broken) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("bad.ics: line 7: DTSTART"), run.err.constData());
    run = cli(ws
        + QStringList { QStringLiteral("scheduler"), QStringLiteral("slots"),
            QStringLiteral("dana"), QStringLiteral("--from"), day.toString(Qt::ISODate),
            QStringLiteral("--to"), day.toString(Qt::ISODate), QStringLiteral("--length"),
            QStringLiteral("forever") });
    QCOMPARE(run.exitCode, 2);
    run = cli(ws
        + QStringList { QStringLiteral("--json"), QStringLiteral("scheduler"),
            QStringLiteral("slots"), QStringLiteral("dana"), QStringLiteral("--from"),
            day.toString(Qt::ISODate), QStringLiteral("--to"), day.toString(Qt::ISODate),
            QStringLiteral("--length"), QStringLiteral("1h") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray slots = QJsonDocument::fromJson(run.out).array();
    // 09-17 New York, less 10-11: 09, 11, 12, 13, 14, 15, 16.
    QCOMPARE(slots.size(), 7);
    const QTimeZone newYork("America/New_York");
    QStringList starts;
    for (const QJsonValue &slot : slots) {
        const QString start = slot.toObject().value(QStringLiteral("start")).toString();
        QVERIFY2(start.endsWith(QLatin1Char('Z')), qPrintable(start));
        starts << QDateTime::fromString(start, Qt::ISODate)
                      .toTimeZone(newYork)
                      .time()
                      .toString(QStringLiteral("HH:mm"));
    }
    QCOMPARE(starts,
        (QStringList { QStringLiteral("09:00"), QStringLiteral("11:00"), QStringLiteral("12:00"),
            QStringLiteral("13:00"), QStringLiteral("14:00"), QStringLiteral("15:00"),
            QStringLiteral("16:00") }));
    const QString ten = QDateTime(day, QTime(10, 0), newYork).toUTC().toString(Qt::ISODate);
    const QString nine = slots.first().toObject().value(QStringLiteral("start")).toString();
    const QStringList guest { QStringLiteral("--length"), QStringLiteral("1h"),
        QStringLiteral("--name"), QStringLiteral("Sam Guest"), QStringLiteral("--email"),
        QStringLiteral("sam@guest.example"), QStringLiteral("--guest-terms"),
        QStringLiteral("2026-03"), QStringLiteral("--user-terms"), QStringLiteral("2026-03") };
    run = cli(ws
        + QStringList { QStringLiteral("scheduler"), QStringLiteral("book"), QStringLiteral("dana"),
            QStringLiteral("--start"), ten }
        + guest);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("busy"), run.err.constData());
    run = cli(ws
        + QStringList { QStringLiteral("scheduler"), QStringLiteral("book"), QStringLiteral("dana"),
            QStringLiteral("--start"), nine }
        + guest);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli(ws
        + QStringList { QStringLiteral("scheduler"), QStringLiteral("book"), QStringLiteral("dana"),
            QStringLiteral("--start"), nine }
        + guest);
    QCOMPARE(run.exitCode, 1); // booked already
    run = cli(ws
        + QStringList {
            QStringLiteral("--json"), QStringLiteral("scheduler"), QStringLiteral("bookings") });
    const QJsonArray bookings = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(bookings.size(), 1);
    QCOMPARE(bookings.first().toObject().value(QStringLiteral("guest_terms")).toString(),
        QStringLiteral("2026-03"));

    // Their retention, through settings.
    run = cli(ws
        + QStringList { QStringLiteral("settings"), QStringLiteral("scheduler-retention-days"),
            QStringLiteral("0") });
    QCOMPARE(run.exitCode, 2);
    run = cli(ws
        + QStringList { QStringLiteral("--json"), QStringLiteral("settings"),
            QStringLiteral("link-retention-days"), QStringLiteral("30") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out)
                 .object()
                 .value(QStringLiteral("linkRetentionDays"))
                 .toInt(),
        30);

    // What was stored passes every check, and the event's details are nowhere.
    run = cli(ws + QStringList { QStringLiteral("retention"), QStringLiteral("verify") });
    QVERIFY2(run.exitCode == 0, run.out.constData());
    run = cli(ws
        + QStringList {
            QStringLiteral("--json"), QStringLiteral("scheduler"), QStringLiteral("users") });
    QVERIFY(!run.out.contains("MARKER") && !run.out.contains("marker-attendee"));
    QDirIterator files(m_tmp->path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.endsWith(QLatin1String(".ics")))
            continue; // the inputs themselves
        const QByteArray bytes = readAll(path);
        QVERIFY2(!bytes.contains("MARKER-MEETING-TITLE") && !bytes.contains("marker-attendee"),
            qPrintable(path));
    }
}

RELAY_TEST_GUILESS_MAIN_SHARDED(TestCli)
void TestCli::crashLeavesOnlyAMarkerAndTheNextRunSaysSo()
{
#ifdef RELAYAUDIT_SANITIZED
    QSKIP("sanitizer builds keep the sanitizers' own fatal-signal handlers");
#else
    // A long-running command, killed the way a crash ends it.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_tmp->filePath(QStringLiteral("home"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("RELAYAUDIT_NO_KEYCHAIN"), QStringLiteral("1"));
    env.insert(QStringLiteral("RELAYAUDIT_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_tmp->path());
    process.start(QStringLiteral(RELAYAUDIT_CLI_PATH),
        { QStringLiteral("sandbox"), QStringLiteral("serve"), QStringLiteral("--port"),
            QStringLiteral("0") });
    QVERIFY(process.waitForStarted());
    // Serving: it has printed its address.
    QByteArray printed;
    QTRY_VERIFY_WITH_TIMEOUT(
        (printed += process.readAllStandardOutput()).contains("127.0.0.1"), 10000);
    // Core dumps are off for the process: nothing of its memory reaches a file.
    QFile limits(QStringLiteral("/proc/%1/limits").arg(process.processId()));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    const QByteArray limitText = limits.readAll();
    static const QRegularExpression noCore(QStringLiteral("Max core file size\\s+0\\s+0\\s"));
    QVERIFY2(noCore.match(QString::fromLatin1(limitText)).hasMatch(), limitText.constData());

    QVERIFY(::kill(static_cast<pid_t>(process.processId()), SIGSEGV) == 0);
    QVERIFY(process.waitForFinished(10000));
    // It exits 128 + 11 from the handler: never through the kernel's
    // core-dump path (a core_pattern pipe could record its environment).
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 128 + SIGSEGV);

    // The marker says which signal and which version, and nothing else.
    const QString marker = home + QStringLiteral("/data/relayaudit/last-crash");
    QFile file(marker);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("signal 11\nversion " RELAYAUDIT_VERSION "\n"));
    file.close();
    QCOMPARE(QFileInfo(marker).permissions() & (QFile::ReadGroup | QFile::ReadOther),
        QFileDevice::Permissions());

    // The next run says so once, and clears the marker.
    Run run = cli({ QStringLiteral("--version") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("stopped unexpectedly (signal 11)"), run.err.constData());
    QVERIFY(!QFile::exists(marker));
    run = cli({ QStringLiteral("--version") });
    QVERIFY(!run.err.contains("stopped unexpectedly"));
#endif
}

// One byte flipped in the middle of workspace.db, on a page of records that
// `pulls` and `breakdown` never read: `workspace check` finds it and names
// the table; after a crash, the first command checks before it answers.
void TestCli::workspaceCheckFindsAFlippedByteNoCommandReads()
{
    initWorkspace();
    const QStringList ws { QStringLiteral("--workspace"), this->ws() };
    const QString file = m_tmp->filePath(QStringLiteral("many.json"));
    writeBulkFile(file, 0, 20000, 'm');
    QCOMPARE(cli(ws + QStringList { QStringLiteral("import"), QStringLiteral("twilio-bulk"), file })
                 .exitCode,
        0);
    Run run = cli(ws + QStringList { QStringLiteral("workspace"), QStringLiteral("check") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Workspace intact:") && run.out.contains("every HMAC verified"),
        run.out.constData());

    QFile db(m_tmp->filePath(QStringLiteral("ws/workspace.db")));
    QVERIFY(db.open(QIODevice::ReadWrite));
    const qint64 page = db.size() / 4096 / 2;
    QVERIFY(db.seek(page * 4096 + 1000));
    char byte = 0;
    QVERIFY(db.getChar(&byte));
    QVERIFY(db.seek(page * 4096 + 1000));
    QVERIFY(db.putChar(static_cast<char>(byte ^ 0x10)));
    db.close();

    run = cli(ws + QStringList { QStringLiteral("workspace"), QStringLiteral("check") });
    QCOMPARE(run.exitCode, 1);
    const QByteArray expected = "damaged: page " + QByteArray::number(page + 1) + " (";
    QVERIFY2(run.out.contains(expected) && run.out.contains("report_record"), run.out.constData());
    QVERIFY(run.out.contains("Workspace damaged: 1 of"));
    run = cli(ws
        + QStringList {
            QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("check") });
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(report.value(QStringLiteral("damaged")).toArray().size(), 1);
    QCOMPARE(report.value(QStringLiteral("damaged"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("page"))
                 .toInteger(),
        page + 1);

    // The page is not one `pulls` reads; after a crash it is checked anyway.
    QVERIFY(QDir().mkpath(m_tmp->filePath(QStringLiteral("home/data/relayaudit"))));
    QFile marker(m_tmp->filePath(QStringLiteral("home/data/relayaudit/last-crash")));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.write("signal 11\nversion " RELAYAUDIT_VERSION "\n");
    marker.close();
    run = cli(ws + QStringList { QStringLiteral("pulls") });
    QCOMPARE(run.exitCode, 1);
    const QByteArray afterCrash
        = "after the unexpected stop, the workspace check found damage: page "
        + QByteArray::number(page + 1);
    QVERIFY2(run.err.contains(afterCrash), run.err.constData());
}

#include "tst_cli.moc"
