#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace relay::core {

class Clock;
class SqlConnection;

// The client's sending gateways the engine may send from, with the provider
// details the policy lets it keep: provider, account and messaging service.
class Gateways
{
public:
    struct Gateway {
        QString address; // +15550100001, 88512, whatsapp:+15550100003
        QString provider; // twilio or telnyx
        QString account; // Twilio Account SID; Telnyx messaging profile id (may be empty)
        QString messagingService; // Twilio MG… to send through instead of From; may be empty
        QString org = {}; // the client org it belongs to (Orgs); empty: the environment's
        QString recordId = {}; // its Gateway record in that org (a0G…); may be empty
    };

    Gateways(SqlConnection &db, const Clock &clock);

    // InvalidInput naming the field for a malformed address, provider, SID,
    // record id, or an org the workspace does not know.
    [[nodiscard]] Status add(const Gateway &gateway);
    [[nodiscard]] Status remove(const QString &address);
    [[nodiscard]] Result<QList<Gateway>> list();
    [[nodiscard]] Result<Gateway> find(const QString &address);

    [[nodiscard]] Result<QString> defaultRegion();
    [[nodiscard]] Status setDefaultRegion(const QString &region);

private:
    SqlConnection &m_db;
    const Clock &m_clock;
};

} // namespace relay::core
