#pragma once

#include "sandbox/RouteTable.h"
#include "sandbox/SandboxResponse.h"

#include <QByteArray>

#include <optional>

namespace relay::core::sandbox {

class SandboxMessages;
class TrafficIndex;

// The sandbox's Telnyx, under /v2/ behind a Bearer API key: messaging
// detail records (numbered pages), sending a message, and the 10DLC
// campaign a phone number is assigned to.
class SandboxTelnyx
{
public:
    SandboxTelnyx(const TrafficIndex &index, SandboxMessages *messages);
    // Its routes call back into it.
    SandboxTelnyx(const SandboxTelnyx &) = delete;
    SandboxTelnyx &operator=(const SandboxTelnyx &) = delete;

    static QByteArray apiKey() { return "KEYsandbox"; }

    const RouteTable &api() const { return m_api; }

private:
    static std::optional<SandboxResponse> unauthenticated(const RouteTable::Call &call);
    SandboxResponse sendMessage(const RouteTable::Call &call);
    SandboxResponse fetchMessage(const RouteTable::Call &call) const;
    SandboxResponse detailRecords(const RouteTable::Call &call) const;
    static SandboxResponse campaign(const RouteTable::Call &call);

    const TrafficIndex &m_index;
    SandboxMessages *m_messages;
    RouteTable m_api;
};

} // namespace relay::core::sandbox
