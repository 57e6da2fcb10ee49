// Mogli URL and URL Pro: short codes, the redirect and click recording over
// real HTTP on loopback, User-Agent parsing (a table of real browsers, and
// uap-core's own test suites), click write-back to the sandbox org in
// batches with refusals, and a send whose link comes out shortened.
#include "TestSupport.h"
#include "deliveries/DeliveryLog.h"
#include "deliveries/Orgs.h"
#include "engine/SendPipeline.h"
#include "engine/StatusServer.h"
#include "links/LinkStore.h"
#include "salesforce/ClickWriteBack.h"
#include "sandbox/SandboxMessages.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SyntheticTraffic.h"
#include "storage/Database.h"
#include "useragent/UserAgent.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace relay::core;

namespace {

const QString kGateway = QStringLiteral("+15550100001");
const QString kHash = QStringLiteral("v1:") + QString(64, QLatin1Char('a'));
const char kChrome[] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
                       "Gecko) Chrome/120.0.0.0 Safari/537.36";

} // namespace

class TestLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void codesAreUniqueUnguessableAndNeverSequential();
    void textsAreShortenedPerMode();
    void badTargetsAndBaseUrlsAreRefused();
    void redirectRecordsProClicksOverHttp();
    void unknownCodesAndFloodsWriteNothing();
    void trustedProxyHeaderOnlyWhenConfigured();
    void behindAProxyTheRefusalLimitCountsEachClient();
    void userAgentsOfRealBrowsers();
    void uapCoreTestSuitesPass();
    void clickWriteBackInBatchesWithRefusals();
    void clicksGoBackToTheirLinksOrg();
    void schemaSixteenGivesEachProLinkItsMessagesOrg();
    void sendThroughSandboxYieldsAShortLinkAndAClickWrittenBack();
    void purgeFollowsRetention();

private:
    struct Answer {
        int status = 0;
        QByteArray location;
    };
    Answer get(const QUrl &url, const QByteArray &userAgent = kChrome,
        const QByteArray &forwardedFor = {});
    qint64 count(const char *table);

    std::unique_ptr<QTemporaryDir> m_tmp;
    relay::test::FakeClock m_clock;
    std::unique_ptr<Workspace> m_ws;
    QNetworkAccessManager m_network;
};

void TestLinks::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC));
    auto ws = Workspace::create(m_tmp->filePath(QStringLiteral("ws")), WorkspaceMeta::forKeychain(),
        relay::test::testKey(3), m_clock);
    QVERIFY(ws.ok());
    m_ws = std::move(ws.value());
    QVERIFY(m_ws->links().setBaseUrl(QUrl(QStringLiteral("https://l.example.com/"))).ok());
}

void TestLinks::cleanup()
{
    m_ws.reset();
    m_tmp.reset();
}

TestLinks::Answer TestLinks::get(
    const QUrl &url, const QByteArray &userAgent, const QByteArray &forwardedFor)
{
    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("User-Agent", userAgent);
    if (!forwardedFor.isEmpty())
        request.setRawHeader("X-Forwarded-For", forwardedFor);
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000))
        return {};
    Answer answer { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        reply->rawHeader("Location") };
    reply->deleteLater();
    return answer;
}

qint64 TestLinks::count(const char *table)
{
    auto n = m_ws->database().queryInt(
        QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return n ? n.value() : -1;
}

void TestLinks::codesAreUniqueUnguessableAndNeverSequential()
{
    QSet<QString> codes;
    QStringList inOrder;
    QHash<QChar, int> firstCharacters;
    for (int i = 0; i < 2000; ++i) {
        auto link = m_ws->links().create(
            QUrl(QStringLiteral("https://shop.example.com/item/%1").arg(i)), LinkStore::Mode::Url);
        QVERIFY(link.ok());
        QCOMPARE(link->code.size(), LinkStore::kCodeLength);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^[0-9A-Za-z]{10}$")).match(link->code).hasMatch(),
            qPrintable(link->code));
        codes.insert(link->code);
        inOrder.append(link->code);
        ++firstCharacters[link->code.at(0)];
    }
    QCOMPARE(codes.size(), 2000);
    // Consecutive codes share no long prefix (a counter would share nine
    // characters), and the first character spreads over the alphabet.
    int sharedPrefixes = 0;
    for (int i = 1; i < inOrder.size(); ++i)
        sharedPrefixes += inOrder.at(i).left(4) == inOrder.at(i - 1).left(4);
    QCOMPARE(sharedPrefixes, 0);
    QVERIFY2(firstCharacters.size() >= 55, qPrintable(QString::number(firstCharacters.size())));
    for (int n : std::as_const(firstCharacters))
        QVERIFY2(n < 100, "a first character far above its 1/62 share");
    // The same target in url mode is one link.
    auto again = m_ws->links().create(
        QUrl(QStringLiteral("https://shop.example.com/item/7")), LinkStore::Mode::Url);
    QVERIFY(again.ok());
    QCOMPARE(again->code, inOrder.at(7));
    QCOMPARE(count("link"), qint64 { 2000 });
}

