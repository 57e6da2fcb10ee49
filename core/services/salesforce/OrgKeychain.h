#pragma once

#include "Result.h"
#include "salesforce/SalesforceClient.h"

#include <functional>

namespace relay::core {

class SecretStore;

// A client org's Salesforce secrets in the OS keychain, for engine hosts
// where they should not sit in the environment. One entry per org of the
// workspace ("salesforce-org:acme"), holding the flow, the consumer key, the
// username (JWT bearer) and the secrets: client secret and refresh token, or
// the JWT signing key. Never a file, a setting or an argument.
class OrgKeychain
{
public:
    using Loaded = std::function<void(Result<SalesforceClient::Login>)>;
    using Done = std::function<void(Status)>;

    static QString entryName(const QString &org);

    // Stores what `login` holds for its flow as the org's entry.
    static void store(
        SecretStore &store, const QString &org, const SalesforceClient::Login &login, Done done);
    // Fills the flow, consumer key, username and secrets of `login` (its URLs
    // and limits stay as given) from the org's entry.
    static void load(
        SecretStore &store, const QString &org, SalesforceClient::Login login, Loaded loaded);
    static void remove(SecretStore &store, const QString &org, Done done);
};

} // namespace relay::core
