#include "EnvCredentials.h"

#include "deliveries/Orgs.h"
#include "salesforce/Jwt.h"
#include "salesforce/OrgKeychain.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdlib>
#include <cstring>

namespace relay::cli {

using namespace relay::core;

namespace {

// A secret straight from the environment into locked memory.
SecretBytes environmentSecret(const char *name)
{
    const char *value = std::getenv(name);
    return SecretBytes::fromUtf8(
        QByteArrayView(value, value ? static_cast<qsizetype>(std::strlen(value)) : 0));
}

} // namespace

Result<ProviderCredentials> credentialsFromEnvironment(ProviderKind provider, QString *account)
{
    const auto env = [](const char *name) { return qEnvironmentVariable(name); };
    const auto secret = environmentSecret;
    ProviderCredentials credentials;
    if (provider == ProviderKind::Telnyx) {
        credentials.secret = secret("TELNYX_API_KEY");
        if (credentials.secret.isEmpty())
            return makeError(ErrorCode::NoCredentials, QStringLiteral("set TELNYX_API_KEY"));
        return credentials;
    }
    const QString sid = account && !account->isEmpty() ? *account : env("TWILIO_ACCOUNT_SID");
    if (sid.isEmpty())
        return makeError(ErrorCode::NoCredentials,
            QStringLiteral("set TWILIO_ACCOUNT_SID (and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and "
                           "TWILIO_API_SECRET)"));
    if (account && account->isEmpty())
        *account = sid;
    if (!env("TWILIO_ACCOUNT_SID").isEmpty() && env("TWILIO_ACCOUNT_SID") != sid)
        return makeError(ErrorCode::NoCredentials,
            QStringLiteral("TWILIO_ACCOUNT_SID names another account than %1").arg(sid));
    if (!env("TWILIO_API_KEY").isEmpty()) {
        credentials.user = env("TWILIO_API_KEY");
        credentials.secret = secret("TWILIO_API_SECRET");
    } else {
        credentials.user = sid;
        credentials.secret = secret("TWILIO_AUTH_TOKEN");
    }
    if (credentials.secret.isEmpty())
        return makeError(ErrorCode::NoCredentials,
            QStringLiteral("set TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET"));
    return credentials;
}

Status salesforceLoginFromEnvironment(SalesforceClient::Login *login)
{
    const auto secret
        = [](const char *name) { return std::make_shared<SecretBytes>(environmentSecret(name)); };
    login->clientId = qEnvironmentVariable("SALESFORCE_CLIENT_ID");
    const QString keyFile = qEnvironmentVariable("SALESFORCE_JWT_KEY_FILE");
    if (!keyFile.isEmpty()) {
        login->flow = SalesforceClient::Login::Flow::JwtBearer;
        login->username = qEnvironmentVariable("SALESFORCE_USERNAME");
        if (login->clientId.isEmpty() || login->username.isEmpty())
            return makeError(ErrorCode::NoCredentials,
                QStringLiteral("the JWT bearer flow needs SALESFORCE_CLIENT_ID and "
                               "SALESFORCE_USERNAME with SALESFORCE_JWT_KEY_FILE"));
        auto key = jwt::readKeyFile(keyFile);
        if (!key)
            return key.error();
        login->privateKeyPem = std::make_shared<SecretBytes>(std::move(key.value()));
        return {};
    }
    login->flow = SalesforceClient::Login::Flow::RefreshToken;
    login->clientSecret = secret("SALESFORCE_CLIENT_SECRET");
    login->refreshToken = secret("SALESFORCE_REFRESH_TOKEN");
    if (login->clientId.isEmpty() || login->clientSecret->isEmpty()
        || login->refreshToken->isEmpty())
        return makeError(ErrorCode::NoCredentials,
            QStringLiteral(
                "set SALESFORCE_CLIENT_ID, SALESFORCE_CLIENT_SECRET and SALESFORCE_REFRESH_TOKEN "
                "(or SALESFORCE_CLIENT_ID, SALESFORCE_USERNAME and SALESFORCE_JWT_KEY_FILE)"));
    return {};
}

void resolveSalesforceLogin(SecretStore &secrets, Orgs &orgs, const QString &org,
    SalesforceClient::Login login, std::function<void(Result<SalesforceClient::Login>)> resolved)
{
    std::optional<Orgs::Org> known;
    if (!org.isEmpty()) {
        auto found = orgs.find(org);
        if (found)
            known = found.value();
        else if (found.error().code != ErrorCode::NotFound) {
            resolved(found.error());
            return;
        }
    }
    if (known) {
        login.loginUrl = known->loginUrl;
        login.audience = known->audience;
    } else if (!login.loginUrl.isValid() || login.loginUrl.host().isEmpty()) {
        resolved(makeError(ErrorCode::InvalidInput,
            QStringLiteral("org %1 is not registered: register it with 'engine org add', or give "
                           "its login URL")
                .arg(org)));
        return;
    }
    if (qEnvironmentVariableIsSet("SALESFORCE_CLIENT_ID") || !known) {
        if (auto s = salesforceLoginFromEnvironment(&login); !s) {
            Error error = s.error();
            if (!known)
                error.detail += QStringLiteral("; or register the org with 'engine org add'");
            resolved(error);
            return;
        }
        resolved(std::move(login));
        return;
    }
    OrgKeychain::load(secrets, org, std::move(login),
        [org, resolved = std::move(resolved)](Result<SalesforceClient::Login> loaded) {
            if (!loaded) {
                // Not found, or no keychain: no secrets to use. What the
                // keychain said goes with it.
                const QString keychain = loaded.error().code == ErrorCode::NotFound
                    ? QStringLiteral("none in the keychain")
                    : QStringLiteral("keychain: ") + loaded.error().detail;
                resolved(makeError(ErrorCode::NoCredentials,
                    QStringLiteral("no Salesforce secrets for org %1 (%2): store them with "
                                   "'credentials set salesforce --org %1', or set "
                                   "SALESFORCE_CLIENT_ID and the rest in the environment")
                        .arg(org, keychain)));
                return;
            }
            resolved(std::move(loaded));
        });
}

SalesforceLoginOptions::SalesforceLoginOptions()
    : org(QStringLiteral("org"),
        QCoreApplication::translate("relay::cli::Command",
            "The client org, as 'engine org add' registered it: its login URL, audience and "
            "keychain secrets."),
        QStringLiteral("name"))
    , loginUrl(QStringLiteral("login-url"),
          QCoreApplication::translate(
              "relay::cli::Command", "The org's login URL (default https://login.salesforce.com)."),
          QStringLiteral("url"), QStringLiteral("https://login.salesforce.com"))
    , audience(QStringLiteral("audience"),
          QCoreApplication::translate("relay::cli::Command",
              "JWT bearer flow: the aud claim (default: the login URL; "
              "https://test.salesforce.com for a sandbox org)."),
          QStringLiteral("url"))
{ }

QString SalesforceLoginOptions::read(
    const QCommandLineParser &parser, SalesforceClient::Login *login) const
{
    login->loginUrl = QUrl(parser.value(loginUrl));
    if (!login->loginUrl.isValid() || !login->loginUrl.scheme().startsWith(QLatin1String("http"))) {
        return QCoreApplication::translate(
            "relay::cli::Command", "--login-url takes an http(s) URL, not '%1'")
            .arg(parser.value(loginUrl));
    }
    login->audience = parser.value(audience);
    return {};
}

} // namespace relay::cli