void TestLinks::textsAreShortenedPerMode()
{
    const QString text = QStringLiteral(
        "Your order: https://shop.example.com/o/42?ref=sms. Help at http://help.example.org/faq!");
    auto url = m_ws->links().shorten(text, LinkStore::Mode::Url, {}, {});
    QVERIFY(url.ok());
    const QRegularExpression shortLink(
        QStringLiteral("https://l\\.example\\.com/([0-9A-Za-z]{10})"));
    auto it = shortLink.globalMatch(url.value());
    QStringList codes;
    while (it.hasNext())
        codes << it.next().captured(1);
    QCOMPARE(codes.size(), 2);
    QVERIFY2(url->startsWith(QStringLiteral("Your order: https://l.example.com/")),
        qPrintable(url.value()));
    QVERIFY2(url->contains(QStringLiteral(". Help at https://l.example.com/")),
        qPrintable(url.value())); // the full stop stayed text
    QVERIFY(url->endsWith(QLatin1Char('!')));
    auto first = m_ws->links().resolve(codes.at(0));
    QVERIFY(first.ok());
    QCOMPARE(first->target, QStringLiteral("https://shop.example.com/o/42?ref=sms"));
    QCOMPARE(first->domain, QStringLiteral("shop.example.com"));
    QVERIFY(first->recipientHash.isEmpty());
    // Url mode reuses; Pro makes one per recipient and record.
    auto urlAgain = m_ws->links().shorten(text, LinkStore::Mode::Url, {}, {});
    QCOMPARE(urlAgain.value(), url.value());
    auto pro = m_ws->links().shorten(
        text, LinkStore::Mode::Pro, kHash, QStringLiteral("a015e00000AbCdEAAA"));
    QVERIFY(pro.ok());
    QVERIFY(pro.value() != url.value());
    const QString proCode = shortLink.match(pro.value()).captured(1);
    auto proLink = m_ws->links().resolve(proCode);
    QVERIFY(proLink.ok());
    QCOMPARE(proLink->mode, LinkStore::Mode::Pro);
    QCOMPARE(proLink->recipientHash, kHash);
    QCOMPARE(proLink->smsRecordId, QStringLiteral("a015e00000AbCdEAAA"));
    // A text without links, and already-short links, pass unchanged.
    QCOMPARE(m_ws->links()
                 .shorten(QStringLiteral("No links here."), LinkStore::Mode::Pro, kHash,
                     QStringLiteral("x"))
                 .value(),
        QStringLiteral("No links here."));
    QCOMPARE(m_ws->links().shorten(url.value(), LinkStore::Mode::Url, {}, {}).value(), url.value());
    QCOMPARE(m_ws->links().shorten(text, LinkStore::Mode::None, {}, {}).value(), text);
    QCOMPARE(count("link"), qint64 { 4 });
}

void TestLinks::badTargetsAndBaseUrlsAreRefused()
{
    const qint64 before = count("link");
    for (const char *bad :
        { "ftp://example.com/x", "javascript:alert(1)", "https://", "mailto:a@example.com" }) {
        auto link = m_ws->links().create(QUrl(QString::fromLatin1(bad)), LinkStore::Mode::Url);
        QVERIFY2(!link.ok(), bad);
        QCOMPARE(link.error().code, ErrorCode::InvalidInput);
    }
    auto tooLong = m_ws->links().create(
        QUrl(QStringLiteral("https://example.com/") + QString(3000, QLatin1Char('a'))),
        LinkStore::Mode::Url);
    QVERIFY(!tooLong.ok());
    QVERIFY(tooLong.error().detail.contains(QLatin1String("at most 2048")));
    auto proWithoutHash
        = m_ws->links().create(QUrl(QStringLiteral("https://example.com")), LinkStore::Mode::Pro);
    QVERIFY(!proWithoutHash.ok());
    QCOMPARE(count("link"), before);
    for (const char *bad : { "ftp://l.example.com", "https://l.example.com/?q=1", "not a url" }) {
        auto s = m_ws->links().setBaseUrl(QUrl(QString::fromLatin1(bad)));
        QVERIFY2(!s.ok(), bad);
    }
    QCOMPARE(m_ws->links().baseUrl().value(),
        QUrl(QStringLiteral("https://l.example.com"))); // unchanged
    // Without a base, a gateway in url mode cannot send links.
    QVERIFY(m_ws->database()
                .exec(QStringLiteral("DELETE FROM engine_setting WHERE key = 'link_base_url'"))
                .ok());
    auto noBase = m_ws->links().shorten(
        QStringLiteral("see https://example.com"), LinkStore::Mode::Url, {}, {});
    QVERIFY(!noBase.ok());
    QVERIFY(noBase.error().detail.contains(QLatin1String("link-base-url")));
}

