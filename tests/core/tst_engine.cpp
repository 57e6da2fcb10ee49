// The send path end to end against the sandbox: validation, the pipeline,
// signed status callbacks (duplicates, reordering, forgeries), the delivery
// log, and what is left behind: no recipient number, text or source record.
#include "TestSupport.h"

#include "deliveries/DeliveryLog.h"
#include "deliveries/Orgs.h"
#include "engine/InboundRelay.h"
#include "engine/SendPipeline.h"
#include "engine/SmsIntake.h"
#include "engine/StatusServer.h"
#include "messages/WebhookSignatures.h"
#include "salesforce/WriteBack.h"
#include "sandbox/SandboxServer.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace relay::core;
using relay::test::FakeClock;

namespace {

const QString kTwilioGateway = QStringLiteral("+15550100001");
const QString kTelnyxGateway = QStringLiteral("+15550100002");
constexpr char kTextMarker[] = "MARKER-TEXT-7f3a";
constexpr char kSourceMarker[] = "003MARKERSOURCE01";

QString recipient(int i)
{
    // Real-shaped, assigned numbers: 202-555-01xx is fiction, 202-555-2xxx is not.
    return QStringLiteral("(202) 555-%1").arg(2000 + i, 4, 10, QLatin1Char('0'));
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusedRequestsNameTheProblemAndLogNothing();
    void thousandSendsReachAFinalStatusAndLeaveNoContent();
    void forgedAndStaleCallbacksAreRefused();
    void signedCallbacksOutOfShapeStoreNothing();
    void statusNeverRegresses();
    void replayedAndUnmatchedCallbacksAreBounded();
    void healthAndMetricsForOperators();
    void schemaElevenKeepsEachEarlyEventOnce();
    void schemaFourteenGivesEachMessageItsGatewaysOrg();
    void lostSubmitAnswersAreFilledInByTheirCallbacks();
    void callbackBeforeALostAnswerIsAdopted();
    void unansweredSubmitsAreNotLoggedAndCanBeSentAgain();
    void writeBackRidesOutCutShortAnswersAndBusyRecords();
    void eachOrgGetsItsRecordsInItsOwnValues();
    void packageCalloutSendsEachRecordOnceAndRefusesForgeries();
    void incomingMessagesBecomeOneRecordEachInTheirOrg();
    void sandboxPlayRoutesNameWhatIsWrong();
    void stoppingServerAsksCalloutsAndRepliesToComeBack();

private:
    int postTwilio(const QString &sid, const QString &status, const QString &code = {});
    // The first cell of the decrypted database (every column of every
    // table) that holds one of `needles`, described; empty when none does.
    QString contentIn(const QList<QByteArray> &needles, qint64 *cells = nullptr);
    // One write-back pass for one org; its finished() arguments.
    QVariantList writeBackOnce(
        const SalesforceWriteBack::Config &config, BatchWriteBack::Totals *totals = nullptr);

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<StatusServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SendPipeline> m_pipeline;
    SystemClock m_clock;
};

void TestEngine::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    auto ws = Workspace::create(m_tmp->filePath(QStringLiteral("ws")), WorkspaceMeta::forKeychain(),
        relay::test::testKey(8), m_clock);
    QVERIFY(ws.ok());
    m_ws = std::move(ws.value());
    const QString account = QString::fromLatin1(sandbox::SyntheticTraffic::accountSid());
    QVERIFY(m_ws->gateways().add({ kTwilioGateway, QStringLiteral("twilio"), account, {} }).ok());
    QVERIFY(m_ws->gateways().add({ kTelnyxGateway, QStringLiteral("telnyx"), {}, {} }).ok());
    QVERIFY(
        m_ws->gateways()
            .add({ QStringLiteral("whatsapp:+15550100003"), QStringLiteral("twilio"), account, {} })
            .ok());

    m_sandbox
        = std::make_unique<sandbox::SandboxServer>(5, 10, QDate(2026, 11, 1), QDate(2026, 11, 2));
    QVERIFY(m_sandbox->start() > 0);
    StatusServer::Options serverOptions;
    serverOptions.twilioTokens.insert(account,
        std::make_shared<SecretBytes>(
            SecretBytes::fromUtf8(sandbox::SandboxServer::twilioAuthToken())));
    serverOptions.telnyxPublicKey = sandbox::SandboxMessages::telnyxPublicKey();
    m_server = std::make_unique<StatusServer>(m_ws->deliveries(), m_ws->links(), serverOptions);
    QVERIFY(m_server->start(QHostAddress::LocalHost) > 0);

    m_network = std::make_unique<QNetworkAccessManager>();
    SendPipeline::Options options;
    options.baseUrl = QUrl(m_sandbox->baseUrl());
    options.twilioStatusCallback = m_server->twilioCallbackUrl();
    options.telnyxWebhook = m_server->telnyxWebhookUrl();
    options.concurrency = 16;
    options.perGatewayPerSecond = 400;
    m_pipeline = std::make_unique<SendPipeline>(
        SendPipeline::Stores { m_ws->gateways(), m_ws->deliveries(), m_ws->links() }, *m_network,
        RecipientHasher(relay::test::testKey(9)), options);
    ProviderCredentials twilio;
    twilio.user = account;
    twilio.secret = SecretBytes::fromUtf8(sandbox::SandboxServer::twilioAuthToken());
    m_pipeline->setTwilioCredentials(account, std::move(twilio));
    m_pipeline->setTelnyxKey(SecretBytes::fromUtf8(sandbox::SandboxServer::telnyxApiKey()));
}

void TestEngine::cleanup()
{
    m_pipeline.reset();
    m_network.reset();
    m_server.reset();
    m_sandbox.reset();
    m_ws.reset();
    m_tmp.reset();
}

void TestEngine::refusedRequestsNameTheProblemAndLogNothing()
{
    const auto refuse = [this](SendPipeline::Request r, const char *expected) {
        auto result = m_pipeline->send(r);
        QVERIFY2(!result.ok(), expected);
        QVERIFY2(result.error().detail.contains(QLatin1String(expected)),
            qPrintable(result.error().detail));
        QVERIFY(!errorMessage(result.error()).contains(QLatin1String("555-2")));
        QVERIFY(!errorMessage(result.error()).contains(QLatin1String(kTextMarker)));
    };
    const SendPipeline::Request good { kTwilioGateway, recipient(1),
        QString::fromLatin1(kTextMarker), QString::fromLatin1(kSourceMarker),
        QStringLiteral("a0X000000000001"), QStringLiteral("batch-1"), Channel::Sms };
    SendPipeline::Request r = good;
    r.gateway = QStringLiteral("+15550109999");
    refuse(r, "not a gateway of this workspace");
    r = good;
    r.recipient = QStringLiteral("12");
    refuse(r, "not a possible number");
    r = good;
    r.text.clear();
    refuse(r, "the text is empty");
    r = good;
    r.text = QString(1601, QLatin1Char('x'));
    refuse(r, "1601 characters");
    r = good;
    r.smsRecordId.clear();
    refuse(r, "SMS record id");
    r = good;
    r.gateway = QStringLiteral("whatsapp:+15550100003");
    refuse(r, "whatsapp: gateway sends WhatsApp messages only");
    auto counts = m_ws->deliveries().counts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->deliveries, 0);

    // An unassigned (fiction) number is accepted with a warning.
    r = good;
    r.recipient = QStringLiteral("+1 555 010 0109");
    auto warned = m_pipeline->send(r);
    QVERIFY(warned.ok());
    QCOMPARE(warned->size(), 1);
    QSignalSpy drained(m_pipeline.get(), &SendPipeline::drained);
    QVERIFY(drained.wait(10000));
    // The same SMS record twice: refused, not sent again.
    r.recipient = recipient(2);
    refuse(r, "already sent");
}

