#include "SandboxTwilio.h"

#include "sandbox/SandboxMessages.h"
#include "sandbox/TrafficIndex.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <zlib.h>

#include <functional>
#include <limits>

namespace relay::core::sandbox {

namespace {

using Call = RouteTable::Call;
using Method = RouteTable::Method;

qint64 dayStart(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

QByteArray gzip(const QByteArray &data)
{
    z_stream stream {};
    deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))),
        Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return out;
}

SandboxResponse notFound()
{
    return SandboxResponse::error(404, "The requested resource was not found");
}

// One daily usage record, as Usage/Records/Daily.json lists it.
QByteArray usageRecord(const QString &account, const QDate &day, const char *name,
    const char *description, qint64 count, qint64 usage)
{
    const QByteArray d = day.toString(Qt::ISODate).toLatin1();
    return "{\"account_sid\": " + SandboxResponse::jsonText(account.toUtf8())
        + ", \"api_version\": \"2010-04-01\", \"as_of\": "
        + SandboxResponse::jsonText(d + "T23:59:59+00:00") + ", \"category\": \"" + name
        + "\", \"count\": \"" + QByteArray::number(count)
        + "\", \"count_unit\": \"messages\", \"description\": \"" + description
        + "\", \"end_date\": " + SandboxResponse::jsonText(d) + ", \"price\": \""
        + QByteArray::number(static_cast<double>(usage) * 0.0079, 'f', 4)
        + "\", \"price_unit\": \"usd\", \"start_date\": " + SandboxResponse::jsonText(d)
        + ", \"usage\": \"" + QByteArray::number(usage) + "\", \"usage_unit\": \"segments\"}";
}

} // namespace

SandboxTwilio::SandboxTwilio(const TrafficIndex &index, SandboxMessages *messages)
    : m_index(index), m_messages(messages)
{
    // Segments the provider paths name but the sandbox never checked (the
    // API version, "Accounts", "Records", …) stay wildcards: [^/]+.

    // /sandbox-s3/daily/day=YYYY-MM-DD/type=Messages/part-0.json.gz
    m_files.add(std::nullopt, QStringLiteral("/sandbox-s3/+[^/]+/+([^/]+)(?:/.*)?"),
        std::bind_front(&SandboxTwilio::bulkFile, this));

    m_api.setGate(&SandboxTwilio::unauthenticated);
    m_api.setFallback([](const Call &) { return notFound(); });
    // /2010-04-01/Accounts/{AC…}/Messages.json: create, list
    const QString messagesJson
        = QStringLiteral(R"(/*2010-04-01/+[^/]+/+([^/]+)/+Messages\.json/*)");
    m_api.add(Method::Post, messagesJson, std::bind_front(&SandboxTwilio::createMessage, this));
    m_api.add(std::nullopt, messagesJson, std::bind_front(&SandboxTwilio::listMessages, this));
    // /2010-04-01/Accounts/{AC…}/Messages/{SM…}.json: one message (the
    // incoming ones the sandbox holds)
    m_api.add(std::nullopt,
        QStringLiteral(R"(/*2010-04-01/+[^/]+/+([^/]+)/+Messages/+([^/]+)\.json/*)"),
        std::bind_front(&SandboxTwilio::fetchMessage, this));
    // /2010-04-01/Accounts/{AC…}/Usage/Records/Daily.json
    m_api.add(std::nullopt,
        QStringLiteral(R"(/*[^/]+/+[^/]+/+([^/]+)/+Usage/+[^/]+/+Daily\.json/*)"),
        std::bind_front(&SandboxTwilio::usage, this));
    // /v1/Services/{MG…}/Compliance/Usa2p
    m_api.add(std::nullopt, QStringLiteral("/*[^/]+/+Services/+([^/]+)/+Compliance/+[^/]+/*"),
        &SandboxTwilio::usa2p);
    // /v1/a2p/BrandRegistrations/{BN…}
    m_api.add(std::nullopt, QStringLiteral("/*[^/]+/+a2p/+BrandRegistrations/+([^/]+)/*"),
        &SandboxTwilio::brand);
    // /v1/Exports/Messages/Days/{YYYY-MM-DD}
    m_api.add(std::nullopt, QStringLiteral("/*[^/]+/+Exports/+[^/]+/+Days/+([^/]+)/*"),
        std::bind_front(&SandboxTwilio::bulkDay, this));
}

