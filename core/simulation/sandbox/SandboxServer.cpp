#include "SandboxServer.h"

#include "salesforce/Jwt.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QDateTime>
#include <QHttpServerRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>

#include <zlib.h>

namespace relay::core::sandbox {

namespace {

qint64 dayStart(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    default:
        return status >= 500 ? "Internal Server Error" : "Error";
    }
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

QByteArray jsonText(const QByteArray &text)
{
    return '"' + text + '"';
}

} // namespace

SandboxServer::SandboxServer(quint64 seed, qint64 messages, QDate from, QDate to, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_traffic(seed, messages, from, to)
    , m_messages(new SandboxMessages(seed, this))
    , m_random(seed)
{ }

bool SandboxServer::parseFaults(const QString &spec, Faults *out, QString *errorText)
{
    Faults faults;
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(QLatin1Char('='));
        bool ok = false;
        const double rate = kv.size() == 2 ? kv.at(1).toDouble(&ok) : 0;
        if (!ok || rate < 0 || rate > 1) {
            *errorText = QStringLiteral("'%1' is not NAME=RATE with a rate from 0 to 1").arg(part);
            return false;
        }
        const QString name = kv.at(0).trimmed();
        if (name == QLatin1String("429"))
            faults.tooManyRequests = rate;
        else if (name == QLatin1String("500"))
            faults.serverError = rate;
        else if (name == QLatin1String("truncate"))
            faults.truncated = rate;
        else if (name == QLatin1String("reset"))
            faults.reset = rate;
        else if (name == QLatin1String("slow"))
            faults.slow = rate;
        else {
            *errorText
                = QStringLiteral("unknown fault '%1' (429, 500, truncate, reset, slow)").arg(name);
            return false;
        }
    }
    *out = faults;
    return true;
}

quint16 SandboxServer::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

QString SandboxServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QList<qint64> SandboxServer::indexesFor(
    qint64 fromSecs, qint64 toSecs, const QByteArray &sender, const QByteArray &receiver) const
{
    if (m_created.isEmpty()) {
        m_created.reserve(m_traffic.size());
        for (qint64 i = 0; i < m_traffic.size(); ++i) {
            const auto m = m_traffic.at(i);
            m_created.append(m.sent ? m.sent : m.created);
        }
    }
    QList<qint64> result;
    for (qint64 i = 0; i < m_traffic.size(); ++i) {
        const qint64 t = m_created.at(i);
        if (t < fromSecs || t >= toSecs)
            continue;
        if (!sender.isEmpty() || !receiver.isEmpty()) {
            const auto m = m_traffic.at(i);
            if ((!sender.isEmpty() && m.from != sender)
                || (!receiver.isEmpty() && m.to != receiver))
                continue;
        }
        result.append(i);
    }
    return result;
}

SandboxServer::Response SandboxServer::error(int status, const QByteArray &message)
{
    Response r;
    r.status = status;
    r.body = "{\"code\": "
        + QByteArray::number(status == 401 ? 20003
                : status == 404            ? 20404
                                           : status * 100)
        + ", \"message\": " + jsonText(message)
        + ", \"more_info\": \"https://www.twilio.com/docs/errors/20003\", \"status\": "
        + QByteArray::number(status) + "}";
    return r;
}

SandboxServer::Response SandboxServer::twilioMessages(
    const QString &account, const QUrlQuery &query)
{
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
        return error(400, "Unknown parameter: the filters are named DateSent> and DateSent<");
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
    const QList<qint64> indexes = indexesFor(fromSecs, toSecs, sender, receiver);

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
    const QByteArray path = "/2010-04-01/Accounts/" + account.toUtf8() + "/Messages.json?";
    const auto uri = [&](int p, qint64 off) -> QByteArray {
        QUrlQuery q = base;
        q.addQueryItem(QStringLiteral("Page"), QString::number(p));
        if (off > 0)
            q.addQueryItem(QStringLiteral("PageToken"), QStringLiteral("PA%1").arg(off));
        return path + q.toString(QUrl::FullyEncoded).toUtf8();
    };

    Response r;
    QByteArray messages;
    const qint64 end = qMin<qint64>(indexes.size(), offset + pageSize);
    for (qint64 i = offset; i < end; ++i) {
        if (i > offset)
            messages += ", ";
        messages += SyntheticTraffic::twilioRestJson(m_traffic.at(indexes.at(i)));
    }
    r.body = "{\"end\": " + QByteArray::number(qMax<qint64>(offset, end - 1))
        + ", \"first_page_uri\": " + jsonText(uri(0, 0)) + ", \"next_page_uri\": "
        + (end < indexes.size() ? jsonText(uri(page + 1, end)) : QByteArray("null"))
        + ", \"page\": " + QByteArray::number(page) + ", \"page_size\": "
        + QByteArray::number(pageSize) + ", \"previous_page_uri\": null, \"messages\": [" + messages
        + "], \"start\": " + QByteArray::number(offset)
        + ", \"uri\": " + jsonText(uri(page, offset)) + "}";
    return r;
}

SandboxServer::Response SandboxServer::twilioUsage(const QString &account, const QUrlQuery &query)
{
    const QDate from
        = QDate::fromString(query.queryItemValue(QStringLiteral("StartDate")), Qt::ISODate);
    const QDate to
        = QDate::fromString(query.queryItemValue(QStringLiteral("EndDate")), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || from > to)
        return error(400, "StartDate and EndDate must be YYYY-MM-DD");
    const QString category = query.queryItemValue(QStringLiteral("Category"));
    struct Day {
        qint64 sms = 0, mms = 0, whatsapp = 0;
        qint64 smsSegments = 0;
    };
    QMap<QDate, Day> days;
    for (qint64 i : indexesFor(dayStart(from), dayStart(to.addDays(1)), {})) {
        const auto m = m_traffic.at(i);
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
        const QByteArray d = day.toString(Qt::ISODate).toLatin1();
        rows += "{\"account_sid\": " + jsonText(account.toUtf8())
            + ", \"api_version\": \"2010-04-01\", \"as_of\": " + jsonText(d + "T23:59:59+00:00")
            + ", \"category\": \"" + name + "\", \"count\": \"" + QByteArray::number(count)
            + "\", \"count_unit\": \"messages\", \"description\": \"" + description
            + "\", \"end_date\": " + jsonText(d) + ", \"price\": \""
            + QByteArray::number(static_cast<double>(usage) * 0.0079, 'f', 4)
            + "\", \"price_unit\": \"usd\", \"start_date\": " + jsonText(d) + ", \"usage\": \""
            + QByteArray::number(usage) + "\", \"usage_unit\": \"segments\"}";
    };
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        add(it.key(), "sms", "SMS", it->sms, it->smsSegments);
        add(it.key(), "mms", "MMS", it->mms, it->mms);
        add(it.key(), "channels-whatsapp", "WhatsApp", it->whatsapp, it->whatsapp);
    }
    Response r;
    r.body = "{\"end\": 0, \"first_page_uri\": \"/2010-04-01/Accounts/" + account.toUtf8()
        + "/Usage/Records/Daily.json?PageSize=1000&Page=0\", \"next_page_uri\": null, \"page\": 0, "
          "\"page_size\": 1000, "
          "\"previous_page_uri\": null, \"start\": 0, \"usage_records\": ["
        + rows + "]}";
    return r;
}

