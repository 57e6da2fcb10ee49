#pragma once

#include "providers/ProviderPull.h"

#include <functional>

namespace relay::core {

class SecretStore;

// Provider credentials in the OS keychain, for machines where they should
// not sit in the environment. One entry per Twilio account
// ("provider-twilio:AC…", holding the key SID or account SID and the secret)
// and one for Telnyx ("provider-telnyx", the API key). Never a file, a
// setting or an argument.
class ProviderCredentials
{
public:
    using Loaded = std::function<void(Result<ProviderPull::Credentials>)>;
    using Done = std::function<void(Status)>;

    static QString entryName(ProviderPull::Provider provider, const QString &account);

    static void store(SecretStore &store, ProviderPull::Provider provider, const QString &account,
        const ProviderPull::Credentials &credentials, Done done);
    static void load(
        SecretStore &store, ProviderPull::Provider provider, const QString &account, Loaded loaded);
    static void remove(
        SecretStore &store, ProviderPull::Provider provider, const QString &account, Done done);
};

} // namespace relay::core
