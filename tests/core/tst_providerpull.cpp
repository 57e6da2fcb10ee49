#include "TestSupport.h"
#include "ingest/ProviderPull.h"
#include "privacy/ProviderKeychain.h"
#include "reports/ReportCache.h"
#include "sandbox/SandboxServer.h"
#include "workspace/Workspace.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace relay::core;
using namespace relay::test;

namespace {
const QDate kFrom(2026, 11, 1);
const QDate kTo(2026, 11, 4);
constexpr qint64 kMessages = 3000;
} // namespace

class TestProviderPull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void twilioPullStoresTheAllowListWithCampaigns();
    void faultsEndWithTheSameStoredState();
    void cancelledPullResumesToIdenticalRows();
    void telnyxPullMapsSendersToCampaigns();
    void unauthorizedNamesAccountAndPathNeverTheSecret();
    void malformedPageStopsAndKeepsEarlierPages();
    void senderFilterAndNothingForbiddenStored();
    void bulkExportPullStoresWhatTheMessagesListDoes();
    void credentialsRoundTripThroughTheKeychain();

private:
    std::unique_ptr<Workspace> freshWorkspace(const char *name);
    ProviderCredentials twilio() const;
    // Runs a pull to its end; returns whether it completed.
    bool run(Workspace &ws, qint64 pullId, int cancelAfterPages = 0,
        ProviderCredentials credentials = {}, Error *error = nullptr);
    qint64 create(Workspace &ws, ProviderKind provider, const QStringList &senders = {});
    QList<QStringList> rows(Workspace &ws, qint64 pullId);

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
    FakeClock m_clock;
    QList<std::unique_ptr<Workspace>> m_workspaces;
};

void TestProviderPull::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    m_sandbox = std::make_unique<sandbox::SandboxServer>(7, kMessages, kFrom, kTo);
    QVERIFY(m_sandbox->start() != 0);
}

void TestProviderPull::cleanup()
{
    m_workspaces.clear();
    m_sandbox.reset();
}

std::unique_ptr<Workspace> TestProviderPull::freshWorkspace(const char *name)
{
    auto ws = Workspace::create(
        m_tmp->filePath(QLatin1String(name)), WorkspaceMeta::forKeychain(), testKey(4), m_clock);
    return ws ? std::move(ws.value()) : nullptr;
}

ProviderCredentials TestProviderPull::twilio() const
{
    ProviderCredentials c;
    c.user = QString::fromLatin1(sandbox::SyntheticTraffic::accountSid());
    c.secret = SecretBytes::fromUtf8(sandbox::SandboxServer::twilioAuthToken());
    return c;
}

qint64 TestProviderPull::create(Workspace &ws, ProviderKind provider, const QStringList &senders)
{
    ProviderPull pull(ws.reports(), ws.activityLog(), m_network);
    ProviderPull::Options options;
    options.provider = provider;
    options.account = provider == ProviderKind::Twilio
        ? QString::fromLatin1(sandbox::SyntheticTraffic::accountSid())
        : QStringLiteral("telnyx");
    options.baseUrl = QUrl(m_sandbox->baseUrl());
    options.from = kFrom;
    options.to = kTo;
    options.senders = senders;
    auto id = pull.create(options, QStringLiteral("Acme"));
    return id ? id.value() : -1;
}

bool TestProviderPull::run(Workspace &ws, qint64 pullId, int cancelAfterPages,
    ProviderCredentials credentials, Error *error)
{
    ProviderPull pull(ws.reports(), ws.activityLog(), m_network);
    if (credentials.secret.isEmpty())
        credentials = twilio();
    QSignalSpy finished(&pull, &ProviderPull::finished);
    connect(&pull, &ProviderPull::failed, this, [error](const Error &e) {
        if (error)
            *error = e;
    });
    if (cancelAfterPages > 0) {
        connect(&pull, &ProviderPull::progressed, &pull, [&pull, cancelAfterPages](qint64 pages) {
            if (pages >= cancelAfterPages)
                pull.cancel();
        });
    }
    pull.start(pullId, std::move(credentials));
    if (finished.isEmpty() && !finished.wait(120000))
        return false;
    return finished.first().first().toBool();
}