SandboxServer::Response SandboxServer::usa2p(const QString &service)
{
    for (const auto &c : SyntheticTraffic::twilioCampaigns()) {
        if (c.key != service.toUtf8())
            continue;
        Response r;
        QByteArray items;
        if (!c.campaign.isEmpty()) {
            items = "{\"sid\": " + jsonText(c.usa2pSid) + ", \"account_sid\": "
                + jsonText(SyntheticTraffic::accountSid()) + ", \"brand_registration_sid\": "
                + jsonText(c.brandSid) + ", \"messaging_service_sid\": " + jsonText(c.key)
                + ", \"description\": \"Appointment reminders\", \"message_samples\": [\"Your "
                  "appointment is confirmed\"], "
                  "\"us_app_to_person_usecase\": \"CUSTOMER_CARE\", \"has_embedded_links\": false, "
                  "\"has_embedded_phone\": "
                  "false, \"campaign_status\": \"VERIFIED\", \"campaign_id\": "
                + jsonText(c.campaign)
                + ", \"is_externally_registered\": false, \"rate_limits\": {\"att\": {\"mps\": "
                  "600, \"msg_class\": \"A\"}}, "
                  "\"date_created\": \"2025-02-18T14:48:52Z\", \"date_updated\": "
                  "\"2025-02-18T14:48:52Z\", \"mock\": false, "
                  "\"errors\": []}";
        }
        r.body = "{\"compliance\": [" + items
            + "], \"meta\": {\"page\": 0, \"page_size\": 20, \"first_page_url\": null, "
              "\"previous_page_url\": null, \"next_page_url\": null, \"url\": null, \"key\": "
              "\"compliance\"}}";
        return r;
    }
    return error(404, "The requested resource was not found");
}

SandboxServer::Response SandboxServer::brand(const QString &brandSid)
{
    for (const auto &c : SyntheticTraffic::twilioCampaigns()) {
        if (c.brandSid.isEmpty() || c.brandSid != brandSid.toUtf8())
            continue;
        Response r;
        r.body = "{\"sid\": " + jsonText(c.brandSid)
            + ", \"account_sid\": " + jsonText(SyntheticTraffic::accountSid())
            + ", \"brand_type\": \"STANDARD\", \"status\": \"APPROVED\", \"tcr_id\": "
            + jsonText(c.brand)
            + ", \"failure_reason\": null, \"errors\": [], \"brand_score\": 42, "
              "\"identity_status\": \"VERIFIED\", "
              "\"date_created\": \"2025-01-27T14:18:35Z\", \"date_updated\": "
              "\"2025-01-27T14:18:36Z\", \"mock\": false}";
        return r;
    }
    return error(404, "The requested resource was not found");
}

SandboxServer::Response SandboxServer::bulkDay(const QString &day)
{
    const QDate date = QDate::fromString(day, Qt::ISODate);
    if (!date.isValid() || date < m_traffic.from() || date > m_traffic.to())
        return error(404, "The requested resource was not found");
    const QByteArray url = baseUrl().toUtf8() + "/sandbox-s3/daily/day%3D" + day.toUtf8()
        + "/type%3DMessages/part-0.json.gz?X-Amz-Expires=240&X-Amz-Signature="
        + QByteArray::number(m_requests);
    Response r;
    r.status = 307;
    r.body = "{\"redirect_to\": " + jsonText(url) + "}";
    r.headers.append(qMakePair(QByteArray("Location"), url));
    return r;
}

