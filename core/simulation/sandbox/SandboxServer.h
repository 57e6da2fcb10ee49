#pragma once

#include "salesforce/SalesforceClient.h"
#include "sandbox/SandboxMessages.h"
#include "sandbox/SyntheticTraffic.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
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
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Faults {
        double tooManyRequests = 0;
        double serverError = 0;
        double truncated = 0;
        double reset = 0;
        double slow = 0;
        int slowMs = 1500;
    };

    SandboxServer(quint64 seed, qint64 messages, QDate from, QDate to, QObject *parent = nullptr);

    // "429=0.1,500=0.05,truncate=0.02,reset=0.02,slow=0.01"
    static bool parseFaults(const QString &spec, Faults *out, QString *error);
    void setFaults(const Faults &faults) { m_faults = faults; }
    void setFaultSeed(quint64 seed) { m_random.seed(seed); }

    quint16 start(quint16 port = 0);
    QString baseUrl() const;

    const SyntheticTraffic &traffic() const { return m_traffic; }
    // The send side: created messages and their signed status callbacks.
    SandboxMessages &messages() { return *m_messages; }

    // A stand-in Salesforce org: OAuth refresh-token and JWT bearer grants,
    // sObject Collections PATCH and SOQL query (SELECT fields FROM object
    // [WHERE Id IN (...)], paged by nextRecordsUrl); sessions expire every
    // few requests and a share of records is refused (UNABLE_TO_LOCK_ROW),
    // as a busy org does.
    static QByteArray salesforceClientId() { return "sandbox-connected-app"; }
    static QByteArray salesforceClientSecret() { return "sandbox-client-secret"; }
    static QByteArray salesforceRefreshToken() { return "sandbox-refresh-token"; }
    static QString salesforceUsername() { return QStringLiteral("integration@relayaudit.sandbox"); }
    // The refresh-token login the sandbox accepts.
    core::SalesforceClient::Login salesforceLogin() const;
    // The JWT bearer grant is accepted once a certificate (or public key)
    // is "uploaded to the connected app", as in a real org.
    void setSalesforceCertificate(const QByteArray &pem) { m_jwtCertificate = pem; }
    void setSalesforceQueryBatch(int records) { m_queryBatch = records; }
    // The stand-in org's Setup Audit Trail over the last four weeks: its
    // admins' changes, a login-access grant to the vendor (revoked five days
    // ago), and five Login-As sessions of vendor staff (@vendor.example):
    // one without a logout, one at night, one with 55 changes, one after
    // the revoke. As the REST API answers SetupAuditTrail rows.
    static QString salesforceStaffDomain() { return QStringLiteral("vendor.example"); }
    QJsonArray setupAuditTrail(const QString &apiVersion) const;
    void setSalesforceFaults(int sessionLifetime, double recordRefusal)
    {
        m_sessionLifetime = sessionLifetime;
        m_recordRefusal = recordRefusal;
    }
    // SMS record id -> the fields last written to it.
    const QHash<QString, QJsonObject> &salesforceRecords() const { return m_salesforce; }
    // Someone edits or deletes a record in the org.
    void setSalesforceField(const QString &id, const QString &field, const QJsonValue &value)
    {
        m_salesforce[id].insert(field, value);
    }
    void removeSalesforceRecord(const QString &id)
    {
        m_salesforce.remove(id);
        m_salesforceTypes.remove(id);
    }
    qint64 salesforceSessionsIssued() const { return m_sessions; }
    qint64 requests() const { return m_requests; }
    qint64 faultsInjected() const { return m_faultsInjected; }

    // Credentials the sandbox accepts (anything else: 401).
    static QByteArray twilioAuthToken() { return "sandbox-auth-token"; }
    static QByteArray telnyxApiKey() { return "KEYsandbox"; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Response {
        int status = 200;
        QByteArray contentType = "application/json; charset=utf-8";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    Response route(const QHttpServerRequest &request);
    Response twilioMessages(const QString &account, const QUrlQuery &query);
    Response twilioUsage(const QString &account, const QUrlQuery &query);
    Response usa2p(const QString &service);
    Response brand(const QString &brandSid);
    Response bulkDay(const QString &day);
    Response bulkFile(const QString &day);
    Response telnyxRecords(const QUrlQuery &query);
    Response telnyxCampaign(const QString &number);
    Response error(int status, const QByteArray &message);
    Response salesforceToken(const QByteArray &form);
    Response salesforceCollections(const QHttpServerRequest &request);
    Response salesforceUpsert(const QHttpServerRequest &request, const QString &path);
    Response salesforceQuery(const QHttpServerRequest &request, const QString &path);
    Response salesforceJwtGrant(const QByteArray &assertion);
    Response salesforceSession();
    // The session check every data request makes; a 401 answer when it fails.
    std::optional<Response> salesforceUnauthorized(const QHttpServerRequest &request);

    void send(QTcpSocket *socket, const Response &response, bool truncate);
    // sender: From (or Telnyx cli) must match; receiver: To (cld) must.
    QList<qint64> indexesFor(qint64 fromSecs, qint64 toSecs, const QByteArray &sender,
        const QByteArray &receiver = {}) const;

    SyntheticTraffic m_traffic;
    SandboxMessages *m_messages;
    QHash<QString, QJsonObject> m_salesforce;
    QHash<QString, QString> m_salesforceTypes; // record id -> sObject type
    QHash<QString, QJsonArray> m_queryCursors; // the rest of a query, by locator
    QByteArray m_jwtCertificate;
    int m_queryBatch = 2000;
    QByteArray m_session;
    qint64 m_sessions = 0;
    int m_sessionUses = 0;
    int m_sessionLifetime = 0; // 0: sessions never expire
    double m_recordRefusal = 0;
    Faults m_faults;
    std::mt19937_64 m_random;
    quint16 m_port = 0;
    qint64 m_requests = 0;
    qint64 m_faultsInjected = 0;
    mutable QList<qint64> m_created; // created time by index, computed once
};

} // namespace relay::core::sandbox
