#pragma once

#include "Result.h"
#include "salesforce/SalesforceClient.h"

#include <functional>

namespace relay::core {

class SecretStore;

// A Salesforce org's connected-app login in the OS keychain, for engine hosts
// where it should not sit in the environment. One entry per login host
// ("salesforce-org:login.salesforce.com", "salesforce-org:acme.my.salesforce.com"),
// holding the flow, the consumer key, the username (JWT bearer) and the
// secrets: client secret and refresh token, or the JWT signing key. Never a
// file, a setting or an argument.
class OrgKeychain
{
public:
    using Loaded = std::function<void(Result<SalesforceClient::Login>)>;
    using Done = std::function<void(Status)>;

    // The entry for a login URL: its host, lower case. Empty for a URL without one.
    static QString entryName(const QUrl &loginUrl);

    // Stores what `login` holds for its flow under login.loginUrl's host.
    static void store(SecretStore &store, const SalesforceClient::Login &login, Done done);
    // Fills the flow, consumer key, username and secrets of `login` (its URLs
    // and limits stay as given) from the entry for login.loginUrl.
    static void load(SecretStore &store, SalesforceClient::Login login, Loaded loaded);
    static void remove(SecretStore &store, const QUrl &loginUrl, Done done);
};

} // namespace relay::core
