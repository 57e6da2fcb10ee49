#pragma once

// The PostgreSQL a test runs against: tests/support/pg-cluster's, named by
// RELAYAUDIT_TEST_PG_DSN (a superuser's connection string on its socket) and
// RELAYAUDIT_TEST_PG_CA (the server's certificate). Each test makes its own
// databases with the package's role script and drops them when it ends.

#include "privacy/SecretBytes.h"
#include "storage/PgConnection.h"

#include <QCoreApplication>
#include <QDebug>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace relay::test {

class PgTestCluster
{
public:
    // Test-only passwords of the role script's two logins.
    static QString enginePassword() { return QStringLiteral("engine-pw-5e1f"); }
    static QString consolePassword() { return QStringLiteral("console-pw-77ab"); }

    PgTestCluster()
        : m_superDsn(qEnvironmentVariable("RELAYAUDIT_TEST_PG_DSN"))
        , m_ca(qEnvironmentVariable("RELAYAUDIT_TEST_PG_CA"))
    {
        const auto port = QRegularExpression(QStringLiteral("port=(\\d+)")).match(m_superDsn);
        m_port = port.hasMatch() ? port.captured(1) : QString();
    }
    ~PgTestCluster()
    {
        for (const QString &name : std::as_const(m_created))
            (void)superuserExec(
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }
    PgTestCluster(const PgTestCluster &) = delete;
    PgTestCluster &operator=(const PgTestCluster &) = delete;

    bool available() const { return !m_superDsn.isEmpty() && !m_port.isEmpty(); }
    // Why the PostgreSQL tests cannot run; CI (RELAYAUDIT_REQUIRE_PG=1) fails on it.
    static const char *unavailable()
    {
        return "no PostgreSQL to test against: start one with tests/support/pg-cluster and set "
               "RELAYAUDIT_TEST_PG_DSN and RELAYAUDIT_TEST_PG_CA as it prints them";
    }
    static const char *requiredButUnavailable()
    {
        return "RELAYAUDIT_REQUIRE_PG=1, but RELAYAUDIT_TEST_PG_DSN names no PostgreSQL "
               "(host=… port=…) to test against";
    }
    static bool required()
    {
        return qEnvironmentVariable("RELAYAUDIT_REQUIRE_PG") == QLatin1String("1");
    }

    const QString &port() const { return m_port; }
    const QString &ca() const { return m_ca; }
    const QString &superDsn() const { return m_superDsn; }

    // A fresh database by the package's role script, the logins' passwords set.
    QString createDatabase(const QString &suffix = {})
    {
        const QString name = QStringLiteral("relay_test_%1_%2%3")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(QRandomGenerator::global()->bounded(100000))
                                 .arg(suffix);
        QProcess psql;
        psql.start(QStringLiteral("psql"),
            { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                QStringLiteral("db=") + name, QStringLiteral("-f"),
                QStringLiteral(RELAYAUDIT_SOURCE_DIR "/packaging/postgresql-roles.sql"),
                m_superDsn });
        if (!psql.waitForFinished(60000) || psql.exitCode() != 0) {
            qWarning().noquote() << "psql:" << psql.readAllStandardError();
            return {};
        }
        m_created.append(name);
        if (!superuserExec(QStringLiteral("ALTER ROLE relay_engine PASSWORD '%1'; ALTER ROLE "
                                          "relay_console PASSWORD '%2'")
                               .arg(enginePassword(), consolePassword()))) {
            return {};
        }
        return name;
    }

    // A login to `database` over TCP, where every login needs its password.
    QString dsn(const QString &user, const QString &database, const QString &extra = {}) const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3 %4")
            .arg(m_port, database, user, extra)
            .trimmed();
    }

    bool superuserExec(const QString &sql, const QString &database = {}) const
    {
        QString target = m_superDsn;
        if (!database.isEmpty())
            target += QStringLiteral(" dbname=") + database;
        auto db = core::PgConnection::open(target, core::SecretBytes());
        if (!db) {
            qWarning().noquote() << db.error().detail;
            return false;
        }
        const core::Status done = db.value()->exec(sql);
        if (!done)
            qWarning().noquote() << done.error().detail;
        return done.ok();
    }

private:
    QString m_superDsn;
    QString m_ca;
    QString m_port;
    QStringList m_created;
};

} // namespace relay::test