QList<QStringList> TestProviderPull::rows(Workspace &ws, qint64 pullId)
{
    QList<QStringList> result;
    (void)ws.reports().forEachRecord(
        ReportCache::Filter::ofPull(pullId), [&result](const QStringList &row) {
            QStringList copy = row;
            copy.removeFirst(); // pull id
            result.append(copy);
            return true;
        });
    std::sort(result.begin(), result.end());
    return result;
}

void TestProviderPull::twilioPullStoresTheAllowListWithCampaigns()
{
    auto ws = freshWorkspace("a");
    QVERIFY(ws);
    const qint64 id = create(*ws, ProviderKind::Twilio);
    QVERIFY(id > 0);
    QVERIFY(run(*ws, id));
    auto pull = ws->reports().pull(id);
    QVERIFY(pull.ok());
    QCOMPARE(pull->state, ReportCache::State::Complete);
    QCOMPARE(pull->records, kMessages);
    QCOMPARE(pull->pages, 3); // PageSize=1000
    // One mapping per messaging service seen, the one without a campaign
    // recorded as "no campaign".
    auto mappings = ws->reports().mappings(id);
    QVERIFY(mappings.ok());
    QCOMPARE(mappings->size(), 4);
    QMap<QString, QString> campaignOf;
    for (const auto &m : mappings.value())
        campaignOf.insert(m.service, m.campaign + QLatin1Char('/') + m.brand);
    QCOMPARE(campaignOf.value(QStringLiteral("MG11111111111111111111111111111111")),
        QStringLiteral("C1A2B3C/B9X8Y7Z"));
    QCOMPARE(campaignOf.value(QStringLiteral("MG44444444444444444444444444444444")),
        QStringLiteral("/"));
    auto campaigns = ws->reports().breakdown(ReportCache::Dimension::Campaign, {});
    QVERIFY(campaigns.ok());
    QStringList keys;
    for (const auto &r : campaigns.value())
        keys << (r.key.isNull() ? QStringLiteral("<null>") : r.key);
    keys.sort();
    QCOMPARE(keys,
        (QStringList { QStringLiteral("<null>"), QStringLiteral("C1A2B3C"),
            QStringLiteral("CQ4R5S6"), QStringLiteral("CZ7T8U9") }));
    // Daily usage for SMS, MMS and WhatsApp.
    auto aggregates = ws->reports().aggregates(id);
    QVERIFY(aggregates.ok());
    QCOMPARE(aggregates->size(), 4 * 3);
    qint64 counted = 0;
    for (const auto &a : aggregates.value())
        counted += a.count;
    QCOMPARE(counted, kMessages);
}

void TestProviderPull::faultsEndWithTheSameStoredState()
{
    auto clean = freshWorkspace("clean");
    auto faulty = freshWorkspace("faulty");
    QVERIFY(clean && faulty);
    const qint64 a = create(*clean, ProviderKind::Twilio);
    QVERIFY(run(*clean, a));

    sandbox::SandboxServer::Faults faults;
    faults.tooManyRequests = 0.05;
    faults.serverError = 0.05;
    faults.truncated = 0.05;
    faults.reset = 0.05;
    faults.slow = 0.02;
    faults.slowMs = 200;
    m_sandbox->setFaults(faults);
    m_sandbox->setFaultSeed(99);
    const qint64 b = create(*faulty, ProviderKind::Twilio);
    ProviderPull pull(faulty->reports(), faulty->activityLog(), m_network);
    Error error { ErrorCode::Io, {} };
    QVERIFY2(run(*faulty, b, 0, {}, &error), qPrintable(errorMessage(error)));
    QVERIFY(m_sandbox->faultsInjected() > 0);
    QCOMPARE(rows(*faulty, b), rows(*clean, a));
    QCOMPARE(faulty->reports().aggregates(b)->size(), clean->reports().aggregates(a)->size());
    QCOMPARE(faulty->reports().mappings(b)->size(), clean->reports().mappings(a)->size());
}

