#include "EngineSide.h"

#include "engine/EngineStore.h"
#include "workspace/Workspace.h"

namespace relay::cli {

using namespace relay::core;

EngineSide::EngineSide(std::shared_ptr<Workspace> workspace) : m_workspace(std::move(workspace)) { }

EngineSide::EngineSide(std::shared_ptr<EngineStore> store) : m_store(std::move(store)) { }

Orgs &EngineSide::orgs() const
{
    return m_store ? m_store->orgs() : m_workspace->orgs();
}

Gateways &EngineSide::gateways() const
{
    return m_store ? m_store->gateways() : m_workspace->gateways();
}

DeliveryLog &EngineSide::deliveries() const
{
    return m_store ? m_store->deliveries() : m_workspace->deliveries();
}

LinkStore &EngineSide::links() const
{
    return m_store ? m_store->links() : m_workspace->links();
}

Result<QString> EngineSide::pepperOwner() const
{
    return m_store ? m_store->deploymentId() : Result<QString>(m_workspace->meta().id);
}

} // namespace relay::cli
