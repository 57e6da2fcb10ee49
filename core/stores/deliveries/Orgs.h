#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace relay::core {

class Clock;
class Database;

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

    Orgs(Database &db, const Clock &clock);

    // Migration 12: the org table, and each gateway's org and Gateway record.
    static const char *schemaSql();

    // InvalidInput naming the field; AlreadyExists for a name in use.
    [[nodiscard]] Status add(const Org &org);
    // NotFound for an unknown name; InvalidInput while gateways belong to it.
    [[nodiscard]] Status remove(const QString &name);
    [[nodiscard]] Result<QList<Org>> list();
    [[nodiscard]] Result<Org> find(const QString &name);

    // The problem with a name, or an empty string.
    static QString checkName(const QString &name);
    // "refresh" or "jwt", as stored and shown.
    static QString flowName(Flow flow);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace relay::core