std::optional<SandboxResponse> SandboxTwilio::unauthenticated(const Call &call)
{
    const QByteArray auth = call.request->value("Authorization");
    const QByteArray credentials
        = auth.startsWith("Basic ") ? QByteArray::fromBase64(auth.mid(6)) : QByteArray();
    const qsizetype colon = credentials.indexOf(':');
    const QByteArray user = credentials.left(colon);
    if (colon < 0 || (!user.startsWith("AC") && !user.startsWith("SK"))
        || credentials.mid(colon + 1) != authToken())
        return SandboxResponse::error(401, "Authenticate");
    return std::nullopt;
}

SandboxResponse SandboxTwilio::createMessage(const Call &call)
{
    const auto [status, body] = m_messages->createTwilio(call.captured(1), call.request->body());
    return SandboxResponse::json(status, body);
}

SandboxResponse SandboxTwilio::fetchMessage(const Call &call) const
{
    const QJsonObject message = m_messages->heldTwilio(call.captured(2));
    if (message.isEmpty()
        || message.value(QStringLiteral("account_sid")).toString() != call.captured(1))
        return notFound();
    return SandboxResponse::json(200, QJsonDocument(message).toJson(QJsonDocument::Compact));
}

SandboxResponse SandboxTwilio::listMessages(const Call &call) const
{
    const QUrlQuery &query = call.query;
    const QDate from
        = QDate::fromString(query.queryItemValue(QStringLiteral("DateSent>")), Qt::ISODate);
    const QDate to
        = QDate::fromString(query.queryItemValue(QStringLiteral("DateSent<")), Qt::ISODate);
    const qint64 fromSecs = from.isValid() ? dayStart(from) : 0;
    const qint64 toSecs
        = to.isValid() ? dayStart(to.addDays(1)) : std::numeric_limits<qint64>::max();
    const QByteArray sender
        = query.queryItemValue(QStringLiteral("From"), QUrl::FullyDecoded).toUtf8();
    if (query.hasQueryItem(QStringLiteral("DateSent>="))
        || query.hasQueryItem(QStringLiteral("DateSent<=")))
        return SandboxResponse::error(
            400, "Unknown parameter: the filters are named DateSent> and DateSent<");
    const int pageSize = qBound(1,
        query.hasQueryItem(QStringLiteral("PageSize"))
            ? query.queryItemValue(QStringLiteral("PageSize")).toInt()
            : 50,
        1000);
    const QString token = query.queryItemValue(QStringLiteral("PageToken"));
    const qint64 offset = token.startsWith(QLatin1String("PA")) ? token.mid(2).toLongLong() : 0;
    const int page = query.queryItemValue(QStringLiteral("Page")).toInt();
    const QByteArray receiver
        = query.queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded).toUtf8();
    const QList<qint64> indexes = m_index.indexesFor(fromSecs, toSecs, sender, receiver);

    // The filters again, for the page URIs.
    QUrlQuery base;
    if (from.isValid())
        base.addQueryItem(QStringLiteral("DateSent%3E"), from.toString(Qt::ISODate));
    if (to.isValid())
        base.addQueryItem(QStringLiteral("DateSent%3C"), to.toString(Qt::ISODate));
    if (!sender.isEmpty())
        base.addQueryItem(QStringLiteral("From"),
            QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(sender))));
    if (!receiver.isEmpty())
        base.addQueryItem(QStringLiteral("To"),
            QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(receiver))));
    base.addQueryItem(QStringLiteral("PageSize"), QString::number(pageSize));
    return SandboxResponse::json(
        200, messagesPage(call.captured(1), base, page, pageSize, offset, indexes));
}

