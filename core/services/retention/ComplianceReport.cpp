#include "ComplianceReport.h"

#include "Clock.h"
#include "activity/ActivityLog.h"
#include "retention/Inventory.h"
#include "storage/Database.h"
#include "storage/EngineSettings.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <sodium.h>

#include <algorithm>

namespace relay::core::compliance {

namespace {

QByteArray payload(QJsonObject report)
{
    report.remove(QStringLiteral("signature"));
    return QJsonDocument(report).toJson(QJsonDocument::Compact);
}

} // namespace

SigningKey signingKey(const Workspace &workspace)
{
    const SecretBytes seed = workspace.derivedKey(
        QByteArrayView("relayaudit compliance report signing v1"), crypto_sign_SEEDBYTES);
    SigningKey key;
    key.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    key.secretKey = SecretBytes(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(
        reinterpret_cast<unsigned char *>(key.publicKey.data()), key.secretKey.data(), seed.data());
    return key;
}

QString fingerprint(const QByteArray &publicKey)
{
    const QByteArray digest
        = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(16);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest.toHex(':'));
}

Result<QJsonObject> build(Workspace &workspace, const RetentionInventory &inventory,
    const QList<RetentionVerifier::Check> &checks, const Clock &clock)
{
    const qint64 since = clock.nowMs() - qint64 { 30 } * kDayMs;
    auto purges = workspace.reports().purgeTotalsSince(since);
    if (!purges)
        return purges.error();
    const QJsonObject reportPurges { { QStringLiteral("pulls"), purges->pulls },
        { QStringLiteral("records"), purges->records },
        { QStringLiteral("rollups"), purges->rollups },
        { QStringLiteral("aggregates"), purges->aggregates } };
    auto entries = workspace.activityLog().entries();
    if (!entries)
        return entries.error();
    // Each store's purges, as Workspace::purgeExpired() logs them.
    const auto stores = Workspace::purgeLogs();
    QJsonObject purgesByStore { { QStringLiteral("report_cache"), reportPurges } };
    for (const Workspace::PurgeLog &store : stores)
        purgesByStore.insert(QLatin1String(store.store),
            QJsonObject { { QStringLiteral("purges"), 0 }, { QLatin1String(store.count), 0 } });
    // Exports leave the encrypted workspace by design (a client asked for
    // them); they are reported here, not checked as workspace files.
    qint64 exports = 0;
    qint64 exportedRows = 0;
    QJsonObject formats;
    for (const ActivityLog::Entry &e : entries.value()) {
        if (e.at.toMSecsSinceEpoch() < since)
            continue;
        const auto store = std::find_if(stores.begin(), stores.end(),
            [&e](const auto &s) { return e.action == QLatin1String(s.action); });
        if (store != stores.end()) {
            QJsonObject counts = purgesByStore.value(QLatin1String(store->store)).toObject();
            counts.insert(
                QStringLiteral("purges"), counts.value(QStringLiteral("purges")).toInteger() + 1);
            counts.insert(QLatin1String(store->count),
                counts.value(QLatin1String(store->count)).toInteger()
                    + e.detail.value(QLatin1String(store->count)).toInteger());
            purgesByStore.insert(QLatin1String(store->store), counts);
        } else if (e.action == QLatin1String("report.export")
            || e.action == QLatin1String("access.export")) {
            ++exports;
            exportedRows += e.detail.value(QStringLiteral("rows")).toInteger();
            const QString format
                = (e.action == QLatin1String("access.export") ? QStringLiteral("access-")
                                                              : QString())
                + e.detail.value(QStringLiteral("format")).toString();
            formats.insert(format, formats.value(format).toInteger() + 1);
        }
    }
    QJsonObject verification = RetentionVerifier::toJson(checks);
    return QJsonObject { { QStringLiteral("format"), QLatin1String(kFormat) },
        { QStringLiteral("inventory_version"), inventory.version() },
        { QStringLiteral("app_version"), QStringLiteral(RELAYAUDIT_VERSION) },
        { QStringLiteral("workspace_id"), workspace.meta().id },
        { QStringLiteral("generated_at"), clock.nowUtc().toString(Qt::ISODate) },
        { QStringLiteral("passed"), verification.value(QStringLiteral("passed")) },
        { QStringLiteral("checks"), verification.value(QStringLiteral("checks")) },
        { QStringLiteral("purges_last_30_days"), purgesByStore },
        { QStringLiteral("exports_last_30_days"),
            QJsonObject { { QStringLiteral("exports"), exports },
                { QStringLiteral("rows"), exportedRows },
                { QStringLiteral("formats"), formats } } } };
}

QJsonObject sign(QJsonObject report, const SigningKey &key)
{
    const QByteArray message = payload(report);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.constData()),
        static_cast<unsigned long long>(message.size()), key.secretKey.data());
    report.insert(QStringLiteral("signature"),
        QJsonObject { { QStringLiteral("algorithm"), QStringLiteral("Ed25519") },
            { QStringLiteral("public_key"), QString::fromLatin1(key.publicKey.toBase64()) },
            { QStringLiteral("fingerprint"), fingerprint(key.publicKey) },
            { QStringLiteral("value"), QString::fromLatin1(signature.toBase64()) } });
    return report;
}