void TestLinks::redirectRecordsProClicksOverHttp()
{
    StatusServer server(m_ws->deliveries(), m_ws->links(), {});
    QVERIFY(server.start(QHostAddress::LocalHost) > 0);
    const QUrl base = server.baseUrl();
    auto plain = m_ws->links().create(
        QUrl(QStringLiteral("https://shop.example.com/sale")), LinkStore::Mode::Url);
    auto pro = m_ws->links().create(QUrl(QStringLiteral("https://shop.example.com/o/42")),
        LinkStore::Mode::Pro, kHash, QStringLiteral("a015e00000AbCdEAAA"));
    QVERIFY(plain.ok() && pro.ok());

    Answer a = get(QUrl(base.toString() + QLatin1Char('/') + plain->code));
    QCOMPARE(a.status, 302);
    QCOMPARE(a.location, QByteArray("https://shop.example.com/sale"));
    QCOMPARE(count("link_click"), qint64 { 0 }); // a URL link records no click

    a = get(QUrl(base.toString() + QLatin1Char('/') + pro->code));
    QCOMPARE(a.status, 302);
    QCOMPARE(a.location, QByteArray("https://shop.example.com/o/42"));
    auto clicks = m_ws->links().clicks();
    QVERIFY(clicks.ok());
    QCOMPARE(clicks->size(), 1);
    const LinkStore::Click c = clicks->first();
    QCOMPARE(c.code, pro->code);
    QCOMPARE(c.ip, QStringLiteral("127.0.0.1"));
    QCOMPARE(c.domain, QStringLiteral("shop.example.com"));
    QCOMPARE(c.browser.family, QStringLiteral("Chrome"));
    QCOMPARE(c.browser.version, QStringLiteral("120.0.0"));
    QCOMPARE(c.browser.os, QStringLiteral("Windows"));
    QCOMPARE(c.smsRecordId, QStringLiteral("a015e00000AbCdEAAA"));
    QCOMPARE(c.writeBack, LinkStore::WriteBack::Pending);
    QCOMPARE(c.at, m_clock.nowUtc());
    QCOMPARE(server.counters().redirects, qint64 { 2 });
    QCOMPARE(server.counters().clicks, qint64 { 1 });
    // The raw User-Agent is not kept anywhere.
    auto raw = m_ws->database().queryInt(
        QStringLiteral("SELECT count(*) FROM link_click WHERE browser LIKE '%Mozilla%' "
                       "OR device LIKE '%Mozilla%' OR os LIKE '%Mozilla%'"));
    QCOMPARE(raw.value(), qint64 { 0 });
}

void TestLinks::unknownCodesAndFloodsWriteNothing()
{
    StatusServer::Options options;
    options.linkRequestsPerMinutePerIp = 5;
    StatusServer server(m_ws->deliveries(), m_ws->links(), options);
    QVERIFY(server.start(QHostAddress::LocalHost) > 0);
    const QString base = server.baseUrl().toString();
    auto pro = m_ws->links().create(QUrl(QStringLiteral("https://shop.example.com/o/1")),
        LinkStore::Mode::Pro, kHash, QStringLiteral("rec1"));
    QVERIFY(pro.ok());
    const QByteArray before = relay::test::readAll(m_ws->database().path());
    auto changes = m_ws->database().queryInt(QStringLiteral("SELECT total_changes()"));
    for (const QString &code : { QStringLiteral("AAAAAAAAAA"), QStringLiteral("short"),
             QStringLiteral("%27%20OR%201%3D1"), QStringLiteral("a/b") }) {
        QCOMPARE(get(QUrl(base + QLatin1Char('/') + code)).status, 404);
    }
    QCOMPARE(m_ws->database().queryInt(QStringLiteral("SELECT total_changes()")).value(),
        changes.value());
    QCOMPARE(relay::test::readAll(m_ws->database().path()), before);
    QCOMPARE(
        server.counters().linksUnknown, qint64 { 3 }); // "a/b" is not a code-shaped path at all
    // Three code-shaped misses count against the address: two more requests
    // make five, the limit; the flood after them gets 429 and no click.
    QCOMPARE(get(QUrl(base + QLatin1Char('/') + pro->code)).status, 302);
    QCOMPARE(get(QUrl(base + QLatin1Char('/') + pro->code)).status, 302);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(get(QUrl(base + QLatin1Char('/') + pro->code)).status, 429);
    QCOMPARE(count("link_click"), qint64 { 2 });
    QCOMPARE(server.counters().rateLimited, qint64 { 3 });
}