void TestEngine::thousandSendsReachAFinalStatusAndLeaveNoContent()
{
    constexpr int kSends = 1000;
    QSignalSpy finished(m_pipeline.get(), &SendPipeline::finished);
    for (int i = 0; i < kSends; ++i) {
        const bool whatsapp = i % 10 == 9;
        SendPipeline::Request r { whatsapp ? QStringLiteral("whatsapp:+15550100003")
                                           : (i % 2 ? kTelnyxGateway : kTwilioGateway),
            (whatsapp ? QStringLiteral("whatsapp:") : QString()) + recipient(i),
            QStringLiteral("%1 #%2: your appointment is confirmed { reply STOP }")
                .arg(QLatin1String(kTextMarker))
                .arg(i),
            QString::fromLatin1(kSourceMarker),
            QStringLiteral("a0X%1").arg(i, 12, 10, QLatin1Char('0')),
            QStringLiteral("batch-%1").arg(i / 100), whatsapp ? Channel::WhatsApp : Channel::Sms };
        auto queued = m_pipeline->send(r);
        QVERIFY2(queued.ok(), queued ? "" : qPrintable(errorMessage(queued.error())));
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), kSends, 60000);
    for (const QList<QVariant> &args : std::as_const(finished)) {
        const auto outcome = args.first().value<SendPipeline::Outcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
    }
    // Every message reaches a final status through the signed callbacks.
    const auto finals = [this] {
        auto n = m_ws->database().queryInt(
            QStringLiteral("SELECT count(*) FROM delivery WHERE status_rank >= 6"));
        return n ? n.value() : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(finals(), qint64 { kSends }, 60000);
    QCOMPARE(m_server->counters().rejected, 0);
    QCOMPARE(m_sandbox->messages().callbacksRejected(), 0);
    // Callbacks that overtook their submit waited and were applied.
    QCOMPARE(m_ws->database()
                 .queryInt(QStringLiteral("SELECT count(*) FROM delivery_early_event"))
                 .value(),
        0);
    QVERIFY(m_server->counters().timeline > 0); // duplicates and late "sent"s were seen and kept

    // The log answers by every key.
    auto byRecord
        = m_ws->deliveries().find(DeliveryLog::Key::SmsRecord, QStringLiteral("a0X000000000042"));
    QVERIFY(byRecord.ok());
    QCOMPARE(byRecord->size(), 1);
    const DeliveryLog::Delivery d = byRecord->first();
    QCOMPARE(d.gateway, kTwilioGateway);
    QCOMPARE(d.batchId, QStringLiteral("batch-0"));
    QCOMPARE(d.segments, 1);
    QVERIFY(RecipientHasher::isWellFormed(d.recipientHash));
    QVERIFY(d.events.size() >= 3); // submit, sent, final (plus any duplicate)
    auto byProvider
        = m_ws->deliveries().find(DeliveryLog::Key::ProviderMessage, d.providerMessageId);
    QCOMPARE(byProvider->first().smsRecordId, d.smsRecordId);
    auto byBatch = m_ws->deliveries().find(DeliveryLog::Key::Batch, QStringLiteral("batch-3"));
    QCOMPARE(byBatch->size(), 100);
    auto number = RecipientNumber::parse(recipient(42), QStringLiteral("US"));
    auto byHash = m_ws->deliveries().find(DeliveryLog::Key::RecipientHash,
        RecipientHasher(relay::test::testKey(9)).hash(number.value()));
    QCOMPARE(byHash->size(), 1);
    QCOMPARE(byHash->first().smsRecordId, d.smsRecordId);

    // Every SMS record's final status goes back to Salesforce, through an
    // expiring session and per-record refusals.
    m_sandbox->setSalesforceFaults(3, 0.05);
    SalesforceWriteBack::Config config;
    config.login = m_sandbox->salesforceLogin();
    config.login.baseDelayMs = 20;
    config.baseDelayMs = 20;
    config.maxAttempts = 8;
    SalesforceWriteBack writeBack(m_ws->deliveries(), *m_network, config);
    QSignalSpy wrote(&writeBack, &SalesforceWriteBack::finished);
    writeBack.run();
    QVERIFY(wrote.wait(60000));
    QVERIFY2(wrote.first().at(0).toBool(), qPrintable(wrote.first().at(1).toString()));
    QCOMPARE(writeBack.totals().written, kSends);
    QVERIFY(writeBack.totals().retried > 0); // refused records were retried
    QVERIFY(writeBack.totals().sessionRefreshes > 0); // the expired session was renewed
    auto written = m_ws->deliveries().counts();
    QCOMPARE(written->writtenBack, kSends);
    QCOMPARE(m_sandbox->salesforceRecords().size(), kSends);
    const QJsonObject org = m_sandbox->salesforceRecords().value(d.smsRecordId);
    auto now = m_ws->deliveries().find(DeliveryLog::Key::SmsRecord, d.smsRecordId);
    // The package's Status value, never the provider's word; that goes to its own field.
    const SmsFields sms;
    QVERIFY(!sms.statusValue(now->first().status).isEmpty());
    QCOMPARE(org.value(sms.statusField).toString(), sms.statusValue(now->first().status));
    QCOMPARE(org.value(sms.providerStatusField).toString(), now->first().status);
    QCOMPARE(org.value(sms.messageIdField).toString(), d.providerMessageId);
    QCOMPARE(org.value(sms.segmentsField).toInt(), 1);
    QVERIFY(!QJsonDocument(org).toJson().contains("555"));

    // Read back by SOQL (pages of 150, an expiring session): the org holds
    // what the log says, until someone edits or deletes a record there.
    m_sandbox->setSalesforceQueryBatch(150);
    const auto check = [&writeBack] {
        std::optional<Result<SalesforceWriteBack::Check>> answer;
        writeBack.check([&answer](Result<SalesforceWriteBack::Check> c) { answer = std::move(c); });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 60000))
            return SalesforceWriteBack::Check {};
        return answer->ok() ? answer->value() : SalesforceWriteBack::Check {};
    };
    SalesforceWriteBack::Check checked = check();
    QCOMPARE(checked.checked, kSends);
    QCOMPARE(checked.matching, kSends);
    QCOMPARE(checked.differing + checked.missing, 0);
    m_sandbox->setSalesforceField(d.smsRecordId, sms.statusField, QStringLiteral("Queued"));
    const QString deleted = m_sandbox->salesforceRecords().keys().value(0) == d.smsRecordId
        ? m_sandbox->salesforceRecords().keys().value(1)
        : m_sandbox->salesforceRecords().keys().value(0);
    m_sandbox->removeSalesforceRecord(deleted);
    checked = check();
    QCOMPARE(checked.checked, kSends);
    QCOMPARE(checked.differing, 1);
    QCOMPARE(checked.missing, 1);
    QCOMPARE(checked.matching, kSends - 2);
    QVERIFY(checked.examples.join(QLatin1Char('\n'))
                .contains(d.smsRecordId + QStringLiteral(": Mogli_SMS__Status__c is 'Queued'")));
    QVERIFY(checked.examples.join(QLatin1Char('\n'))
                .contains(deleted + QStringLiteral(": not in Mogli_SMS__SMS__c")));

    // Nothing of a recipient, a text or a source record is left: not in the
    // decrypted database (every column of every table), not in any file.
    m_server.reset();
    m_pipeline.reset();
    // Every recipient's ten digits (a hash's hex could hold shorter runs by chance).
    QList<QByteArray> needles { kTextMarker, kSourceMarker, "appointment" };
    for (int i = 0; i < kSends; ++i)
        needles << QByteArray("202555") + QByteArray::number(2000 + i);
    qint64 cells = 0;
    const QString found = contentIn(needles, &cells);
    QVERIFY2(found.isEmpty(), qPrintable(found));
    QVERIFY(cells > kSends * 10);
    const auto files = relay::test::hashTree(m_ws->path());
    for (const QString &file : files.keys()) {
        const QByteArray bytes = relay::test::readAll(m_ws->path() + QLatin1Char('/') + file);
        QVERIFY(!bytes.contains("2025552") && !bytes.contains(kTextMarker)
            && !bytes.contains(kSourceMarker));
    }
}

