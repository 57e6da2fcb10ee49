#pragma once

#include "Result.h"
#include "salesforce/SalesforceClient.h"

#include <QString>

#include <functional>

namespace relay::core {

class DeliveryLog;
class Gateways;
class Orgs;

// What the engine's jobs that work org by org (the sweep, the receive path)
// read and write: the orgs with their names, the gateways, the log.
struct OrgStores {
    Orgs &orgs;
    Gateways &gateways;
    DeliveryLog &deliveries;
};

// An org's Salesforce login, found by the caller (the environment or the
// keychain for the CLI; the sandbox's for the demo).
using OrgLoginResolver = std::function<void(
    const QString &org, std::function<void(Result<SalesforceClient::Login>)> resolved)>;

} // namespace relay::core