void TestLinks::trustedProxyHeaderOnlyWhenConfigured()
{
    auto pro = m_ws->links().create(QUrl(QStringLiteral("https://shop.example.com/o/1")),
        LinkStore::Mode::Pro, kHash, QStringLiteral("rec1"));
    QVERIFY(pro.ok());
    {
        StatusServer server(m_ws->deliveries(), m_ws->links(), {});
        QVERIFY(server.start(QHostAddress::LocalHost) > 0);
        const QString base = server.baseUrl().toString();
        QCOMPARE(
            get(QUrl(base + QLatin1Char('/') + pro->code), kChrome, "198.51.100.7").status, 302);
    }
    StatusServer::Options options;
    options.trustedProxyHeader = "X-Forwarded-For";
    StatusServer server(m_ws->deliveries(), m_ws->links(), options);
    QVERIFY(server.start(QHostAddress::LocalHost) > 0);
    const QString base = server.baseUrl().toString();
    // A client-supplied entry comes first; the proxy's own is the last.
    QCOMPARE(
        get(QUrl(base + QLatin1Char('/') + pro->code), kChrome, "10.9.9.9, 203.0.113.9").status,
        302);
    QCOMPARE(get(QUrl(base + QLatin1Char('/') + pro->code), kChrome, "not-an-address").status, 302);
    auto clicks = m_ws->links().clicks();
    QVERIFY(clicks.ok());
    QCOMPARE(clicks->size(), 3);
    // Newest first.
    QCOMPARE(clicks->at(2).ip, QStringLiteral("127.0.0.1")); // header not configured: ignored
    QCOMPARE(clicks->at(1).ip, QStringLiteral("203.0.113.9"));
    QCOMPARE(clicks->at(0).ip, QStringLiteral("127.0.0.1")); // unparseable: the peer
}

void TestLinks::behindAProxyTheRefusalLimitCountsEachClient()
{
    // Behind a reverse proxy every request comes from the proxy: the limit
    // on refusals must count the client the proxy names, or one client's
    // forged callbacks would shut every provider out.
    StatusServer::Options options;
    options.trustedProxyHeader = "X-Forwarded-For";
    options.limits.refusedPerMinutePerAddress = 2;
    // The address the providers call, given with its trailing slash.
    options.publicBase = QUrl(QStringLiteral("https://relay.example.com/"));
    StatusServer server(m_ws->deliveries(), m_ws->links(), options);
    QCOMPARE(server.twilioCallbackUrl().toString(),
        QStringLiteral("https://relay.example.com/twilio/status"));
    const quint16 port = server.start(QHostAddress::LocalHost);
    QVERIFY(port > 0);
    const QUrl callback(QStringLiteral("http://127.0.0.1:%1/twilio/status").arg(port));
    const auto unsignedPost = [&](const QByteArray &client) {
        QNetworkRequest request(callback);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
            QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setRawHeader("X-Forwarded-For", client);
        QNetworkReply *reply = m_network.post(request, QByteArrayLiteral("MessageSid=SM1"));
        QSignalSpy done(reply, &QNetworkReply::finished);
        const int status = done.wait(5000)
            ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
            : -1;
        reply->deleteLater();
        return status;
    };
    QCOMPARE(unsignedPost("203.0.113.9"), 403);
    QCOMPARE(unsignedPost("203.0.113.9"), 403);
    QCOMPARE(unsignedPost("203.0.113.9"), 429);
    // Another client through the same proxy is still heard.
    QCOMPARE(unsignedPost("198.51.100.4"), 403);
}

