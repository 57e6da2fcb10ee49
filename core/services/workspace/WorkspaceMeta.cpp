#include "WorkspaceMeta.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace relay::core {

QString keySourceName(KeySource source)
{
    return source == KeySource::Keychain ? QStringLiteral("keychain")
                                         : QStringLiteral("passphrase");
}

namespace {
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

WorkspaceMeta WorkspaceMeta::forPassphrase(const KdfParams &kdf)
{
    WorkspaceMeta meta;
    meta.id = newId();
    meta.keyId = newId();
    meta.keySource = KeySource::Passphrase;
    meta.salt = randomSalt();
    meta.kdf = kdf;
    meta.created = QDateTime::currentDateTimeUtc();
    return meta;
}

WorkspaceMeta WorkspaceMeta::forKeychain()
{
    WorkspaceMeta meta;
    meta.id = newId();
    meta.keyId = newId();
    meta.keySource = KeySource::Keychain;
    meta.created = QDateTime::currentDateTimeUtc();
    return meta;
}

QString WorkspaceMeta::keychainEntry() const
{
    return QStringLiteral("workspace-key:") + keyId;
}

QByteArray WorkspaceMeta::toJson() const
{
    QJsonObject root {
        { QStringLiteral("format"), format },
        { QStringLiteral("id"), id },
        { QStringLiteral("keyId"), keyId },
        { QStringLiteral("keySource"), keySourceName(keySource) },
        { QStringLiteral("keyCheck"), QString::fromLatin1(keyCheck.toBase64()) },
        { QStringLiteral("created"), created.toString(Qt::ISODate) },
    };
    if (keySource == KeySource::Passphrase) {
        root.insert(QStringLiteral("kdf"),
            QJsonObject {
                { QStringLiteral("algorithm"), QStringLiteral("argon2id13") },
                { QStringLiteral("opsLimit"), static_cast<qint64>(kdf.opsLimit) },
                { QStringLiteral("memLimitBytes"), static_cast<qint64>(kdf.memLimitBytes) },
                { QStringLiteral("salt"), QString::fromLatin1(salt.toBase64()) },
            });
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<WorkspaceMeta> WorkspaceMeta::fromJson(const QByteArray &json, const QString &fileName)
{
    const auto bad = [&fileName](const QString &why) {
        return makeError(ErrorCode::WrongKey, fileName + QStringLiteral(": ") + why);
    };
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return bad(QStringLiteral("not valid JSON at offset %1").arg(parseError.offset));
    const QJsonObject root = doc.object();

    WorkspaceMeta meta;
    meta.format = root.value(QStringLiteral("format")).toInt(-1);
    if (meta.format != kFormat) {
        return makeError(ErrorCode::Migration,
            fileName
                + QStringLiteral(": workspace format %1 is not supported (this program reads %2)")
                      .arg(meta.format)
                      .arg(kFormat));
    }
    meta.id = root.value(QStringLiteral("id")).toString();
    meta.keyId = root.value(QStringLiteral("keyId")).toString();
    meta.keyCheck
        = QByteArray::fromBase64(root.value(QStringLiteral("keyCheck")).toString().toLatin1());
    meta.created
        = QDateTime::fromString(root.value(QStringLiteral("created")).toString(), Qt::ISODate);
    const QString source = root.value(QStringLiteral("keySource")).toString();
    if (source == QLatin1String("keychain")) {
        meta.keySource = KeySource::Keychain;
    } else if (source == QLatin1String("passphrase")) {
        meta.keySource = KeySource::Passphrase;
        const QJsonObject kdf = root.value(QStringLiteral("kdf")).toObject();
        if (kdf.value(QStringLiteral("algorithm")).toString() != QLatin1String("argon2id13"))
            return bad(QStringLiteral("unknown key derivation"));
        meta.kdf.opsLimit = static_cast<quint64>(kdf.value(QStringLiteral("opsLimit")).toInteger());
        meta.kdf.memLimitBytes
            = static_cast<quint64>(kdf.value(QStringLiteral("memLimitBytes")).toInteger());
        meta.salt = QByteArray::fromBase64(kdf.value(QStringLiteral("salt")).toString().toLatin1());
        if (static_cast<std::size_t>(meta.salt.size()) != kSaltSize)
            return bad(QStringLiteral("the salt is missing or has the wrong size"));
    } else {
        return bad(QStringLiteral("unknown key source"));
    }
    if (meta.id.isEmpty() || meta.keyId.isEmpty() || meta.keyCheck.size() != 32)
        return bad(QStringLiteral("id, keyId or keyCheck missing"));
    return meta;
}

} // namespace relay::core