SandboxServer::Response SandboxServer::bulkFile(const QString &day)
{
    const QDate date = QDate::fromString(day, Qt::ISODate);
    if (!date.isValid())
        return error(404, "NoSuchKey");
    QByteArray lines;
    for (qint64 i : indexesFor(dayStart(date), dayStart(date.addDays(1)), {})) {
        lines += SyntheticTraffic::twilioBulkLine(m_traffic.at(i));
        lines += '\n';
    }
    Response r;
    r.contentType = "application/gzip";
    r.body = gzip(lines);
    return r;
}

SandboxServer::Response SandboxServer::telnyxRecords(const QUrlQuery &query)
{
    Response r;
    if (query.queryItemValue(QStringLiteral("filter[record_type]")) != QLatin1String("messaging")) {
        r.status = 400;
        r.body = "{\"errors\": [{\"code\": \"10015\", \"title\": \"Bad request\", \"detail\": "
                 "\"filter[record_type] is required\"}]}";
        return r;
    }
    const int size = query.hasQueryItem(QStringLiteral("page[size]"))
        ? query.queryItemValue(QStringLiteral("page[size]")).toInt()
        : 20;
    const int number = query.hasQueryItem(QStringLiteral("page[number]"))
        ? query.queryItemValue(QStringLiteral("page[number]")).toInt()
        : 1;
    if (size < 1 || size > 50 || number < 1) {
        r.status = 400;
        r.body = "{\"errors\": [{\"code\": \"10015\", \"title\": \"Bad request\", \"detail\": "
                 "\"page[size] must be 1 to 50\"}]}";
        return r;
    }
    const QDateTime gte = QDateTime::fromString(
        query.queryItemValue(QStringLiteral("filter[created_at][gte]")), Qt::ISODate);
    const QDateTime lt = QDateTime::fromString(
        query.queryItemValue(QStringLiteral("filter[created_at][lt]")), Qt::ISODate);
    const QByteArray cli
        = query.queryItemValue(QStringLiteral("filter[cli]"), QUrl::FullyDecoded).toUtf8();
    const QByteArray cld
        = query.queryItemValue(QStringLiteral("filter[cld]"), QUrl::FullyDecoded).toUtf8();
    const QList<qint64> indexes = indexesFor(
        gte.isValid() ? QDateTime(gte.date(), gte.time(), Qt::UTC).toSecsSinceEpoch() : 0,
        lt.isValid() ? QDateTime(lt.date(), lt.time(), Qt::UTC).toSecsSinceEpoch()
                     : std::numeric_limits<qint64>::max(),
        cli, cld);
    const qint64 total = indexes.size();
    const qint64 pages = qMax<qint64>(1, (total + size - 1) / size);
    QByteArray data;
    for (qint64 i = (number - 1) * qint64 { size }; i < qMin(total, qint64 { number } * size);
         ++i) {
        if (!data.isEmpty())
            data += ", ";
        data += SyntheticTraffic::telnyxRecordJson(m_traffic.at(indexes.at(i)));
    }
    r.body = "{\"data\": [" + data + "], \"meta\": {\"total_pages\": " + QByteArray::number(pages)
        + ", \"total_results\": " + QByteArray::number(total) + ", \"page_number\": "
        + QByteArray::number(number) + ", \"page_size\": " + QByteArray::number(size) + "}}";
    return r;
}

SandboxServer::Response SandboxServer::telnyxCampaign(const QString &number)
{
    Response r;
    for (const auto &c : SyntheticTraffic::telnyxCampaigns()) {
        if (c.key != number.toUtf8())
            continue;
        r.body = "{\"phoneNumber\": " + jsonText(c.key)
            + ", \"campaignId\": \"3008dd9f-66d7-40e0-bf23-bf2d8d1a96ba\", "
              "\"createdAt\": \"2025-03-08T17:57:48.801186\", \"updatedAt\": "
              "\"2025-03-08T17:57:48.801186\", "
              "\"brandId\": \"7ba705b7-22af-493f-addc-ac04b7ca071c\", \"tcrBrandId\": "
            + jsonText(c.brand) + ", \"tcrCampaignId\": " + jsonText(c.campaign)
            + ", \"telnyxCampaignId\": \"3008dd9f-66d7-40e0-bf23-bf2d8d1a96ba\", "
              "\"assignmentStatus\": \"ASSIGNED\"}";
        return r;
    }
    r.status = 404;
    r.body = "{\"errors\": [{\"code\": \"10005\", \"title\": \"Resource not found\", \"detail\": "
             "\"Phone number not assigned to a campaign\"}]}";
    return r;
}

