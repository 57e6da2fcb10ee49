#pragma once

#include "Result.h"
#include "privacy/SecretBytes.h"

#include <QString>

namespace relay::cli {

// Passphrases for the CLI: from an environment variable when set, else typed
// at the controlling terminal with echo off. Never from a command-line
// argument (it would show in `ps` and shell history).
class Terminal
{
public:
    static bool hasTerminal();

    // An existing passphrase: $RELAYAUDIT_PASSPHRASE, else one prompt.
    [[nodiscard]] static core::Result<core::SecretBytes> existingPassphrase(const QString &prompt);

    // A new passphrase: $envName, else typed twice. At least kMinimumLength
    // characters.
    [[nodiscard]] static core::Result<core::SecretBytes> newPassphrase(
        const char *envName, const QString &prompt, const QString &confirmPrompt);

    static constexpr int kMinimumLength = 8;

    // One line typed at the terminal with echo off (an API secret).
    [[nodiscard]] static core::Result<core::SecretBytes> readHidden(const QString &prompt);
};

} // namespace relay::cli