void TestEngine::forgedAndStaleCallbacksAreRefused()
{
    // One real message to aim at, sent without a status callback: only this
    // test's requests reach the server (on a slow machine the sandbox's own
    // callbacks would land in the middle).
    SendPipeline::Options quiet;
    quiet.baseUrl = QUrl(m_sandbox->baseUrl());
    SendPipeline pipeline({ m_ws->gateways(), m_ws->deliveries(), m_ws->links() }, *m_network,
        RecipientHasher(relay::test::testKey(9)), quiet);
    const QString account = QString::fromLatin1(sandbox::SyntheticTraffic::accountSid());
    ProviderCredentials twilio;
    twilio.user = account;
    twilio.secret = SecretBytes::fromUtf8(sandbox::SandboxServer::twilioAuthToken());
    pipeline.setTwilioCredentials(account, std::move(twilio));
    QVERIFY(pipeline
                .send({ kTwilioGateway, recipient(7), QStringLiteral("hi"), {},
                    QStringLiteral("a0X1"), {}, Channel::Sms })
                .ok());
    QSignalSpy drained(&pipeline, &SendPipeline::drained);
    QVERIFY(drained.wait(10000));
    auto logged = m_ws->deliveries().find(DeliveryLog::Key::SmsRecord, QStringLiteral("a0X1"));
    QVERIFY(logged.ok() && logged->size() == 1);
    const QString sid = logged->first().providerMessageId;
    QSignalSpy rejected(m_server.get(), &StatusServer::rejected);
    const auto totalChanges = [this] {
        return m_ws->database().queryInt(QStringLiteral("SELECT total_changes()")).value();
    };
    const qint64 changesBefore = totalChanges();

    const auto post = [this](const QUrl &url, const QByteArray &body,
                          const QList<QPair<QByteArray, QByteArray>> &headers) {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
            QByteArrayLiteral("application/x-www-form-urlencoded"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network->post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    };
    const QList<QPair<QString, QString>> params { { QStringLiteral("AccountSid"), account },
        { QStringLiteral("MessageSid"), sid },
        { QStringLiteral("MessageStatus"), QStringLiteral("undelivered") },
        { QStringLiteral("To"), QStringLiteral("+12025552007") } };
    QByteArray body = "AccountSid=" + account.toLatin1() + "&MessageSid=" + sid.toLatin1()
        + "&MessageStatus=undelivered&To=%2B12025552007";
    // No signature, a signature under another token, a signed body changed afterwards.
    QCOMPARE(post(m_server->twilioCallbackUrl(), body, {}), 403);
    const QByteArray forged = webhooks::twilioSignature(
        "not-the-token", m_server->twilioCallbackUrl().toString(), params);
    QCOMPARE(post(m_server->twilioCallbackUrl(), body, { { "X-Twilio-Signature", forged } }), 403);
    const QByteArray genuine = webhooks::twilioSignature(sandbox::SandboxServer::twilioAuthToken(),
        m_server->twilioCallbackUrl().toString(), params);
    QByteArray changed = body;
    changed.replace("undelivered", "delivered");
    QCOMPARE(
        post(m_server->twilioCallbackUrl(), changed, { { "X-Twilio-Signature", genuine } }), 403);
    // None of them changed what is stored: the same delivery, the same
    // events, and not one database page written.
    const auto stored = [&] {
        auto d = m_ws->deliveries().find(DeliveryLog::Key::SmsRecord, QStringLiteral("a0X1"));
        return d.ok() ? DeliveryLog::toJson(d->first()) : QJsonObject();
    };
    QCOMPARE(stored(), DeliveryLog::toJson(logged->first()));
    QCOMPARE(totalChanges(), changesBefore);
    // The genuine one is applied.
    QCOMPARE(post(m_server->twilioCallbackUrl(), body, { { "X-Twilio-Signature", genuine } }), 200);
    // Telnyx: unsigned and stale.
    QCOMPARE(post(m_server->telnyxWebhookUrl(), "{\"data\":{}}", {}), 403);
    QCOMPARE(post(m_server->telnyxWebhookUrl(), "{\"data\":{}}",
                 { { "telnyx-timestamp", "1000000000" },
                     { "telnyx-signature-ed25519", QByteArray(64, 'A').toBase64() } }),
        403);
    QCOMPARE(m_server->counters().rejected, 5);
    QVERIFY(
        stored() != DeliveryLog::toJson(logged->first())); // the genuine callback did change it,
    QVERIFY(totalChanges() > changesBefore); // through this same connection
    QCOMPARE(rejected.size(), 5);
    // The reasons say what was wrong, never what was in the request.
    for (const QList<QVariant> &args : std::as_const(rejected)) {
        const QString reason = args.first().toString();
        QVERIFY(!reason.contains(QLatin1String("2025552007")));
        QVERIFY(!reason.contains(sid));
    }
}

// A status callback signed as Twilio signs it; the HTTP status of the answer.
QString TestEngine::contentIn(const QList<QByteArray> &needles, qint64 *cells)
{
    auto tables = m_ws->database().prepare(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    if (!tables)
        return errorMessage(tables.error());
    QStringList names;
    if (auto s = tables->each([&] { names << tables->text(0); }); !s)
        return errorMessage(s.error());
    tables = Statement();
    QString found;
    for (const QString &table : std::as_const(names)) {
        auto rows = m_ws->database().prepare(QStringLiteral("SELECT * FROM %1").arg(table));
        if (!rows)
            return errorMessage(rows.error());
        const Status scanned = rows->each([&] {
            for (int c = 0; c < rows->columnCount() && found.isEmpty(); ++c) {
                const QByteArray cell = rows->blob(c);
                if (cells)
                    ++*cells;
                for (const QByteArray &needle : needles) {
                    if (cell.contains(needle)) {
                        found = QStringLiteral("%1 holds content: %2")
                                    .arg(table, QString::fromUtf8(cell.left(60)));
                        break;
                    }
                }
            }
        });
        if (!scanned)
            return errorMessage(scanned.error());
        if (!found.isEmpty())
            return found;
    }
    return {};
}

int TestEngine::postTwilio(const QString &sid, const QString &status, const QString &code)
{
    const QString account = QString::fromLatin1(sandbox::SyntheticTraffic::accountSid());
    QList<QPair<QString, QString>> params { { QStringLiteral("AccountSid"), account },
        { QStringLiteral("MessageSid"), sid }, { QStringLiteral("MessageStatus"), status } };
    if (!code.isNull())
        params.append({ QStringLiteral("ErrorCode"), code });
    QUrlQuery form;
    for (const auto &[k, v] : params)
        form.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    const QByteArray signature
        = webhooks::twilioSignature(sandbox::SandboxServer::twilioAuthToken(),
            m_server->twilioCallbackUrl().toString(), params);
    QNetworkRequest request(m_server->twilioCallbackUrl());
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("X-Twilio-Signature", signature);
    QNetworkReply *reply = m_network->post(request, form.query(QUrl::FullyEncoded).toUtf8());
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(5000);
    const int answer = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return answer;
}

void TestEngine::signedCallbacksOutOfShapeStoreNothing()
{
    // Genuinely signed, but each with a field no provider sends: refused
    // with the reason, and not one database page written.
    const auto totalChanges = [this] {
        return m_ws->database().queryInt(QStringLiteral("SELECT total_changes()")).value();
    };
    const qint64 changesBefore = totalChanges();
    QSignalSpy rejected(m_server.get(), &StatusServer::rejected);
    const auto postSigned = [this](const QString &sid, const QString &status, const QString &code) {
        return postTwilio(sid, status, code);
    };
    const QString good = QStringLiteral("SM") + QString(32, QLatin1Char('a'));
    QCOMPARE(postSigned(QString(2000, QLatin1Char('x')), QStringLiteral("sent"), {}), 400);
    QCOMPARE(postSigned(
                 QStringLiteral("XX") + QString(32, QLatin1Char('a')), QStringLiteral("sent"), {}),
        400);
    QCOMPARE(postSigned(good, QStringLiteral("sent\r\nX-Injected: 1"), {}), 400);
    QCOMPARE(postSigned(good, QStringLiteral("teleported"), {}), 400);
    QCOMPARE(postSigned(good, QStringLiteral("failed"), QStringLiteral("30007; DROP")), 400);
    QCOMPARE(totalChanges(), changesBefore);
    QCOMPARE(rejected.size(), 5);
    QVERIFY(rejected.at(0).first().toString().contains(QLatin1String("2000 characters")));
    QVERIFY(rejected.at(2).first().toString().contains(QLatin1String("status")));
    // The well-formed one is taken (an unknown message waits as an early event).
    QCOMPARE(postSigned(good, QStringLiteral("sent"), QStringLiteral("30007")), 200);
    QVERIFY(totalChanges() > changesBefore);
}

void TestEngine::statusNeverRegresses()
{
    DeliveryLog &log = m_ws->deliveries();
    DeliveryLog::Submitted s;
    s.smsRecordId = QStringLiteral("a0X9");
    s.gateway = kTwilioGateway;
    s.recipientHash = QStringLiteral("v1:") + QString(64, QLatin1Char('0'));
    s.provider = QStringLiteral("twilio");
    s.providerMessageId = QStringLiteral("SM00000000000000000000000000000009");
    s.segments = 2;
    s.status = QStringLiteral("queued");
    QVERIFY(log.recordSubmit(s).ok());
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    QCOMPARE(log.applyStatus(QStringLiteral("twilio"), s.providerMessageId,
                    QStringLiteral("delivered"), t0, UsageRecordView::kNoError)
                 .value(),
        DeliveryLog::Applied::Advanced);
    // A late "sent": in the timeline, not current. The same "delivered"
    // again (a replay): nothing added.
    QCOMPARE(log.applyStatus(QStringLiteral("twilio"), s.providerMessageId, QStringLiteral("sent"),
                    t0, UsageRecordView::kNoError)
                 .value(),
        DeliveryLog::Applied::KeptInTimeline);
    QCOMPARE(log.applyStatus(QStringLiteral("twilio"), s.providerMessageId,
                    QStringLiteral("delivered"), t0, UsageRecordView::kNoError)
                 .value(),
        DeliveryLog::Applied::Duplicate);
    // A contradictory final status does not flip a final one.
    QCOMPARE(log.applyStatus(QStringLiteral("twilio"), s.providerMessageId,
                    QStringLiteral("undelivered"), t0, 30003)
                 .value(),
        DeliveryLog::Applied::KeptInTimeline);
    QCOMPARE(log.applyStatus(QStringLiteral("twilio"), s.providerMessageId, QStringLiteral("read"),
                    t0, UsageRecordView::kNoError)
                 .value(),
        DeliveryLog::Applied::Advanced);
    // A callback before its submit is logged waits, then applies in order.
    QCOMPARE(log.applyStatus(QStringLiteral("twilio"), QStringLiteral("SMearly"),
                    QStringLiteral("sent"), t0, UsageRecordView::kNoError)
                 .value(),
        DeliveryLog::Applied::UnknownMessage);
    QCOMPARE(log.applyStatus(QStringLiteral("twilio"), QStringLiteral("SMearly"),
                    QStringLiteral("undelivered"), t0, 30005)
                 .value(),
        DeliveryLog::Applied::UnknownMessage);
    DeliveryLog::Submitted late = s;
    late.smsRecordId = QStringLiteral("a0X10");
    late.providerMessageId = QStringLiteral("SMearly");
    QVERIFY(log.recordSubmit(late).ok());
    auto early = log.find(DeliveryLog::Key::SmsRecord, late.smsRecordId);
    QVERIFY(early.ok());
    QCOMPARE(early->first().status, QStringLiteral("undelivered"));
    QCOMPARE(early->first().errorCode, 30005);
    QCOMPARE(early->first().events.size(), 3);
    QCOMPARE(m_ws->database()
                 .queryInt(QStringLiteral("SELECT count(*) FROM delivery_early_event"))
                 .value(),
        0);
    // Ones that never meet a submit go after a day.
    QCOMPARE(log.applyStatus(QStringLiteral("twilio"), QStringLiteral("SMnever"),
                    QStringLiteral("sent"), t0, UsageRecordView::kNoError)
                 .value(),
        DeliveryLog::Applied::UnknownMessage);
    QCOMPARE(log.purgeEarlyEvents(qint64 { 24 } * 3600 * 1000).value(), 0);
    QCOMPARE(log.purgeEarlyEvents(-1000).value(), 1);
    auto found = log.find(DeliveryLog::Key::SmsRecord, s.smsRecordId);
    QVERIFY(found.ok());
    QCOMPARE(found->first().status, QStringLiteral("read"));
    QCOMPARE(found->first().events.size(), 5);
    QCOMPARE(found->first().events.at(1).status, QStringLiteral("delivered"));
    QCOMPARE(found->first().events.at(3).errorCode, 30003);
    // One send per SMS record.
    QCOMPARE(log.recordSubmit(s).error().code, ErrorCode::AlreadyExists);
}

// One captured callback replayed, a message given more statuses than any
// provider has, a table filled to its cap, and events past their day while
// the server runs.
// GET /healthz and /metrics (Prometheus text format), as an operator's
// checks and scraper on the engine's host read them.
void TestEngine::healthAndMetricsForOperators()
{
    const auto get = [this](const QString &path, QByteArray *body, QByteArray *type = nullptr) {
        QUrl url = m_server->baseUrl();
        url.setPath(path);
        QNetworkReply *reply = m_network->get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        *body = reply->readAll();
        if (type)
            *type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        const int answer = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return answer;
    };
    QByteArray body;
    QCOMPARE(get(QStringLiteral("/healthz"), &body), 200);
    QCOMPARE(body, QByteArray("ok\n"));

    DeliveryLog::Submitted s;
    s.smsRecordId = QStringLiteral("a0X5e000002MetAAA");
    s.gateway = kTwilioGateway;
    s.recipientHash = QStringLiteral("v1:") + QString(64, QLatin1Char('5'));
    s.provider = QStringLiteral("twilio");
    s.providerMessageId = QStringLiteral("SM00000000000000000000000000000077");
    s.segments = 1;
    s.status = QStringLiteral("queued");
    QVERIFY(m_ws->deliveries().recordSubmit(s).ok());
    QCOMPARE(postTwilio(s.providerMessageId, QStringLiteral("delivered")), 200);
    QCOMPARE(postTwilio(s.providerMessageId, QStringLiteral("delivered")), 200);
    QCOMPARE(
        postTwilio(QStringLiteral("SM00000000000000000000000000000078"), QStringLiteral("sent")),
        200);
    QCOMPARE(postTwilio(QStringLiteral("not-a-sid"), QStringLiteral("sent")), 400);

    QByteArray type;
    QCOMPARE(get(QStringLiteral("/metrics"), &body, &type), 200);
    QCOMPARE(type, QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    const QList<QByteArray> lines = body.split('\n');
    const auto sample = [&lines](const QByteArray &name) -> qint64 {
        for (const QByteArray &line : lines) {
            if (line.startsWith(QByteArray(name + ' ')))
                return line.mid(name.size() + 1).toLongLong();
        }
        return -1;
    };
    QCOMPARE(sample("relayaudit_http_requests_total{endpoint=\"twilio_status\",code=\"200\"}"), 3);
    QCOMPARE(sample("relayaudit_http_requests_total{endpoint=\"twilio_status\",code=\"400\"}"), 1);
    QCOMPARE(sample("relayaudit_http_requests_total{endpoint=\"healthz\",code=\"200\"}"), 1);
    QCOMPARE(sample("relayaudit_callbacks_total{outcome=\"advanced\"}"), 1);
    QCOMPARE(sample("relayaudit_callbacks_total{outcome=\"duplicate\"}"), 1);
    QCOMPARE(sample("relayaudit_callbacks_total{outcome=\"early\"}"), 1);
    QCOMPARE(sample("relayaudit_refusals_total{reason=\"signature_or_shape\"}"), 1);
    QCOMPARE(sample("relayaudit_queue_depth{queue=\"early_events\"}"), 1);
    QCOMPARE(sample("relayaudit_queue_depth{queue=\"inbound_pending\"}"), 0);
    QCOMPARE(sample("relayaudit_queue_depth{queue=\"sends_uncertain\"}"), 0);
    QCOMPARE(sample("relayaudit_queue_depth{queue=\"callbacks_uncommitted\"}"), 0);
    // The delivered message waits for its write-back, in the default org.
    QCOMPARE(sample("relayaudit_writeback_backlog{org=\"\"}"), 1);
    QCOMPARE(sample("relayaudit_database_up"), 1);
    // The histogram is cumulative and ends with every request.
    const qint64 all = sample(
        "relayaudit_http_request_duration_seconds_bucket{endpoint=\"twilio_status\",le=\"+Inf\"}");
    QCOMPARE(all, 4);
    QVERIFY(sample("relayaudit_http_request_duration_seconds_bucket{endpoint=\"twilio_status\","
                   "le=\"0.001\"}")
        <= sample("relayaudit_http_request_duration_seconds_bucket{endpoint=\"twilio_status\","
                  "le=\"2\"}"));
    QCOMPARE(
        sample("relayaudit_http_request_duration_seconds_count{endpoint=\"twilio_status\"}"), all);
    // Every family has its HELP and TYPE; no message id, hash or secret.
    QVERIFY(body.contains("# TYPE relayaudit_http_request_duration_seconds histogram\n"));
    QVERIFY(body.contains("# TYPE relayaudit_writeback_backlog gauge\n"));
    QVERIFY(!body.contains("SM000000") && !body.contains("v1:") && !body.contains("a0X5e"));
    QVERIFY(!body.contains(sandbox::SandboxServer::twilioAuthToken()));

    // Stopping: the health check says so, for the proxy to stop sending.
    m_server->setStopping();
    QCOMPARE(get(QStringLiteral("/healthz"), &body), 503);
    QCOMPARE(body, QByteArray("stopping\n"));
}

void TestEngine::replayedAndUnmatchedCallbacksAreBounded()
{
    DeliveryLog &log = m_ws->deliveries();
    const auto held = [this](const QString &where) {
        return m_ws->database()
            .queryInt(QStringLiteral("SELECT count(*) FROM delivery_early_event WHERE ") + where)
            .value();
    };
    // A Twilio callback carries no time: a replay is the same event.
    const QString sid = QStringLiteral("SM") + QString(32, QLatin1Char('b'));
    for (int i = 0; i < 200; ++i)
        QCOMPARE(postTwilio(sid, QStringLiteral("sent")), 200);
    QCOMPARE(held(QStringLiteral("provider_message_id = '%1'").arg(sid)), 1);
    QCOMPARE(m_server->counters().unknown, 1);
    QCOMPARE(m_server->counters().duplicates, 199);
    // Telnyx events with their own times: at most 16 for one message.
    const QString uuid = QStringLiteral("40385f64-5717-4562-b3fc-2c963f66afa6");
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    int kept = 0;
    int refused = 0;
    for (int i = 0; i < 20; ++i) {
        auto applied = log.applyStatus(QStringLiteral("telnyx"), uuid, QStringLiteral("sent"),
            t0.addSecs(i), UsageRecordView::kNoError);
        QVERIFY(applied.ok());
        kept += applied.value() == DeliveryLog::Applied::UnknownMessage;
        refused += applied.value() == DeliveryLog::Applied::EarlyRefused;
    }
    QCOMPARE(kept, int(DeliveryLog::kMaxEarlyEventsPerMessage));
    QCOMPARE(refused, 20 - int(DeliveryLog::kMaxEarlyEventsPerMessage));
    // The same event again is a duplicate, full or not.
    QCOMPARE(log.applyStatus(QStringLiteral("telnyx"), uuid, QStringLiteral("sent"), t0,
                    UsageRecordView::kNoError)
                 .value(),
        DeliveryLog::Applied::Duplicate);
    // The table at its cap: a new message's callback is answered 503 and not stored.
    QVERIFY(m_ws->database()
                .exec(QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                    "INSERT INTO delivery_early_event (provider, provider_message_id, status, "
                    "at_ms, received_ms, source) SELECT 'telnyx', printf('filler-%d', i), 'sent', "
                    "0, 0, 'callback' FROM n")
                          .arg(DeliveryLog::kMaxEarlyEvents))
                .ok());
    const QString late = QStringLiteral("SM") + QString(32, QLatin1Char('c'));
    QCOMPARE(postTwilio(late, QStringLiteral("sent")), 503);
    QCOMPARE(held(QStringLiteral("provider_message_id = '%1'").arg(late)), 0);
    QCOMPARE(m_server->counters().earlyRefused, 1);
    auto stats = log.earlyEventStats();
    QVERIFY(stats.ok());
    QCOMPARE(stats->mostForOneMessage, DeliveryLog::kMaxEarlyEventsPerMessage);
    // While a server runs, what is past its day goes (the fillers arrived at 0).
    StatusServer::Options options;
    options.earlyEventSweepMs = 50;
    StatusServer sweeping(log, m_ws->links(), options);
    QVERIFY(sweeping.start(QHostAddress::LocalHost) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        sweeping.counters().earlyExpired, DeliveryLog::kMaxEarlyEvents, 10000);
    QCOMPARE(held(QStringLiteral("1")), 1 + DeliveryLog::kMaxEarlyEventsPerMessage);
    QCOMPARE(postTwilio(late, QStringLiteral("sent")), 200);
}

// A workspace of schema 10 holding a replayed Twilio callback 3 times (each
// under the time it arrived) and a Telnyx event twice.
void TestEngine::schemaElevenKeepsEachEarlyEventOnce()
{
    const Migration before[]
        = { { 1, DeliveryLog::schemaSql() }, { 2, DeliveryLog::callbackRefSql() } };
    const Migration after[] = { { 1, DeliveryLog::schemaSql() },
        { 2, DeliveryLog::callbackRefSql() }, { 3, DeliveryLog::eventOnceSql() } };
    auto db = Database::open(m_tmp->filePath(QStringLiteral("old.db")), relay::test::testKey(3),
        Database::OpenMode::CreateNew);
    QVERIFY(db.ok());
    QVERIFY(migrate(db.value(), before).ok());
    QVERIFY(db->exec(QStringLiteral(
                         "INSERT INTO delivery_early_event (provider, provider_message_id, status, "
                         "at_ms, received_ms, source) VALUES "
                         "('twilio', 'SMx', 'sent', 1000, 1000, 'callback'), "
                         "('twilio', 'SMx', 'sent', 2000, 2000, 'callback'), "
                         "('twilio', 'SMx', 'sent', 3000, 3000, 'callback'), "
                         "('twilio', 'SMx', 'delivered', 4000, 4000, 'callback'), "
                         "('telnyx', 'u1', 'sent', 500, 1000, 'callback'), "
                         "('telnyx', 'u1', 'sent', 500, 2000, 'callback'), "
                         "('telnyx', 'u1', 'sent', 600, 2000, 'callback')"))
                .ok());
    QVERIFY(migrate(db.value(), after).ok());
    const auto count = [&](const char *where) {
        return db
            ->queryInt(QStringLiteral("SELECT count(*) FROM delivery_early_event WHERE ")
                + QLatin1String(where))
            .value();
    };
    QCOMPARE(count("provider = 'twilio'"), 2); // sent once, delivered once
    QCOMPARE(count("provider = 'twilio' AND status = 'sent' AND at_ms = 1000"), 1); // the first
    QCOMPARE(count("provider = 'telnyx'"), 2); // two times, two events
    QVERIFY(
        !db->exec(QStringLiteral("INSERT INTO delivery_early_event (provider, provider_message_id, "
                                 "status, at_ms, received_ms, source) VALUES "
                                 "('twilio', 'SMx', 'sent', 9000, 9000, 'callback')"))
             .ok());
}

void TestEngine::schemaFourteenGivesEachMessageItsGatewaysOrg()
{
    const Migration before[]
        = { { 1, DeliveryLog::schemaSql() }, { 2, DeliveryLog::callbackRefSql() },
              { 3, DeliveryLog::eventOnceSql() }, { 4, Orgs::schemaSql() } };
    const Migration after[] = { { 1, DeliveryLog::schemaSql() },
        { 2, DeliveryLog::callbackRefSql() }, { 3, DeliveryLog::eventOnceSql() },
        { 4, Orgs::schemaSql() }, { 5, Orgs::fieldsSql() }, { 6, DeliveryLog::perOrgSql() } };
    auto db = Database::open(m_tmp->filePath(QStringLiteral("twelve.db")), relay::test::testKey(3),
        Database::OpenMode::CreateNew);
    QVERIFY(db.ok());
    QVERIFY(migrate(db.value(), before).ok());
    // A single-org workspace: one gateway of a registered org, one of none
    // (the environment's login), and a message of a gateway since removed.
    QVERIFY(
        db->exec(QStringLiteral(
                     "INSERT INTO engine_org (name, instance_url, login_url, flow, client_id, "
                     "created_ms) VALUES ('Acme', 'https://acme.my.salesforce.com', "
                     "'https://login.salesforce.com', 'refresh', 'key', 1);"
                     "INSERT INTO engine_gateway (address, provider, account, created_ms, org) "
                     "VALUES ('+15550100001', 'twilio', 'AC1', 1, 'Acme'), "
                     "('+15550100002', 'telnyx', '', 1, NULL);"
                     "INSERT INTO delivery (sms_record_id, batch_id, gateway, channel, "
                     "recipient_hash, provider, provider_message_id, segments, status, "
                     "status_rank, error_code, created_ms, updated_ms, writeback, "
                     "writeback_error, writeback_attempts, callback_ref) VALUES "
                     "('a0X000000000001', 'b', '+15550100001', 0, 'v1:h1', 'twilio', 'SM1', 2, "
                     "'delivered', 6, NULL, 10, 20, 'written', NULL, 1, NULL), "
                     "('a0X000000000002', 'b', '+15550100002', 0, 'v1:h2', 'telnyx', NULL, 1, "
                     "'queued', 2, 30003, 11, 21, 'failed', 'X: y', 5, 'ref2'), "
                     "('a0X000000000003', NULL, '+15550100009', 1, 'v1:h3', 'twilio', 'SM3', 1, "
                     "'sent', 4, NULL, 12, 22, 'pending', NULL, 0, NULL);"
                     "INSERT INTO delivery_event (delivery_id, status, at_ms, received_ms, "
                     "source) VALUES (1, 'delivered', 20, 20, 'callback')"))
            .ok());
    const QString everything = QStringLiteral(
        "SELECT group_concat(id || '|' || sms_record_id || '|' || ifnull(batch_id, '-') || '|' || "
        "gateway || '|' || channel || '|' || recipient_hash || '|' || provider || '|' || "
        "ifnull(provider_message_id, '-') || '|' || segments || '|' || status || '|' || "
        "status_rank || '|' || ifnull(error_code, '-') || '|' || created_ms || '|' || updated_ms "
        "|| '|' || writeback || '|' || ifnull(writeback_error, '-') || '|' || writeback_attempts "
        "|| '|' || ifnull(callback_ref, '-'), ';') FROM (SELECT * FROM delivery ORDER BY id)");
    const auto rows = [&] {
        auto stmt = db->prepare(everything);
        QString text;
        if (stmt && stmt->step().ok())
            text = stmt->text(0);
        return text;
    };
    const QString was = rows();
    QVERIFY(was.count(QLatin1Char(';')) == 2);
    QVERIFY(migrate(db.value(), after).ok());
    QCOMPARE(rows(), was); // every row and value kept
    const auto orgOf = [&](const char *id) {
        auto stmt
            = db->prepare(QStringLiteral("SELECT org FROM delivery WHERE sms_record_id = ?1"));
        stmt->bind(1, QLatin1String(id));
        return stmt->step().ok() ? stmt->text(0) : QStringLiteral("?");
    };
    QCOMPARE(orgOf("a0X000000000001"), QStringLiteral("Acme"));
    QCOMPARE(orgOf("a0X000000000002"), QString()); // the default org
    QCOMPARE(orgOf("a0X000000000003"), QString()); // its gateway is gone
    QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM delivery_event")).value(), 1);
    // The same id in another org is another record; twice in one org is refused.
    QVERIFY(db->exec(QStringLiteral(
                         "INSERT INTO delivery (org, sms_record_id, gateway, channel, "
                         "recipient_hash, provider, segments, status, status_rank, created_ms, "
                         "updated_ms) VALUES ('Acme', 'a0X000000000002', '+15550100001', 0, "
                         "'v1:h', 'twilio', 1, 'queued', 2, 1, 1)"))
                .ok());
    QVERIFY(!db->exec(QStringLiteral(
                          "INSERT INTO delivery (org, sms_record_id, gateway, channel, "
                          "recipient_hash, provider, segments, status, status_rank, created_ms, "
                          "updated_ms) VALUES ('Acme', 'a0X000000000001', '+15550100001', 0, "
                          "'v1:h', 'twilio', 1, 'queued', 2, 1, 1)"))
                 .ok());
}

void TestEngine::lostSubmitAnswersAreFilledInByTheirCallbacks()
{
    // Every answer to a submit is cut in half after the provider created the
    // message: nothing is sent twice, each send is logged as queued without
    // an id, and the first signed callback (its URL carries the send's
    // reference) names the id.
    sandbox::SandboxServer::Faults faults;
    faults.truncated = 1.0;
    m_sandbox->setFaults(faults);
    constexpr int kSends = 20;
    QSignalSpy finished(m_pipeline.get(), &SendPipeline::finished);
    for (int i = 0; i < kSends; ++i) {
        SendPipeline::Request r { i % 2 ? kTelnyxGateway : kTwilioGateway, recipient(i),
            QString::fromLatin1(kTextMarker), QString::fromLatin1(kSourceMarker),
            QStringLiteral("a0X1%1").arg(i, 11, 10, QLatin1Char('0')), QStringLiteral("lost"),
            Channel::Sms };
        QVERIFY(m_pipeline->send(r).ok());
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), kSends, 30000);
    for (const QList<QVariant> &args : std::as_const(finished)) {
        const auto outcome = args.first().value<SendPipeline::Outcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(outcome.providerMessageId.isEmpty());
        QCOMPARE(outcome.status, QStringLiteral("queued"));
        QVERIFY2(outcome.warning.contains(QLatin1String("answer was lost")),
            qPrintable(outcome.warning));
    }
    QCOMPARE(m_sandbox->messages().created(), kSends); // never submitted twice
    const auto count = [this](const char *sql) {
        auto n = m_ws->database().queryInt(QString::fromLatin1(sql));
        return n ? n.value() : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(count("SELECT count(*) FROM delivery WHERE status_rank >= 6 AND "
                                    "provider_message_id IS NOT NULL"),
        qint64 { kSends }, 30000);
    QCOMPARE(count("SELECT count(*) FROM delivery WHERE callback_ref IS NOT NULL"), 0);
    QCOMPARE(count("SELECT count(*) FROM delivery_early_event"), 0);
    QCOMPARE(m_server->counters().rejected, 0);
    // The id the log learned is the provider's: it finds the message.
    auto logged = m_ws->deliveries().find(DeliveryLog::Key::Batch, QStringLiteral("lost"));
    QVERIFY(logged.ok());
    QCOMPARE(logged->size(), kSends);
    for (const DeliveryLog::Delivery &d : logged.value()) {
        QVERIFY(d.providerMessageId.startsWith(
            d.provider == QLatin1String("twilio") ? QLatin1String("SM") : QLatin1String("")));
        QCOMPARE(d.events.first().source, QStringLiteral("submit"));
        QCOMPARE(m_ws->deliveries()
                     .find(DeliveryLog::Key::ProviderMessage, d.providerMessageId)
                     ->first()
                     .smsRecordId,
            d.smsRecordId);
    }
}

void TestEngine::callbackBeforeALostAnswerIsAdopted()
{
    // The callback comes first (it waits as an early event, with the
    // reference), then the submit whose answer was lost.
    DeliveryLog &log = m_ws->deliveries();
    const QString ref = QStringLiteral("abcdefghijklmnopqrstuvwx");
    auto early = log.applyStatus(QStringLiteral("telnyx"),
        QStringLiteral("40319b1a-0000-4000-8000-000000000001"), QStringLiteral("sent"), QDateTime(),
        UsageRecordView::kNoError, QStringLiteral("callback"), ref);
    QVERIFY(early.ok());
    QCOMPARE(early.value(), DeliveryLog::Applied::UnknownMessage);
    DeliveryLog::Submitted s;
    s.smsRecordId = QStringLiteral("a0X200000000001");
    s.gateway = kTelnyxGateway;
    s.recipientHash = RecipientHasher(relay::test::testKey(9))
                          .hash(RecipientNumber::parse(recipient(1), QStringLiteral("US")).value());
    s.provider = QStringLiteral("telnyx");
    s.segments = 1;
    s.status = QStringLiteral("queued");
    s.callbackRef = ref;
    QVERIFY(log.recordSubmit(s).ok());
    auto found = log.find(DeliveryLog::Key::SmsRecord, s.smsRecordId);
    QVERIFY(found.ok());
    QCOMPARE(
        found->first().providerMessageId, QStringLiteral("40319b1a-0000-4000-8000-000000000001"));
    QCOMPARE(found->first().status, QStringLiteral("sent"));
    QCOMPARE(m_ws->database()
                 .queryInt(QStringLiteral("SELECT count(*) FROM delivery_early_event"))
                 .value(),
        0);
    QCOMPARE(m_ws->database()
                 .queryInt(
                     QStringLiteral("SELECT count(*) FROM delivery WHERE callback_ref IS NOT NULL"))
                 .value(),
        0);

    // A reference that names no send, or another provider's, adopts nothing.
    DeliveryLog::Submitted other = s;
    other.smsRecordId = QStringLiteral("a0X200000000002");
    other.callbackRef = QStringLiteral("zyxwvutsrqponmlkjihgfedc");
    QVERIFY(log.recordSubmit(other).ok());
    auto stray = log.applyStatus(QStringLiteral("twilio"),
        QStringLiteral("SM00000000000000000000000000000001"), QStringLiteral("delivered"),
        QDateTime(), UsageRecordView::kNoError, QStringLiteral("callback"), other.callbackRef);
    QCOMPARE(stray.value(), DeliveryLog::Applied::UnknownMessage);
    QVERIFY(log.find(DeliveryLog::Key::SmsRecord, other.smsRecordId)
                ->first()
                .providerMessageId.isEmpty());
}

void TestEngine::unansweredSubmitsAreNotLoggedAndCanBeSentAgain()
{
    // Every submit meets a 500 (nothing is created): after its attempts the
    // send ends unlogged, and the same SMS record can be sent once the
    // provider is back.
    sandbox::SandboxServer::Faults faults;
    faults.serverError = 1.0;
    m_sandbox->setFaults(faults);
    SendPipeline::Options options;
    options.baseUrl = QUrl(m_sandbox->baseUrl());
    options.maxAttempts = 2;
    SendPipeline pipeline({ m_ws->gateways(), m_ws->deliveries(), m_ws->links() }, *m_network,
        RecipientHasher(relay::test::testKey(9)), options);
    pipeline.setTelnyxKey(SecretBytes::fromUtf8(sandbox::SandboxServer::telnyxApiKey()));
    const SendPipeline::Request r { kTelnyxGateway, recipient(3), QString::fromLatin1(kTextMarker),
        QString::fromLatin1(kSourceMarker), QStringLiteral("a0X300000000001"),
        QStringLiteral("retry"), Channel::Sms };
    QSignalSpy finished(&pipeline, &SendPipeline::finished);
    QVERIFY(pipeline.send(r).ok());
    QVERIFY(finished.wait(10000));
    auto outcome = finished.takeFirst().first().value<SendPipeline::Outcome>();
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(
                 QLatin1String("HTTP 500 to 2 attempts; the record can be sent again")),
        qPrintable(outcome.error));
    QCOMPARE(m_sandbox->faultsInjected(), 2);
    QCOMPARE(m_sandbox->messages().created(), 0);
    QCOMPARE(m_ws->deliveries().counts()->deliveries, 0);

    m_sandbox->setFaults({});
    QVERIFY(pipeline.send(r).ok());
    QVERIFY(finished.wait(10000));
    outcome = finished.takeFirst().first().value<SendPipeline::Outcome>();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(!outcome.providerMessageId.isEmpty());
    QCOMPARE(m_ws->deliveries().counts()->deliveries, 1);
    QCOMPARE(m_sandbox->messages().created(), 1);
}

void TestEngine::writeBackRidesOutCutShortAnswersAndBusyRecords()
{
    constexpr int kSends = 30;
    QSignalSpy finished(m_pipeline.get(), &SendPipeline::finished);
    for (int i = 0; i < kSends; ++i) {
        SendPipeline::Request r { kTwilioGateway, recipient(i), QString::fromLatin1(kTextMarker),
            QString::fromLatin1(kSourceMarker),
            QStringLiteral("a0X4%1").arg(i, 11, 10, QLatin1Char('0')), QStringLiteral("wb"),
            Channel::Sms };
        QVERIFY(m_pipeline->send(r).ok());
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), kSends, 30000);
    // Final statuses first: a callback that moves a status re-opens its write-back.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_ws->database()
            .queryInt(QStringLiteral("SELECT count(*) FROM delivery WHERE status_rank >= 6"))
            .value(),
        qint64 { kSends }, 30000);
    QTest::qWait(600); // a duplicate final callback may still come

    // Every record is refused as locked: the pass gives up on them within
    // its attempts and ends with an error that says to run again.
    m_sandbox->setSalesforceFaults(1000, 1.0);
    SalesforceWriteBack::Config config;
    config.login = m_sandbox->salesforceLogin();
    config.login.baseDelayMs = 5;
    config.login.maxAttempts = 12;
    config.baseDelayMs = 5;
    config.maxAttempts = 2;
    config.batchSize = 7;
    {
        SalesforceWriteBack busy(m_ws->deliveries(), *m_network, config);
        QSignalSpy done(&busy, &SalesforceWriteBack::finished);
        busy.run();
        QVERIFY(done.wait(30000));
        QVERIFY(!done.first().at(0).toBool());
        QVERIFY2(
            done.first().at(1).toString().contains(QLatin1String("refused as busy 2 times each")),
            qPrintable(done.first().at(1).toString()));
        QCOMPARE(busy.totals().written, 0);
        QCOMPARE(busy.totals().failed, kSends);
        QCOMPARE(busy.totals().deferred, kSends);
        QCOMPARE(m_ws->deliveries().counts()->writeBackFailed, kSends);
    }
    // A wrong record is given up for good: it is not reopened.
    QVERIFY(m_ws->deliveries()
                .setWriteBack(1, DeliveryLog::WriteBack::Failed,
                    QStringLiteral("INVALID_FIELD: no such field"))
                .ok());

    // The org is free again, and half its answers (login and PATCH alike)
    // are cut short or fail: the next pass reopens the busy ones, repeats
    // what is safe to repeat, and writes them all.
    m_sandbox->setSalesforceFaults(1000, 0.0);
    sandbox::SandboxServer::Faults faults;
    faults.truncated = 0.3;
    faults.serverError = 0.1;
    faults.tooManyRequests = 0.1;
    m_sandbox->setFaults(faults);
    m_sandbox->setFaultSeed(7);
    SalesforceWriteBack again(m_ws->deliveries(), *m_network, config);
    QSignalSpy done(&again, &SalesforceWriteBack::finished);
    again.run();
    QVERIFY(done.wait(60000));
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    QCOMPARE(again.totals().reopened, kSends - 1);
    QCOMPARE(again.totals().written, kSends - 1);
    QVERIFY(m_sandbox->faultsInjected() > 0);
    QCOMPARE(m_ws->deliveries().counts()->writtenBack, kSends - 1);
    QCOMPARE(m_ws->deliveries().counts()->writeBackFailed, 1);
    QCOMPARE(m_sandbox->salesforceRecords().size(), kSends - 1);
}