void TestLinks::userAgentsOfRealBrowsers()
{
    auto parser = UserAgentParser::shared();
    QVERIFY2(parser.ok(), parser.ok() ? "" : qPrintable(parser.error().detail));
    QVERIFY(parser.value()->parserCount() > 500);
    QFile table(QStringLiteral(RELAYAUDIT_FIXTURES "/useragents/browsers.tsv"));
    QVERIFY(table.open(QIODevice::ReadOnly));
    int rows = 0;
    while (!table.atEnd()) {
        const QString line = QString::fromUtf8(table.readLine()).chopped(1);
        if (line.startsWith(QLatin1Char('#')) || line.isEmpty())
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        QCOMPARE(f.size(), 6);
        const BrowserData b = parser.value()->parse(f.at(0));
        const QString got = QStringList { b.family, b.version, b.os, b.osVersion, b.device }.join(
            QLatin1Char('|'));
        const QString want = f.mid(1).join(QLatin1Char('|'));
        QVERIFY2(got == want,
            qPrintable(QStringLiteral("%1\n got  %2\n want %3").arg(f.at(0), got, want)));
        ++rows;
    }
    QVERIFY(rows >= 9);
    // Empty, binary and oversized headers are "Other" and cheap.
    QCOMPARE(parser.value()->parse(u"").family, QStringLiteral("Other"));
    QCOMPARE(
        parser.value()->parse(QString(100000, QLatin1Char('A'))).family, QStringLiteral("Other"));
    // A broken regex file is refused with its name.
    QTemporaryDir dir;
    QFile bad(dir.filePath(QStringLiteral("regexes.yaml")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("user_agent_parsers:\n  - regex: '(unclosed'\n");
    bad.close();
    auto broken = UserAgentParser::load(bad.fileName());
    QVERIFY(!broken.ok());
    QVERIFY(broken.error().detail.contains(bad.fileName()));
}

// uap-core ships the ua-parser project's own expectations; an
// implementation of the specification passes them.
void TestLinks::uapCoreTestSuitesPass()
{
    auto parser = UserAgentParser::shared();
    QVERIFY(parser.ok());
    const auto text = [](const YAML::Node &node) {
        return !node || node.IsNull() ? QString() : QString::fromStdString(node.as<std::string>());
    };
    for (const char *file : { "test_ua.yaml", "test_os.yaml", "test_device.yaml" }) {
        const QString path = QStringLiteral("/usr/share/uap-core/tests/") + QLatin1String(file);
        if (!QFile::exists(path))
            QSKIP("uap-core's test files are not installed");
        const YAML::Node root = YAML::LoadFile(path.toStdString());
        int cases = 0;
        QStringList failures;
        for (const YAML::Node &c : root["test_cases"]) {
            const QString ua = text(c["user_agent_string"]);
            QString got;
            QString want;
            if (qstrcmp(file, "test_ua.yaml") == 0) {
                const auto v = parser.value()->parseBrowser(ua);
                got = QStringList { v.family, v.major, v.minor, v.patch }.join(QLatin1Char('|'));
                want = QStringList { text(c["family"]), text(c["major"]), text(c["minor"]),
                    text(c["patch"]) }
                           .join(QLatin1Char('|'));
            } else if (qstrcmp(file, "test_os.yaml") == 0) {
                const auto v = parser.value()->parseOs(ua);
                got = QStringList { v.family, v.major, v.minor, v.patch, v.patchMinor }.join(
                    QLatin1Char('|'));
                want = QStringList { text(c["family"]), text(c["major"]), text(c["minor"]),
                    text(c["patch"]), text(c["patch_minor"]) }
                           .join(QLatin1Char('|'));
            } else {
                got = parser.value()->parseDevice(ua);
                want = text(c["family"]);
            }
            ++cases;
            if (got != want)
                failures << QStringLiteral("%1\n   got %2\n  want %3").arg(ua, got, want);
        }
        qInfo("%s: %d cases, %lld differ", file, cases, static_cast<long long>(failures.size()));
        QVERIFY(cases > 100);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 5).join(QLatin1Char('\n'))));
    }
}

void TestLinks::clickWriteBackInBatchesWithRefusals()
{
    sandbox::SandboxServer org(1, 1, QDate(2026, 11, 1), QDate(2026, 11, 2));
    QVERIFY(org.start() > 0);
    org.setSalesforceFaults(
        4, 0.2); // sessions expire every 4 requests; a fifth of the records are refused
    for (int i = 0; i < 450; ++i) {
        auto link = m_ws->links().create(
            QUrl(QStringLiteral("https://shop.example.com/o/%1").arg(i)), LinkStore::Mode::Pro,
            kHash, QStringLiteral("a015e00000R%1AAA").arg(i, 4, 10, QLatin1Char('0')));
        QVERIFY(link.ok());
        QVERIFY(m_ws->links()
                    .recordClick(link.value(),
                        QHostAddress(QStringLiteral("203.0.113.%1").arg(i % 250)),
                        QString::fromLatin1(kChrome))
                    .ok());
    }
    ClickWriteBack::Config config;
    config.login = org.salesforceLogin();
    config.baseDelayMs = 1;
    config.maxAttempts = 30;
    ClickWriteBack job(m_ws->links(), m_network, config);
    QSignalSpy finished(&job, &ClickWriteBack::finished);
    job.run();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(job.totals().written, qint64 { 450 });
    QVERIFY2(job.totals().retried > 20, "the refusals were retried");
    QVERIFY(job.totals().requests >= 3); // 450 in batches of 200
    auto counts = m_ws->links().counts();
    QCOMPARE(counts->clicksWritten, qint64 { 450 });
    QCOMPARE(counts->clicksPending, qint64 { 0 });
    // What the org holds: one Link_Click__c per click, fields as sent.
    QHash<QString, QJsonObject> byKey;
    for (auto it = org.salesforceRecords().constBegin(); it != org.salesforceRecords().constEnd();
         ++it)
        byKey.insert(it.value().value(QStringLiteral("Click_Key__c")).toString(), it.value());
    QCOMPARE(byKey.size(), 450);
    auto clicks = m_ws->links().clicks(1);
    const LinkStore::Click last = clicks->first();
    const QJsonObject record = byKey.value(ClickWriteBack::externalId(last.code, last.id));
    QCOMPARE(record.value(QStringLiteral("IP_Address__c")).toString(), last.ip);
    QCOMPARE(
        record.value(QStringLiteral("Browser__c")).toString(), QStringLiteral("Chrome 120.0.0"));
    QCOMPARE(record.value(QStringLiteral("Operating_System__c")).toString(),
        QStringLiteral("Windows 10"));
    QCOMPARE(record.value(QStringLiteral("SMS__c")).toString(), last.smsRecordId);
    QCOMPARE(
        record.value(QStringLiteral("Domain__c")).toString(), QStringLiteral("shop.example.com"));
    QVERIFY(!last.salesforceId.isEmpty());
    // An answer lost on the way: the batch goes again and updates, never duplicates.
    QVERIFY(m_ws->database()
                .exec(QStringLiteral("UPDATE link_click SET writeback = 'pending', "
                                     "writeback_next_ms = 0 WHERE id % 3 = 0"))
                .ok());
    org.setSalesforceFaults(1000, 0);
    ClickWriteBack again(m_ws->links(), m_network, config);
    QSignalSpy finishedAgain(&again, &ClickWriteBack::finished);
    again.run();
    QVERIFY(finishedAgain.wait(30000));
    QCOMPARE(again.totals().written, qint64 { 150 });
    QCOMPARE(org.salesforceRecords().size(), qsizetype { 450 });

    // A record that can never be written ends failed, with the reason.
    QVERIFY(
        m_ws->database()
            .exec(QStringLiteral(
                "UPDATE link_click SET writeback = 'pending', writeback_next_ms = 0 WHERE id = 1"))
            .ok());
    org.setSalesforceFaults(1000, 1.0);
    config.maxAttempts = 2;
    ClickWriteBack refused(m_ws->links(), m_network, config);
    QSignalSpy finishedRefused(&refused, &ClickWriteBack::finished);
    refused.run();
    QVERIFY(finishedRefused.wait(30000));
    QCOMPARE(refused.totals().failed, qint64 { 1 });
    auto failed = m_ws->database().queryInt(
        QStringLiteral("SELECT count(*) FROM link_click WHERE writeback = 'failed' "
                       "AND writeback_error LIKE 'UNABLE_TO_LOCK_ROW%'"));
    QCOMPARE(failed.value(), qint64 { 1 });
}