void TestProviderPull::cancelledPullResumesToIdenticalRows()
{
    auto clean = freshWorkspace("clean");
    auto resumed = freshWorkspace("resumed");
    const qint64 a = create(*clean, ProviderKind::Twilio);
    QVERIFY(run(*clean, a));

    const qint64 b = create(*resumed, ProviderKind::Twilio);
    QVERIFY(!run(*resumed, b, 1));
    auto half = resumed->reports().pull(b);
    QVERIFY(half.ok());
    QCOMPARE(half->state, ReportCache::State::Cancelled);
    QCOMPARE(half->records, 1000);
    QVERIFY(half->checkpoint.contains(QLatin1String("PageToken")));
    QVERIFY(run(*resumed, b));
    QCOMPARE(resumed->reports().pull(b)->records, kMessages);
    QCOMPARE(rows(*resumed, b), rows(*clean, a));
    QCOMPARE(
        resumed->database().queryInt(QStringLiteral("SELECT count(*) FROM report_record")).value(),
        kMessages);
}

void TestProviderPull::telnyxPullMapsSendersToCampaigns()
{
    auto ws = freshWorkspace("t");
    const qint64 id = create(*ws, ProviderKind::Telnyx);
    ProviderCredentials key;
    key.secret = SecretBytes::fromUtf8(sandbox::SandboxServer::telnyxApiKey());
    Error error { ErrorCode::Io, {} };
    QVERIFY2(run(*ws, id, 0, std::move(key), &error), qPrintable(errorMessage(error)));
    auto pull = ws->reports().pull(id);
    QCOMPARE(pull->records, kMessages);
    QCOMPARE(pull->pages, (kMessages + 49) / 50); // page[size] at most 50
    const QList<QStringList> stored = rows(*ws, id);
    const QStringList columns = ReportCache::exportColumns();
    QCOMPARE(stored.first().at(columns.indexOf(QStringLiteral("provider")) - 1),
        QStringLiteral("telnyx"));
    auto brands = ws->reports().breakdown(ReportCache::Dimension::Brand, {});
    QVERIFY(brands.ok());
    QStringList keys;
    for (const auto &r : brands.value())
        keys << (r.key.isNull() ? QStringLiteral("<null>") : r.key);
    QVERIFY(keys.contains(QStringLiteral("B9X8Y7Z")));
    QVERIFY(keys.contains(QStringLiteral("BK3L4M5")));
    QVERIFY(
        keys.contains(QStringLiteral("<null>"))); // the short code and WhatsApp sender have none

    // Filtered on one gateway: what it sent (cli) and what it received
    // (inbound to cld), the same count as the unfiltered pull has for it.
    qint64 expected = 0;
    for (const auto &r : ws->reports().breakdown(ReportCache::Dimension::Sender, {}).value()) {
        if (r.key == QLatin1String("+15550100103"))
            expected = r.messages;
    }
    auto filtered = freshWorkspace("t-one");
    const qint64 one = create(*filtered, ProviderKind::Telnyx, { QStringLiteral("+15550100103") });
    ProviderCredentials again;
    again.secret = SecretBytes::fromUtf8(sandbox::SandboxServer::telnyxApiKey());
    QVERIFY(run(*filtered, one, 0, std::move(again)));
    QVERIFY(expected > 0);
    QCOMPARE(filtered->reports().pull(one)->records, expected);
}

void TestProviderPull::unauthorizedNamesAccountAndPathNeverTheSecret()
{
    auto ws = freshWorkspace("u");
    const qint64 id = create(*ws, ProviderKind::Twilio);
    ProviderCredentials wrong;
    wrong.user = QString::fromLatin1(sandbox::SyntheticTraffic::accountSid());
    wrong.secret = SecretBytes::fromUtf8("Secret-Token-Marker-0042");
    Error error { ErrorCode::Io, {} };
    QVERIFY(!run(*ws, id, 0, std::move(wrong), &error));
    const QString message = errorMessage(error);
    QVERIFY2(message.contains(QLatin1String("HTTP 401")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String(sandbox::SyntheticTraffic::accountSid())));
    QVERIFY(message.contains(QLatin1String("/Messages.json")));
    QVERIFY(!message.contains(QLatin1String("Secret-Token-Marker")));
    auto pull = ws->reports().pull(id);
    QCOMPARE(pull->state, ReportCache::State::Failed);
    QVERIFY(!pull->error.contains(QLatin1String("Secret-Token-Marker")));
    QVERIFY(!readAll(m_tmp->filePath(QStringLiteral("u/workspace.db")))
                 .contains("Secret-Token-Marker"));
}

