#pragma once

#include "salesforce/SalesforceClient.h"
#include "sandbox/RouteTable.h"
#include "sandbox/SandboxResponse.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <random>

namespace relay::core::sandbox {

// The sandbox's stand-in Salesforce org: OAuth refresh-token and JWT bearer
// grants, sObject Collections PATCH and upsert, and SOQL query (SELECT
// fields FROM object [WHERE Id IN (...)], or the Setup Audit Trail) paged by
// nextRecordsUrl; the package's restricted picklists (Status, Direction).
// When setFaults() asks, sessions expire every few requests and a share of
// records is refused (UNABLE_TO_LOCK_ROW), as a busy org does; setDown()
// takes the whole org down.
class SandboxSalesforce
{
public:
    // random: the sandbox's one random stream (session ids, refusals).
    explicit SandboxSalesforce(std::mt19937_64 &random);
    // Its routes call back into it.
    SandboxSalesforce(const SandboxSalesforce &) = delete;
    SandboxSalesforce &operator=(const SandboxSalesforce &) = delete;

    static QByteArray clientId() { return "sandbox-connected-app"; }
    static QByteArray clientSecret() { return "sandbox-client-secret"; }
    static QByteArray refreshToken() { return "sandbox-refresh-token"; }
    static QString username() { return QStringLiteral("integration@relayaudit.sandbox"); }
    // The refresh-token login the org accepts, at baseUrl.
    static core::SalesforceClient::Login login(const QString &baseUrl);

    void setCertificate(const QByteArray &pem) { m_jwtCertificate = pem; }
    void setQueryBatch(int records) { m_queryBatch = records; }
    void setFaults(int sessionLifetime, double recordRefusal)
    {
        m_sessionLifetime = sessionLifetime;
        m_recordRefusal = recordRefusal;
    }
    const QHash<QString, QJsonObject> &records() const { return m_records; }
    void setField(const QString &id, const QString &field, const QJsonValue &value)
    {
        m_records[id].insert(field, value);
    }
    void removeRecord(const QString &id)
    {
        m_records.remove(id);
        m_types.remove(id);
    }
    qint64 sessionsIssued() const { return m_sessions; }
    // A restricted picklist: a record that sets the field to any other value
    // is refused (INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST). The package's
    // Status and Direction are restricted from the start.
    void setPicklist(const QString &field, const QStringList &values)
    {
        m_picklists.insert(field, values);
    }
    // A record as a user or a Flow creates it (CreatedDate now unless
    // given), under a new id unless one is given; its id.
    QString addRecord(const QString &object, QJsonObject fields, QString id = {});
    // A down org answers every request, sign-in included, 503 SERVER_UNAVAILABLE.
    void setDown(bool down) { m_down = down; }
    // An admin revokes the connected app's tokens: the session in use ends
    // (401) and the refresh token is refused (invalid_grant) until restored.
    void setRevoked(bool revoked)
    {
        m_revoked = revoked;
        if (revoked)
            m_session.clear();
    }

    // Paths this org does not know go on to the next table.
    const RouteTable &api() const { return m_api; }

private:
    SandboxResponse token(const RouteTable::Call &call);
    SandboxResponse jwtGrant(const QByteArray &assertion, const QString &baseUrl);
    SandboxResponse session(const QString &baseUrl);
    // The session check every data request makes; a 401 answer when it fails.
    std::optional<SandboxResponse> unauthorized(const QHttpServerRequest &request);
    // The 503 of a down org, or nothing.
    std::optional<SandboxResponse> unavailable() const;
    // The restricted picklist field the record sets to a value it lacks, or empty.
    QString offPicklist(const QJsonObject &record) const;
    // Rolls whether the org refuses the next record.
    bool refuseRecord();

    SandboxResponse collections(const RouteTable::Call &call);
    QJsonObject patch(QJsonObject record);
    SandboxResponse upsert(const RouteTable::Call &call);
    QJsonObject upsertOne(QJsonObject record, const QString &object, const QString &field);

    SandboxResponse query(const RouteTable::Call &call);
    std::optional<SandboxResponse> select(
        const QString &soql, const QString &version, QJsonArray *rows) const;
    std::optional<SandboxResponse> selectRecords(
        const QRegularExpressionMatch &match, const QString &version, QJsonArray *rows) const;
    SandboxResponse page(QJsonArray rows, const QString &version, qint64 serial);

    std::mt19937_64 &m_random;
    QHash<QString, QJsonObject> m_records; // record id -> the fields last written to it
    QHash<QString, QString> m_types; // record id -> sObject type
    QHash<QString, QJsonArray> m_queryCursors; // the rest of a query, by locator
    QByteArray m_jwtCertificate;
    int m_queryBatch = 2000;
    QByteArray m_session;
    qint64 m_sessions = 0;
    int m_sessionUses = 0;
    int m_sessionLifetime = 0; // 0: sessions never expire
    double m_recordRefusal = 0;
    QHash<QString, QStringList> m_picklists {
        { QStringLiteral("Mogli_SMS__Status__c"),
            { QStringLiteral("Queued"), QStringLiteral("Sent Successfully"),
                QStringLiteral("Received Successfully"), QStringLiteral("Error") } },
        { QStringLiteral("Mogli_SMS__Direction__c"),
            { QStringLiteral("Incoming"), QStringLiteral("Outgoing") } },
    };
    bool m_down = false;
    bool m_revoked = false;
    RouteTable m_api;
};

} // namespace relay::core::sandbox