// Two orgs number their SMS records alike; each link carries its message's
// org, and a write-back for one org takes that org's clicks only.
void TestLinks::clicksGoBackToTheirLinksOrg()
{
    sandbox::SandboxServer acme(2, 1, QDate(2026, 11, 1), QDate(2026, 11, 2));
    sandbox::SandboxServer beta(3, 1, QDate(2026, 11, 1), QDate(2026, 11, 2));
    QVERIFY(acme.start() > 0 && beta.start() > 0);
    const QString record = QStringLiteral("a015e00000R0001AAA");
    const std::pair<QString, int> links[] { { QStringLiteral("acme"), 3 },
        { QStringLiteral("beta"), 2 }, { QString(), 1 } };
    for (const auto &[org, clicks] : links) {
        auto link
            = m_ws->links().create(QUrl(QStringLiteral("https://shop.example.com/%1").arg(org)),
                LinkStore::Mode::Pro, kHash, record, org);
        QVERIFY(link.ok());
        QCOMPARE(m_ws->links().resolve(link->code)->org, org);
        for (int i = 0; i < clicks; ++i)
            QVERIFY(m_ws->links()
                        .recordClick(link.value(), QHostAddress(QStringLiteral("203.0.113.9")),
                            QString::fromLatin1(kChrome))
                        .ok());
    }
    QCOMPARE(m_ws->links().orgsWithPendingClicks().value(),
        (QStringList { QString(), QStringLiteral("acme"), QStringLiteral("beta") }));
    QCOMPARE(m_ws->links().pendingWriteBacks(QStringLiteral("acme"), 100)->size(), 3);
    QVERIFY(m_ws->links().nextWriteBackDueMs(QStringLiteral("beta")).value() > 0);
    QCOMPARE(m_ws->links().nextWriteBackDueMs(QStringLiteral("gamma")).value(), qint64 { 0 });

    ClickWriteBack::Config config;
    config.org = QStringLiteral("beta");
    config.login = beta.salesforceLogin();
    ClickWriteBack job(m_ws->links(), m_network, config);
    QSignalSpy finished(&job, &ClickWriteBack::finished);
    job.run();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(job.totals().written, qint64 { 2 });
    QCOMPARE(beta.salesforceRecords().size(), qsizetype { 2 });
    QCOMPARE(acme.salesforceRecords().size(), qsizetype { 0 });
    QCOMPARE(m_ws->links().orgsWithPendingClicks().value(),
        (QStringList { QString(), QStringLiteral("acme") }));
}

