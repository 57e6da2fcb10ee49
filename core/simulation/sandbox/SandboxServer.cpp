#include "SandboxServer.h"

#include "deliveries/SmsFields.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrlQuery>

namespace relay::core::sandbox {

SandboxServer::SandboxServer(quint64 seed, qint64 messages, QDate from, QDate to, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_traffic(seed, messages, from, to)
    , m_index(m_traffic)
    , m_messages(new SandboxMessages(seed, this))
    , m_random(seed)
    , m_faults(m_random)
    , m_twilio(m_index, m_messages)
    , m_telnyx(m_index, m_messages)
    , m_salesforce(m_random)
    , m_play(QStringLiteral("/sandbox/.*"))
    , m_routes { &m_play, &m_twilio.files(), &m_salesforce.api(), &m_telnyx.api(), &m_twilio.api() }
{
    addPlayRoutes();
}

void SandboxServer::addPlayRoutes()
{
    using Method = RouteTable::Method;
    const auto form = [](const RouteTable::Call &call) {
        return QUrlQuery(
            QString::fromUtf8(call.request->body()).replace(QLatin1Char('+'), QLatin1Char(' ')));
    };
    const auto value = [](const QUrlQuery &q, const char *name) {
        return q.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const auto missing = [](const char *what) {
        return SandboxResponse::json(400,
            QJsonDocument(QJsonObject { { QStringLiteral("error"),
                              QStringLiteral("%1 is missing or wrong").arg(QLatin1String(what)) } })
                .toJson(QJsonDocument::Compact));
    };
    const auto ok = [](const QJsonObject &answer) {
        return SandboxResponse::json(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
    };
    m_play.add(
        Method::Post, QStringLiteral("/sandbox/reply"), [=, this](const RouteTable::Call &call) {
            const QUrlQuery q = form(call);
            const QString provider = value(q, "provider");
            const QUrl webhook(value(q, "webhook"));
            const int times = value(q, "times").isEmpty() ? 1 : value(q, "times").toInt();
            if (provider != QLatin1String("twilio") && provider != QLatin1String("telnyx"))
                return missing("provider (twilio or telnyx)");
            if (!webhook.isValid() || !webhook.scheme().startsWith(QLatin1String("http")))
                return missing("webhook (the engine's URL)");
            if (value(q, "from").isEmpty() || value(q, "to").isEmpty()
                || value(q, "text").isEmpty())
                return missing("from, to or text");
            if (times < 1 || times > 5)
                return missing("times (1 to 5)");
            const QString account = provider == QLatin1String("twilio")
                ? QString::fromLatin1(SyntheticTraffic::accountSid())
                : QString();
            return ok({ { QStringLiteral("id"),
                m_messages->receive(provider, account, webhook, value(q, "from"), value(q, "to"),
                    value(q, "text"), times) } });
        });
    m_play.add(
        Method::Post, QStringLiteral("/sandbox/queued"), [=, this](const RouteTable::Call &call) {
            const QUrlQuery q = form(call);
            if (value(q, "gateway").isEmpty() || value(q, "phone_number").isEmpty()
                || value(q, "message").isEmpty())
                return missing("gateway, phone_number or message");
            const SmsFields f;
            const QString created = QDateTime::currentDateTimeUtc()
                                        .addSecs(-value(q, "age_seconds").toLongLong())
                                        .toString(Qt::ISODateWithMs);
            const QString id = m_salesforce.addRecord(f.object,
                { { f.statusField, QLatin1String(SmsFields::kQueued) },
                    { f.directionField, QLatin1String(SmsFields::kOutgoing) },
                    { f.gatewayField, value(q, "gateway") },
                    { f.phoneField, value(q, "phone_number") },
                    { f.messageField, value(q, "message") },
                    { QStringLiteral("CreatedDate"), created } });
            QJsonObject answer { { QStringLiteral("id"), id } };
            if (m_callout)
                answer.insert(QStringLiteral("callouts"),
                    m_callout->post({ { id, {}, value(q, "gateway"), value(q, "phone_number"),
                        value(q, "message"), {} } }));
            return ok(answer);
        });
    m_play.add(
        Method::Post, QStringLiteral("/sandbox/gateway"), [=, this](const RouteTable::Call &call) {
            const QUrlQuery q = form(call);
            const QString id = value(q, "id");
            if (id.size() != 15 && id.size() != 18)
                return missing("id (a Gateway record id, 15 or 18 characters)");
            const SmsFields f;
            const bool inactive = value(q, "inactive") == QLatin1String("1");
            m_salesforce.addRecord(f.gatewayObject, { { f.gatewayInactiveField, inactive } }, id);
            return ok({ { QStringLiteral("id"), id }, { QStringLiteral("inactive"), inactive } });
        });
    m_play.add(
        Method::Post, QStringLiteral("/sandbox/org"), [=, this](const RouteTable::Call &call) {
            const QUrlQuery q = form(call);
            QJsonObject answer;
            if (q.hasQueryItem(QStringLiteral("down"))) {
                const bool down = value(q, "down") == QLatin1String("1");
                m_salesforce.setDown(down);
                answer.insert(QStringLiteral("down"), down);
            }
            if (q.hasQueryItem(QStringLiteral("revoked"))) {
                const bool revoked = value(q, "revoked") == QLatin1String("1");
                m_salesforce.setRevoked(revoked);
                answer.insert(QStringLiteral("revoked"), revoked);
            }
            if (answer.isEmpty())
                return missing("down or revoked");
            return ok(answer);
        });
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

core::SalesforceClient::Login SandboxServer::salesforceLogin() const
{
    return SandboxSalesforce::login(baseUrl());
}

QJsonArray SandboxServer::setupAuditTrail(const QString &apiVersion) const
{
    return SalesforceAuditTrail::rows(apiVersion);
}

SandboxResponse SandboxServer::route(const QHttpServerRequest &request)
{
    const auto call = RouteTable::Call::of(request, baseUrl(), m_requests);
    for (const RouteTable *table : m_routes) {
        if (auto response = table->answer(call))
            return *response;
    }
    // Not reached: Twilio's API answers every path it is asked.
    return SandboxResponse::error(404, "The requested resource was not found");
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requests;
    m_faults.serve(socket, this, [this, &request] { return route(request); });
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    SandboxResponse::error(404, "Not found").writeTo(socket, false);
}

} // namespace relay::core::sandbox
