#pragma once

#include "Result.h"
#include "providers/ProviderPull.h"

namespace relay::cli {

// Provider credentials from the environment, never from arguments:
// TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and
// TWILIO_API_SECRET); TELNYX_API_KEY. `account`, when empty, is filled from
// TWILIO_ACCOUNT_SID.
core::Result<core::ProviderPull::Credentials> credentialsFromEnvironment(core::ProviderPull::Provider provider,
                                                                         QString *account);

} // namespace relay::cli
