#include "EnvCredentials.h"

#include <cstdlib>
#include <cstring>

namespace relay::cli {

using namespace relay::core;

Result<ProviderPull::Credentials> credentialsFromEnvironment(ProviderPull::Provider provider, QString *account)
{
    const auto env = [](const char *name) { return qEnvironmentVariable(name); };
    const auto secret = [](const char *name) {
        const char *value = std::getenv(name);
        return SecretBytes::fromUtf8(QByteArrayView(value, value ? static_cast<qsizetype>(std::strlen(value)) : 0));
    };
    ProviderPull::Credentials credentials;
    if (provider == ProviderPull::Provider::Telnyx) {
        credentials.secret = secret("TELNYX_API_KEY");
        if (credentials.secret.isEmpty())
            return makeError(ErrorCode::NoPassphrase, QStringLiteral("set TELNYX_API_KEY"));
        return credentials;
    }
    const QString sid = account && !account->isEmpty() ? *account : env("TWILIO_ACCOUNT_SID");
    if (sid.isEmpty())
        return makeError(ErrorCode::NoPassphrase, QStringLiteral("set TWILIO_ACCOUNT_SID (and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET)"));
    if (account && account->isEmpty())
        *account = sid;
    if (!env("TWILIO_ACCOUNT_SID").isEmpty() && env("TWILIO_ACCOUNT_SID") != sid)
        return makeError(ErrorCode::NoPassphrase, QStringLiteral("TWILIO_ACCOUNT_SID names another account than %1").arg(sid));
    if (!env("TWILIO_API_KEY").isEmpty()) {
        credentials.user = env("TWILIO_API_KEY");
        credentials.secret = secret("TWILIO_API_SECRET");
    } else {
        credentials.user = sid;
        credentials.secret = secret("TWILIO_AUTH_TOKEN");
    }
    if (credentials.secret.isEmpty())
        return makeError(ErrorCode::NoPassphrase, QStringLiteral("set TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET"));
    return credentials;
}

} // namespace relay::cli
