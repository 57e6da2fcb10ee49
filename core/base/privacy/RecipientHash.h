#pragma once

#include "Result.h"
#include "privacy/SecretBytes.h"

#include <QString>

namespace relay::core {

class SecretStore;

// A recipient number in the one form the engine hashes: E.164 (libphonenumber,
// numbers without a country code read in the default region). The raw input
// lives only inside this call and the caller's variable; errors never quote it.
struct RecipientNumber {
    QString e164; // "+15550100109"
    QString channelPrefix; // "whatsapp:" kept for WhatsApp, else empty
    bool assigned = false; // libphonenumber knows the range as assigned (valid)

    // InvalidInput with the reason (never the number) when it is not a
    // possible phone number.
    [[nodiscard]] static Result<RecipientNumber> parse(
        const QString &input, const QString &defaultRegion);
};

// HMAC-SHA-256 over the E.164 form, keyed with the workspace's pepper, as
// "v1:" + 64 hex digits. A plain hash of a phone number is reversible by
// enumeration; this one is not without the pepper. The version prefix names
// the scheme (algorithm, key version and E.164 normalisation) so the pepper
// can rotate: a v2 pepper gives v2: hashes and old ones stay recognisable.
class RecipientHasher
{
public:
    static constexpr int kVersion = 1;
    static constexpr std::size_t kPepperSize = 32;

    explicit RecipientHasher(SecretBytes pepper);

    QString hash(const RecipientNumber &number) const;
    // "v1:" + 64 lower-case hex digits, of a version this build knows.
    static bool isWellFormed(const QString &hash);
    static QString schemeDescription();

private:
    SecretBytes m_pepper;
};

// Where the pepper lives: the OS keychain, one entry per workspace and
// version ("relayaudit-pepper:<workspace id>:v1"), created on first use. On a
// machine without a keychain it comes from RELAYAUDIT_PEPPER (64 hex digits)
// and is never written anywhere.
class Pepper
{
public:
    using Loaded = std::function<void(Result<SecretBytes>)>;
    static QString entryName(const QString &workspaceId, int version = RecipientHasher::kVersion);
    // From RELAYAUDIT_PEPPER if set, else RELAYAUDIT_PEPPER_FILE, else the
    // keychain (created there when absent and `create` is set).
    static void load(SecretStore &store, const QString &workspaceId, bool create, Loaded loaded);
    [[nodiscard]] static Result<SecretBytes> fromEnvironment();
    // RELAYAUDIT_PEPPER_FILE: 64 hex digits in a file only its owner may
    // read (0600), for servers without a keychain.
    [[nodiscard]] static Result<SecretBytes> fromFile(const QString &path);
};

} // namespace relay::core
