#include "TrafficIndex.h"

namespace relay::core::sandbox {

TrafficIndex::TrafficIndex(const SyntheticTraffic &traffic) : m_traffic(traffic) { }

QList<qint64> TrafficIndex::indexesFor(
    qint64 fromSecs, qint64 toSecs, const QByteArray &sender, const QByteArray &receiver) const
{
    if (m_created.isEmpty()) {
        m_created.reserve(m_traffic.size());
        for (qint64 i = 0; i < m_traffic.size(); ++i) {
            const auto m = m_traffic.at(i);
            m_created.append(m.sent ? m.sent : m.created);
        }
    }
    QList<qint64> result;
    for (qint64 i = 0; i < m_traffic.size(); ++i) {
        const qint64 t = m_created.at(i);
        if (t < fromSecs || t >= toSecs)
            continue;
        if (!sender.isEmpty() || !receiver.isEmpty()) {
            const auto m = m_traffic.at(i);
            if ((!sender.isEmpty() && m.from != sender)
                || (!receiver.isEmpty() && m.to != receiver))
                continue;
        }
        result.append(i);
    }
    return result;
}

} // namespace relay::core::sandbox