QByteArray SandboxTwilio::messagesPage(const QString &account, const QUrlQuery &base, int page,
    int pageSize, qint64 offset, const QList<qint64> &indexes) const
{
    const QByteArray path = "/2010-04-01/Accounts/" + account.toUtf8() + "/Messages.json?";
    const auto uri = [&](int p, qint64 off) -> QByteArray {
        QUrlQuery q = base;
        q.addQueryItem(QStringLiteral("Page"), QString::number(p));
        if (off > 0)
            q.addQueryItem(QStringLiteral("PageToken"), QStringLiteral("PA%1").arg(off));
        return path + q.toString(QUrl::FullyEncoded).toUtf8();
    };
    QByteArray messages;
    const qint64 end = qMin<qint64>(indexes.size(), offset + pageSize);
    for (qint64 i = offset; i < end; ++i) {
        if (i > offset)
            messages += ", ";
        messages += SyntheticTraffic::twilioRestJson(m_index.traffic().at(indexes.at(i)));
    }
    return "{\"end\": " + QByteArray::number(qMax<qint64>(offset, end - 1))
        + ", \"first_page_uri\": " + SandboxResponse::jsonText(uri(0, 0)) + ", \"next_page_uri\": "
        + (end < indexes.size() ? SandboxResponse::jsonText(uri(page + 1, end))
                                : QByteArray("null"))
        + ", \"page\": " + QByteArray::number(page) + ", \"page_size\": "
        + QByteArray::number(pageSize) + ", \"previous_page_uri\": null, \"messages\": [" + messages
        + "], \"start\": " + QByteArray::number(offset)
        + ", \"uri\": " + SandboxResponse::jsonText(uri(page, offset)) + "}";
}

SandboxResponse SandboxTwilio::usage(const Call &call) const
{
    const QString account = call.captured(1);
    const QDate from
        = QDate::fromString(call.query.queryItemValue(QStringLiteral("StartDate")), Qt::ISODate);
    const QDate to
        = QDate::fromString(call.query.queryItemValue(QStringLiteral("EndDate")), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || from > to)
        return SandboxResponse::error(400, "StartDate and EndDate must be YYYY-MM-DD");
    const QString category = call.query.queryItemValue(QStringLiteral("Category"));
    struct Day {
        qint64 sms = 0, mms = 0, whatsapp = 0;
        qint64 smsSegments = 0;
    };
    QMap<QDate, Day> days;
    for (qint64 i : m_index.indexesFor(dayStart(from), dayStart(to.addDays(1)), {})) {
        const auto m = m_index.traffic().at(i);
        Day &d = days[QDateTime::fromSecsSinceEpoch(m.sent ? m.sent : m.created, Qt::UTC).date()];
        if (m.from.startsWith("whatsapp:") || m.to.startsWith("whatsapp:"))
            ++d.whatsapp;
        else if (m.media)
            ++d.mms;
        else {
            ++d.sms;
            d.smsSegments += m.segments;
        }
    }
    QByteArray rows;
    const auto add = [&](const QDate &day, const char *name, const char *description, qint64 count,
                         qint64 usage) {
        if (!category.isEmpty() && category != QLatin1String(name))
            return;
        if (!rows.isEmpty())
            rows += ", ";
        rows += usageRecord(account, day, name, description, count, usage);
    };
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        add(it.key(), "sms", "SMS", it->sms, it->smsSegments);
        add(it.key(), "mms", "MMS", it->mms, it->mms);
        add(it.key(), "channels-whatsapp", "WhatsApp", it->whatsapp, it->whatsapp);
    }
    return SandboxResponse::json(200,
        "{\"end\": 0, \"first_page_uri\": \"/2010-04-01/Accounts/" + account.toUtf8()
            + "/Usage/Records/Daily.json?PageSize=1000&Page=0\", \"next_page_uri\": null, "
              "\"page\": 0, \"page_size\": 1000, "
              "\"previous_page_uri\": null, \"start\": 0, \"usage_records\": ["
            + rows + "]}");
}