void TestProviderPull::malformedPageStopsAndKeepsEarlierPages()
{
    // A server whose second page is cut-off JSON with a 200 status.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int requests = 0;
    const QByteArray good
        = readAll(QStringLiteral(RELAYAUDIT_FIXTURES "/twilio/messages_page.json"))
              .replace("\"next_page_uri\": null",
                  "\"next_page_uri\": "
                  "\"/2010-04-01/Accounts/AC1/Messages.json?Page=1&PageToken=PA4\"");
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                ++requests;
                const QByteArray body = requests == 1
                    ? good
                    : QByteArray("{\"messages\": [{\"sid\": \"SM1\", \"status\": tru");
                socket->write("HTTP/1.1 "
                    + QByteArray(requests == 1 || body.startsWith('{') ? "200 OK" : "200 OK")
                    + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            });
        }
    });
    auto ws = freshWorkspace("m");
    ProviderPull creator(ws->reports(), ws->activityLog(), m_network);
    ProviderPull::Options options;
    options.account = QStringLiteral("AC1");
    options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    options.from = kFrom;
    options.to = kTo;
    const qint64 id = creator.create(options, {}).value();
    Error error { ErrorCode::Io, {} };
    QVERIFY(!run(*ws, id, 0, twilio(), &error));
    QCOMPARE(error.code, ErrorCode::InvalidInput);
    QVERIFY2(error.detail.contains(QLatin1String("page 2")), qPrintable(error.detail));
    QVERIFY(error.detail.contains(QLatin1String("byte")));
    QCOMPARE(ws->reports().pull(id)->records, 4); // page 1 kept
}

void TestProviderPull::senderFilterAndNothingForbiddenStored()
{
    auto ws = freshWorkspace("s");
    const qint64 id = create(
        *ws, ProviderKind::Twilio, { QStringLiteral("+15550100103"), QStringLiteral("88512") });
    QVERIFY(run(*ws, id));
    auto senders = ws->reports().breakdown(ReportCache::Dimension::Sender, {});
    QVERIFY(senders.ok());
    QCOMPARE(senders->size(), 2);
    for (const auto &r : senders.value())
        QVERIFY(r.key == QLatin1String("+15550100103") || r.key == QLatin1String("88512"));
    // What the gateways received is theirs too (To= pass): the same count
    // as in an unfiltered pull, for both directions.
    auto all = freshWorkspace("s-all");
    const qint64 everything = create(*all, ProviderKind::Twilio);
    QVERIFY(run(*all, everything));
    QMap<QString, qint64> expected;
    for (const auto &r : all->reports().breakdown(ReportCache::Dimension::Sender, {}).value())
        expected.insert(r.key, r.messages);
    for (const auto &r : senders.value())
        QCOMPARE(r.messages, expected.value(r.key));
    ReportCache::Filter onlyThis;
    onlyThis.pullId = id;
    QMap<QString, qint64> directions;
    for (const auto &r :
        ws->reports().breakdown(ReportCache::Dimension::Direction, onlyThis).value())
        directions.insert(r.key, r.messages);
    QVERIFY(directions.value(QStringLiteral("inbound")) > 0);

    // The sandbox served bodies ("MSGBODY-…") and recipients (+1 NXX 555-01xx);
    // neither is anywhere in the decrypted database or the file.
    static const QRegularExpression recipient(QStringLiteral("\\+1[2-9]\\d\\d55501\\d\\d"));
    Database &db = ws->database();
    auto tables = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QStringList names;
    while (tables->step().value())
        names << tables->text(0);
    tables = Statement();
    for (const QString &table : names) {
        auto stmt = db.prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        while (stmt->step().value()) {
            for (int c = 0; c < 24; ++c) {
                const QString value = QString::fromUtf8(stmt->blob(c));
                QVERIFY2(!value.contains(QLatin1String("MSGBODY")), qPrintable(table));
                QVERIFY2(!recipient.match(value).hasMatch(),
                    qPrintable(table + QStringLiteral(": ") + value));
            }
        }
    }
    const QByteArray raw = readAll(m_tmp->filePath(QStringLiteral("s/workspace.db")));
    QVERIFY(!raw.contains("MSGBODY"));
}

