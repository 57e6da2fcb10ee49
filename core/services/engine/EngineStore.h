#pragma once

#include "Result.h"
#include "deliveries/DeliveryLog.h"
#include "deliveries/Gateways.h"
#include "deliveries/Orgs.h"
#include "links/LinkStore.h"
#include "storage/PgConnection.h"

#include <QString>

#include <memory>
#include <span>

namespace relay::core {

class Clock;
class SecretBytes;

// The engine's stores on an engine's PostgreSQL: the delivery log (messages,
// events, early events, incoming messages, write-back state) and the
// configuration `engine serve` reads (orgs, gateways, links and clicks),
// the same classes the workspace holds, over a PgConnection.
//
// An engine opens it read-write and migrates it to this version's schema
// (several workers starting at once: one migrates, the others wait). A
// console opens it read-only: the schema must be the one it reads, and the
// session refuses writes even where the login's grants would allow them.
class EngineStore
{
public:
    enum class Access { Engine, ReadOnly };

    [[nodiscard]] static Result<std::unique_ptr<EngineStore>> open(const QString &dsn,
        const SecretBytes &password, const Clock &clock, Access access = Access::Engine);

    // The schema steps, for the tests and the package's role script.
    static std::span<const PgMigration> migrations();
    static int schemaVersion();

    SqlConnection &sql() { return *m_db; }
    PgConnection &connection() { return *m_db; }
    DeliveryLog &deliveries() { return m_deliveries; }
    Orgs &orgs() { return m_orgs; }
    Gateways &gateways() { return m_gateways; }
    LinkStore &links() { return m_links; }
    // This database's id (made when it was first migrated): the name of
    // the deployment's recipient-hash pepper in the keychain, which every
    // worker and console of the deployment uses (Pepper::load), unless
    // RELAYAUDIT_PEPPER or RELAYAUDIT_PEPPER_FILE gives it.
    [[nodiscard]] Result<QString> deploymentId();

private:
    EngineStore(std::unique_ptr<PgConnection> db, const Clock &clock);

    std::unique_ptr<PgConnection> m_db;
    DeliveryLog m_deliveries;
    Orgs m_orgs;
    Gateways m_gateways;
    LinkStore m_links;
};

} // namespace relay::core
