// The Salesforce REST client: the JWT bearer assertion (RS256) and its key
// handling, sessions from both OAuth flows against the sandbox's stand-in
// org, SOQL queries across pages, and the answers a real org gives when the
// key, user, audience or query is wrong.
#include "RsaKeys.h"
#include "TestSupport.h"

#include "salesforce/Jwt.h"
#include "salesforce/SalesforceClient.h"
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relay::core;

namespace {

SecretBytes secret(const QByteArray &bytes)
{
    return SecretBytes::fromUtf8(bytes);
}

jwt::Claims claims()
{
    return { QStringLiteral("3MVG9consumerkey"), QStringLiteral("integration@example.com"),
        QStringLiteral("https://login.salesforce.com"),
        QDateTime::currentDateTimeUtc().addSecs(jwt::kLifetimeSeconds) };
}

} // namespace

class TestSalesforce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void assertionIsRs256Base64UrlAndVerifies();
    void tamperedOrForeignAssertionFails();
    void unusableKeysAreNamed();
    void keyFileMustBeTheOwnersAlone();
    void jwtSessionAgainstTheSandbox();
    void jwtRefusalsNameTheCause();
    void queryFollowsNextRecordsUrlAndRenewsTheSession();
    void malformedQueryIsReported();

private:
    // What a client call answers, waited for in the event loop.
    SalesforceClient::Reply sendAndWait(
        SalesforceClient &client, const QByteArray &verb, const QString &path);
    Result<QJsonArray> queryAndWait(SalesforceClient &client, const QString &soql);
    SalesforceClient::Login jwtLogin(const QByteArray &privatePem) const;

    relay::test::RsaKeys m_keys;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
};

void TestSalesforce::initTestCase()
{
    m_keys = relay::test::rsaKeys();
    QVERIFY(!m_keys.privatePem.isEmpty() && !m_keys.publicPem.isEmpty());
    m_sandbox
        = std::make_unique<sandbox::SandboxServer>(1, 0, QDate(2026, 11, 1), QDate(2026, 11, 1));
    QVERIFY(m_sandbox->start() > 0);
}

SalesforceClient::Login TestSalesforce::jwtLogin(const QByteArray &privatePem) const
{
    SalesforceClient::Login login;
    login.flow = SalesforceClient::Login::Flow::JwtBearer;
    login.loginUrl = QUrl(m_sandbox->baseUrl());
    login.clientId = QString::fromLatin1(sandbox::SandboxServer::salesforceClientId());
    login.username = sandbox::SandboxServer::salesforceUsername();
    login.privateKeyPem = std::make_shared<SecretBytes>(secret(privatePem));
    login.baseDelayMs = 10;
    return login;
}

