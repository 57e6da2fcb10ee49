#pragma once

#include "Result.h"
#include "privacy/KeyDerivation.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace relay::core {

enum class KeySource { Keychain, Passphrase };

QString keySourceName(KeySource source);

// workspace.json: what is needed to find or derive the key, and nothing
// secret. The salt and key check are not secrets (see keyCheck()).
struct WorkspaceMeta {
    static constexpr int kFormat = 1;

    int format = kFormat;
    QString id; // random, stable for the workspace's life
    QString keyId; // random, new with every key; names the keychain entry
    KeySource keySource = KeySource::Passphrase;
    QByteArray salt; // passphrase workspaces only
    KdfParams kdf;
    QByteArray keyCheck;
    QDateTime created;

    static WorkspaceMeta forPassphrase(const KdfParams &kdf = {});
    static WorkspaceMeta forKeychain();

    // The name of this key's entry in the OS keychain.
    QString keychainEntry() const;

    QByteArray toJson() const;
    [[nodiscard]] static Result<WorkspaceMeta> fromJson(
        const QByteArray &json, const QString &fileName);
};

} // namespace relay::core