SandboxServer::Response SandboxServer::route(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // Keys decoded one by one: clients send "filter%5Bcli%5D" and
    // "DateSent%3E" as well as the raw characters.
    QUrlQuery query;
    for (const QByteArray &pair : request.url().query(QUrl::FullyEncoded).toUtf8().split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString key = QUrl::fromPercentEncoding(pair.left(eq < 0 ? pair.size() : eq));
        const QString value = eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1));
        query.addQueryItem(QString(key).replace(QLatin1Char('&'), QStringLiteral("%26")),
            QString(value)
                .replace(QLatin1Char('&'), QStringLiteral("%26"))
                .replace(QLatin1Char('+'), QStringLiteral("%2B")));
    }

    if (path.startsWith(QLatin1String("/sandbox-s3/")) && parts.size() >= 3) {
        QString day = QUrl::fromPercentEncoding(parts.at(2).toUtf8());
        return bulkFile(day.mid(day.indexOf(QLatin1Char('=')) + 1));
    }
    if (path == QLatin1String("/services/oauth2/token")
        && request.method() == QHttpServerRequest::Method::Post)
        return salesforceToken(request.body());
    if (path.startsWith(QLatin1String("/services/data/"))
        && path.endsWith(QLatin1String("/composite/sobjects")))
        return salesforceCollections(request);
    if (path.startsWith(QLatin1String("/services/data/"))
        && path.contains(QLatin1String("/composite/sobjects/")))
        return salesforceUpsert(request, path);
    if (path.startsWith(QLatin1String("/services/data/"))
        && (path.endsWith(QLatin1String("/query")) || path.contains(QLatin1String("/query/"))))
        return salesforceQuery(request, path);
    if (path.startsWith(QLatin1String("/v2/"))) {
        if (request.value("Authorization") != "Bearer " + telnyxApiKey()) {
            Response r;
            r.status = 401;
            r.body
                = "{\"errors\": [{\"code\": \"10009\", \"title\": \"Authentication failed\", "
                  "\"detail\": \"The required "
                  "authentication headers were either invalid or not included in the request.\"}]}";
            return r;
        }
        if (parts.size() == 2 && parts.at(1) == QLatin1String("messages")
            && request.method() == QHttpServerRequest::Method::Post) {
            const auto [status, body] = m_messages->createTelnyx(request.body());
            Response r;
            r.status = status;
            r.body = body;
            return r;
        }
        if (parts.size() == 2 && parts.at(1) == QLatin1String("detail_records"))
            return telnyxRecords(query);
        if (parts.size() == 4 && parts.at(1) == QLatin1String("10dlc")
            && parts.at(2) == QLatin1String("phone_number_campaigns"))
            return telnyxCampaign(QUrl::fromPercentEncoding(parts.at(3).toUtf8()));
        return error(404, "Not found");
    }

    // Twilio: Basic auth with the Account SID (or an API key SK…) and the token.
    const QByteArray auth = request.value("Authorization");
    const QByteArray credentials
        = auth.startsWith("Basic ") ? QByteArray::fromBase64(auth.mid(6)) : QByteArray();
    const qsizetype colon = credentials.indexOf(':');
    const QByteArray user = credentials.left(colon);
    if (colon < 0 || (!user.startsWith("AC") && !user.startsWith("SK"))
        || credentials.mid(colon + 1) != twilioAuthToken())
        return error(401, "Authenticate");

    if (parts.size() == 4 && parts.at(0) == QLatin1String("2010-04-01")
        && parts.at(3) == QLatin1String("Messages.json")) {
        if (request.method() == QHttpServerRequest::Method::Post) {
            const auto [status, body] = m_messages->createTwilio(parts.at(2), request.body());
            Response r;
            r.status = status;
            r.body = body;
            return r;
        }
        return twilioMessages(parts.at(2), query);
    }
    if (parts.size() == 6 && parts.at(3) == QLatin1String("Usage")
        && parts.at(5) == QLatin1String("Daily.json"))
        return twilioUsage(parts.at(2), query);
    if (parts.size() == 5 && parts.at(1) == QLatin1String("Services")
        && parts.at(3) == QLatin1String("Compliance"))
        return usa2p(parts.at(2));
    if (parts.size() == 4 && parts.at(1) == QLatin1String("a2p")
        && parts.at(2) == QLatin1String("BrandRegistrations"))
        return brand(parts.at(3));
    if (parts.size() == 5 && parts.at(1) == QLatin1String("Exports")
        && parts.at(3) == QLatin1String("Days"))
        return bulkDay(parts.at(4));
    return error(404, "The requested resource was not found");
}

core::SalesforceClient::Login SandboxServer::salesforceLogin() const
{
    core::SalesforceClient::Login login;
    login.loginUrl = QUrl(baseUrl());
    login.clientId = QString::fromLatin1(salesforceClientId());
    login.clientSecret = std::make_shared<core::SecretBytes>(
        core::SecretBytes::fromUtf8(salesforceClientSecret()));
    login.refreshToken = std::make_shared<core::SecretBytes>(
        core::SecretBytes::fromUtf8(salesforceRefreshToken()));
    return login;
}

SandboxServer::Response SandboxServer::salesforceToken(const QByteArray &form)
{
    const QUrlQuery query(QString::fromUtf8(form));
    const auto value = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).toUtf8();
    };
    if (value("grant_type") == "urn:ietf:params:oauth:grant-type:jwt-bearer")
        return salesforceJwtGrant(value("assertion"));
    if (value("grant_type") != "refresh_token" || value("client_id") != salesforceClientId()
        || value("client_secret") != salesforceClientSecret()
        || value("refresh_token") != salesforceRefreshToken()) {
        Response r;
        r.status = 400;
        r.body = R"({"error":"invalid_grant","error_description":"expired access/refresh token"})";
        return r;
    }
    return salesforceSession();
}

