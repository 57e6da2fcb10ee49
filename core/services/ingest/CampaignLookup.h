#pragma once

#include "Result.h"
#include "ingest/ProviderApi.h"
#include "model/Provider.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace relay::core {

class ProviderFetcher;

// Which 10DLC campaign and brand a Twilio messaging service or a Telnyx
// sender number sends under, from the provider's API: Twilio's US A2P
// compliance of the service then its brand registration's TCR id; Telnyx's
// phone-number campaign. "Not registered" is an answer (empty ids), not an
// error.
class CampaignLookup
{
public:
    using Found = std::function<void(const QString &campaign, const QString &brand)>;
    using Failed = std::function<void(const Error &error)>;

    struct Account {
        ProviderKind provider = ProviderKind::Twilio;
        QString name; // named in errors: the Twilio Account SID
        ProviderApi api;
        QByteArray authorization;
    };

    explicit CampaignLookup(ProviderFetcher &fetch) : m_fetch(fetch) { }

    void lookUp(const Account &account, const QString &key, Found found, Failed failed);

private:
    void telnyx(const Account &account, const QString &number, Found found, Failed failed);
    void twilio(const Account &account, const QString &service, Found found, Failed failed);
    void twilioBrand(const Account &account, const QString &campaign, const QString &brandSid,
        Found found, Failed failed);

    ProviderFetcher &m_fetch;
};

} // namespace relay::core