SandboxResponse SandboxTwilio::usa2p(const Call &call)
{
    const QByteArray service = call.captured(1).toUtf8();
    for (const auto &c : SyntheticTraffic::twilioCampaigns()) {
        if (c.key != service)
            continue;
        QByteArray items;
        if (!c.campaign.isEmpty()) {
            items = "{\"sid\": " + SandboxResponse::jsonText(c.usa2pSid)
                + ", \"account_sid\": " + SandboxResponse::jsonText(SyntheticTraffic::accountSid())
                + ", \"brand_registration_sid\": " + SandboxResponse::jsonText(c.brandSid)
                + ", \"messaging_service_sid\": " + SandboxResponse::jsonText(c.key)
                + ", \"description\": \"Appointment reminders\", \"message_samples\": [\"Your "
                  "appointment is confirmed\"], "
                  "\"us_app_to_person_usecase\": \"CUSTOMER_CARE\", \"has_embedded_links\": false, "
                  "\"has_embedded_phone\": "
                  "false, \"campaign_status\": \"VERIFIED\", \"campaign_id\": "
                + SandboxResponse::jsonText(c.campaign)
                + ", \"is_externally_registered\": false, \"rate_limits\": {\"att\": {\"mps\": "
                  "600, \"msg_class\": \"A\"}}, "
                  "\"date_created\": \"2025-02-18T14:48:52Z\", \"date_updated\": "
                  "\"2025-02-18T14:48:52Z\", \"mock\": false, "
                  "\"errors\": []}";
        }
        return SandboxResponse::json(200,
            "{\"compliance\": [" + items
                + "], \"meta\": {\"page\": 0, \"page_size\": 20, \"first_page_url\": null, "
                  "\"previous_page_url\": null, \"next_page_url\": null, \"url\": null, \"key\": "
                  "\"compliance\"}}");
    }
    return notFound();
}

SandboxResponse SandboxTwilio::brand(const Call &call)
{
    const QByteArray brandSid = call.captured(1).toUtf8();
    for (const auto &c : SyntheticTraffic::twilioCampaigns()) {
        if (c.brandSid.isEmpty() || c.brandSid != brandSid)
            continue;
        return SandboxResponse::json(200,
            "{\"sid\": " + SandboxResponse::jsonText(c.brandSid)
                + ", \"account_sid\": " + SandboxResponse::jsonText(SyntheticTraffic::accountSid())
                + ", \"brand_type\": \"STANDARD\", \"status\": \"APPROVED\", \"tcr_id\": "
                + SandboxResponse::jsonText(c.brand)
                + ", \"failure_reason\": null, \"errors\": [], \"brand_score\": 42, "
                  "\"identity_status\": \"VERIFIED\", "
                  "\"date_created\": \"2025-01-27T14:18:35Z\", \"date_updated\": "
                  "\"2025-01-27T14:18:36Z\", \"mock\": false}");
    }
    return notFound();
}

SandboxResponse SandboxTwilio::bulkDay(const Call &call) const
{
    const QString day = call.captured(1);
    const QDate date = QDate::fromString(day, Qt::ISODate);
    if (!date.isValid() || date < m_index.traffic().from() || date > m_index.traffic().to())
        return notFound();
    const QByteArray url = call.baseUrl.toUtf8() + "/sandbox-s3/daily/day%3D" + day.toUtf8()
        + "/type%3DMessages/part-0.json.gz?X-Amz-Expires=240&X-Amz-Signature="
        + QByteArray::number(call.serial);
    SandboxResponse r
        = SandboxResponse::json(307, "{\"redirect_to\": " + SandboxResponse::jsonText(url) + "}");
    r.headers.append(qMakePair(QByteArray("Location"), url));
    return r;
}

// /sandbox-s3/daily/day=YYYY-MM-DD/…: the day is the third segment's value.
SandboxResponse SandboxTwilio::bulkFile(const Call &call) const
{
    const QString segment = QUrl::fromPercentEncoding(call.captured(1).toUtf8());
    const QDate date
        = QDate::fromString(segment.mid(segment.indexOf(QLatin1Char('=')) + 1), Qt::ISODate);
    if (!date.isValid())
        return SandboxResponse::error(404, "NoSuchKey");
    QByteArray lines;
    for (qint64 i : m_index.indexesFor(dayStart(date), dayStart(date.addDays(1)), {})) {
        lines += SyntheticTraffic::twilioBulkLine(m_index.traffic().at(i));
        lines += '\n';
    }
    SandboxResponse r;
    r.contentType = "application/gzip";
    r.body = gzip(lines);
    return r;
}

} // namespace relay::core::sandbox
