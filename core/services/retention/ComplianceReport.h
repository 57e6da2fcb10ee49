#pragma once

#include "Result.h"
#include "privacy/SecretBytes.h"
#include "retention/Verifier.h"

#include <QByteArray>
#include <QJsonObject>

namespace relay::core {

class Clock;
class RetentionInventory;
class Workspace;

// The signed compliance report: inventory version, app version, workspace
// id, when, every verifier check with its result and evidence counts, and
// the purges of the last 30 days (counts only), and the exports of the
// last 30 days (counts only: exported files live outside the workspace by
// design and are reported, not checked). Signed with the workspace's
// Ed25519 key (libsodium), whose seed is derived from the workspace key: no
// extra secret to keep, and only someone who can open the workspace can
// sign for it. Re-keying the workspace gives it a new signing key.
//
// The signature covers the report's compact JSON without the "signature"
// member (QJsonObject keeps keys sorted, so the bytes are canonical).
namespace compliance {

inline constexpr char kFormat[] = "relayaudit-compliance-report/1";

struct SigningKey {
    QByteArray publicKey; // 32 bytes
    SecretBytes secretKey;
};
SigningKey signingKey(const Workspace &workspace);
// "SHA256:" + the first 16 bytes of SHA-256(public key), hex in pairs.
QString fingerprint(const QByteArray &publicKey);

[[nodiscard]] Result<QJsonObject> build(Workspace &workspace, const RetentionInventory &inventory,
    const QList<RetentionVerifier::Check> &checks, const Clock &clock);
QJsonObject sign(QJsonObject report, const SigningKey &key);

struct Verification {
    bool valid = false;
    QString fingerprint;
    QString problem; // why not valid
    QJsonObject report;
};
// Checks a report file's bytes: well-formed, our format, signed by the key
// it names. `expectedPublicKey`, when given, must be that key.
Verification verify(const QByteArray &json, const QByteArray &expectedPublicKey = {});

} // namespace compliance

} // namespace relay::core