SalesforceClient::Reply TestSalesforce::sendAndWait(
    SalesforceClient &client, const QByteArray &verb, const QString &path)
{
    std::optional<SalesforceClient::Reply> answer;
    client.send(
        verb, path, {}, [&answer](const SalesforceClient::Reply &reply) { answer = reply; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return SalesforceClient::Reply { -1, {}, QStringLiteral("no answer within 20 s") };
    return *answer;
}

Result<QJsonArray> TestSalesforce::queryAndWait(SalesforceClient &client, const QString &soql)
{
    std::optional<Result<QJsonArray>> answer;
    client.query(soql, [&answer](Result<QJsonArray> records) { answer = std::move(records); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return makeError(ErrorCode::Io, QStringLiteral("no answer"));
    return std::move(*answer);
}

void TestSalesforce::assertionIsRs256Base64UrlAndVerifies()
{
    auto assertion = jwt::signRs256(claims(), secret(m_keys.privatePem));
    QVERIFY2(assertion.ok(), assertion.ok() ? "" : qPrintable(errorMessage(assertion.error())));
    const QList<QByteArray> parts = assertion->split('.');
    QCOMPARE(parts.size(), 3);
    // base64url without padding, as Salesforce takes it.
    for (const QByteArray &part : parts) {
        QVERIFY(!part.contains('=') && !part.contains('+') && !part.contains('/'));
    }
    QCOMPARE(QByteArray::fromBase64(parts.at(0), QByteArray::Base64UrlEncoding),
        QByteArray(R"({"alg":"RS256"})"));
    const QJsonObject body = QJsonDocument::fromJson(
        QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
                                 .object();
    QCOMPARE(body.value(QStringLiteral("iss")).toString(), QStringLiteral("3MVG9consumerkey"));
    QCOMPARE(
        body.value(QStringLiteral("sub")).toString(), QStringLiteral("integration@example.com"));
    QCOMPARE(body.value(QStringLiteral("aud")).toString(),
        QStringLiteral("https://login.salesforce.com"));
    const qint64 exp = static_cast<qint64>(body.value(QStringLiteral("exp")).toDouble());
    QVERIFY(exp > QDateTime::currentSecsSinceEpoch()
        && exp <= QDateTime::currentSecsSinceEpoch() + jwt::kLifetimeSeconds);
    // 2048-bit RSA: a 256-byte signature.
    QCOMPARE(QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding).size(), 256);

    auto verified = jwt::verifyRs256(assertion.value(), m_keys.publicPem);
    QVERIFY(verified.ok());
    QCOMPARE(verified->value(QStringLiteral("sub")).toString(),
        QStringLiteral("integration@example.com"));
}

void TestSalesforce::tamperedOrForeignAssertionFails()
{
    const QByteArray assertion = jwt::signRs256(claims(), secret(m_keys.privatePem)).value();
    QList<QByteArray> parts = assertion.split('.');
    // Another user in the claims, the old signature.
    QJsonObject body = QJsonDocument::fromJson(
        QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
                           .object();
    body.insert(QStringLiteral("sub"), QStringLiteral("admin@example.com"));
    parts[1] = QJsonDocument(body)
                   .toJson(QJsonDocument::Compact)
                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    auto tampered = jwt::verifyRs256(parts.join('.'), m_keys.publicPem);
    QVERIFY(!tampered.ok());
    QCOMPARE(tampered.error().code, ErrorCode::WrongKey);

    const relay::test::RsaKeys other = relay::test::rsaKeys();
    QVERIFY(!jwt::verifyRs256(assertion, other.publicPem).ok());
    QVERIFY(!jwt::verifyRs256("only.two", m_keys.publicPem).ok());
    QVERIFY(!jwt::verifyRs256("a.b.c", QByteArray("not a key")).ok());
    // "alg": "none" is never accepted.
    const QByteArray none
        = QByteArray(R"({"alg":"none"})")
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        + '.' + parts.at(1) + '.';
    QVERIFY(!jwt::verifyRs256(none, m_keys.publicPem).ok());
}

void TestSalesforce::unusableKeysAreNamed()
{
    const auto why = [](const QByteArray &pem) {
        auto signedJwt = jwt::signRs256(claims(), secret(pem));
        return signedJwt.ok() ? QString() : signedJwt.error().detail;
    };
    QVERIFY(why(relay::test::encryptedPem(m_keys.privatePem)).contains(QLatin1String("encrypted")));
    QVERIFY(why(relay::test::ecPrivatePem()).contains(QLatin1String("not an RSA key")));
    QVERIFY(why("-----BEGIN PRIVATE KEY-----\nnot base64\n-----END PRIVATE KEY-----\n")
                .contains(QLatin1String("not a PEM private key")));
    QVERIFY(why({}).contains(QLatin1String("empty")));
    // A public key is not a signing key.
    QVERIFY(why(m_keys.publicPem).contains(QLatin1String("not a PEM private key")));
}

void TestSalesforce::keyFileMustBeTheOwnersAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("server.key"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_keys.privatePem);
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    auto open = jwt::readKeyFile(path);
    QVERIFY(!open.ok());
    QVERIFY(open.error().detail.contains(QLatin1String("chmod 600")));
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    auto key = jwt::readKeyFile(path);
    QVERIFY(key.ok());
    QCOMPARE(QByteArray(
                 reinterpret_cast<const char *>(key->data()), static_cast<qsizetype>(key->size())),
        m_keys.privatePem);

    auto missing = jwt::readKeyFile(dir.filePath(QStringLiteral("absent.key")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);

    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile notes(text);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("just some text\n");
    notes.close();
    QVERIFY(notes.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    auto notPem = jwt::readKeyFile(text);
    QVERIFY(!notPem.ok());
    QVERIFY(notPem.error().detail.contains(QLatin1String("not a PEM file")));
}

void TestSalesforce::jwtSessionAgainstTheSandbox()
{
    m_sandbox->setSalesforceCertificate(m_keys.publicPem);
    SalesforceClient client(m_network, jwtLogin(m_keys.privatePem));
    const SalesforceClient::Reply reply = sendAndWait(
        client, "GET", client.dataPath(QStringLiteral("query?q=SELECT+Id+FROM+SMS__c")));
    QVERIFY2(reply.ok(), qPrintable(reply.error));
    QCOMPARE(
        QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("totalSize")).toInt(), 0);
    QCOMPARE(client.sessionRefreshes(), 0);
}

void TestSalesforce::jwtRefusalsNameTheCause()
{
    const QString path = QStringLiteral("/services/data/v60.0/query?q=SELECT+Id+FROM+SMS__c");
    const auto refusal = [&](const SalesforceClient::Login &login) {
        SalesforceClient client(m_network, login);
        return sendAndWait(client, "GET", path).error;
    };
    m_sandbox->setSalesforceCertificate({});
    QVERIFY(refusal(jwtLogin(m_keys.privatePem)).contains(QLatin1String("invalid_client")));

    m_sandbox->setSalesforceCertificate(m_keys.publicPem);
    const relay::test::RsaKeys other = relay::test::rsaKeys();
    QVERIFY(refusal(jwtLogin(other.privatePem))
                .contains(QLatin1String("invalid_grant: invalid assertion")));

    SalesforceClient::Login wrongUser = jwtLogin(m_keys.privatePem);
    wrongUser.username = QStringLiteral("someone@else.example");
    QVERIFY(refusal(wrongUser).contains(QLatin1String("user hasn't approved this consumer")));

    SalesforceClient::Login wrongApp = jwtLogin(m_keys.privatePem);
    wrongApp.clientId = QStringLiteral("3MVG9another");
    QVERIFY(refusal(wrongApp).contains(QLatin1String("invalid_client_id")));

    SalesforceClient::Login wrongAudience = jwtLogin(m_keys.privatePem);
    wrongAudience.audience = QStringLiteral("https://evil.example");
    QVERIFY(refusal(wrongAudience).contains(QLatin1String("audience is invalid")));

    SalesforceClient::Login encrypted = jwtLogin(relay::test::encryptedPem(m_keys.privatePem));
    QVERIFY(refusal(encrypted).contains(QLatin1String("encrypted")));

    SalesforceClient::Login refresh = m_sandbox->salesforceLogin();
    refresh.refreshToken = std::make_shared<SecretBytes>(secret("revoked"));
    QVERIFY(
        refusal(refresh).contains(QLatin1String("invalid_grant: expired access/refresh token")));
}

void TestSalesforce::queryFollowsNextRecordsUrlAndRenewsTheSession()
{
    // 450 records written through the collections endpoint, read back in pages of 100.
    SalesforceClient client(m_network, m_sandbox->salesforceLogin());
    for (int batch = 0; batch < 3; ++batch) {
        QJsonArray records;
        for (int i = 0; i < 150; ++i) {
            records.append(QJsonObject {
                { QStringLiteral("attributes"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("SMS__c") } } },
                { QStringLiteral("id"),
                    QStringLiteral("a0Y%1").arg(batch * 150 + i, 12, 10, QLatin1Char('0')) },
                { QStringLiteral("Status__c"), QStringLiteral("delivered") } });
        }
        std::optional<SalesforceClient::Reply> answer;
        client.send("PATCH", client.dataPath(QStringLiteral("composite/sobjects")),
            QJsonDocument(QJsonObject { { QStringLiteral("allOrNone"), false },
                              { QStringLiteral("records"), records } })
                .toJson(),
            [&answer](const SalesforceClient::Reply &reply) { answer = reply; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        QVERIFY2(answer->ok(), qPrintable(answer->error));
    }
    m_sandbox->setSalesforceQueryBatch(100);
    m_sandbox->setSalesforceFaults(2, 0); // a session lasts two requests: pages need renewals
    auto all = queryAndWait(client, QStringLiteral("SELECT Id, Status__c FROM SMS__c"));
    QVERIFY2(all.ok(), all.ok() ? "" : qPrintable(errorMessage(all.error())));
    QCOMPARE(all->size(), 450);
    QCOMPARE(all->at(449).toObject().value(QStringLiteral("Status__c")).toString(),
        QStringLiteral("delivered"));
    QCOMPARE(all->at(0)
                 .toObject()
                 .value(QStringLiteral("attributes"))
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
        QStringLiteral("SMS__c"));
    QVERIFY(client.sessionRefreshes() >= 2);

    auto some = queryAndWait(client,
        QStringLiteral("SELECT Id FROM SMS__c WHERE Id IN "
                       "('a0Y000000000001','a0Y000000000449','a0Ynosuchrecord')"));
    QVERIFY(some.ok());
    QCOMPARE(some->size(), 2);
    auto otherObject = queryAndWait(client, QStringLiteral("SELECT Id FROM Contact"));
    QVERIFY(otherObject.ok());
    QCOMPARE(otherObject->size(), 0);
    m_sandbox->setSalesforceFaults(0, 0);
    m_sandbox->setSalesforceQueryBatch(2000);
}

void TestSalesforce::malformedQueryIsReported()
{
    SalesforceClient client(m_network, m_sandbox->salesforceLogin());
    auto bad = queryAndWait(client, QStringLiteral("SELECT FROM"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().detail.contains(QLatin1String("HTTP 400, MALFORMED_QUERY")),
        qPrintable(bad.error().detail));
    // Not retried: one token request, one query.
    QCOMPARE(client.requests(), 2);
}

QTEST_GUILESS_MAIN(TestSalesforce)
#include "tst_salesforce.moc"
