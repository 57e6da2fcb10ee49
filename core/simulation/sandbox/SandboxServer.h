#pragma once

#include "salesforce/SalesforceClient.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/PackageCallout.h"
#include "sandbox/RouteTable.h"
#include "sandbox/SalesforceAuditTrail.h"
#include "sandbox/SandboxMessages.h"
#include "sandbox/SandboxResponse.h"
#include "sandbox/SandboxSalesforce.h"
#include "sandbox/SandboxTelnyx.h"
#include "sandbox/SandboxTwilio.h"
#include "sandbox/SyntheticTraffic.h"
#include "sandbox/TrafficIndex.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include <optional>
#include <random>

namespace relay::core::sandbox {

// A local stand-in for Twilio and Telnyx on 127.0.0.1, serving the same
// endpoints the pulls use, over SyntheticTraffic: Messages list pages with
// next_page_uri, Usa2p campaigns and brand registrations, daily usage
// records, BulkExport days (307 + redirect_to, then a gzipped day file), and
// Telnyx detail records and 10DLC phone-number campaigns. Bodies and
// recipient numbers are in its answers exactly as a provider sends them.
//
// Faults on request, each a probability per request: HTTP 429 with
// Retry-After, HTTP 500, a truncated body, a reset connection, a slow answer.
// Built on QAbstractHttpServer (request parsing) writing raw responses to
// the socket, because faults need control below QHttpServerResponder.
//
// Each simulated service has its route table (SandboxTwilio, SandboxTelnyx,
// SandboxSalesforce); the server asks them in order and FaultInjector
// decides, per request, whether the answer goes out as it is.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Faults = FaultInjector::Faults;

    SandboxServer(quint64 seed, qint64 messages, QDate from, QDate to, QObject *parent = nullptr);

    // "429=0.1,500=0.05,truncate=0.02,reset=0.02,slow=0.01"
    static bool parseFaults(const QString &spec, Faults *out, QString *error)
    {
        return FaultInjector::parse(spec, out, error);
    }
    void setFaults(const Faults &faults) { m_faults.setFaults(faults); }
    void setFaultSeed(quint64 seed) { m_random.seed(seed); }

    quint16 start(quint16 port = 0);
    QString baseUrl() const;

    const SyntheticTraffic &traffic() const { return m_traffic; }
    // The org's managed package: each record /sandbox/queued makes is also
    // posted to the engine's intake by `callout` (not owned; it outlives
    // the server), as the package does when a record becomes Queued.
    void setCallout(PackageCallout *callout) { m_callout = callout; }
    // The send side: created messages and their signed status callbacks.
    SandboxMessages &messages() { return *m_messages; }

    // A stand-in Salesforce org: OAuth refresh-token and JWT bearer grants,
    // sObject Collections PATCH and SOQL query (SELECT fields FROM object
    // [WHERE Id IN (...)], paged by nextRecordsUrl); sessions expire every
    // few requests and a share of records is refused (UNABLE_TO_LOCK_ROW),
    // as a busy org does.
    static QByteArray salesforceClientId() { return SandboxSalesforce::clientId(); }
    static QByteArray salesforceClientSecret() { return SandboxSalesforce::clientSecret(); }
    static QByteArray salesforceRefreshToken() { return SandboxSalesforce::refreshToken(); }
    static QString salesforceUsername() { return SandboxSalesforce::username(); }
    // The refresh-token login the sandbox accepts.
    core::SalesforceClient::Login salesforceLogin() const;
    // The JWT bearer grant is accepted once a certificate (or public key)
    // is "uploaded to the connected app", as in a real org.
    void setSalesforceCertificate(const QByteArray &pem) { m_salesforce.setCertificate(pem); }
    void setSalesforceQueryBatch(int records) { m_salesforce.setQueryBatch(records); }
    // The stand-in org's Setup Audit Trail over the last four weeks: its
    // admins' changes, a login-access grant to the vendor (revoked five days
    // ago), and five Login-As sessions of vendor staff (@vendor.example):
    // one without a logout, one at night, one with 55 changes, one after
    // the revoke. As the REST API answers SetupAuditTrail rows.
    static QString salesforceStaffDomain() { return SalesforceAuditTrail::staffDomain(); }
    QJsonArray setupAuditTrail(const QString &apiVersion) const;
    void setSalesforceFaults(int sessionLifetime, double recordRefusal)
    {
        m_salesforce.setFaults(sessionLifetime, recordRefusal);
    }
    void setSalesforcePicklist(const QString &field, const QStringList &values)
    {
        m_salesforce.setPicklist(field, values);
    }
    void setSalesforceDown(bool down) { m_salesforce.setDown(down); }
    void setSalesforceRevoked(bool revoked) { m_salesforce.setRevoked(revoked); }
    QString addSalesforceRecord(
        const QString &object, const QJsonObject &fields, const QString &id = {})
    {
        return m_salesforce.addRecord(object, fields, id);
    }
    // SMS record id -> the fields last written to it.
    const QHash<QString, QJsonObject> &salesforceRecords() const { return m_salesforce.records(); }
    // Someone edits or deletes a record in the org.
    void setSalesforceField(const QString &id, const QString &field, const QJsonValue &value)
    {
        m_salesforce.setField(id, field, value);
    }
    void removeSalesforceRecord(const QString &id) { m_salesforce.removeRecord(id); }
    qint64 salesforceSessionsIssued() const { return m_salesforce.sessionsIssued(); }
    qint64 requests() const { return m_requests; }
    qint64 faultsInjected() const { return m_faults.injected(); }

    // Credentials the sandbox accepts (anything else: 401).
    static QByteArray twilioAuthToken() { return SandboxTwilio::authToken(); }
    static QByteArray telnyxApiKey() { return SandboxTelnyx::apiKey(); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxResponse route(const QHttpServerRequest &request);
    // The play routes, each a form POST answered with JSON (400 names a
    // missing or wrong field):
    //   /sandbox/reply   provider=twilio|telnyx from to text webhook [times=1]:
    //                    a recipient's reply, posted signed to webhook; {"id"}
    //   /sandbox/queued  gateway phone_number message [age_seconds=0]: an
    //                    outgoing SMS record a user set to Queued, posted
    //                    by the callout if there is one; {"id", "callouts"}
    //   /sandbox/gateway id [inactive=0|1]: the org's Gateway record
    //   /sandbox/org     [down=0|1] [revoked=0|1]: an outage, revoked tokens
    void addPlayRoutes();

    SyntheticTraffic m_traffic;
    TrafficIndex m_index;
    SandboxMessages *m_messages;
    // One stream for everything decided at random (faults, sessions,
    // refused records), so that a seed replays a run.
    std::mt19937_64 m_random;
    FaultInjector m_faults;
    SandboxTwilio m_twilio;
    SandboxTelnyx m_telnyx;
    SandboxSalesforce m_salesforce;
    // What a person does at the other end, on request (POST /sandbox/...):
    // a recipient replies, a user queues an SMS record, an org goes down.
    RouteTable m_play;
    PackageCallout *m_callout = nullptr;
    // In the order they are asked; Twilio's API answers whatever is left.
    QList<const RouteTable *> m_routes;
    quint16 m_port = 0;
    qint64 m_requests = 0;
};

} // namespace relay::core::sandbox
