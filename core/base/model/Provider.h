#pragma once

#include "privacy/SecretBytes.h"

#include <QString>

namespace relay::core {

// Where a provider pull reads from. TwilioBulk: the BulkExport Days
// resource, one gzipped day file per UTC day.
enum class ProviderKind { Twilio, TwilioBulk, Telnyx };

// How the engine and the pulls sign in to a provider. Lives in memory only:
// loaded from the keychain or the environment, never written anywhere.
struct ProviderCredentials {
    QString user; // Twilio: Account SID or API key SID; Telnyx: unused
    SecretBytes secret; // Twilio: auth token or API key secret; Telnyx: API key
};

} // namespace relay::core