// What a real org checks: the signature against the connected app's
// certificate, the consumer key, the user, the audience, and an expiry in
// the future but at most a few minutes ahead.
SandboxServer::Response SandboxServer::salesforceJwtGrant(const QByteArray &assertion)
{
    Response r;
    r.status = 400;
    const auto refuse = [&r](const char *error, const char *description) {
        r.body = QJsonDocument(
            QJsonObject { { QStringLiteral("error"), QLatin1String(error) },
                { QStringLiteral("error_description"), QLatin1String(description) } })
                     .toJson(QJsonDocument::Compact);
        return r;
    };
    if (m_jwtCertificate.isEmpty())
        return refuse("invalid_client", "no certificate is uploaded to this connected app");
    auto claims = core::jwt::verifyRs256(assertion, m_jwtCertificate);
    if (!claims)
        return refuse("invalid_grant", "invalid assertion");
    if (claims->value(QStringLiteral("iss")).toString().toUtf8() != salesforceClientId())
        return refuse("invalid_client_id", "client identifier invalid");
    if (claims->value(QStringLiteral("sub")).toString() != salesforceUsername())
        return refuse("invalid_grant", "user hasn't approved this consumer");
    const QString audience = claims->value(QStringLiteral("aud")).toString();
    if (audience != baseUrl() && audience != QLatin1String("https://login.salesforce.com")
        && audience != QLatin1String("https://test.salesforce.com")) {
        return refuse("invalid_grant", "audience is invalid");
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 expires = static_cast<qint64>(claims->value(QStringLiteral("exp")).toDouble());
    if (expires <= now || expires > now + 300)
        return refuse("invalid_grant", "expired or too distant exp in assertion");
    return salesforceSession();
}

SandboxServer::Response SandboxServer::salesforceSession()
{
    ++m_sessions;
    m_session = "00Dsandbox!" + QByteArray::number(m_sessions)
        + QByteArray::number(quint64(m_random()), 16);
    m_sessionUses = 0;
    Response r;
    r.body = QJsonDocument(
        QJsonObject { { QStringLiteral("access_token"), QString::fromLatin1(m_session) },
            { QStringLiteral("instance_url"), baseUrl() },
            { QStringLiteral("id"), QStringLiteral("%1/id/00Dsandbox/005sandbox").arg(baseUrl()) },
            { QStringLiteral("token_type"), QStringLiteral("Bearer") },
            { QStringLiteral("scope"), QStringLiteral("api") },
            { QStringLiteral("issued_at"), QString::number(QDateTime::currentMSecsSinceEpoch()) } })
                 .toJson(QJsonDocument::Compact);
    return r;
}

std::optional<SandboxServer::Response> SandboxServer::salesforceUnauthorized(
    const QHttpServerRequest &request)
{
    const bool expired = m_sessionLifetime > 0 && m_sessionUses >= m_sessionLifetime;
    if (m_session.isEmpty() || request.value("Authorization") != "Bearer " + m_session || expired) {
        Response r;
        r.status = 401;
        r.body = R"([{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}])";
        return r;
    }
    ++m_sessionUses;
    return std::nullopt;
}

QJsonArray SandboxServer::setupAuditTrail(const QString &apiVersion) const
{
    QJsonArray rows;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    int serial = 0;
    const auto add = [&](const QDateTime &at, const QString &action, const QString &section,
                         const QString &userName, const QString &username, const QString &display,
                         const QString &delegate, const QString &ns) {
        const QString id = QStringLiteral("0Ym5e%1AAA").arg(++serial, 10, 10, QLatin1Char('0'));
        const QString userId = QStringLiteral("0055e%1AAA")
                                   .arg(qHash(username) % 10000000000ULL, 10, 10, QLatin1Char('0'));
        rows.append(QJsonObject {
            { QStringLiteral("attributes"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("SetupAuditTrail") },
                    { QStringLiteral("url"),
                        QStringLiteral("/services/data/%1/sobjects/SetupAuditTrail/%2")
                            .arg(apiVersion, id) } } },
            { QStringLiteral("Id"), id }, { QStringLiteral("Action"), action },
            { QStringLiteral("Section"), section.isEmpty() ? QJsonValue() : QJsonValue(section) },
            { QStringLiteral("CreatedDate"),
                at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.000+0000")) },
            { QStringLiteral("CreatedById"), userId },
            { QStringLiteral("CreatedBy"),
                QJsonObject { { QStringLiteral("attributes"),
                                  QJsonObject { { QStringLiteral("type"), QStringLiteral("User") },
                                      { QStringLiteral("url"),
                                          QStringLiteral("/services/data/%1/sobjects/User/%2")
                                              .arg(apiVersion, userId) } } },
                    { QStringLiteral("Name"), userName },
                    { QStringLiteral("Username"), username } } },
            { QStringLiteral("Display"), display },
            { QStringLiteral("DelegateUser"),
                delegate.isEmpty() ? QJsonValue() : QJsonValue(delegate) },
            { QStringLiteral("ResponsibleNamespacePrefix"),
                ns.isEmpty() ? QJsonValue() : QJsonValue(ns) },
            { QStringLiteral("CreatedByContext"), QJsonValue() },
            { QStringLiteral("CreatedByIssuer"), QJsonValue() } });
    };
    const auto at = [&today](int daysAgo, int hour, int minute) {
        return QDateTime(today.addDays(-daysAgo), QTime(hour, minute), QTimeZone::utc());
    };
    const QString admin = QStringLiteral("admin@acme-client.example");
    const QString publisher = QStringLiteral("Relay Vendor (00D5e000000VENDOR)");
    add(at(27, 15, 2), QStringLiteral("loginasgrantedtopartnerbt"), {},
        QStringLiteral("Acme Admin"), admin,
        QStringLiteral("%1 has granted user login access through %2 to package publisher %3")
            .arg(admin, today.addDays(3).toString(QStringLiteral("M/d/yyyy")), publisher),
        {}, {});
    static const char *const adminWork[][2]
        = { { "Customize Accounts", "Created custom field Region (Text)" },
              { "Manage Users", "Changed role for user Lee Park from Sales to Sales Manager" },
              { "Customize Contacts", "Changed picklist values for Lead Source" },
              { "Company Information", "Changed fiscal year start month from 1 to 4" } };
    for (int day = 26; day >= 0; --day) {
        for (int i = 0; i < 2 + day % 3; ++i) {
            const auto &[section, display] = adminWork[(day + i) % 4];
            add(at(day, 14 + i, 10 * i), QStringLiteral("changedsetting"), QLatin1String(section),
                QStringLiteral("Acme Admin"), admin, QLatin1String(display), {}, {});
        }
    }
    struct Visit {
        int daysAgo, hour;
        const char *staff, *user, *userName;
        int changes;
        bool logout;
    };
    static const Visit visits[] = { { 25, 16, "ana.support", "maria.chen", "Maria Chen", 3, true },
        { 20, 15, "raj.support", "tom.ruiz", "Tom Ruiz", 55, true },
        { 14, 17, "ana.support", "maria.chen", "Maria Chen", 2, false },
        { 9, 3, "raj.support", "maria.chen", "Maria Chen", 4, true },
        { 3, 16, "ana.support", "tom.ruiz", "Tom Ruiz", 2, true } };
    static const char *const vendorWork[][3] = {
        { "Custom Apps", "Changed Relay SMS setting Default Gateway from Main line to Support line",
            "relay" },
        { "Manage Users",
            "Changed profile Relay Support: field-level security for SMS: Status was changed from "
            "Read Only to Read/Write",
            "" },
        { "Security Controls", "Added remote site RelayWebhook: https://hooks.vendor.example", "" },
        { "Custom Apps", "Changed Relay SMS setting Batch Size from 100 to 200", "relay" }
    };
    for (const Visit &v : visits) {
        const QString staff = QLatin1String(v.staff) + QLatin1Char('@') + salesforceStaffDomain();
        const QString orgUser = QLatin1String(v.user) + QStringLiteral("@acme-client.example");
        const QString staffName = QStringLiteral("Vendor Support");
        add(at(v.daysAgo, v.hour, 0), QStringLiteral("suOrgAdminLogin"),
            QStringLiteral("Manage Users"), staffName, staff,
            QStringLiteral("Logged in using Login-As access for %1").arg(QLatin1String(v.userName)),
            {}, {});
        for (int c = 0; c < v.changes; ++c) {
            const auto &[section, display, ns] = vendorWork[c % 4];
            add(at(v.daysAgo, v.hour, 1 + c), QStringLiteral("changedsetting"),
                QLatin1String(section), QLatin1String(v.userName), orgUser, QLatin1String(display),
                staff, QLatin1String(ns));
        }
        if (v.logout)
            add(at(v.daysAgo, v.hour, 2 + v.changes), QStringLiteral("suOrgAdminLogout"),
                QStringLiteral("Manage Users"), staffName, staff,
                QStringLiteral("Logged out using Login-As access for %1")
                    .arg(QLatin1String(v.userName)),
                {}, {});
    }
    add(at(5, 18, 30), QStringLiteral("loginasrevokedtopartnerbt"), {},
        QStringLiteral("Acme Admin"), admin,
        QStringLiteral("%1 has revoked user login access to package publisher %2")
            .arg(admin, publisher),
        {}, {});
    // Oldest first, as ORDER BY CreatedDate asks.
    QList<QJsonValue> sorted(rows.begin(), rows.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a.toObject().value(QStringLiteral("CreatedDate")).toString()
            < b.toObject().value(QStringLiteral("CreatedDate")).toString();
    });
    QJsonArray ordered;
    for (const QJsonValue &v : sorted)
        ordered.append(v);
    return ordered;
}