void TestLinks::schemaSixteenGivesEachProLinkItsMessagesOrg()
{
    const Migration before[] { { 1, DeliveryLog::schemaSql() },
        { 2, DeliveryLog::callbackRefSql() }, { 3, DeliveryLog::eventOnceSql() },
        { 4, Orgs::schemaSql() }, { 5, Orgs::fieldsSql() }, { 6, DeliveryLog::perOrgSql() },
        { 7, LinkStore::schemaSql() } };
    auto db = Database::open(m_tmp->filePath(QStringLiteral("fifteen.db")), relay::test::testKey(3),
        Database::OpenMode::CreateNew);
    QVERIFY(db.ok());
    QVERIFY(migrate(db.value(), before).ok());
    // Org Acme's message and the default org's, with the same SMS record id;
    // a Pro link of each, a plain link, and a Pro link whose message is gone.
    QVERIFY(
        db->exec(QStringLiteral(
                     "INSERT INTO delivery (org, sms_record_id, gateway, channel, "
                     "recipient_hash, provider, segments, status, status_rank, created_ms, "
                     "updated_ms) VALUES ('Acme', 'a0X000000000001', '+15550100001', 0, "
                     "'v1:h1', 'twilio', 1, 'sent', 4, 1, 1), ('', 'a0X000000000001', "
                     "'+15550100002', 0, 'v1:h2', 'telnyx', 1, 'sent', 4, 1, 1);"
                     "INSERT INTO link VALUES ('AAAAAAAAA1', 'https://e.com/1', 'e.com', 'pro', "
                     "'v1:h1', 'a0X000000000001', 1), ('AAAAAAAAA2', 'https://e.com/2', "
                     "'e.com', 'pro', 'v1:h2', 'a0X000000000001', 1), ('AAAAAAAAA3', "
                     "'https://e.com/3', 'e.com', 'url', NULL, NULL, 1), ('AAAAAAAAA4', "
                     "'https://e.com/4', 'e.com', 'pro', 'v1:h9', 'a0X000000000009', 1);"
                     "INSERT INTO link_click (code, at_ms, ip, domain, browser, browser_version, "
                     "os, os_version, device) VALUES ('AAAAAAAAA1', 5, '203.0.113.1', 'e.com', "
                     "'Chrome', '1', 'Linux', '', 'Other')"))
            .ok());
    const Migration after[] { { 8, LinkStore::orgSql() } };
    QVERIFY(migrate(db.value(), after).ok());
    const auto orgOf = [&](const char *code) {
        auto stmt = db->prepare(QStringLiteral("SELECT org FROM link WHERE code = ?1"));
        stmt->bind(1, QLatin1String(code));
        return stmt->step().ok() ? stmt->text(0) : QStringLiteral("?");
    };
    QCOMPARE(orgOf("AAAAAAAAA1"), QStringLiteral("Acme"));
    QCOMPARE(orgOf("AAAAAAAAA2"), QString());
    QCOMPARE(orgOf("AAAAAAAAA3"), QString());
    QCOMPARE(orgOf("AAAAAAAAA4"), QString()); // its message is no longer in the log
    QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM link_click")).value(), qint64 { 1 });
}

