#include "ProviderApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace relay::core {

namespace {

const QUrl kTwilioApi(QStringLiteral("https://api.twilio.com"));
const QUrl kTwilioMessaging(QStringLiteral("https://messaging.twilio.com"));
const QUrl kTwilioBulkExports(QStringLiteral("https://bulkexports.twilio.com"));
const QUrl kTelnyxApi(QStringLiteral("https://api.telnyx.com"));

QUrl join(const QUrl &base, const QByteArray &encodedPathAndQuery)
{
    QByteArray root = base.toEncoded();
    while (root.endsWith('/'))
        root.chop(1);
    return QUrl::fromEncoded(root + encodedPathAndQuery, QUrl::StrictMode);
}

} // namespace

QUrl ProviderApi::twilio(const QString &pathAndQuery) const
{
    return join(base.isEmpty() ? kTwilioApi : base, pathAndQuery.toUtf8());
}

QUrl ProviderApi::twilioMessaging(const QString &path) const
{
    return join(base.isEmpty() ? kTwilioMessaging : base, path.toUtf8());
}

QUrl ProviderApi::twilioBulkExports(const QString &path) const
{
    return join(base.isEmpty() ? kTwilioBulkExports : base, path.toUtf8());
}

QUrl ProviderApi::telnyx(const QString &pathAndQuery) const
{
    return join(base.isEmpty() ? kTelnyxApi : base, pathAndQuery.toUtf8());
}

QString ProviderApi::problem(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.contains(QStringLiteral("message")))
        return object.value(QStringLiteral("message")).toString();
    const QJsonObject first = object.value(QStringLiteral("errors")).toArray().first().toObject();
    return first.value(QStringLiteral("title")).toString();
}

} // namespace relay::core
