#pragma once

#include "Result.h"

#include <QString>

#include <memory>

namespace relay::core {
class DeliveryLog;
class EngineStore;
class Gateways;
class LinkStore;
class Orgs;
class Workspace;
} // namespace relay::core

namespace relay::cli {

// Where an engine command's stores are: this workspace (the embedded
// default, one machine), or an engine's PostgreSQL that every worker of a
// deployment shares (--store, RELAYAUDIT_ENGINE_DSN). Cheap to copy: the
// callbacks of a command keep the stores open by holding one.
class EngineSide
{
public:
    explicit EngineSide(std::shared_ptr<core::Workspace> workspace);
    explicit EngineSide(std::shared_ptr<core::EngineStore> store);

    core::Orgs &orgs() const;
    core::Gateways &gateways() const;
    core::DeliveryLog &deliveries() const;
    core::LinkStore &links() const;
    // The workspace, for its activity log; null on PostgreSQL, where a
    // worker keeps nothing of its own.
    core::Workspace *workspace() const { return m_workspace.get(); }
    // Whose recipient-hash pepper the sends and replies hash with: the
    // workspace's, or the deployment's (its database's id).
    [[nodiscard]] core::Result<QString> pepperOwner() const;
    // A pepper is made on first use only for a workspace: every worker of a
    // deployment must hash alike, so theirs is given (Pepper::load).
    bool mayCreatePepper() const { return m_workspace != nullptr; }

private:
    std::shared_ptr<core::Workspace> m_workspace;
    std::shared_ptr<core::EngineStore> m_store;
};

} // namespace relay::cli