Verification verify(const QByteArray &json, const QByteArray &expectedPublicKey)
{
    Verification v;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        v.problem = QStringLiteral("not a JSON report: %1").arg(error.errorString());
        return v;
    }
    v.report = doc.object();
    // The bytes must be exactly what Relay Audit writes for that object: a
    // duplicate key or a reformatting would let two readers see two reports.
    if (QJsonDocument(v.report).toJson(QJsonDocument::Indented) != json
        && QJsonDocument(v.report).toJson(QJsonDocument::Compact) != json.trimmed()) {
        v.problem = QStringLiteral("the report's bytes are not as Relay Audit wrote them "
                                   "(reformatted, or a key given twice)");
        return v;
    }
    if (v.report.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        v.problem = QStringLiteral("not a Relay Audit compliance report (format is not %1)")
                        .arg(QLatin1String(kFormat));
        return v;
    }
    const QJsonObject signature = v.report.value(QStringLiteral("signature")).toObject();
    if (signature.value(QStringLiteral("algorithm")).toString() != QLatin1String("Ed25519")) {
        v.problem = QStringLiteral("the report carries no Ed25519 signature");
        return v;
    }
    const auto publicKey = QByteArray::fromBase64Encoding(
        signature.value(QStringLiteral("public_key")).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    const auto value = QByteArray::fromBase64Encoding(
        signature.value(QStringLiteral("value")).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    if (!publicKey || !value || publicKey.decoded.size() != crypto_sign_PUBLICKEYBYTES
        || value.decoded.size() != crypto_sign_BYTES) {
        v.problem = QStringLiteral("the signature's key or value is malformed");
        return v;
    }
    v.fingerprint = fingerprint(publicKey.decoded);
    if (!expectedPublicKey.isEmpty() && expectedPublicKey != publicKey.decoded) {
        v.problem = QStringLiteral("signed by %1, not by the expected key %2")
                        .arg(v.fingerprint, fingerprint(expectedPublicKey));
        return v;
    }
    const QByteArray message = payload(v.report);
    if (crypto_sign_verify_detached(
            reinterpret_cast<const unsigned char *>(value.decoded.constData()),
            reinterpret_cast<const unsigned char *>(message.constData()),
            static_cast<unsigned long long>(message.size()),
            reinterpret_cast<const unsigned char *>(publicKey.decoded.constData()))
        != 0) {
        v.problem = QStringLiteral(
            "the signature does not match: the report was altered after it was signed");
        return v;
    }
    v.valid = true;
    return v;
}

} // namespace relay::core::compliance
