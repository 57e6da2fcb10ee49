#include "SmsFields.h"

#include <QRegularExpression>

namespace relay::core {

QHash<QString, QString> SmsFields::defaultStatusValues()
{
    const QString sent = QStringLiteral("Sent Successfully");
    const QString error = QStringLiteral("Error");
    return {
        { QStringLiteral("sent"), sent }, { QStringLiteral("delivered"), sent },
        { QStringLiteral("delivery_unconfirmed"),
            sent }, // Telnyx: sent, no receipt from the carrier
        { QStringLiteral("read"), sent }, // WhatsApp
        { QStringLiteral("failed"), error }, { QStringLiteral("undelivered"), error },
        { QStringLiteral("canceled"), error },
        { QStringLiteral("sending_failed"), error }, // Telnyx
        { QStringLiteral("delivery_failed"), error }, // Telnyx
    };
}

const QList<SmsFields::Key> &SmsFields::keys()
{
    static const QList<Key> all {
        { "object", &SmsFields::object, false },
        { "status-field", &SmsFields::statusField, false },
        { "direction-field", &SmsFields::directionField, false },
        { "message-field", &SmsFields::messageField, false },
        { "phone-field", &SmsFields::phoneField, false },
        { "gateway-field", &SmsFields::gatewayField, false },
        { "gateway-object", &SmsFields::gatewayObject, false },
        { "gateway-inactive-field", &SmsFields::gatewayInactiveField, true },
        { "provider-status-field", &SmsFields::providerStatusField, true },
        { "error-field", &SmsFields::errorField, true },
        { "message-id-field", &SmsFields::messageIdField, true },
        { "segments-field", &SmsFields::segmentsField, true },
    };
    return all;
}

namespace {

// The provider status a "status:WORD" key names.
QString providerStatusOf(const QString &key)
{
    return key.mid(int(qstrlen(SmsFields::kStatusPrefix)));
}

} // namespace

QString SmsFields::keyProblem(const QString &key)
{
    if (key.startsWith(QLatin1String(kStatusPrefix))) {
        static const QRegularExpression word(QStringLiteral("^[a-z_]{1,40}$"));
        if (!word.match(providerStatusOf(key)).hasMatch())
            return QStringLiteral("'%1' is not a provider status (lower-case letters and '_')")
                .arg(providerStatusOf(key));
        return {};
    }
    QStringList names;
    for (const Key &k : keys()) {
        if (key == QLatin1String(k.name))
            return {};
        names << QLatin1String(k.name);
    }
    return QStringLiteral("no field map key '%1'; the keys are %2 and status:PROVIDER-STATUS")
        .arg(key, names.join(QStringLiteral(", ")));
}

QString SmsFields::set(const QString &key, const QString &value)
{
    if (QString problem = keyProblem(key); !problem.isEmpty())
        return problem;
    if (key.startsWith(QLatin1String(kStatusPrefix))) {
        // A picklist value's API name: up to 255 characters, no line breaks.
        if (value.size() > 255 || value.contains(QLatin1Char('\n'))
            || value.contains(QLatin1Char('\r')))
            return QStringLiteral("a picklist value is one line of at most 255 characters");
        statusValues.insert(providerStatusOf(key), value.trimmed());
        return {};
    }
    if (!isSalesforceApiName(value))
        return QStringLiteral("'%1' is not a Salesforce API name").arg(value);
    for (const Key &k : keys()) {
        if (key == QLatin1String(k.name))
            this->*k.member = value;
    }
    return {};
}

QJsonObject SmsFields::toJson() const
{
    QJsonObject out;
    for (const Key &k : keys())
        out.insert(QLatin1String(k.name), this->*k.member);
    QJsonObject statuses;
    for (auto it = statusValues.constBegin(); it != statusValues.constEnd(); ++it)
        statuses.insert(it.key(), it.value());
    out.insert(QStringLiteral("status_values"), statuses);
    return out;
}

QString salesforceId18(const QString &id)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9A-Za-z]{15}$"));
    if (!shape.match(id).hasMatch())
        return id;
    // Each 5-character chunk gives one suffix character: bit i is set when
    // the chunk's character i is an upper-case letter.
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    QString out = id;
    for (int chunk = 0; chunk < 3; ++chunk) {
        int bits = 0;
        for (int i = 0; i < 5; ++i) {
            const QChar c = id.at(chunk * 5 + i);
            if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                bits |= 1 << i;
        }
        out += QLatin1Char(kAlphabet[bits]);
    }
    return out;
}

bool isSalesforceId(const QString &id)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9A-Za-z]{15}([0-9A-Za-z]{3})?$"));
    return shape.match(id).hasMatch();
}

QString salesforceRecordKey(const QString &id)
{
    return isSalesforceId(id) ? id.left(15) : id;
}

bool isSalesforceApiName(const QString &name)
{
    // The shape only: the org itself says whether the name exists.
    static const QRegularExpression apiName(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,79}$"));
    return apiName.match(name).hasMatch();
}

} // namespace relay::core
