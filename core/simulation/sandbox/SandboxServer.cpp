#include "SandboxServer.h"

#include <QTcpSocket>

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
    , m_routes { &m_twilio.files(), &m_salesforce.api(), &m_telnyx.api(), &m_twilio.api() }
{ }

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
