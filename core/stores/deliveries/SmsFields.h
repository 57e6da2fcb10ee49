#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace relay::core {

// How one client org's managed package names its SMS object, its fields and
// its Status picklist values. The defaults are the package's public names
// (Mogli_SMS__SMS__c and its Status, Direction, Message, Phone Number and
// Gateway fields); the package does not publish the names of its provider
// status, error code, provider message id and segment fields, so those
// defaults are assumptions (kAssumed), and every name can be changed per org.
//
// The engine writes Status with the package's picklist values, never the
// provider's words: an org's restricted picklist refuses "delivered". A
// provider status without a value in the map (queued, sending…) leaves
// Status as it is; the provider's exact word goes to its own field.
struct SmsFields {
    QString object = QStringLiteral("Mogli_SMS__SMS__c");
    QString statusField = QStringLiteral("Mogli_SMS__Status__c");
    QString directionField = QStringLiteral("Mogli_SMS__Direction__c");
    QString messageField = QStringLiteral("Mogli_SMS__Message__c");
    QString phoneField = QStringLiteral("Mogli_SMS__Phone_Number__c");
    QString gatewayField = QStringLiteral("Mogli_SMS__Gateway__c");
    QString gatewayObject = QStringLiteral("Mogli_SMS__Gateway__c");
    // Its Inactive checkbox (the label is public, the API name assumed):
    // no traffic from or into the org through an inactive gateway.
    QString gatewayInactiveField = QStringLiteral("Mogli_SMS__Inactive__c");
    // Assumed names (not in the package's public documentation).
    QString providerStatusField = QStringLiteral("Mogli_SMS__Provider_Status__c");
    QString errorField = QStringLiteral("Mogli_SMS__Error_Code__c");
    QString messageIdField = QStringLiteral("Mogli_SMS__Provider_Message_Id__c");
    QString segmentsField = QStringLiteral("Mogli_SMS__Segments__c");
    // Provider status -> Status picklist value; an empty value: Status is not written.
    QHash<QString, QString> statusValues = defaultStatusValues();

    // The package's own values: a user or a Flow sets Status "Queued" on an
    // outgoing record to have it sent now.
    static constexpr const char *kQueued = "Queued";
    static constexpr const char *kOutgoing = "Outgoing";
    // What the engine writes on the record it creates for an incoming message.
    static constexpr const char *kIncoming = "Incoming";
    static constexpr const char *kReceived = "Received Successfully";

    // The Status value for a provider status; empty: leave Status as it is.
    QString statusValue(const QString &providerStatus) const
    {
        return statusValues.value(providerStatus);
    }

    // sent, delivered (and Telnyx's and WhatsApp's equivalents) -> "Sent
    // Successfully"; failed, undelivered and the like -> "Error" (an
    // assumption: the package's value for a failed send is not public).
    static QHash<QString, QString> defaultStatusValues();

    // The names `engine org fields` sets: object, status-field, ...; and
    // "status:PROVIDER-STATUS" for a picklist value.
    struct Key {
        const char *name;
        QString SmsFields::*member;
        bool assumed; // not a public name of the package
    };
    static const QList<Key> &keys();
    static constexpr const char *kStatusPrefix = "status:";
    // What is wrong with a key (unknown, or not a provider status after
    // "status:"), or an empty string.
    static QString keyProblem(const QString &key);
    // Sets one name; the problem (unknown key, not an API name, a value too
    // long for a picklist) or an empty string.
    QString set(const QString &key, const QString &value);
    // Every key with its value, as `engine org fields --json` prints it.
    QJsonObject toJson() const;
};

// A Salesforce record id: 15 letters and digits (case-sensitive), or 18
// (the same and a case suffix).
bool isSalesforceId(const QString &id);

// A Salesforce record id's 18-character form: the 15 case-sensitive
// characters and the three that encode their case (what the API returns).
// Anything else (an 18-character id too) is returned as given. A callout's
// 15-character id and the sweep's 18-character one are the same record: the
// log and the pipeline compare both forms.
QString salesforceId18(const QString &id);
// What identifies a record: the first 15 characters of a record id (15 or
// 18 letters and digits), or any other id as given.
QString salesforceRecordKey(const QString &id);

// A Salesforce API name: a letter, then letters, digits and single
// underscores, up to 80 characters (custom ones end in __c).
bool isSalesforceApiName(const QString &name);

} // namespace relay::core