QVariantList TestEngine::writeBackOnce(
    const SalesforceWriteBack::Config &config, BatchWriteBack::Totals *totals)
{
    SalesforceWriteBack job(m_ws->deliveries(), *m_network, config);
    QSignalSpy done(&job, &SalesforceWriteBack::finished);
    job.run();
    if (!done.wait(30000))
        return { false, QStringLiteral("timed out") };
    if (totals)
        *totals = job.totals();
    return done.first();
}

void TestEngine::eachOrgGetsItsRecordsInItsOwnValues()
{
    // Two client orgs, each its own (sandbox) Salesforce; the providers'
    // sandbox plays the default org, which must get nothing.
    sandbox::SandboxServer acme(11, 1, QDate(2026, 11, 1), QDate(2026, 11, 2));
    sandbox::SandboxServer beta(12, 1, QDate(2026, 11, 1), QDate(2026, 11, 2));
    QVERIFY(acme.start() > 0);
    QVERIFY(beta.start() > 0);
    const QString account = QString::fromLatin1(sandbox::SyntheticTraffic::accountSid());
    const std::pair<QString, sandbox::SandboxServer *> orgs[] { { QStringLiteral("Acme"), &acme },
        { QStringLiteral("Beta"), &beta } };
    for (const auto &[name, server] : orgs) {
        Orgs::Org org;
        org.name = name;
        org.instanceUrl = QUrl(server->baseUrl());
        org.loginUrl = QUrl(server->baseUrl());
        org.clientId = QString::fromLatin1(sandbox::SandboxServer::salesforceClientId());
        QVERIFY(m_ws->orgs().add(org).ok());
    }
    const QString acmeGateway = QStringLiteral("+15550100011");
    const QString betaGateway = QStringLiteral("+15550100012");
    QVERIFY(m_ws->gateways()
                .add({ acmeGateway, QStringLiteral("twilio"), account, {}, QStringLiteral("Acme"),
                    QStringLiteral("a0G5e000001AcmA") })
                .ok());
    QVERIFY(m_ws->gateways()
                .add({ betaGateway, QStringLiteral("twilio"), account, {}, QStringLiteral("Beta"),
                    QStringLiteral("a0G5e000001BetA") })
                .ok());

    // The same SMS record ids in both orgs: two records each, not re-sends.
    constexpr int kEach = 12;
    QSignalSpy finished(m_pipeline.get(), &SendPipeline::finished);
    const auto id = [](int i) { return QStringLiteral("a0X7%1").arg(i, 11, 10, QLatin1Char('0')); };
    for (int i = 0; i < kEach; ++i) {
        for (const QString &gateway : { acmeGateway, betaGateway }) {
            SendPipeline::Request r { gateway, recipient(i + (gateway == betaGateway ? 500 : 0)),
                QString::fromLatin1(kTextMarker), QString::fromLatin1(kSourceMarker), id(i),
                QStringLiteral("multi"), Channel::Sms };
            QVERIFY(m_pipeline->send(r).ok());
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2 * kEach, 30000);
    // Within one org the id is still sent once.
    SendPipeline::Request again { acmeGateway, recipient(1), QString::fromLatin1(kTextMarker),
        QString::fromLatin1(kSourceMarker), id(1), QStringLiteral("multi"), Channel::Sms };
    auto refused = m_pipeline->send(again);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().detail.contains(QLatin1String("already sent")));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_ws->database()
            .queryInt(QStringLiteral("SELECT count(*) FROM delivery WHERE status_rank >= 6"))
            .value(),
        qint64 { 2 * kEach }, 30000);
    QTest::qWait(600); // a duplicate final callback may still come
    QCOMPARE(m_ws->deliveries().orgsWithWriteBacks(DeliveryLog::WriteBack::Pending).value(),
        QStringList({ QStringLiteral("Acme"), QStringLiteral("Beta") }));

    const auto configFor = [this](const QString &name, sandbox::SandboxServer &server) {
        SalesforceWriteBack::Config config;
        config.org = name;
        config.login = server.salesforceLogin();
        config.login.baseDelayMs = 5;
        config.login.maxAttempts = 3;
        config.baseDelayMs = 5;
        config.maxAttempts = 4;
        auto fields = m_ws->orgs().fields(name);
        if (fields)
            config.fields = fields.value();
        return config;
    };

    // Acme is down; Beta maps every final status to a value its restricted
    // picklist lacks. Acme's pass fails and leaves its records pending;
    // Beta's refusals name the field and the value, and are not retried.
    acme.setSalesforceDown(true);
    const QString wrong = QStringLiteral("Delivered");
    QVERIFY(m_ws->orgs()
                .setFields(QStringLiteral("Beta"),
                    { { QStringLiteral("status:delivered"), wrong },
                        { QStringLiteral("status:undelivered"), wrong },
                        { QStringLiteral("status:failed"), wrong } })
                .ok());
    QVariantList done = writeBackOnce(configFor(QStringLiteral("Acme"), acme));
    QVERIFY(!done.at(0).toBool());
    QVERIFY2(
        done.at(1).toString().contains(QLatin1String("503")), qPrintable(done.at(1).toString()));
    BatchWriteBack::Totals totals;
    done = writeBackOnce(configFor(QStringLiteral("Beta"), beta), &totals);
    QVERIFY2(done.at(0).toBool(), qPrintable(done.at(1).toString()));
    QCOMPARE(totals.written, 0);
    QCOMPARE(totals.failed, kEach);
    QCOMPARE(totals.retried, 0);
    auto logged = m_ws->deliveries().find(DeliveryLog::Key::Batch, QStringLiteral("multi"));
    QCOMPARE(logged->size(), 2 * kEach);
    for (const DeliveryLog::Delivery &d : logged.value()) {
        if (d.org == QLatin1String("Acme")) {
            QCOMPARE(d.writeBack, DeliveryLog::WriteBack::Pending);
            continue;
        }
        QCOMPARE(d.org, QStringLiteral("Beta"));
        QCOMPARE(d.writeBack, DeliveryLog::WriteBack::Failed);
        QVERIFY2(d.writeBackError.startsWith(QLatin1String(
                     "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: Mogli_SMS__Status__c does not take "
                     "the value 'Delivered' (the provider's status ")),
            qPrintable(d.writeBackError));
        QVERIFY(d.writeBackError.contains(
            QStringLiteral("'engine org fields Beta --set status:%1=VALUE'").arg(d.status)));
    }
    QVERIFY(beta.salesforceRecords().isEmpty());

    // Beta's map back to the package's values: the refused records are
    // tried again and written; Acme is up again and gets its own.
    QVERIFY(m_ws->orgs()
                .setFields(QStringLiteral("Beta"), {},
                    { QStringLiteral("status:delivered"), QStringLiteral("status:undelivered"),
                        QStringLiteral("status:failed") })
                .ok());
    QCOMPARE(m_ws->deliveries()
                 .reopenWriteBacks(QStringLiteral("Beta"), BatchWriteBack::permanentCodes())
                 .value(),
        qint64 { kEach });
    acme.setSalesforceDown(false);
    for (const auto &[name, server] : orgs) {
        done = writeBackOnce(configFor(name, *server), &totals);
        QVERIFY2(done.at(0).toBool(), qPrintable(done.at(1).toString()));
        QCOMPARE(totals.written, kEach);
        QCOMPARE(server->salesforceRecords().size(), kEach);
        for (int i = 0; i < kEach; ++i) {
            const QJsonObject record = server->salesforceRecords().value(id(i));
            const QString status = record.value(QStringLiteral("Mogli_SMS__Status__c")).toString();
            QVERIFY2(
                status == QLatin1String("Sent Successfully") || status == QLatin1String("Error"),
                qPrintable(name + QLatin1Char(' ') + status));
        }
    }
    // Nothing went to an org it does not belong to.
    QVERIFY(m_sandbox->salesforceRecords().isEmpty());
    QCOMPARE(m_ws->deliveries().counts()->writtenBack, 2 * kEach);
}

