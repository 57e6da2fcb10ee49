// Against a real Secret Service: .ci/check-keychain runs this inside a
// dbus-run-session with gnome-keyring unlocked by a test password. Without
// RELAYAUDIT_TEST_KEYCHAIN=1 (the README's test command has no keychain
// daemon) it is skipped, and says so.
#include "TestSupport.h"
#include "privacy/ProviderKeychain.h"
#include "privacy/RecipientHash.h"
#include "privacy/SecretStore.h"
#include "salesforce/OrgKeychain.h"
#include "sandbox/SandboxServer.h"

#include <QEventLoop>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace relay::core;

namespace {

// Runs an asynchronous keychain call to its answer.
template <typename Result, typename Call> Result await(Call call)
{
    std::optional<Result> answer;
    QEventLoop loop;
    call([&](Result r) {
        answer.emplace(std::move(r));
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return std::move(*answer);
}

SecretBytes bytes(const char *text)
{
    return SecretBytes(reinterpret_cast<const unsigned char *>(text), std::strlen(text));
}

bool same(const SecretBytes &a, const SecretBytes &b)
{
    return a.size() == b.size() && std::equal(a.data(), a.data() + a.size(), b.data());
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secretsRoundTripAndGo();
    void pepperIsCreatedOnceAndKept();
    void providerCredentialsRoundTrip();
    void orgLoginsRoundTripInBothFlows();
    void aCommandTakesItsOrgLoginFromTheKeychain();
    void aKeychainWorkspaceOpensWithoutAPassphrase();
    void noKeychainServiceIsAClearError();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &arguments, const QProcessEnvironment &env);
    QProcessEnvironment environment() const;

    QTemporaryDir m_tmp;
    KeychainSecretStore m_store;
    const QString m_prefix = QStringLiteral("relayaudit-test-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('-');
};

void TestKeychain::initTestCase()
{
    if (qEnvironmentVariable("RELAYAUDIT_TEST_KEYCHAIN") != QLatin1String("1"))
        QSKIP("needs a Secret Service: .ci/check-keychain runs this under gnome-keyring");
    QVERIFY(m_tmp.isValid());
}

void TestKeychain::secretsRoundTripAndGo()
{
    const QString name = m_prefix + QStringLiteral("secret");
    const SecretBytes secret = bytes("workspace-key-\x01\x02\xff-bytes");
    const Status written
        = await<Status>([&](auto done) { m_store.write(name, secret, std::move(done)); });
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : errorMessage(written.error())));
    auto read = await<Result<SecretBytes>>([&](auto done) { m_store.read(name, std::move(done)); });
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : errorMessage(read.error())));
    QVERIFY(same(read.value(), secret));
    QVERIFY(await<Status>([&](auto done) { m_store.remove(name, std::move(done)); }).ok());
    read = await<Result<SecretBytes>>([&](auto done) { m_store.read(name, std::move(done)); });
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::NotFound);
}

void TestKeychain::pepperIsCreatedOnceAndKept()
{
    const QString workspaceId = m_prefix + QStringLiteral("ws");
    qunsetenv("RELAYAUDIT_PEPPER");
    auto first = await<Result<SecretBytes>>(
        [&](auto done) { Pepper::load(m_store, workspaceId, true, std::move(done)); });
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : errorMessage(first.error())));
    QCOMPARE(first->size(), std::size_t { 32 });
    auto again = await<Result<SecretBytes>>(
        [&](auto done) { Pepper::load(m_store, workspaceId, false, std::move(done)); });
    QVERIFY(again.ok());
    QVERIFY(same(first.value(), again.value()));
    QVERIFY(await<Status>([&](auto done) {
        m_store.remove(Pepper::entryName(workspaceId), std::move(done));
    }).ok());
}

void TestKeychain::providerCredentialsRoundTrip()
{
    const QString account = QStringLiteral("AC") + QString(32, QLatin1Char('7'));
    ProviderCredentials credentials { QStringLiteral("SK") + QString(32, QLatin1Char('1')),
        bytes("an auth token that is not real") };
    QVERIFY(await<Status>([&](auto done) {
        ProviderKeychain::store(
            m_store, ProviderKind::Twilio, account, credentials, std::move(done));
    }).ok());
    auto loaded = await<Result<ProviderCredentials>>([&](auto done) {
        ProviderKeychain::load(m_store, ProviderKind::Twilio, account, std::move(done));
    });
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : errorMessage(loaded.error())));
    QCOMPARE(loaded->user, credentials.user);
    QVERIFY(same(loaded->secret, credentials.secret));
    QVERIFY(await<Status>([&](auto done) {
        ProviderKeychain::remove(m_store, ProviderKind::Twilio, account, std::move(done));
    }).ok());
    loaded = await<Result<ProviderCredentials>>([&](auto done) {
        ProviderKeychain::load(m_store, ProviderKind::Twilio, account, std::move(done));
    });
    QVERIFY(!loaded.ok());
}

