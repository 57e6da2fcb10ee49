#pragma once

#include "Result.h"
#include "deliveries/SmsFields.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace relay::core {

class Clock;
class SqlConnection;

// The client orgs the engine works for: how to reach each one (instance and
// login URL, the connected app's consumer key, the integration user for the
// JWT bearer flow). Their secrets are never here: they live in the system
// keychain (OrgKeychain) or the environment.
class Orgs
{
public:
    enum class Flow { RefreshToken, JwtBearer };
    struct Org {
        QString name; // the workspace's name for it: letters, digits, . _ -
        QUrl instanceUrl; // https://acme.my.salesforce.com
        QUrl loginUrl; // https://login.salesforce.com, test. for a sandbox org
        QString audience; // JWT bearer flow's aud; empty: derived from the login URL
        Flow flow = Flow::RefreshToken;
        QString clientId; // the connected app's consumer key
        QString username; // JWT bearer flow: the integration user
        qint64 createdMs = 0;
    };

    Orgs(SqlConnection &db, const Clock &clock);

    // Migration 12: the org table, and each gateway's org and Gateway record.
    static const char *schemaSql();

    // Migration 13: each org's field map (what differs from SmsFields' defaults).
    static const char *fieldsSql();

    // InvalidInput naming the field; AlreadyExists for a name in use.
    [[nodiscard]] Status add(const Org &org);
    // NotFound for an unknown name; InvalidInput while gateways belong to it.
    [[nodiscard]] Status remove(const QString &name);
    [[nodiscard]] Result<QList<Org>> list();
    [[nodiscard]] Result<Org> find(const QString &name);

    // The org's SMS object, fields and Status values: the defaults with
    // what `engine org fields` changed. The default org (empty name: the
    // gateways without an org) has the defaults. NotFound for an unknown org.
    [[nodiscard]] Result<SmsFields> fields(const QString &name);
    // Sets keys (SmsFields::set) and puts others back to their defaults, all
    // or nothing: InvalidInput names the first bad key or value.
    [[nodiscard]] Status setFields(const QString &name,
        const QList<std::pair<QString, QString>> &values, const QStringList &reset = {});

    // The problem with a name, or an empty string.
    static QString checkName(const QString &name);
    // "refresh" or "jwt", as stored and shown.
    static QString flowName(Flow flow);

private:
    SqlConnection &m_db;
    const Clock &m_clock;
};

} // namespace relay::core
