#pragma once

#include "Result.h"
#include "deliveries/SmsFields.h"
#include "ingest/ProviderPull.h"
#include "salesforce/SalesforceClient.h"

#include <functional>

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace relay::core {
class Orgs;
class SecretStore;
} // namespace relay::core

namespace relay::cli {

// Provider credentials from the environment, never from arguments:
// TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and
// TWILIO_API_SECRET); TELNYX_API_KEY. `account`, when empty, is filled from
// TWILIO_ACCOUNT_SID.
core::Result<core::ProviderCredentials> credentialsFromEnvironment(
    core::ProviderKind provider, QString *account);

// The Salesforce connected app, from the environment: the JWT bearer flow
// when SALESFORCE_JWT_KEY_FILE is set (with SALESFORCE_CLIENT_ID and
// SALESFORCE_USERNAME), else the refresh-token flow (SALESFORCE_CLIENT_ID,
// SALESFORCE_CLIENT_SECRET, SALESFORCE_REFRESH_TOKEN). `login` keeps its
// login URL and audience.
core::Status salesforceLoginFromEnvironment(core::SalesforceClient::Login *login);

// The org's login for a command. A registered org (`engine org add`) gives
// its login URL and audience; its secrets come from the environment when
// SALESFORCE_CLIENT_ID is set, else from its keychain entry. An org the
// workspace does not know (or none) takes the environment, with `login`'s
// URL and audience, as before orgs were registered.
void resolveSalesforceLogin(core::SecretStore &secrets, core::Orgs &orgs, const QString &org,
    core::SalesforceClient::Login login,
    std::function<void(core::Result<core::SalesforceClient::Login>)> resolved);

// The write-back commands' --org, --login-url and --audience.
struct SalesforceLoginOptions {
    QCommandLineOption org;
    QCommandLineOption loginUrl;
    QCommandLineOption audience;
    SalesforceLoginOptions();
    // Fills login's URL and audience from the parser; the usage problem, or
    // an empty string.
    QString read(const QCommandLineParser &parser, core::SalesforceClient::Login *login) const;
};

using core::isSalesforceApiName;

} // namespace relay::cli