void TestKeychain::orgLoginsRoundTripInBothFlows()
{
    using Login = SalesforceClient::Login;
    const QString org = m_prefix + QStringLiteral("org");
    Login refresh;
    refresh.clientId = QStringLiteral("3MVG9consumer.key");
    refresh.clientSecret = std::make_shared<SecretBytes>(bytes("client secret \t with a tab"));
    refresh.refreshToken = std::make_shared<SecretBytes>(bytes("5Aep861refresh\ntoken"));
    QCOMPARE(OrgKeychain::entryName(org), QStringLiteral("salesforce-org:") + org);
    QVERIFY(
        await<Status>([&](auto done) { OrgKeychain::store(m_store, org, refresh, done); }).ok());

    Login wanted; // only the URLs: the rest comes from the keychain
    wanted.loginUrl = QUrl(QStringLiteral("https://relay-test.my.salesforce.com"));
    wanted.audience = QStringLiteral("https://test.salesforce.com");
    auto loaded = await<Result<Login>>(
        [&](auto done) { OrgKeychain::load(m_store, org, wanted, std::move(done)); });
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : errorMessage(loaded.error())));
    QVERIFY(loaded->flow == Login::Flow::RefreshToken);
    QCOMPARE(loaded->clientId, refresh.clientId);
    QCOMPARE(loaded->loginUrl, wanted.loginUrl);
    QCOMPARE(loaded->audience, wanted.audience);
    QVERIFY(same(*loaded->clientSecret, *refresh.clientSecret));
    QVERIFY(same(*loaded->refreshToken, *refresh.refreshToken));

    // The JWT bearer flow for the same org: the entry is replaced.
    Login jwt;
    jwt.flow = Login::Flow::JwtBearer;
    jwt.clientId = QStringLiteral("3MVG9other.key");
    jwt.username = QStringLiteral("integration@relay-test.example");
    jwt.privateKeyPem = std::make_shared<SecretBytes>(
        bytes("-----BEGIN PRIVATE KEY-----\nMIIEvQ\n-----END PRIVATE KEY-----\n"));
    QVERIFY(await<Status>([&](auto done) { OrgKeychain::store(m_store, org, jwt, done); }).ok());
    loaded = await<Result<Login>>(
        [&](auto done) { OrgKeychain::load(m_store, org, wanted, std::move(done)); });
    QVERIFY(loaded.ok());
    QVERIFY(loaded->flow == Login::Flow::JwtBearer);
    QCOMPARE(loaded->username, jwt.username);
    QVERIFY(same(*loaded->privateKeyPem, *jwt.privateKeyPem));

    // Someone else's entry under that name: refused, named.
    QVERIFY(await<Status>([&](auto done) {
        m_store.write(OrgKeychain::entryName(org), bytes("hunter2"), done);
    }).ok());
    loaded = await<Result<Login>>(
        [&](auto done) { OrgKeychain::load(m_store, org, wanted, std::move(done)); });
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, ErrorCode::Keychain);
    QVERIFY(loaded.error().detail.contains(QLatin1String("not in Relay Audit's format")));

    QVERIFY(await<Status>([&](auto done) { OrgKeychain::remove(m_store, org, done); }).ok());
    loaded = await<Result<Login>>(
        [&](auto done) { OrgKeychain::load(m_store, org, wanted, std::move(done)); });
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, ErrorCode::NotFound);
}

