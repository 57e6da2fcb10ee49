#pragma once

#include "Result.h"
#include "ingest/ProviderPull.h"
#include "salesforce/SalesforceClient.h"

#include <functional>

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace relay::core {
class SecretStore;
}

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

// The org's login for a command: the environment when SALESFORCE_CLIENT_ID is
// set, else the keychain entry `credentials set salesforce` stored for the
// login URL's host. `login` keeps its login URL and audience.
void resolveSalesforceLogin(core::SecretStore &secrets, core::SalesforceClient::Login login,
    std::function<void(core::Result<core::SalesforceClient::Login>)> resolved);

// The write-back commands' --login-url and --audience.
struct SalesforceLoginOptions {
    QCommandLineOption loginUrl;
    QCommandLineOption audience;
    SalesforceLoginOptions();
    // Fills login's URL and audience from the parser; the usage problem, or
    // an empty string.
    QString read(const QCommandLineParser &parser, core::SalesforceClient::Login *login) const;
};

// A Salesforce API name (SMS__c, Status__c): letters, digits, underscores.
bool isSalesforceApiName(const QString &name);

} // namespace relay::cli
