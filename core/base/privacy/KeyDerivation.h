#pragma once

#include "Result.h"
#include "privacy/SecretBytes.h"

#include <QByteArray>

namespace relay::core {

// Argon2id (libsodium crypto_pwhash) parameters, recorded per workspace so
// they can be raised later without locking anyone out.
struct KdfParams {
    quint64 opsLimit = 3;
    quint64 memLimitBytes = quint64 { 64 } * 1024 * 1024;

    friend bool operator==(const KdfParams &, const KdfParams &) = default;
};

constexpr std::size_t kKeySize = 32;
constexpr std::size_t kSaltSize = 16;

QByteArray randomSalt();

// Derives the 256-bit database key from a passphrase and the workspace salt.
[[nodiscard]] Result<SecretBytes> deriveKey(
    const SecretBytes &passphrase, const QByteArray &salt, const KdfParams &params);

// A verifier for a key: keyed BLAKE2b over a fixed context. Lets an open tell
// "wrong key" from "damaged file" without asking SQLCipher; reveals nothing
// about a random key, and for a passphrase-derived one every guess still
// costs a full Argon2id run.
QByteArray keyCheck(const SecretBytes &key);

} // namespace relay::core