// `engine org add` keeps the connected app's secrets in the keychain once;
// `engine org check` and `access pull` then reach the (sandbox) org with no
// SALESFORCE_* variable, and without the secrets they say what is missing.
void TestKeychain::aCommandTakesItsOrgLoginFromTheKeychain()
{
    using relay::core::sandbox::SandboxServer;
    SandboxServer sandbox(3, 0, QDate(2026, 11, 1), QDate(2026, 11, 1));
    QVERIFY(sandbox.start() != 0);
    const QStringList at { QStringLiteral("--workspace"), m_tmp.filePath(QStringLiteral("org")) };
    QCOMPARE(cli(at
                     + QStringList { QStringLiteral("workspace"), QStringLiteral("init"),
                         QStringLiteral("--key-source"), QStringLiteral("keychain") },
                 environment())
                 .exitCode,
        0);
    QProcessEnvironment withSecrets = environment();
    withSecrets.insert(QStringLiteral("SALESFORCE_CLIENT_ID"),
        QString::fromLatin1(SandboxServer::salesforceClientId()));
    withSecrets.insert(QStringLiteral("SALESFORCE_CLIENT_SECRET"),
        QString::fromLatin1(SandboxServer::salesforceClientSecret()));
    withSecrets.insert(QStringLiteral("SALESFORCE_REFRESH_TOKEN"),
        QString::fromLatin1(SandboxServer::salesforceRefreshToken()));
    Run run = cli(at
            + QStringList { QStringLiteral("engine"), QStringLiteral("org"), QStringLiteral("add"),
                QStringLiteral("Sandbox"), QStringLiteral("--instance-url"), sandbox.baseUrl(),
                QStringLiteral("--login-url"), sandbox.baseUrl() },
        withSecrets);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("Added org Sandbox"));

    QProcessEnvironment bare = environment();
    for (const QString &name : withSecrets.keys()) {
        if (name.startsWith(QLatin1String("SALESFORCE_")))
            bare.remove(name);
    }
    run = cli(at
            + QStringList { QStringLiteral("engine"), QStringLiteral("org"),
                QStringLiteral("check"), QStringLiteral("Sandbox") },
        bare);
    QVERIFY2(run.exitCode == 0 && run.out.contains("signed in"), run.err.constData());
    const QStringList pull = at
        + QStringList { QStringLiteral("access"), QStringLiteral("pull"), QStringLiteral("--org"),
              QStringLiteral("Sandbox") };
    run = cli(pull, bare);
    QVERIFY2(run.exitCode == 0 && run.out.contains("Pulled "), run.err.constData());

    run = cli(at
            + QStringList { QStringLiteral("credentials"), QStringLiteral("remove"),
                QStringLiteral("salesforce"), QStringLiteral("--org"), QStringLiteral("Sandbox") },
        bare);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli(pull, bare);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("none in the keychain") && run.err.contains("credentials set"),
        run.err.constData());

    // Put back from the environment, then the org and its secrets go.
    run = cli(at
            + QStringList { QStringLiteral("credentials"), QStringLiteral("set"),
                QStringLiteral("salesforce"), QStringLiteral("--org"), QStringLiteral("Sandbox") },
        withSecrets);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli(pull, bare);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli(at
            + QStringList { QStringLiteral("engine"), QStringLiteral("org"),
                QStringLiteral("remove"), QStringLiteral("Sandbox") },
        bare);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    auto gone = await<Result<SecretBytes>>([&](auto done) {
        m_store.read(OrgKeychain::entryName(QStringLiteral("Sandbox")), std::move(done));
    });
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, ErrorCode::NotFound);
}

QProcessEnvironment TestKeychain::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("RELAYAUDIT_NO_KEYCHAIN"));
    env.remove(QStringLiteral("RELAYAUDIT_PASSPHRASE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

TestKeychain::Run TestKeychain::cli(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProgram(QStringLiteral("setsid"));
    process.setArguments(QStringList { QStringLiteral(RELAYAUDIT_CLI_PATH) } + arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    Run run;
    if (!finished.wait(60000)) { // the event loop runs: an in-process sandbox answers
        process.kill();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// The workspace key goes to the keychain at init and comes back from it for
// every command; the file holds no passphrase salt and no key.
void TestKeychain::aKeychainWorkspaceOpensWithoutAPassphrase()
{
    const QString ws = m_tmp.filePath(QStringLiteral("ws"));
    const QStringList at { QStringLiteral("--workspace"), ws };
    Run run = cli(at
            + QStringList { QStringLiteral("workspace"), QStringLiteral("init"),
                QStringLiteral("--key-source"), QStringLiteral("keychain") },
        environment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli(at
            + QStringList { QStringLiteral("--json"), QStringLiteral("workspace"),
                QStringLiteral("info") },
        environment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("keychain"));
    run = cli(at + QStringList { QStringLiteral("workspace"), QStringLiteral("verify-log") },
        environment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

// No Secret Service on the bus: the documented error, exit 3, and the way out.
void TestKeychain::noKeychainServiceIsAClearError()
{
    const QString ws = m_tmp.filePath(QStringLiteral("ws"));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=") + m_tmp.filePath(QStringLiteral("no-bus")));
    const Run run = cli(
        { QStringLiteral("--workspace"), ws, QStringLiteral("workspace"), QStringLiteral("info") },
        env);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("The system keychain did not answer."), run.err.constData());
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
