#include "SandboxTelnyx.h"

#include "sandbox/SandboxMessages.h"
#include "sandbox/TrafficIndex.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <limits>

namespace relay::core::sandbox {

namespace {

using Call = RouteTable::Call;
using Method = RouteTable::Method;

SandboxResponse badRequest(const char *detail)
{
    return SandboxResponse::json(400,
        QByteArray("{\"errors\": [{\"code\": \"10015\", \"title\": \"Bad request\", \"detail\": \"")
            + detail + "\"}]}");
}

// A filter[created_at] bound as seconds since the epoch, its zone ignored.
qint64 secondsOf(const QDateTime &at, qint64 otherwise)
{
    return at.isValid() ? QDateTime(at.date(), at.time(), Qt::UTC).toSecsSinceEpoch() : otherwise;
}

} // namespace

SandboxTelnyx::SandboxTelnyx(const TrafficIndex &index, SandboxMessages *messages)
    : m_index(index), m_messages(messages), m_api(QStringLiteral("/v2/.*"))
{
    m_api.setGate(&SandboxTelnyx::unauthenticated);
    m_api.setFallback([](const Call &) { return SandboxResponse::error(404, "Not found"); });
    // /v2/messages (send), /v2/detail_records,
    // /v2/10dlc/phone_number_campaigns/{+1555…}
    m_api.add(Method::Post, QStringLiteral("/v2/+messages/*"),
        std::bind_front(&SandboxTelnyx::sendMessage, this));
    m_api.add(std::nullopt, QStringLiteral("/v2/+messages/+([^/]+)/*"),
        std::bind_front(&SandboxTelnyx::fetchMessage, this));
    m_api.add(std::nullopt, QStringLiteral("/v2/+detail_records/*"),
        std::bind_front(&SandboxTelnyx::detailRecords, this));
    m_api.add(std::nullopt, QStringLiteral("/v2/+10dlc/+phone_number_campaigns/+([^/]+)/*"),
        &SandboxTelnyx::campaign);
}

std::optional<SandboxResponse> SandboxTelnyx::unauthenticated(const Call &call)
{
    if (call.request->value("Authorization") == "Bearer " + apiKey())
        return std::nullopt;
    return SandboxResponse::json(401,
        "{\"errors\": [{\"code\": \"10009\", \"title\": \"Authentication failed\", "
        "\"detail\": \"The required "
        "authentication headers were either invalid or not included in the request.\"}]}");
}

SandboxResponse SandboxTelnyx::fetchMessage(const Call &call) const
{
    const QJsonObject message = m_messages->heldTelnyx(call.captured(1));
    if (message.isEmpty())
        return SandboxResponse::json(404,
            "{\"errors\": [{\"code\": \"10005\", \"title\": \"Resource not found\", "
            "\"detail\": \"The requested resource or URL could not be found.\"}]}");
    return SandboxResponse::json(200,
        QJsonDocument(QJsonObject { { QStringLiteral("data"), message } })
            .toJson(QJsonDocument::Compact));
}

SandboxResponse SandboxTelnyx::sendMessage(const Call &call)
{
    const auto [status, body] = m_messages->createTelnyx(call.request->body());
    return SandboxResponse::json(status, body);
}

SandboxResponse SandboxTelnyx::detailRecords(const Call &call) const
{
    const QUrlQuery &query = call.query;
    if (query.queryItemValue(QStringLiteral("filter[record_type]")) != QLatin1String("messaging"))
        return badRequest("filter[record_type] is required");
    const int size = query.hasQueryItem(QStringLiteral("page[size]"))
        ? query.queryItemValue(QStringLiteral("page[size]")).toInt()
        : 20;
    const int number = query.hasQueryItem(QStringLiteral("page[number]"))
        ? query.queryItemValue(QStringLiteral("page[number]")).toInt()
        : 1;
    if (size < 1 || size > 50 || number < 1)
        return badRequest("page[size] must be 1 to 50");
    const QDateTime gte = QDateTime::fromString(
        query.queryItemValue(QStringLiteral("filter[created_at][gte]")), Qt::ISODate);
    const QDateTime lt = QDateTime::fromString(
        query.queryItemValue(QStringLiteral("filter[created_at][lt]")), Qt::ISODate);
    const QByteArray cli
        = query.queryItemValue(QStringLiteral("filter[cli]"), QUrl::FullyDecoded).toUtf8();
    const QByteArray cld
        = query.queryItemValue(QStringLiteral("filter[cld]"), QUrl::FullyDecoded).toUtf8();
    const QList<qint64> indexes = m_index.indexesFor(
        secondsOf(gte, 0), secondsOf(lt, std::numeric_limits<qint64>::max()), cli, cld);
    const qint64 total = indexes.size();
    const qint64 pages = qMax<qint64>(1, (total + size - 1) / size);
    QByteArray data;
    for (qint64 i = (number - 1) * qint64 { size }; i < qMin(total, qint64 { number } * size);
         ++i) {
        if (!data.isEmpty())
            data += ", ";
        data += SyntheticTraffic::telnyxRecordJson(m_index.traffic().at(indexes.at(i)));
    }
    return SandboxResponse::json(200,
        "{\"data\": [" + data + "], \"meta\": {\"total_pages\": " + QByteArray::number(pages)
            + ", \"total_results\": " + QByteArray::number(total) + ", \"page_number\": "
            + QByteArray::number(number) + ", \"page_size\": " + QByteArray::number(size) + "}}");
}

SandboxResponse SandboxTelnyx::campaign(const Call &call)
{
    const QByteArray number = QUrl::fromPercentEncoding(call.captured(1).toUtf8()).toUtf8();
    for (const auto &c : SyntheticTraffic::telnyxCampaigns()) {
        if (c.key != number)
            continue;
        return SandboxResponse::json(200,
            "{\"phoneNumber\": " + SandboxResponse::jsonText(c.key)
                + ", \"campaignId\": \"3008dd9f-66d7-40e0-bf23-bf2d8d1a96ba\", "
                  "\"createdAt\": \"2025-03-08T17:57:48.801186\", \"updatedAt\": "
                  "\"2025-03-08T17:57:48.801186\", "
                  "\"brandId\": \"7ba705b7-22af-493f-addc-ac04b7ca071c\", \"tcrBrandId\": "
                + SandboxResponse::jsonText(c.brand)
                + ", \"tcrCampaignId\": " + SandboxResponse::jsonText(c.campaign)
                + ", \"telnyxCampaignId\": \"3008dd9f-66d7-40e0-bf23-bf2d8d1a96ba\", "
                  "\"assignmentStatus\": \"ASSIGNED\"}");
    }
    return SandboxResponse::json(404,
        "{\"errors\": [{\"code\": \"10005\", \"title\": \"Resource not found\", \"detail\": "
        "\"Phone number not assigned to a campaign\"}]}");
}

} // namespace relay::core::sandbox