// SELECT f1, f2 FROM Object [WHERE Id IN ('…', …)]: the shape the engine
// asks; anything else is MALFORMED_QUERY, as an org answers a query it
// cannot parse. Pages of m_queryBatch records, the rest behind
// nextRecordsUrl (/services/data/vNN.N/query/01g…-OFFSET).
SandboxServer::Response SandboxServer::salesforceQuery(
    const QHttpServerRequest &request, const QString &path)
{
    if (auto refused = salesforceUnauthorized(request))
        return *refused;
    Response r;
    const QString version = path.section(QLatin1Char('/'), 3, 3);
    QJsonArray rows;
    if (path.contains(QLatin1String("/query/"))) {
        const QString locator = path.section(QLatin1Char('/'), -1);
        if (!m_queryCursors.contains(locator)) {
            r.status = 400;
            r.body = R"([{"message":"invalid query locator","errorCode":"INVALID_QUERY_LOCATOR"}])";
            return r;
        }
        rows = m_queryCursors.take(locator);
    } else {
        // Form-style: Salesforce's own examples send q=SELECT+Id+FROM+Account.
        QString soql;
        for (const QByteArray &pair : request.url().query(QUrl::FullyEncoded).toUtf8().split('&')) {
            if (pair.startsWith("q="))
                soql = QUrl::fromPercentEncoding(pair.mid(2).replace('+', "%20"));
        }
        // The access audit's query: the trail since a time, oldest first.
        static const QRegularExpression trail(
            QStringLiteral(
                R"(^\s*SELECT\s+[A-Za-z0-9_.,\s]+\s+FROM\s+SetupAuditTrail(?:\s+WHERE\s+CreatedDate\s*>=\s*(\S+))?(?:\s+ORDER\s+BY\s+CreatedDate)?\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression shape(
            QStringLiteral(
                R"(^\s*SELECT\s+([A-Za-z0-9_,\s]+?)\s+FROM\s+([A-Za-z][A-Za-z0-9_]*)(?:\s+WHERE\s+Id\s+IN\s*\(([^)]*)\))?\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch trailMatch = trail.match(soql);
        const QRegularExpressionMatch match = shape.match(soql);
        if (trailMatch.hasMatch()) {
            const QDateTime since = trailMatch.capturedLength(1) > 0
                ? QDateTime::fromString(trailMatch.captured(1), Qt::ISODate)
                : QDateTime();
            for (const QJsonValue &row : setupAuditTrail(version)) {
                QString created = row.toObject().value(QStringLiteral("CreatedDate")).toString();
                created.insert(created.size() - 2, QLatin1Char(':'));
                if (!since.isValid() || QDateTime::fromString(created, Qt::ISODateWithMs) >= since)
                    rows.append(row);
            }
        } else if (!match.hasMatch()) {
            r.status = 400;
            r.body = QJsonDocument(
                QJsonArray { QJsonObject {
                    { QStringLiteral("message"),
                        QStringLiteral("unexpected token in: %1").arg(soql.left(200)) },
                    { QStringLiteral("errorCode"), QStringLiteral("MALFORMED_QUERY") } } })
                         .toJson(QJsonDocument::Compact);
            return r;
        } else {
            QStringList fields;
            for (const QString &field :
                match.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
                fields.append(field.trimmed());
            const QString object = match.captured(2);
            QStringList ids;
            if (match.capturedLength(3) > 0) {
                for (QString id : match.captured(3).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    id = id.trimmed();
                    if (id.size() < 2 || !id.startsWith(QLatin1Char('\''))
                        || !id.endsWith(QLatin1Char('\''))) {
                        r.status = 400;
                        r.body
                            = R"([{"message":"Id IN takes quoted ids","errorCode":"MALFORMED_QUERY"}])";
                        return r;
                    }
                    ids.append(id.mid(1, id.size() - 2));
                }
            } else {
                ids = m_salesforce.keys();
                ids.sort();
            }
            for (const QString &id : std::as_const(ids)) {
                if (m_salesforceTypes.value(id) != object)
                    continue;
                const QJsonObject stored = m_salesforce.value(id);
                QJsonObject row { { QStringLiteral("attributes"),
                    QJsonObject { { QStringLiteral("type"), object },
                        { QStringLiteral("url"),
                            QStringLiteral("/services/data/%1/sobjects/%2/%3")
                                .arg(version, object, id) } } } };
                for (const QString &field : std::as_const(fields))
                    row.insert(field,
                        field.compare(QLatin1String("Id"), Qt::CaseInsensitive) == 0
                            ? QJsonValue(id)
                            : stored.value(field));
                rows.append(row);
            }
        }
    }
    const qsizetype total = rows.size();
    QJsonArray page;
    while (!rows.isEmpty() && page.size() < m_queryBatch)
        page.append(rows.takeAt(0));
    QJsonObject answer { { QStringLiteral("totalSize"), total },
        { QStringLiteral("done"), rows.isEmpty() }, { QStringLiteral("records"), page } };
    if (!rows.isEmpty()) {
        const QString locator = QStringLiteral("01gSANDBOX%1-%2").arg(m_requests).arg(page.size());
        m_queryCursors.insert(locator, rows);
        answer.insert(QStringLiteral("nextRecordsUrl"),
            QStringLiteral("/services/data/%1/query/%2").arg(version, locator));
    }
    r.body = QJsonDocument(answer).toJson(QJsonDocument::Compact);
    return r;
}

// sObject Collections upsert: PATCH composite/sobjects/{object}/{externalIdField}.
// A record whose external id is known is updated, else created with a new
// id; each result says which ("created").
SandboxServer::Response SandboxServer::salesforceUpsert(
    const QHttpServerRequest &request, const QString &path)
{
    if (auto refused = salesforceUnauthorized(request))
        return *refused;
    if (request.method() != QHttpServerRequest::Method::Patch)
        return error(405, "Method not allowed");
    const QStringList parts = path.mid(path.indexOf(QLatin1String("/composite/sobjects/")) + 20)
                                  .split(QLatin1Char('/'));
    Response r;
    if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty()) {
        r.status = 404;
        r.body = R"([{"errorCode":"NOT_FOUND","message":"The requested resource does not exist"}])";
        return r;
    }
    const QString &object = parts.at(0);
    const QString &field = parts.at(1);
    const QJsonArray records = QJsonDocument::fromJson(request.body())
                                   .object()
                                   .value(QStringLiteral("records"))
                                   .toArray();
    if (records.size() > 200) {
        r.status = 400;
        r.body
            = R"([{"message":"Maximum number of records in a collection is 200","errorCode":"EXCEEDED_ID_LIMIT"}])";
        return r;
    }
    QJsonArray results;
    std::uniform_real_distribution<double> roll(0, 1);
    for (const QJsonValue &value : records) {
        QJsonObject record = value.toObject();
        const QString key = record.value(field).toString();
        const auto refuse = [&results](const QString &code, const QString &message) {
            results.append(QJsonObject { { QStringLiteral("success"), false },
                { QStringLiteral("errors"),
                    QJsonArray { QJsonObject { { QStringLiteral("statusCode"), code },
                        { QStringLiteral("message"), message },
                        { QStringLiteral("fields"), QJsonArray() } } } } });
        };
        if (record.value(QStringLiteral("attributes"))
                .toObject()
                .value(QStringLiteral("type"))
                .toString()
            != object) {
            refuse(QStringLiteral("INVALID_TYPE"),
                QStringLiteral("record type does not match the URL's sObject"));
            continue;
        }
        if (key.isEmpty()) {
            refuse(
                QStringLiteral("MISSING_ARGUMENT"), QStringLiteral("%1 not specified").arg(field));
            continue;
        }
        if (roll(m_random) < m_recordRefusal) {
            refuse(QStringLiteral("UNABLE_TO_LOCK_ROW"),
                QStringLiteral("unable to obtain exclusive access to this record"));
            continue;
        }
        QString id;
        for (auto it = m_salesforce.constBegin(); it != m_salesforce.constEnd(); ++it) {
            if (m_salesforceTypes.value(it.key()) == object
                && it.value().value(field).toString() == key) {
                id = it.key();
                break;
            }
        }
        const bool created = id.isEmpty();
        if (created)
            id = QStringLiteral("a0X5e%1").arg(m_salesforce.size() + 1, 13, 10, QLatin1Char('0'));
        m_salesforceTypes.insert(id, object);
        record.remove(QStringLiteral("attributes"));
        QJsonObject &stored = m_salesforce[id];
        for (auto it = record.constBegin(); it != record.constEnd(); ++it)
            stored.insert(it.key(), it.value());
        results.append(QJsonObject { { QStringLiteral("id"), id },
            { QStringLiteral("success"), true }, { QStringLiteral("errors"), QJsonArray() },
            { QStringLiteral("created"), created } });
    }
    r.body = QJsonDocument(results).toJson(QJsonDocument::Compact);
    return r;
}

SandboxServer::Response SandboxServer::salesforceCollections(const QHttpServerRequest &request)
{
    if (auto refused = salesforceUnauthorized(request))
        return *refused;
    Response r;
    if (request.method() != QHttpServerRequest::Method::Patch)
        return error(405, "Method not allowed");
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QJsonArray records = body.value(QStringLiteral("records")).toArray();
    if (records.size() > 200) {
        r.status = 400;
        r.body
            = R"([{"message":"Maximum number of records in a collection is 200","errorCode":"EXCEEDED_ID_LIMIT"}])";
        return r;
    }
    QJsonArray results;
    std::uniform_real_distribution<double> roll(0, 1);
    for (const QJsonValue &value : records) {
        QJsonObject record = value.toObject();
        const QString id = record.value(QStringLiteral("id")).toString();
        QJsonObject result { { QStringLiteral("id"), id } };
        if (id.size() != 15 && id.size() != 18) {
            result.insert(QStringLiteral("success"), false);
            result.insert(QStringLiteral("errors"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("statusCode"), QStringLiteral("MALFORMED_ID") },
                        { QStringLiteral("message"), QStringLiteral("malformed id %1").arg(id) },
                        { QStringLiteral("fields"), QJsonArray() } } });
        } else if (roll(m_random) < m_recordRefusal) {
            result.insert(QStringLiteral("success"), false);
            result.insert(QStringLiteral("errors"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("statusCode"), QStringLiteral("UNABLE_TO_LOCK_ROW") },
                    { QStringLiteral("message"),
                        QStringLiteral("unable to obtain exclusive access to this record") },
                    { QStringLiteral("fields"), QJsonArray() } } });
        } else {
            m_salesforceTypes.insert(id,
                record.value(QStringLiteral("attributes"))
                    .toObject()
                    .value(QStringLiteral("type"))
                    .toString());
            record.remove(QStringLiteral("attributes"));
            record.remove(QStringLiteral("id"));
            // A PATCH updates the fields it names and leaves the others.
            QJsonObject &stored = m_salesforce[id];
            for (auto it = record.constBegin(); it != record.constEnd(); ++it)
                stored.insert(it.key(), it.value());
            result.insert(QStringLiteral("success"), true);
            result.insert(QStringLiteral("errors"), QJsonArray());
        }
        results.append(result);
    }
    r.body = QJsonDocument(results).toJson(QJsonDocument::Compact);
    return r;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requests;
    const double roll = std::uniform_real_distribution<double>(0, 1)(m_random);
    double edge = 0;
    const auto hit = [&roll, &edge](double rate) {
        edge += rate;
        return roll < edge;
    };
    if (hit(m_faults.tooManyRequests)) {
        ++m_faultsInjected;
        Response r = error(429, "Too Many Requests");
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        send(socket, r, false);
    } else if (hit(m_faults.serverError)) {
        ++m_faultsInjected;
        send(socket, error(500, "Internal Server Error"), false);
    } else if (hit(m_faults.truncated)) {
        ++m_faultsInjected;
        send(socket, route(request), true);
    } else if (hit(m_faults.reset)) {
        ++m_faultsInjected;
        socket->abort();
    } else if (hit(m_faults.slow)) {
        ++m_faultsInjected;
        const Response response = route(request);
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(m_faults.slowMs, this, [this, guard, response] {
            if (guard)
                send(guard, response, false);
        });
    } else {
        send(socket, route(request), false);
    }
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    send(socket, error(404, "Not found"), false);
}

void SandboxServer::send(QTcpSocket *socket, const Response &response, bool truncate)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reason(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += truncate ? "Connection: close\r\n\r\n" : "\r\n";
    socket->write(head);
    socket->write(truncate ? response.body.left(response.body.size() / 2) : response.body);
    if (truncate)
        socket->disconnectFromHost();
}

} // namespace relay::core::sandbox
