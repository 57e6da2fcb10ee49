#include "CallbackFields.h"

#include <QRegularExpression>
#include <QSet>

namespace relay::core::callbacks {

QString checkMessageId(const QString &provider, const QString &id)
{
    static const QRegularExpression twilio(QStringLiteral("^(SM|MM)[0-9a-f]{32}$"));
    static const QRegularExpression telnyx(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (id.isEmpty())
        return QStringLiteral("no message id");
    if (id.size() > 64)
        return QStringLiteral("a message id of %1 characters").arg(id.size());
    const bool isTwilio = provider == QLatin1String("twilio");
    if (!(isTwilio ? twilio : telnyx).match(id).hasMatch())
        return isTwilio ? QStringLiteral("a message id that is not SM or MM and 32 hex digits")
                        : QStringLiteral("a message id that is not a UUID");
    return {};
}

QString checkStatus(const QString &provider, const QString &status)
{
    // Twilio's message statuses, and Telnyx's to[].status values.
    static const QSet<QString> twilio { QStringLiteral("accepted"), QStringLiteral("scheduled"),
        QStringLiteral("canceled"), QStringLiteral("queued"), QStringLiteral("sending"),
        QStringLiteral("sent"), QStringLiteral("failed"), QStringLiteral("delivered"),
        QStringLiteral("undelivered"), QStringLiteral("receiving"), QStringLiteral("received"),
        QStringLiteral("read"), QStringLiteral("partially_delivered") };
    static const QSet<QString> telnyx { QStringLiteral("queued"), QStringLiteral("sending"),
        QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("sending_failed"),
        QStringLiteral("delivery_failed"), QStringLiteral("delivery_unconfirmed"),
        QStringLiteral("expired"), QStringLiteral("received") };
    if (status.isEmpty())
        return QStringLiteral("no status");
    if (status.size() > 32)
        return QStringLiteral("a status of %1 characters").arg(status.size());
    if (!(provider == QLatin1String("twilio") ? twilio : telnyx).contains(status))
        return QStringLiteral("a status that is not one of the provider's");
    return {};
}

QString checkErrorCode(const QString &code)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    if (code.isEmpty() || digits.match(code).hasMatch())
        return {};
    return QStringLiteral("an error code that is not a number of at most 9 digits");
}

} // namespace relay::core::callbacks
