#pragma once

#include "sandbox/SyntheticTraffic.h"

#include <QByteArray>
#include <QList>

namespace relay::core::sandbox {

// Which messages of the traffic a list request selects: by time (sent, or
// created when not sent) and by sender and receiver. The times are
// computed once, on the first request.
class TrafficIndex
{
public:
    explicit TrafficIndex(const SyntheticTraffic &traffic);

    const SyntheticTraffic &traffic() const { return m_traffic; }
    // Indexes with fromSecs <= time < toSecs, in traffic order (newest
    // first). sender: From (or Telnyx cli) must match; receiver: To (cld)
    // must; empty: any.
    QList<qint64> indexesFor(qint64 fromSecs, qint64 toSecs, const QByteArray &sender,
        const QByteArray &receiver = {}) const;

private:
    const SyntheticTraffic &m_traffic;
    mutable QList<qint64> m_created; // time by index, computed once
};

} // namespace relay::core::sandbox
