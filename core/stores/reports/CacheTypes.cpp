#include "CacheTypes.h"

#include <utility>

namespace relay::core {

namespace {

constexpr std::pair<const char *, PullState> kStates[] = {
    { "running", PullState::Running },
    { "complete", PullState::Complete },
    { "failed", PullState::Failed },
    { "cancelled", PullState::Cancelled },
};

constexpr std::pair<const char *, ReportDimension> kDimensions[] = {
    { "sender", ReportDimension::Sender },
    { "status", ReportDimension::StatusOf },
    { "day", ReportDimension::Day },
    { "campaign", ReportDimension::Campaign },
    { "brand", ReportDimension::Brand },
    { "error", ReportDimension::Error },
    { "segments", ReportDimension::Segments },
    { "direction", ReportDimension::Direction },
    { "channel", ReportDimension::Channel },
    { "service", ReportDimension::Service },
    { "provider", ReportDimension::Provider },
};

} // namespace

ReportFilter ReportFilter::narrowedBy(const ReportFilter &other) const
{
    ReportFilter f = *this;
    if (other.from.isValid() && (!f.from.isValid() || other.from > f.from))
        f.from = other.from;
    if (other.to.isValid() && (!f.to.isValid() || other.to < f.to))
        f.to = other.to;
    for (const auto &[mine, theirs] :
        { std::pair { &f.gateway, &other.gateway }, std::pair { &f.service, &other.service },
            std::pair { &f.campaign, &other.campaign }, std::pair { &f.brand, &other.brand },
            std::pair { &f.status, &other.status }, std::pair { &f.text, &other.text } }) {
        if (!theirs->isNull())
            *mine = *theirs;
    }
    if (other.direction)
        f.direction = other.direction;
    if (other.channel)
        f.channel = other.channel;
    return f;
}

QString pullStateName(PullState state)
{
    for (const auto &[text, value] : kStates) {
        if (value == state)
            return QLatin1String(text);
    }
    return {};
}

PullState pullStateFromName(const QString &name)
{
    for (const auto &[text, state] : kStates) {
        if (name == QLatin1String(text))
            return state;
    }
    return PullState::Running;
}

bool parseDimension(const QString &name, ReportDimension *out)
{
    for (const auto &[text, dimension] : kDimensions) {
        if (name == QLatin1String(text)) {
            *out = dimension;
            return true;
        }
    }
    return false;
}

QString dimensionName(ReportDimension by)
{
    for (const auto &[text, dimension] : kDimensions) {
        if (dimension == by)
            return QLatin1String(text);
    }
    return {};
}

} // namespace relay::core
