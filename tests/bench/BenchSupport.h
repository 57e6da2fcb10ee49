#pragma once

// What the benchmarks share: peak RSS, and a report cache filled straight
// from the sandbox's synthetic traffic (as a pull would store it).

#include "reports/IngestSession.h"
#include "reports/ReportCache.h"
#include "sandbox/SyntheticTraffic.h"

#include <QDate>

#include <sys/resource.h>

namespace relay::bench {

inline double peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// One complete Twilio pull of `records` messages over from..to; its id, or 0.
inline qint64 fillReportCache(core::ReportCache &cache, qint64 records, QDate from, QDate to)
{
    using namespace relay::core;
    ReportCache::NewPull request { QStringLiteral("twilio"),
        QStringLiteral("AC00000000000000000000000000000000"), QStringLiteral("Acme Health"), from,
        to, {}, {} };
    auto pullId = cache.createPull(request);
    if (!pullId)
        return 0;
    {
        auto session = cache.ingest(pullId.value());
        if (!session)
            return 0;
        for (const auto &c : sandbox::SyntheticTraffic::twilioCampaigns())
            session.value()->setMapping(
                c.key.toStdString(), c.campaign.toStdString(), c.brand.toStdString());
        sandbox::SyntheticTraffic traffic(42, records, from, to);
        for (qint64 i = 0; i < records; ++i) {
            const sandbox::SyntheticTraffic::Message m = traffic.at(i);
            UsageRecordView v;
            v.messageId
                = std::string_view(m.sid.constData(), static_cast<std::size_t>(m.sid.size()));
            const bool inbound = m.direction == "inbound";
            const QByteArray &gateway = inbound ? m.to : m.from;
            v.gateway
                = std::string_view(gateway.constData(), static_cast<std::size_t>(gateway.size()));
            v.service = std::string_view(
                m.service.constData(), static_cast<std::size_t>(m.service.size()));
            v.status
                = std::string_view(m.status.constData(), static_cast<std::size_t>(m.status.size()));
            v.direction = inbound ? Direction::Inbound : Direction::Outbound;
            v.channel = gateway.startsWith("whatsapp:") ? Channel::WhatsApp
                : m.media > 0                           ? Channel::Mms
                                                        : Channel::Sms;
            v.segments = m.segments;
            v.media = m.media;
            v.errorCode = m.errorCode == 0 ? UsageRecordView::kNoError : m.errorCode;
            v.createdAt = m.created;
            v.sentAt = m.sent == 0 ? UsageRecordView::kNoTime : m.sent;
            v.updatedAt = m.updated;
            session.value()->add(v);
            if (session.value()->pending() >= 50000
                && !session.value()->commit(QStringLiteral(""), 0))
                return 0;
        }
        if (!session.value()->commit(QStringLiteral(""), 1))
            return 0;
    }
    if (!cache.finishPull(pullId.value(), ReportCache::State::Complete))
        return 0;
    return pullId.value();
}

} // namespace relay::bench
