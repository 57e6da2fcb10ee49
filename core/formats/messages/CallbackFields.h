#pragma once

#include <QString>

namespace relay::core::callbacks {

// The shape of what a signed status callback asks the engine to store. A
// signature proves who sent a request, not that its fields are sane: each
// is checked before anything is written, and a field out of shape refuses
// the whole request. Each function returns an empty string, or what is
// wrong in words that never quote the value.

// Twilio: SM or MM and 32 lowercase hex digits; Telnyx: a UUID.
QString checkMessageId(const QString &provider, const QString &id);
// One of the provider's message statuses.
QString checkStatus(const QString &provider, const QString &status);
// Empty, or a number of at most 9 digits.
QString checkErrorCode(const QString &code);

} // namespace relay::core::callbacks
