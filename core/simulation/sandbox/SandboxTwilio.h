#pragma once

#include "sandbox/RouteTable.h"
#include "sandbox/SandboxResponse.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace relay::core::sandbox {

class SandboxMessages;
class TrafficIndex;

// The sandbox's Twilio: the Messages list (pages with next_page_uri) and
// create, daily usage records, a messaging service's US A2P campaign and
// its brand registration, and BulkExport days (307 + redirect_to, then a
// gzipped day file from a stand-in S3).
class SandboxTwilio
{
public:
    SandboxTwilio(const TrafficIndex &index, SandboxMessages *messages);
    // Its routes call back into it.
    SandboxTwilio(const SandboxTwilio &) = delete;
    SandboxTwilio &operator=(const SandboxTwilio &) = delete;

    // Basic auth with the Account SID (or an API key SK…) and this token.
    static QByteArray authToken() { return "sandbox-auth-token"; }

    // The REST API, behind Basic auth; it answers every path it is asked
    // (404 for those it does not know), so it comes last.
    const RouteTable &api() const { return m_api; }
    // The day files behind BulkExport's redirects: presigned, no credentials.
    const RouteTable &files() const { return m_files; }

private:
    static std::optional<SandboxResponse> unauthenticated(const RouteTable::Call &call);
    SandboxResponse createMessage(const RouteTable::Call &call);
    SandboxResponse listMessages(const RouteTable::Call &call) const;
    SandboxResponse fetchMessage(const RouteTable::Call &call) const;
    SandboxResponse usage(const RouteTable::Call &call) const;
    static SandboxResponse usa2p(const RouteTable::Call &call);
    static SandboxResponse brand(const RouteTable::Call &call);
    SandboxResponse bulkDay(const RouteTable::Call &call) const;
    SandboxResponse bulkFile(const RouteTable::Call &call) const;
    QByteArray messagesPage(const QString &account, const QUrlQuery &base, int page, int pageSize,
        qint64 offset, const QList<qint64> &indexes) const;

    const TrafficIndex &m_index;
    SandboxMessages *m_messages;
    RouteTable m_files;
    RouteTable m_api;
};

} // namespace relay::core::sandbox
