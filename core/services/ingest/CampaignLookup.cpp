#include "CampaignLookup.h"

#include "ingest/ProviderFetcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace relay::core {

void CampaignLookup::lookUp(const Account &account, const QString &key, Found found, Failed failed)
{
    if (account.provider == ProviderKind::Telnyx)
        telnyx(account, key, std::move(found), std::move(failed));
    else
        twilio(account, key, std::move(found), std::move(failed));
}

void CampaignLookup::telnyx(
    const Account &account, const QString &number, Found found, Failed failed)
{
    const QUrl url = account.api.telnyx(QStringLiteral("/v2/10dlc/phone_number_campaigns/")
        + QString::fromLatin1(ProviderApi::encoded(number)));
    m_fetch.get(
        url, account.authorization,
        [url, found, failed](int status, const QByteArray &body) {
            if (status == 404) {
                found({}, {}); // not on a 10DLC campaign: "no campaign", not an error
                return;
            }
            if (status != 200) {
                failed(makeError(ErrorCode::Remote,
                    QStringLiteral("HTTP %1 from Telnyx on %2: %3")
                        .arg(status)
                        .arg(url.path(), ProviderApi::problem(body))));
                return;
            }
            const QJsonObject object = QJsonDocument::fromJson(body).object();
            found(object.value(QStringLiteral("tcrCampaignId")).toString(),
                object.value(QStringLiteral("tcrBrandId")).toString());
        },
        failed);
}

void CampaignLookup::twilio(
    const Account &account, const QString &service, Found found, Failed failed)
{
    const QUrl url
        = account.api.twilioMessaging(QStringLiteral("/v1/Services/%1/Compliance/Usa2p")
                                          .arg(QString::fromLatin1(ProviderApi::encoded(service))));
    m_fetch.get(
        url, account.authorization,
        [this, account, url, found, failed](int status, const QByteArray &body) {
            if (status == 404) {
                found({}, {});
                return;
            }
            if (status != 200) {
                failed(makeError(ErrorCode::Remote,
                    QStringLiteral("HTTP %1 from Twilio account %2 on %3: %4")
                        .arg(status)
                        .arg(account.name, url.path(), ProviderApi::problem(body))));
                return;
            }
            const QJsonObject campaign = QJsonDocument::fromJson(body)
                                             .object()
                                             .value(QStringLiteral("compliance"))
                                             .toArray()
                                             .first()
                                             .toObject();
            const QString campaignId = campaign.value(QStringLiteral("campaign_id")).toString();
            const QString brandSid
                = campaign.value(QStringLiteral("brand_registration_sid")).toString();
            if (campaignId.isEmpty() || brandSid.isEmpty())
                found(campaignId, {}); // a service without a registered campaign
            else
                twilioBrand(account, campaignId, brandSid, found, failed);
        },
        failed);
}

void CampaignLookup::twilioBrand(const Account &account, const QString &campaign,
    const QString &brandSid, Found found, Failed failed)
{
    const QUrl url = account.api.twilioMessaging(QStringLiteral("/v1/a2p/BrandRegistrations/")
        + QString::fromLatin1(ProviderApi::encoded(brandSid)));
    m_fetch.get(
        url, account.authorization,
        [account, url, campaign, found, failed](int status, const QByteArray &body) {
            if (status != 200 && status != 404) {
                failed(makeError(ErrorCode::Remote,
                    QStringLiteral("HTTP %1 from Twilio account %2 on %3: %4")
                        .arg(status)
                        .arg(account.name, url.path(), ProviderApi::problem(body))));
                return;
            }
            found(campaign,
                QJsonDocument::fromJson(body).object().value(QStringLiteral("tcr_id")).toString());
        },
        failed);
}

} // namespace relay::core
