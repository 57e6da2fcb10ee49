#pragma once

#include "Result.h"
#include "model/Provider.h"

#include <functional>

namespace relay::core {

class SecretStore;

// Provider credentials in the OS keychain, for machines where they should
// not sit in the environment. One entry per Twilio account
// ("provider-twilio:AC…", holding the key SID or account SID and the secret)
// and one for Telnyx ("provider-telnyx", the API key). Never a file, a
// setting or an argument.
class ProviderKeychain
{
public:
    using Loaded = std::function<void(Result<ProviderCredentials>)>;
    using Done = std::function<void(Status)>;

    static QString entryName(ProviderKind provider, const QString &account);

    static void store(SecretStore &store, ProviderKind provider, const QString &account,
        const ProviderCredentials &credentials, Done done);
    static void load(
        SecretStore &store, ProviderKind provider, const QString &account, Loaded loaded);
    static void remove(
        SecretStore &store, ProviderKind provider, const QString &account, Done done);
};

} // namespace relay::core
