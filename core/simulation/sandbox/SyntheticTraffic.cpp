#include "SyntheticTraffic.h"

#include <QDateTime>
#include <QLocale>

#include <array>
#include <initializer_list>

namespace relay::core::sandbox {

namespace {

quint64 splitmix(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

QByteArray hex(quint64 &state, int digits)
{
    static constexpr char alphabet[] = "0123456789abcdef";
    QByteArray out(digits, Qt::Uninitialized);
    quint64 bits = 0;
    for (int i = 0; i < digits; ++i) {
        if (i % 16 == 0)
            bits = splitmix(state);
        out[i] = alphabet[bits & 0xf];
        bits >>= 4;
    }
    return out;
}

QByteArray jsonString(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    for (char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[(c >> 4) & 0xf];
            out += "0123456789abcdef"[c & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

QByteArray orNull(const QByteArray &text)
{
    return text.isEmpty() ? QByteArray("null") : jsonString(text);
}

const std::array<const char *, 12> kWords { "Your", "appointment", "is", "confirmed", "reply",
    "STOP", "to", "opt", "out", "see", "you", "tomorrow" };

// Which of the weighted buckets pick falls in: the first whose upper edge
// it is below, or the one after the last edge.
int bucket(int pick, std::initializer_list<int> edges)
{
    int i = 0;
    for (int edge : edges) {
        if (pick < edge)
            return i;
        ++i;
    }
    return i;
}

// The gateway a message goes through, by weight.
QByteArray gatewayFor(quint64 r)
{
    const int gateway = static_cast<int>((r >> 12) % 100);
    return SyntheticTraffic::gateways().at(bucket(gateway, { 30, 55, 72, 85, 93 }));
}

// Direction, From and To: the other party is a 555-01xx number (on
// WhatsApp when the gateway is).
void address(SyntheticTraffic::Message &m, quint64 r, const QByteArray &own, bool inbound)
{
    const bool whatsapp = own.startsWith("whatsapp:");
    const QByteArray other = (whatsapp ? QByteArray("whatsapp:") : QByteArray()) + "+1"
        + QByteArray::number(201 + static_cast<int>((r >> 20) % 700)) + "55501"
        + QByteArray::number(static_cast<int>((r >> 32) % 90) + 10);
    m.direction = inbound ? "inbound" : "outbound-api";
    m.from = inbound ? other : own;
    m.to = inbound ? own : other;
}

int segmentsFor(quint64 r)
{
    const int segmentPick = static_cast<int>((r >> 40) % 100);
    const int weighted = bucket(segmentPick, { 70, 88, 95 });
    return weighted < 3 ? weighted + 1 : 4 + segmentPick % 3;
}

// The messaging service, by weight; the last one has no campaign.
QByteArray serviceFor(quint64 r)
{
    const int servicePick = static_cast<int>((r >> 52) % 10);
    return SyntheticTraffic::twilioCampaigns().at(bucket(servicePick, { 5, 7, 9 })).key;
}

// The status in both providers' words, the error code, the send time and
// the price.
void settle(SyntheticTraffic::Message &m, int pick, bool inbound, quint64 r)
{
    if (inbound) {
        m.status = "received";
        m.telnyxStatus = "received";
    } else if (pick < 800) {
        m.status = "delivered";
        m.telnyxStatus = "delivered";
    } else if (pick < 850) {
        m.status = "sent";
        m.telnyxStatus = "dlr_unconfirmed";
    } else if (pick < 910) {
        m.status = "undelivered";
        m.telnyxStatus = "failed";
        static constexpr std::array<int, 5> errors { 30003, 30005, 30006, 30007, 30008 };
        m.errorCode = errors[static_cast<std::size_t>(pick % 5)];
    } else {
        m.status = "failed";
        m.telnyxStatus = "gw_reject";
        static constexpr std::array<int, 3> errors { 21610, 30007, 30034 };
        m.errorCode = errors[static_cast<std::size_t>(pick % 3)];
    }
    m.sent = m.status == "failed" ? 0 : m.created + 1;
    m.updated = m.created + 2 + static_cast<qint64>(r % 28);
    m.price
        = m.status == "failed" ? QByteArray() : QByteArray::number(-0.0079 * m.segments, 'f', 5);
}

// A body of about the length its segment count implies, with a marker the
// leak tests look for.
QByteArray bodyFor(qint64 index, int segments, quint64 r, quint64 &state)
{
    QByteArray body = "MSGBODY-" + QByteArray::number(index) + ' ';
    const int length = segments == 1 ? 100 + static_cast<int>(r % 61) : 153 * (segments - 1) + 40;
    while (body.size() < length) {
        body += kWords[static_cast<std::size_t>(splitmix(state) % kWords.size())];
        body += ' ';
    }
    return body.left(length);
}

} // namespace

SyntheticTraffic::SyntheticTraffic(quint64 seed, qint64 messages, QDate from, QDate to)
    : m_seed(seed), m_messages(messages), m_from(from), m_to(to)
{ }

QByteArray SyntheticTraffic::accountSid()
{
    return "AC5ea7b0c0ffee00000000000000000a11";
}

QList<QByteArray> SyntheticTraffic::gateways()
{
    return { "+15550100101", "+15550100102", "+15550100103", "+15550100104", "88512",
        "whatsapp:+15550100109" };
}

QList<SyntheticTraffic::Campaign> SyntheticTraffic::twilioCampaigns()
{
    return {
        { "MG11111111111111111111111111111111", "C1A2B3C", "B9X8Y7Z",
            "BN11111111111111111111111111111111", "QE11111111111111111111111111111111" },
        { "MG22222222222222222222222222222222", "CQ4R5S6", "B9X8Y7Z",
            "BN11111111111111111111111111111111", "QE22222222222222222222222222222222" },
        { "MG33333333333333333333333333333333", "CZ7T8U9", "BK3L4M5",
            "BN33333333333333333333333333333333", "QE33333333333333333333333333333333" },
        // A messaging service with no registered campaign.
        { "MG44444444444444444444444444444444", {}, {}, {}, {} },
    };
}

QList<SyntheticTraffic::Campaign> SyntheticTraffic::telnyxCampaigns()
{
    return {
        { "+15550100101", "C1A2B3C", "B9X8Y7Z", {}, {} },
        { "+15550100102", "C1A2B3C", "B9X8Y7Z", {}, {} },
        { "+15550100103", "CQ4R5S6", "B9X8Y7Z", {}, {} },
        { "+15550100104", "CZ7T8U9", "BK3L4M5", {}, {} },
    };
}

// Newest first: spread over the range, descending with the index.
qint64 SyntheticTraffic::createdAt(qint64 index, quint64 &state) const
{
    const qint64 start = QDateTime(m_from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 end = QDateTime(m_to.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - 60;
    const qint64 span = qMax<qint64>(1, end - start);
    const double step = m_messages > 0 ? static_cast<double>(span) / static_cast<double>(m_messages)
                                       : static_cast<double>(span);
    const qint64 created = end - static_cast<qint64>(static_cast<double>(index) * step)
        - static_cast<qint64>(
            splitmix(state) % static_cast<quint64>(qMax<qint64>(1, static_cast<qint64>(step))));
    return qMax(start, created);
}

SyntheticTraffic::Message SyntheticTraffic::at(qint64 index) const
{
    quint64 state = m_seed * 0x100000001b3ULL ^ static_cast<quint64>(index);
    splitmix(state);
    Message m;
    const quint64 r = splitmix(state);
    const int pick = static_cast<int>(r % 1000);
    m.created = createdAt(index, state);

    const QByteArray own = gatewayFor(r);
    const bool whatsapp = own.startsWith("whatsapp:");
    const bool inbound = pick >= 950;
    address(m, r, own, inbound);
    m.segments = segmentsFor(r);
    m.media = !whatsapp && !inbound && (r >> 48) % 50 == 0 ? 1 : 0;
    m.sid = (m.media ? QByteArray("MM") : QByteArray("SM")) + hex(state, 32);
    const QByteArray u = hex(state, 32);
    m.uuid = u.mid(0, 8) + '-' + u.mid(8, 4) + '-' + u.mid(12, 4) + '-' + u.mid(16, 4) + '-'
        + u.mid(20);
    m.accountSid = accountSid();
    m.service = whatsapp || own == "88512" ? QByteArray() : serviceFor(r);
    m.telnyxProfile = "4001767e-ce0f-4cae-9d5f-0d5e636e7809";
    settle(m, pick, inbound, r);
    m.body = bodyFor(index, m.segments, r, state);
    return m;
}

QByteArray SyntheticTraffic::rfc2822(qint64 seconds)
{
    return QLocale::c()
               .toString(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC),
                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1()
        + " +0000";
}

QByteArray SyntheticTraffic::iso8601(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate).toLatin1();
}

QByteArray SyntheticTraffic::twilioRestJson(const Message &m)
{
    QByteArray uri = "/2010-04-01/Accounts/" + m.accountSid + "/Messages/" + m.sid;
    QByteArray out;
    out.reserve(1200);
    out += "{\"account_sid\": " + jsonString(m.accountSid);
    out += ", \"api_version\": \"2010-04-01\"";
    out += ", \"body\": " + jsonString(m.body);
    out += ", \"date_created\": " + jsonString(rfc2822(m.created));
    out += ", \"date_sent\": " + (m.sent ? jsonString(rfc2822(m.sent)) : QByteArray("null"));
    out += ", \"date_updated\": " + jsonString(rfc2822(m.updated));
    out += ", \"direction\": " + jsonString(m.direction);
    out += ", \"error_code\": "
        + (m.errorCode ? QByteArray::number(m.errorCode) : QByteArray("null"));
    out += ", \"error_message\": "
        + (m.errorCode ? QByteArray("\"Unknown error\"") : QByteArray("null"));
    out += ", \"from\": " + jsonString(m.from);
    out += ", \"messaging_service_sid\": " + orNull(m.service);
    out += ", \"num_media\": \"" + QByteArray::number(m.media) + '"';
    out += ", \"num_segments\": \"" + QByteArray::number(m.segments) + '"';
    out += ", \"price\": " + orNull(m.price);
    out += ", \"price_unit\": \"USD\"";
    out += ", \"sid\": " + jsonString(m.sid);
    out += ", \"status\": " + jsonString(m.status);
    out += ", \"subresource_uris\": {\"media\": \"" + uri + "/Media.json\", \"feedback\": \"" + uri
        + "/Feedback.json\"}";
    out += ", \"to\": " + jsonString(m.to);
    out += ", \"uri\": \"" + uri + ".json\"}";
    return out;
}

QByteArray SyntheticTraffic::twilioBulkLine(const Message &m)
{
    QByteArray out;
    out.reserve(900);
    out += "{\"date_updated\": " + jsonString(iso8601(m.updated));
    out += ", \"date_sent\": " + (m.sent ? jsonString(iso8601(m.sent)) : QByteArray("null"));
    out += ", \"date_created\": " + jsonString(iso8601(m.created));
    out += ", \"body\": " + jsonString(m.body);
    out += ", \"num_segments\": " + QByteArray::number(m.segments);
    out += ", \"sid\": " + jsonString(m.sid);
    out += ", \"num_media\": " + QByteArray::number(m.media);
    if (!m.service.isEmpty())
        out += ", \"messaging_service_sid\": " + jsonString(m.service);
    out += ", \"account_sid\": " + jsonString(m.accountSid);
    out += ", \"from\": " + jsonString(m.from);
    out += ", \"error_code\": "
        + (m.errorCode ? QByteArray::number(m.errorCode) : QByteArray("null"));
    out += ", \"to\": " + jsonString(m.to);
    out += ", \"status\": " + jsonString(m.status);
    out += ", \"direction\": " + jsonString(m.direction);
    if (!m.price.isEmpty())
        out += ", \"price\": " + jsonString(m.price);
    out += '}';
    return out;
}

QByteArray SyntheticTraffic::telnyxRecordJson(const Message &m)
{
    const bool inbound = m.direction == "inbound";
    const QByteArray cost = m.price.isEmpty() ? QByteArray("0") : m.price.mid(1);
    QByteArray out;
    out.reserve(1000);
    out += "{\"record_type\": \"message_detail_record\"";
    out += ", \"uuid\": " + jsonString(m.uuid);
    out += ", \"user_id\": \"3ca7bd3d-7d82-4e07-9df4-009123068320\"";
    out += ", \"created_at\": " + jsonString(iso8601(m.created));
    out += ", \"sent_at\": " + (m.sent ? jsonString(iso8601(m.sent)) : QByteArray("null"));
    out += ", \"completed_at\": " + jsonString(iso8601(m.updated));
    out += ", \"updated_at\": " + jsonString(iso8601(m.updated));
    out += ", \"carrier\": \"T-Mobile USA\", \"carrier_fee\": \"0.003\"";
    out += ", \"cld\": " + jsonString(m.to);
    out += ", \"cli\": " + jsonString(m.from);
    out += ", \"country_code\": \"US\", \"source_country_code\": \"US\"";
    out += ", \"direction\": " + QByteArray(inbound ? "\"inbound\"" : "\"outbound\"");
    out += ", \"message_type\": " + QByteArray(m.media ? "\"MMS\"" : "\"SMS\"");
    out += ", \"on_net\": false, \"fteu\": false";
    out += ", \"profile_id\": " + jsonString(m.telnyxProfile);
    out += ", \"profile_name\": \"Relay Sandbox\"";
    out += ", \"status\": " + jsonString(m.telnyxStatus);
    out += ", \"tags\": \"sandbox,relay\"";
    out += ", \"rate\": \"0.004\", \"currency\": \"USD\", \"cost\": " + jsonString(cost);
    out += ", \"errors\": "
        + (m.errorCode ? "[\"4000" + QByteArray::number(m.errorCode % 9 + 1) + "\"]"
                       : QByteArray("[]"));
    out += ", \"parts\": " + QByteArray::number(m.segments);
    out += '}';
    return out;
}

} // namespace relay::core::sandbox