void TestLinks::sendThroughSandboxYieldsAShortLinkAndAClickWrittenBack()
{
    const QString account = QString::fromLatin1(sandbox::SyntheticTraffic::accountSid());
    QVERIFY(m_ws->gateways().add({ kGateway, QStringLiteral("twilio"), account, {} }).ok());
    QVERIFY(m_ws->links().setGatewayMode(kGateway, LinkStore::Mode::Pro).ok());
    sandbox::SandboxServer sandbox(5, 10, QDate(2026, 11, 1), QDate(2026, 11, 2));
    QVERIFY(sandbox.start() > 0);
    StatusServer::Options serverOptions;
    serverOptions.twilioTokens.insert(account,
        std::make_shared<SecretBytes>(
            SecretBytes::fromUtf8(sandbox::SandboxServer::twilioAuthToken())));
    StatusServer server(m_ws->deliveries(), m_ws->links(), serverOptions);
    QVERIFY(server.start(QHostAddress::LocalHost) > 0);
    const QString base = server.baseUrl().toString();
    QVERIFY(m_ws->links().setBaseUrl(QUrl(base)).ok());

    SendPipeline::Options options;
    options.baseUrl = QUrl(sandbox.baseUrl());
    options.twilioStatusCallback = server.twilioCallbackUrl();
    SendPipeline pipeline({ m_ws->gateways(), m_ws->deliveries(), m_ws->links() }, m_network,
        RecipientHasher(relay::test::testKey(9)), options);
    ProviderCredentials twilio;
    twilio.user = account;
    twilio.secret = SecretBytes::fromUtf8(sandbox::SandboxServer::twilioAuthToken());
    pipeline.setTwilioCredentials(account, std::move(twilio));
    QSignalSpy finished(&pipeline, &SendPipeline::finished);
    const QString text
        = QStringLiteral("MARKER-BODY-51 track it at https://shop.example.com/track/ZX81 today");
    auto sent = pipeline.send(
        { kGateway, QStringLiteral("(202) 555-2001"), text, QStringLiteral("003MARKERSRC0001"),
            QStringLiteral("a015e00000SENDAAA"), QStringLiteral("batch-1"), Channel::Sms });
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().detail));
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().value<SendPipeline::Outcome>().ok);

    // The provider received the shortened text.
    const QString received = sandbox.messages().lastText();
    const QRegularExpressionMatch m = QRegularExpression(
        QRegularExpression::escape(base) + QStringLiteral("/([0-9A-Za-z]{10})"))
                                          .match(received);
    QVERIFY2(m.hasMatch(), qPrintable(received));
    QVERIFY(!received.contains(QLatin1String("shop.example.com")));
    auto link = m_ws->links().resolve(m.captured(1));
    QVERIFY(link.ok());
    QCOMPARE(link->mode, LinkStore::Mode::Pro);
    QCOMPARE(link->smsRecordId, QStringLiteral("a015e00000SENDAAA"));
    auto delivery
        = m_ws->deliveries().find(DeliveryLog::Key::SmsRecord, QStringLiteral("a015e00000SENDAAA"));
    QCOMPARE(link->recipientHash, delivery->first().recipientHash);

    // The recipient follows it; the click is written back to the org.
    QCOMPARE(get(QUrl(base + QLatin1Char('/') + m.captured(1)),
                 "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 "
                 "(KHTML, like Gecko) "
                 "Version/17.1.2 Mobile/15E148 Safari/604.1")
                 .location,
        QByteArray("https://shop.example.com/track/ZX81"));
    ClickWriteBack::Config config;
    config.login = sandbox.salesforceLogin();
    ClickWriteBack job(m_ws->links(), m_network, config);
    QSignalSpy done(&job, &ClickWriteBack::finished);
    job.run();
    QVERIFY(done.wait(10000));
    QCOMPARE(job.totals().written, qint64 { 1 });
    bool found = false;
    for (const QJsonObject &record : sandbox.salesforceRecords()) {
        if (record.value(QStringLiteral("SMS__c")).toString()
            == QLatin1String("a015e00000SENDAAA")) {
            found = true;
            QCOMPARE(record.value(QStringLiteral("Browser__c")).toString(),
                QStringLiteral("Mobile Safari 17.1.2"));
            QCOMPARE(
                record.value(QStringLiteral("Device__c")).toString(), QStringLiteral("iPhone"));
        }
    }
    QVERIFY(found);
    // Neither the number, the text nor the source record is anywhere in the workspace.
    m_ws->database().close();
    for (const QString &file : QDir(m_ws->path()).entryList(QDir::Files)) {
        const QByteArray bytes = relay::test::readAll(QDir(m_ws->path()).filePath(file));
        for (const char *marker :
            { "MARKER-BODY-51", "003MARKERSRC0001", "5552001", "555-2001", "ZX81" })
            QVERIFY2(!bytes.contains(marker), marker);
    }
}

void TestLinks::purgeFollowsRetention()
{
    auto old = m_ws->links().create(QUrl(QStringLiteral("https://example.com/old")),
        LinkStore::Mode::Pro, kHash, QStringLiteral("r1"));
    QVERIFY(old.ok());
    auto oldClick = m_ws->links().recordClick(
        old.value(), QHostAddress(QStringLiteral("203.0.113.1")), u"curl/8.4.0");
    QVERIFY2(oldClick.ok(), oldClick.ok() ? "" : qPrintable(oldClick.error().detail));
    m_clock.set(m_clock.nowUtc().addDays(10));
    auto fresh = m_ws->links().create(QUrl(QStringLiteral("https://example.com/new")),
        LinkStore::Mode::Pro, kHash, QStringLiteral("r2"));
    auto clickId = m_ws->links().recordClick(
        fresh.value(), QHostAddress(QStringLiteral("203.0.113.2")), u"curl/8.4.0");
    QVERIFY(m_ws->links()
                .setWriteBack(clickId.value(), LinkStore::WriteBack::Written, {},
                    QStringLiteral("a0X000000000001"))
                .ok());
    QVERIFY(!m_ws->links().setRetentionDays(0).ok());
    QVERIFY(m_ws->links().setRetentionDays(5).ok());
    auto purged = m_ws->links().purgeExpired();
    QVERIFY(purged.ok());
    QCOMPARE(purged.value(), qint64 { 2 }); // the old link and its click
    QCOMPARE(count("link"), qint64 { 1 });
    QCOMPARE(count("link_click"), qint64 { 1 });
    // A written click goes a week after its write.
    m_clock.set(m_clock.nowUtc().addDays(LinkStore::kWrittenClickDays + 1));
    QVERIFY(m_ws->links().setRetentionDays(90).ok());
    QCOMPARE(m_ws->links().purgeExpired().value(), qint64 { 1 });
    QCOMPARE(count("link_click"), qint64 { 0 });
    QCOMPARE(count("link"), qint64 { 1 });
}

QTEST_GUILESS_MAIN(TestLinks)
#include "tst_links.moc"