void TestEngine::packageCalloutSendsEachRecordOnceAndRefusesForgeries()
{
    Orgs::Org acme;
    acme.name = QStringLiteral("acme");
    acme.instanceUrl = QUrl(m_sandbox->baseUrl());
    acme.loginUrl = QUrl(m_sandbox->baseUrl());
    acme.clientId = QString::fromLatin1(sandbox::SandboxServer::salesforceClientId());
    QVERIFY(m_ws->orgs().add(acme).ok());
    const QString account = QString::fromLatin1(sandbox::SyntheticTraffic::accountSid());
    const QString gatewayRecord = QStringLiteral("a0G5e000002IntA");
    QVERIFY(m_ws->gateways()
                .add({ QStringLiteral("+15550100021"), QStringLiteral("twilio"), account, {},
                    QStringLiteral("acme"), gatewayRecord })
                .ok());
    const QByteArray secret = "intake-secret-of-acme-0123456789";
    SmsIntake::Options options;
    options.secrets.insert(
        QStringLiteral("acme"), std::make_shared<SecretBytes>(SecretBytes::fromUtf8(secret)));
    SmsIntake intake(m_ws->gateways(), *m_pipeline, options);
    m_server->setIntake(&intake);
    const auto closeIntake = qScopeGuard([this] { m_server->setIntake(nullptr); });
    QSignalSpy rejected(m_server.get(), &StatusServer::rejected);

    QList<QByteArray> answers; // every body the engine answered, to scan at the end
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    const auto postRaw
        = [&](const QByteArray &body, const Headers &headers, QJsonObject *answer = nullptr) {
              QNetworkRequest request(m_server->intakeUrl());
              request.setHeader(
                  QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
              for (const auto &[name, value] : headers)
                  request.setRawHeader(name, value);
              QNetworkReply *reply = m_network->post(request, body);
              QSignalSpy done(reply, &QNetworkReply::finished);
              done.wait(10000);
              const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
              const QByteArray bytes = reply->readAll();
              answers.append(bytes);
              if (answer)
                  *answer = QJsonDocument::fromJson(bytes).object();
              reply->deleteLater();
              return status;
          };
    const auto post = [&](const QByteArray &body, const QByteArray &org, qint64 timestamp,
                          const QByteArray &key, QJsonObject *answer = nullptr) {
        const QByteArray ts = QByteArray::number(timestamp);
        Headers headers { { "X-Relay-Timestamp", ts },
            { "X-Relay-Signature", webhooks::intakeSignature(key, ts, body) } };
        if (!org.isEmpty())
            headers.append({ "X-Relay-Org", org });
        return postRaw(body, headers, answer);
    };
    const auto record = [&](const QString &id, const QString &number, const QString &text,
                            const QString &gateway) {
        return QJsonObject { { QStringLiteral("id"), id },
            { QStringLiteral("batch_group_id"), QStringLiteral("callout-1") },
            { QStringLiteral("gateway"), gateway }, { QStringLiteral("phone_number"), number },
            { QStringLiteral("message"), text },
            { QStringLiteral("source_record_id"), QLatin1String(kSourceMarker) } };
    };
    const QString text = QString::fromLatin1(kTextMarker);
    const QString first = QStringLiteral("a0B5e000003Int1");
    const QJsonArray batch { record(first, recipient(31), text, gatewayRecord),
        record(first, recipient(31), text, gatewayRecord), // the same record twice in one callout
        record(QStringLiteral("a0B5e000003Int2"), recipient(32), text,
            QStringLiteral("a0G5e000009Othr")), // not acme's gateway
        record(QStringLiteral("a0B5e000003Int3"), QStringLiteral("12"), text, gatewayRecord),
        record(QStringLiteral("a0B5e000003Int4"), recipient(34), QString(), gatewayRecord),
        record(QStringLiteral("a0B5e000003Int5"), recipient(35), QString(1601, QLatin1Char('x')),
            gatewayRecord),
        record(QStringLiteral("not an id"), recipient(36), text, gatewayRecord) };
    const QByteArray body
        = QJsonDocument(QJsonObject { { QStringLiteral("records"), batch } }).toJson();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto totalChanges = [this] {
        return m_ws->database().queryInt(QStringLiteral("SELECT total_changes()")).value();
    };
    const qint64 changesBefore = totalChanges();

    // Refused whole, each with its reason, and nothing queued or stored.
    QCOMPARE(post(body, {}, now, secret), 403); // no org named
    QCOMPARE(post(body, "globex", now, secret), 403); // an org without a secret here
    QCOMPARE(post(body, "acme", now, "another-secret"), 403); // signed with another key
    // Past the window as the server reads its clock (the posts above take
    // time under a sanitizer); the edges to the second are checked below.
    QCOMPARE(post(body, "acme", QDateTime::currentSecsSinceEpoch() - 310, secret), 403); // stale
    QCOMPARE(post(body, "acme", QDateTime::currentSecsSinceEpoch() + 310, secret),
        403); // from the future
    // Signed, then changed on the way.
    const QByteArray ts = QByteArray::number(now);
    QByteArray changed = body;
    changed.replace("callout-1", "callout-2");
    QCOMPARE(postRaw(changed,
                 { { "X-Relay-Org", "acme" }, { "X-Relay-Timestamp", ts },
                     { "X-Relay-Signature", webhooks::intakeSignature(secret, ts, body) } }),
        403);
    // No signature, a timestamp that is not a number, a header that is not an org's name.
    QCOMPARE(postRaw(body, { { "X-Relay-Org", "acme" }, { "X-Relay-Timestamp", ts } }), 403);
    QCOMPARE(postRaw(body,
                 { { "X-Relay-Org", "acme" }, { "X-Relay-Timestamp", "soon" },
                     { "X-Relay-Signature", webhooks::intakeSignature(secret, "soon", body) } }),
        403);
    QJsonObject answer;
    QCOMPARE(postRaw(body,
                 { { "X-Relay-Org", "\x1b[31macme" }, { "X-Relay-Timestamp", ts },
                     { "X-Relay-Signature", webhooks::intakeSignature(secret, ts, body) } },
                 &answer),
        403);
    // A refusal tells the caller nothing to probe with; the operator's line says which.
    QCOMPARE(answer.value(QStringLiteral("error")).toString(),
        QStringLiteral("refused: an unknown org, or a bad, stale or replayed signature"));
    QCOMPARE(rejected.last().at(0).toString(),
        QStringLiteral("intake request whose X-Relay-Org is not an org's name"));
    QCOMPARE(post("{\"records\": 7}", "acme", now, secret), 400);
    QCOMPARE(post("not json", "acme", now, secret), 400);
    QJsonArray tooMany;
    for (int i = 0; i < SmsIntake::kMaxRecords + 1; ++i)
        tooMany.append(record(QStringLiteral("a0B5e00000%1").arg(i, 5, 10, QLatin1Char('0')),
            recipient(i), text, gatewayRecord));
    QCOMPARE(post(QJsonDocument(QJsonObject { { QStringLiteral("records"), tooMany } }).toJson(),
                 "acme", now, secret, &answer),
        400);
    QVERIFY2(
        answer.value(QStringLiteral("error")).toString().contains(QLatin1String("201 records")),
        qPrintable(answer.value(QStringLiteral("error")).toString()));
    QCOMPARE(rejected.size(), 12);
    QCOMPARE(rejected.at(2).at(0).toString(),
        QStringLiteral("intake request for org acme refused: the signature does not match the body "
                       "and timestamp"));
    QVERIFY(rejected.at(3).at(0).toString().contains(QLatin1String("too far from now")));
    QCOMPARE(m_pipeline->queued(), 0);
    QCOMPARE(totalChanges(), changesBefore);

    // The window's edges, to the second (the check itself, with its clock given).
    const QByteArray edge = webhooks::intakeSignature(secret, "1765000000", body);
    for (const auto &[nowSeconds, expected] :
        { std::pair { 1765000300LL, webhooks::TelnyxResult::Valid },
            std::pair { 1764999700LL, webhooks::TelnyxResult::Valid },
            std::pair { 1765000301LL, webhooks::TelnyxResult::Stale },
            std::pair { 1764999699LL, webhooks::TelnyxResult::Stale } })
        QCOMPARE(webhooks::verifyIntake(secret, "1765000000", body, edge, nowSeconds), expected);

    // The genuine callout: a result per record, in order.
    QCOMPARE(post(body, "acme", now, secret, &answer), 200);
    const QJsonArray results = answer.value(QStringLiteral("records")).toArray();
    QCOMPARE(results.size(), batch.size());
    const auto verdict = [&](int i) {
        return results.at(i).toObject().value(QStringLiteral("result")).toString();
    };
    const auto reason = [&](int i) {
        return results.at(i).toObject().value(QStringLiteral("reason")).toString();
    };
    QCOMPARE(verdict(0), QStringLiteral("accepted"));
    QCOMPARE(verdict(1), QStringLiteral("duplicate"));
    for (int i = 2; i < results.size(); ++i)
        QCOMPARE(verdict(i), QStringLiteral("refused"));
    QVERIFY2(reason(2) == QLatin1String("its gateway is not one of org acme's gateways"),
        qPrintable(reason(2)));
    QVERIFY2(reason(3).contains(QLatin1String("not a possible number")), qPrintable(reason(3)));
    QVERIFY2(reason(4).contains(QLatin1String("the text is empty")), qPrintable(reason(4)));
    QVERIFY2(reason(5).contains(QLatin1String("at most 1600")), qPrintable(reason(5)));
    QVERIFY2(reason(6).contains(QLatin1String("no SMS record id")), qPrintable(reason(6)));
    // A record is named by its place, and by its id only when it has one.
    QCOMPARE(results.at(6).toObject().value(QStringLiteral("index")).toInt(), 6);
    QVERIFY(results.at(6).toObject().value(QStringLiteral("id")).isNull());
    QCOMPARE(answer.value(QStringLiteral("accepted")).toInt(), 1);
    QCOMPARE(answer.value(QStringLiteral("duplicates")).toInt(), 1);
    QCOMPARE(answer.value(QStringLiteral("refused")).toInt(), 5);

    // The very same request again is a replay; a retried callout (signed
    // anew) finds the record sent and texts no one twice.
    QCOMPARE(post(body, "acme", now, secret), 403);
    QVERIFY(rejected.last().at(0).toString().contains(QLatin1String("replay")));
    QSignalSpy drained(m_pipeline.get(), &SendPipeline::drained);
    QVERIFY(m_pipeline->queued() == 0 || drained.wait(10000));
    QCOMPARE(post(body, "acme", now + 1, secret, &answer), 200);
    QCOMPARE(answer.value(QStringLiteral("accepted")).toInt(), 0);
    QCOMPARE(answer.value(QStringLiteral("duplicates")).toInt(), 2);
    // The same record by its 18-character id (as SOQL gives it) is the same record.
    // Salesforce's own worked examples of the case suffix, then this record's.
    QCOMPARE(
        salesforceId18(QStringLiteral("a0D30000001n7Pi")), QStringLiteral("a0D30000001n7PiEAI"));
    QCOMPARE(
        salesforceId18(QStringLiteral("0019000000B98de")), QStringLiteral("0019000000B98deAAB"));
    QCOMPARE(salesforceId18(first), first + QStringLiteral("EAC"));
    const QByteArray longForm = QJsonDocument(
        QJsonObject { { QStringLiteral("records"),
            QJsonArray { record(salesforceId18(first), recipient(31), text, gatewayRecord) } } })
                                    .toJson();
    QCOMPARE(post(longForm, "acme", now + 2, secret, &answer), 200);
    QCOMPARE(answer.value(QStringLiteral("duplicates")).toInt(), 1);
    auto sent = m_ws->deliveries().find(DeliveryLog::Key::SmsRecord, first);
    QVERIFY(sent.ok());
    QCOMPARE(sent->size(), 1);
    QCOMPARE(sent->first().org, QStringLiteral("acme"));
    QCOMPARE(sent->first().batchId, QStringLiteral("callout-1"));
    QVERIFY(!sent->first().providerMessageId.isEmpty());
    QCOMPARE(m_ws->deliveries().counts()->deliveries, 1);
    QCOMPARE(intake.counters().accepted, 1);

    // No number, text or source record in an answer, a refusal or a file.
    for (const QByteArray &bytes : std::as_const(answers)) {
        QVERIFY2(!bytes.contains("555-20") && !bytes.contains("20255520")
                && !bytes.contains(kTextMarker) && !bytes.contains(kSourceMarker),
            bytes.constData());
    }
    for (const QList<QVariant> &line : std::as_const(rejected))
        QVERIFY(!line.at(0).toString().contains(QLatin1String(kTextMarker)));
    // Without an intake the path is not there, and no body is read.
    m_server->setIntake(nullptr);
    QCOMPARE(post(body, "acme", now + 3, secret), 404);
    const auto files = relay::test::hashTree(m_ws->path());
    for (const QString &file : files.keys()) {
        const QByteArray bytes = relay::test::readAll(m_ws->path() + QLatin1Char('/') + file);
        QVERIFY(!bytes.contains("20255520") && !bytes.contains(kTextMarker)
            && !bytes.contains(kSourceMarker) && !bytes.contains(secret));
    }
}

// The receive path: replies through Twilio and Telnyx become one SMS record
// each in their gateway's org (a provider's retry included); forged, unknown
// and inactive-gateway messages are refused; an org that is down leaves the
// message pending without its text, and the retry fetches it again from the
// provider, or gives up when the provider no longer has it.
void TestEngine::incomingMessagesBecomeOneRecordEachInTheirOrg()
{
    Orgs::Org acme;
    acme.name = QStringLiteral("acme");
    acme.instanceUrl = QUrl(m_sandbox->baseUrl());
    acme.loginUrl = QUrl(m_sandbox->baseUrl());
    acme.clientId = QString::fromLatin1(sandbox::SandboxServer::salesforceClientId());
    QVERIFY(m_ws->orgs().add(acme).ok());
    const QString account = QString::fromLatin1(sandbox::SyntheticTraffic::accountSid());
    const SmsFields f;
    const QString twilioRecord = m_sandbox->addSalesforceRecord(
        f.gatewayObject, { { f.gatewayInactiveField, false } }, QStringLiteral("a0G5e000004InTw"));
    const QString telnyxRecord = m_sandbox->addSalesforceRecord(
        f.gatewayObject, { { f.gatewayInactiveField, false } }, QStringLiteral("a0G5e000004InTx"));
    const QString stoppedRecord = m_sandbox->addSalesforceRecord(
        f.gatewayObject, { { f.gatewayInactiveField, true } }, QStringLiteral("a0G5e000004InSt"));
    const QString twilioGateway = QStringLiteral("+15550100041");
    const QString telnyxGateway = QStringLiteral("+15550100042");
    const QString stoppedGateway = QStringLiteral("+15550100043");
    QVERIFY(
        m_ws->gateways()
            .add({ twilioGateway, QStringLiteral("twilio"), account, {}, acme.name, twilioRecord })
            .ok());
    QVERIFY(m_ws->gateways()
                .add({ telnyxGateway, QStringLiteral("telnyx"), {}, {}, acme.name, telnyxRecord })
                .ok());
    QVERIFY(m_ws->gateways()
                .add({ stoppedGateway, QStringLiteral("twilio"), account, {}, acme.name,
                    stoppedRecord })
                .ok());

    InboundRelay relay({ m_ws->orgs(), m_ws->gateways(), m_ws->deliveries() }, *m_network,
        RecipientHasher(relay::test::testKey(9)), QStringLiteral("US"),
        [this](const QString &org, std::function<void(Result<SalesforceClient::Login>)> resolved) {
            QCOMPARE(org, QStringLiteral("acme"));
            resolved(m_sandbox->salesforceLogin());
        });
    relay.setRefetch([this](const DeliveryLog::Inbound &pending,
                         std::function<void(Result<InboundRelay::Message>)> fetched) {
        const QString gatewayAccount = m_ws->gateways().find(pending.gateway)->account;
        m_pipeline->fetch(pending.provider, gatewayAccount, pending.providerMessageId,
            [pending, fetched](Result<SendPipeline::Fetched> got) {
                if (!got) {
                    fetched(got.error());
                    return;
                }
                InboundRelay::Message message { pending.provider, pending.providerMessageId,
                    got->from, got->to, got->text, got->media, got->segments };
                fetched(std::move(message));
            });
    });
    // An org that failed is left alone this long (the first retry's wait).
    relay.setFirstRetryMs(300);
    QSignalSpy problems(&relay, &InboundRelay::problem);
    m_server->setInbound(&relay);
    const auto unset = qScopeGuard([this] { m_server->setInbound(nullptr); });
    QSignalSpy rejected(m_server.get(), &StatusServer::rejected);
    sandbox::SandboxMessages &provider = m_sandbox->messages();
    const QString text = QStringLiteral("%1 see you at 10 ✓").arg(QLatin1String(kTextMarker));
    const QUrl twilioHook = m_server->twilioInboundUrl();
    const QUrl telnyxHook = m_server->telnyxWebhookUrl();
    const auto records = [this, &f](const QString &direction) {
        QHash<QString, QJsonObject> byMessage;
        const auto all = m_sandbox->salesforceRecords();
        for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
            if (it->value(f.directionField).toString() == direction)
                byMessage.insert(it->value(f.messageIdField).toString(), *it);
        }
        return byMessage;
    };

    // Ten replies through each provider, every one delivered twice by its
    // provider; one to a gateway its org marks Inactive, one to a number
    // that is no gateway here.
    QStringList ids;
    for (int i = 0; i < 10; ++i) {
        ids << provider.receive(QStringLiteral("twilio"), account, twilioHook,
            QStringLiteral("+1202555%1").arg(2040 + i), twilioGateway, text, 2);
        ids << provider.receive(QStringLiteral("telnyx"), QString(), telnyxHook,
            QStringLiteral("+1202555%1").arg(2060 + i), telnyxGateway, text, 2);
    }
    const QString stopped = provider.receive(QStringLiteral("twilio"), account, twilioHook,
        QStringLiteral("+12025552070"), stoppedGateway, text);
    provider.receive(QStringLiteral("twilio"), account, twilioHook, QStringLiteral("+12025552071"),
        QStringLiteral("+15550109999"), text);
    QTRY_COMPARE_WITH_TIMEOUT(provider.inboundPosted(), 42, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        provider.inboundAnswers().value(200) + provider.inboundAnswers().value(404), 42, 10000);
    QCOMPARE(provider.inboundAnswers().value(404), 1);
    QTRY_VERIFY_WITH_TIMEOUT(relay.idle(), 10000);

    QHash<QString, QJsonObject> incoming = records(QStringLiteral("Incoming"));
    QCOMPARE(incoming.size(), 20); // one each, not 40, and none through the inactive gateway
    for (const QString &id : std::as_const(ids)) {
        const QJsonObject record = incoming.value(id);
        QCOMPARE(record.value(f.statusField).toString(), QStringLiteral("Received Successfully"));
        QCOMPARE(record.value(f.messageField).toString(), text);
        QVERIFY(record.value(f.phoneField).toString().startsWith(QLatin1String("+1202555")));
        QCOMPARE(record.value(f.gatewayField).toString(),
            id.startsWith(QLatin1String("SM")) ? twilioRecord : telnyxRecord);
        auto logged = m_ws->deliveries().find(DeliveryLog::Key::ProviderMessage, id);
        QVERIFY(logged.ok());
        QCOMPARE(logged->size(), 1);
        const DeliveryLog::Delivery &d = logged->first();
        QCOMPARE(d.direction, DeliveryLog::Direction::Incoming);
        QCOMPARE(d.org, QStringLiteral("acme"));
        QCOMPARE(d.writeBack, DeliveryLog::WriteBack::Written);
        QVERIFY(RecipientHasher::isWellFormed(d.recipientHash));
        // The record the log names is the one in the org.
        const auto all = m_sandbox->salesforceRecords();
        QCOMPARE(all.value(d.smsRecordId).value(f.messageIdField).toString(), id);
        QCOMPARE(DeliveryLog::toJson(d).value(QStringLiteral("direction")).toString(),
            QStringLiteral("incoming"));
    }
    // The sender's hash finds the reply, as a recipient's finds a send.
    auto bySender = m_ws->deliveries().find(DeliveryLog::Key::RecipientHash,
        m_ws->deliveries()
            .find(DeliveryLog::Key::ProviderMessage, ids.first())
            ->first()
            .recipientHash);
    QVERIFY(bySender.ok());
    QCOMPARE(bySender->size(), 1);
    auto inactive = m_ws->deliveries().find(DeliveryLog::Key::ProviderMessage, stopped);
    QVERIFY(inactive.ok() && inactive->size() == 1);
    QCOMPARE(inactive->first().writeBack, DeliveryLog::WriteBack::Failed);
    QVERIFY2(inactive->first().writeBackError.contains(QLatin1String("Inactive")),
        qPrintable(inactive->first().writeBackError));
    QCOMPARE(relay.counters().created, 20);

    // Forged, and out of shape: refused, nothing logged.
    const auto changes = [this] {
        return m_ws->database()
            .queryInt(QStringLiteral("SELECT count(*) FROM inbound_message"))
            .value();
    };
    const qint64 before = changes();
    QNetworkRequest forged(twilioHook);
    forged.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    forged.setRawHeader("X-Twilio-Signature", "bm90IGEgc2lnbmF0dXJl");
    const QByteArray forgedBody = "MessageSid=SM00000000000000000000000000000001&AccountSid="
        + account.toLatin1() + "&From=%2B12025552090&To=%2B15550100041&Body=" + kTextMarker;
    QNetworkReply *reply = m_network->post(forged, forgedBody);
    QSignalSpy forgedDone(reply, &QNetworkReply::finished);
    QVERIFY(forgedDone.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
    reply->deleteLater();
    InboundRelay::Message noSender { QStringLiteral("twilio"),
        QStringLiteral("SM00000000000000000000000000000002"), QStringLiteral("not a number"),
        twilioGateway, text, 0, 1 };
    InboundRelay::Outcome outcome = relay.take(noSender);
    QCOMPARE(outcome.taken, InboundRelay::Taken::BadMessage);
    QVERIFY(noSender.text.isEmpty() && noSender.from.isEmpty()); // wiped
    InboundRelay::Message badId { QStringLiteral("telnyx"), QStringLiteral("not-an-id"),
        QStringLiteral("+12025552091"), telnyxGateway, text, 0, 1 };
    QCOMPARE(relay.take(badId).taken, InboundRelay::Taken::BadMessage);
    InboundRelay::Message wrongProvider { QStringLiteral("telnyx"),
        QStringLiteral("40017f3a-0000-4000-8000-000000000001"), QStringLiteral("+12025552092"),
        twilioGateway, text, 0, 1 };
    QCOMPARE(relay.take(wrongProvider).taken, InboundRelay::Taken::UnknownGateway);
    QCOMPARE(changes(), before);
    for (const QList<QVariant> &line : std::as_const(rejected))
        QVERIFY(!line.at(0).toString().contains(QLatin1String(kTextMarker))
            && !line.at(0).toString().contains(QLatin1String("2025552")));

    // The org is down: the messages wait in the log, without their text.
    m_sandbox->setSalesforceDown(true);
    const QString whileDown = provider.receive(QStringLiteral("twilio"), account, twilioHook,
        QStringLiteral("+12025552080"), twilioGateway, text);
    const QString forgotten = provider.receive(QStringLiteral("telnyx"), QString(), telnyxHook,
        QStringLiteral("+12025552081"), telnyxGateway, text);
    QTRY_COMPARE_WITH_TIMEOUT(provider.inboundAnswers().value(200), 42 - 1 + 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_ws->deliveries().pendingInboundCount().value(), 2, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(relay.idle(), 30000);
    QList<QByteArray> needles { kTextMarker, "see you at" };
    for (int i = 40; i < 81; ++i)
        needles << QByteArray("202555") + QByteArray::number(2000 + i);
    QString found = contentIn(needles);
    QVERIFY2(found.isEmpty(), qPrintable(found));
    for (const QList<QVariant> &line : std::as_const(problems))
        QVERIFY2(!line.at(0).toString().contains(QLatin1String(kTextMarker)),
            qPrintable(line.at(0).toString()));

    // Back up: the retry fetches them again from the provider, one of
    // which no longer has it.
    m_sandbox->setSalesforceDown(false);
    provider.forget(forgotten);
    QVERIFY(m_ws->database().exec(QStringLiteral("UPDATE inbound_message SET next_ms = 0")).ok());
    QTest::qWait(350); // the org's failure is older than the first retry's wait
    relay.retryDue();
    QTRY_VERIFY_WITH_TIMEOUT(relay.idle(), 30000);
    QCOMPARE(m_ws->deliveries().pendingInboundCount().value(), 0);
    incoming = records(QStringLiteral("Incoming"));
    QCOMPARE(incoming.size(), 21);
    QCOMPARE(incoming.value(whileDown).value(f.messageField).toString(), text);
    auto lost = m_ws->deliveries().find(DeliveryLog::Key::ProviderMessage, forgotten);
    QVERIFY(lost.ok() && lost->size() == 1);
    QCOMPARE(lost->first().writeBack, DeliveryLog::WriteBack::Failed);
    QVERIFY2(lost->first().writeBackError.contains(QLatin1String("no longer has")),
        qPrintable(lost->first().writeBackError));
    found = contentIn(needles);
    QVERIFY2(found.isEmpty(), qPrintable(found));
}

// The sandbox's play routes (what `sandbox serve` offers a walkthrough):
// a wrong form is a 400 naming the field, and changes nothing.
void TestEngine::sandboxPlayRoutesNameWhatIsWrong()
{
    const auto play = [this](const QString &route, const QByteArray &form) {
        QNetworkRequest request(QUrl(m_sandbox->baseUrl() + QStringLiteral("/sandbox/") + route));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
            QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_network->post(request, form);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return qMakePair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object());
    };
    const qsizetype records = m_sandbox->salesforceRecords().size();
    const qint64 replies = m_sandbox->messages().inboundPosted();
    const std::pair<const char *, QByteArray> wrong[] {
        { "reply", "provider=sms&from=%2B12025550101&to=%2B15550100001&text=hi&webhook=http://x/" },
        { "reply", "provider=twilio&from=%2B12025550101&to=%2B15550100001&text=hi" },
        { "reply", "provider=twilio&to=%2B15550100001&text=hi&webhook=http://127.0.0.1:9/" },
        { "reply", "provider=telnyx&from=a&to=b&text=hi&webhook=http://127.0.0.1:9/&times=9" },
        { "queued", "gateway=a0G5e000004InTw&message=hi" },
        { "gateway", "id=short" },
        { "org", "" },
    };
    for (const auto &[route, form] : wrong) {
        const auto [status, answer] = play(QLatin1String(route), form);
        QCOMPARE(status, 400);
        QVERIFY2(answer.value(QStringLiteral("error"))
                     .toString()
                     .contains(QLatin1String("missing or wrong")),
            route);
    }
    QCOMPARE(m_sandbox->salesforceRecords().size(), records);
    QCOMPARE(m_sandbox->messages().inboundPosted(), replies);

    const auto queued = play(QStringLiteral("queued"),
        "gateway=a0G5e000004InTw&phone_number=%2B12025550102&message=Your+code+is+7&age_seconds="
        "600");
    QCOMPARE(queued.first, 200);
    const QJsonObject record = m_sandbox->salesforceRecords().value(
        queued.second.value(QStringLiteral("id")).toString());
    const SmsFields f;
    QCOMPARE(record.value(f.statusField).toString(), QStringLiteral("Queued"));
    QCOMPARE(record.value(f.phoneField).toString(), QStringLiteral("+12025550102"));
    QCOMPARE(record.value(f.messageField).toString(), QStringLiteral("Your code is 7"));
    QVERIFY(QDateTime::fromString(
                record.value(QStringLiteral("CreatedDate")).toString(), Qt::ISODateWithMs)
        < QDateTime::currentDateTimeUtc().addSecs(-590));
    QCOMPARE(
        play(QStringLiteral("org"), "down=1").second.value(QStringLiteral("down")).toBool(), true);
    QCOMPARE(play(QStringLiteral("reply"),
                 "provider=twilio&from=%2B12025550101&to=%2B15550100001&text=hi&webhook=http://"
                 "127.0.0.1:9/")
                 .first,
        200); // the play routes answer while the org is down
    QCOMPARE(play(QStringLiteral("org"), "down=0&revoked=0").second.size(), 2);
}

// While `engine serve` stops, the package's callouts and Twilio's incoming
// messages get 503 with Retry-After, unread, so that they come again (to this
// worker after its restart, or to another); status callbacks still count.
void TestEngine::stoppingServerAsksCalloutsAndRepliesToComeBack()
{
    const auto post = [this](const QUrl &url, const QByteArray &body) {
        QNetworkRequest request(url);
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network->post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        reply->deleteLater();
        return qMakePair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->rawHeader("Retry-After"));
    };
    const QByteArray callout(1024, 'x');
    QCOMPARE(post(m_server->intakeUrl(), callout).first, 404); // no intake here
    QCOMPARE(post(m_server->twilioInboundUrl(), "MessageSid=SM1").first, 404);
    const qint64 refusedBefore = m_server->counters().rejected;
    m_server->setStopping();
    for (const QUrl &url : { m_server->intakeUrl(), m_server->twilioInboundUrl() }) {
        const auto [status, retryAfter] = post(url, callout);
        QCOMPARE(status, 503);
        QCOMPARE(retryAfter, QByteArray("30"));
    }
    QCOMPARE(post(m_server->twilioCallbackUrl(), "AccountSid=AC1").first, 403); // still checked
    QCOMPARE(m_server->counters().rejected, refusedBefore + 1);
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
