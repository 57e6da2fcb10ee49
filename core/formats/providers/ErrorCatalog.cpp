#include "ErrorCatalog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace relay::core {

const ErrorCatalog &ErrorCatalog::instance()
{
    static const ErrorCatalog catalog;
    return catalog;
}

ErrorCatalog::ErrorCatalog()
{
    QFile file(QStringLiteral(":/relayaudit/error-codes.json"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const char *provider : { "twilio", "telnyx" }) {
        const QJsonObject codes = root.value(QLatin1String(provider)).toObject();
        for (auto it = codes.begin(); it != codes.end(); ++it) {
            const QJsonObject entry = it.value().toObject();
            m_entries.insert(QLatin1String(provider) + QLatin1Char(':') + it.key(),
                { entry.value(QLatin1String("title")).toString(),
                    entry.value(QLatin1String("description")).toString() });
        }
    }
}

ErrorCatalog::Entry ErrorCatalog::lookup(const QString &provider, int code) const
{
    return m_entries.value(provider + QLatin1Char(':') + QString::number(code));
}

} // namespace relay::core