void TestProviderPull::bulkExportPullStoresWhatTheMessagesListDoes()
{
    auto rest = freshWorkspace("rest");
    auto bulk = freshWorkspace("bulk");
    const qint64 a = create(*rest, ProviderKind::Twilio);
    QVERIFY(run(*rest, a));
    sandbox::SandboxServer::Faults faults;
    faults.serverError = 0.1;
    faults.reset = 0.05;
    m_sandbox->setFaults(faults);
    const qint64 b = create(*bulk, ProviderKind::TwilioBulk);
    Error error { ErrorCode::Io, {} };
    QVERIFY2(run(*bulk, b, 0, {}, &error), qPrintable(errorMessage(error)));
    auto pull = bulk->reports().pull(b);
    QCOMPARE(pull->provider, QStringLiteral("twilio-bulk"));
    QCOMPARE(pull->pages, kTo.toJulianDay() - kFrom.toJulianDay() + 1); // one day file a page
    // Day files carry no price unit; every other column matches the REST pull.
    const int priceUnit
        = static_cast<int>(ReportCache::exportColumns().indexOf(QStringLiteral("price_unit"))) - 1;
    auto withoutUnit = [priceUnit](QList<QStringList> rows) {
        for (QStringList &row : rows)
            row.removeAt(priceUnit);
        std::sort(rows.begin(), rows.end());
        return rows;
    };
    QList<QStringList> restRows = withoutUnit(rows(*rest, a));
    QList<QStringList> bulkRows = withoutUnit(rows(*bulk, b));
    const int provider
        = static_cast<int>(ReportCache::exportColumns().indexOf(QStringLiteral("provider"))) - 1;
    QCOMPARE(bulkRows.size(), restRows.size());
    QCOMPARE(bulkRows.first().at(provider), QStringLiteral("twilio"));
    QCOMPARE(bulkRows, restRows);
    QCOMPARE(bulk->reports().mappings(b)->size(), 4);
}

void TestProviderPull::credentialsRoundTripThroughTheKeychain()
{
    MemorySecretStore keychain;
    bool stored = false;
    ProviderKeychain::store(
        keychain, ProviderKind::Twilio, QStringLiteral("AC1"), twilio(), [&](Status s) {
            QVERIFY(s.ok());
            stored = true;
        });
    QTRY_VERIFY(stored);
    QVERIFY(keychain.contains(QStringLiteral("provider-twilio:AC1")));
    std::optional<Result<ProviderCredentials>> loaded;
    ProviderKeychain::load(keychain, ProviderKind::Twilio, QStringLiteral("AC1"),
        [&](Result<ProviderCredentials> c) { loaded.emplace(std::move(c)); });
    QTRY_VERIFY(loaded.has_value());
    QVERIFY(loaded->ok());
    QCOMPARE(loaded->value().user, QString::fromLatin1(sandbox::SyntheticTraffic::accountSid()));
    QVERIFY(loaded->value().secret.equals(twilio().secret));

    // The loaded credentials run a real pull.
    auto ws = freshWorkspace("k");
    const qint64 id = create(*ws, ProviderKind::Twilio);
    QVERIFY(run(*ws, id, 0, std::move(loaded->value())));

    // Another account has no entry: a clear NotFound, not a crash.
    std::optional<Result<ProviderCredentials>> missing;
    ProviderKeychain::load(keychain, ProviderKind::Twilio, QStringLiteral("AC2"),
        [&](Result<ProviderCredentials> c) { missing.emplace(std::move(c)); });
    QTRY_VERIFY(missing.has_value());
    QVERIFY(!missing->ok());
    QCOMPARE(missing->error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestProviderPull)
#include "tst_providerpull.moc"
