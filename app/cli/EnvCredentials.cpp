#include "EnvCredentials.h"

#include "salesforce/Jwt.h"

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
            return makeError(ErrorCode::NoPassphrase, QStringLiteral("set TELNYX_API_KEY"));
        return credentials;
    }
    const QString sid = account && !account->isEmpty() ? *account : env("TWILIO_ACCOUNT_SID");
    if (sid.isEmpty())
        return makeError(ErrorCode::NoPassphrase,
            QStringLiteral("set TWILIO_ACCOUNT_SID (and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and "
                           "TWILIO_API_SECRET)"));
    if (account && account->isEmpty())
        *account = sid;
    if (!env("TWILIO_ACCOUNT_SID").isEmpty() && env("TWILIO_ACCOUNT_SID") != sid)
        return makeError(ErrorCode::NoPassphrase,
            QStringLiteral("TWILIO_ACCOUNT_SID names another account than %1").arg(sid));
    if (!env("TWILIO_API_KEY").isEmpty()) {
        credentials.user = env("TWILIO_API_KEY");
        credentials.secret = secret("TWILIO_API_SECRET");
    } else {
        credentials.user = sid;
        credentials.secret = secret("TWILIO_AUTH_TOKEN");
    }
    if (credentials.secret.isEmpty())
        return makeError(ErrorCode::NoPassphrase,
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
            return makeError(ErrorCode::NoPassphrase,
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
        return makeError(ErrorCode::NoPassphrase,
            QStringLiteral(
                "set SALESFORCE_CLIENT_ID, SALESFORCE_CLIENT_SECRET and SALESFORCE_REFRESH_TOKEN "
                "(or SALESFORCE_CLIENT_ID, SALESFORCE_USERNAME and SALESFORCE_JWT_KEY_FILE)"));
    return {};
}

SalesforceLoginOptions::SalesforceLoginOptions()
    : loginUrl(QStringLiteral("login-url"),
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

bool isSalesforceApiName(const QString &name)
{
    static const QRegularExpression apiName(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    return apiName.match(name).hasMatch();
}

} // namespace relay::cli
