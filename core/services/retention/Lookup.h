#pragma once

#include "Result.h"
#include "deliveries/DeliveryLog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace relay::core {

class Clock;
class RecipientHasher;
struct RecipientNumber;
class Workspace;

// "What do we keep about this number / this message?" for a compliance
// reviewer: the recipient hash and the delivery-log entries under it (or
// under an SMS record id or provider message id), the cached report rows
// with the same provider message ids, and, plainly, what is not kept.
// Not an enumeration oracle: every lookup goes to the activity log (who,
// when, the hash or the id; never the number) and each OS user gets at most
// kMaxLookups in kWindowMinutes.
class RetentionLookup
{
public:
    enum class Kind { Phone, SmsRecord, ProviderMessage };
    static constexpr int kMaxLookups = 30;
    static constexpr int kWindowMinutes = 10;

    struct Found {
        Kind kind = Kind::Phone;
        QString key; // the hash for a phone lookup, else the id
        QString scheme; // how the hash is made (phone lookups)
        QList<DeliveryLog::Delivery> deliveries;
        QList<QStringList> reportRows; // ReportCache::exportColumns() order
        QStringList notRetained;
    };

    // `engineLog`: an engine's delivery log to search instead of the
    // workspace's (deliveries find --store); the lookup is still logged,
    // limited and matched with cached reports in the workspace.
    RetentionLookup(Workspace &workspace, const Clock &clock, DeliveryLog *engineLog = nullptr);

    // Each first checks the rate limit (Cancelled with the time to wait),
    // then logs the lookup, then answers.
    [[nodiscard]] Result<Found> byPhone(
        const RecipientNumber &number, const RecipientHasher &hasher);
    [[nodiscard]] Result<Found> bySmsRecord(const QString &id);
    [[nodiscard]] Result<Found> byProviderMessage(const QString &id);

    static QJsonObject toJson(const Found &found);
    static QString kindName(Kind kind);

private:
    [[nodiscard]] Result<Found> lookup(Kind kind, const QString &key);
    [[nodiscard]] Status admit(Kind kind, const QString &key);

    Workspace &m_workspace;
    const Clock &m_clock;
    DeliveryLog *m_engineLog = nullptr;
};

} // namespace relay::core
