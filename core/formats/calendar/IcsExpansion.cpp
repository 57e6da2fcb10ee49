#include "IcsExpansion.h"

#include <QDateTime>
#include <QSet>

#include <memory>
#include <vector>

namespace relay::core::ics {

namespace {

constexpr qint64 kDayMs = qint64 { 24 } * 3600 * 1000;
// Occurrences one RRULE may produce before the horizon's end, and the time
// all of a calendar's recurrences may take to expand.
constexpr int kMaxOccurrences = 1000000;
constexpr qint64 kMaxExpansionMs = 30 * 1000;

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

QString uidOf(icalcomponent *event)
{
    const char *uid = icalcomponent_get_uid(event);
    return uid ? QString::fromUtf8(uid) : QString();
}

// Every property of a kind, gathered before any is used: libical keeps one
// property iterator per component, so a get_first_property of another kind
// between two get_next_property calls would end the walk early.
std::vector<icalproperty *> propertiesOf(icalcomponent *component, icalproperty_kind kind)
{
    std::vector<icalproperty *> all;
    for (icalproperty *p = icalcomponent_get_first_property(component, kind); p;
         p = icalcomponent_get_next_property(component, kind))
        all.push_back(p);
    return all;
}

bool blocksNothing(icalcomponent *event, bool *cancelled)
{
    *cancelled = false;
    if (icalproperty *s = icalcomponent_get_first_property(event, ICAL_STATUS_PROPERTY)) {
        if (icalproperty_get_status(s) == ICAL_STATUS_CANCELLED) {
            *cancelled = true;
            return true;
        }
    }
    if (icalproperty *t = icalcomponent_get_first_property(event, ICAL_TRANSP_PROPERTY)) {
        const icalproperty_transp transp = icalproperty_get_transp(t);
        if (transp == ICAL_TRANSP_TRANSPARENT || transp == ICAL_TRANSP_TRANSPARENTNOCONFLICT)
            return true;
    }
    return false;
}

// The instants an occurrence (or the start of an override) is known by.
struct Instants {
    QSet<qint64> ms;
    QSet<QDate> dates;
    bool contains(qint64 startMs, QDate localDate) const
    {
        return ms.contains(startMs) || dates.contains(localDate);
    }
};

// How an occurrence's end follows from its start.
struct EndRule {
    enum class Kind { None, Days, Exact, Duration } kind = Kind::None;
    qint64 exactMs = 0; // Exact: the end is this long after the start
    qint64 days = 0; // Days, Duration: whole days of the local calendar
    qint64 extraMs = 0; // Duration: then this much more
};

// One VEVENT (a series, or an override of one occurrence) into busy spans.
class EventExpander
{
public:
    EventExpander(Expansion &x, icalcomponent *event) : m_x(x), m_event(event) { }

    // `overridden`: the occurrences overrides of this series replace.
    [[nodiscard]] Status expand(const Instants &overridden, bool isOverride);

private:
    [[nodiscard]] Status readStart();
    [[nodiscard]] Status readEnd();
    [[nodiscard]] Status readExclusions(const Instants &overridden);
    [[nodiscard]] Status expandRule(icalproperty *rruleProp);
    [[nodiscard]] Status addRecurrenceDate(icalproperty *rdateProp);
    std::optional<qint64> untilOf(const icalrecurrencetype &rule) const;
    icaltimetype searchBound(std::optional<qint64> untilMs) const;
    void addOccurrence(const icaltimetype &t);
    qint64 endFor(QDate localDate, QTime localTime, qint64 startMs) const;
    int lineOf(const char *property) const { return m_x.lineOf(m_event, property); }

    Expansion &m_x;
    icalcomponent *m_event;
    icaltimetype m_dtstart = icaltime_null_time();
    Zone m_zone; // DTSTART's
    bool m_allDay = false;
    qint64 m_firstStartMs = 0;
    EndRule m_end;
    Instants m_excluded; // EXDATEs, and occurrences that overrides replace
    bool m_dtstartSeen = false; // a rule yielded DTSTART itself
};

Status EventExpander::expand(const Instants &overridden, bool isOverride)
{
    if (auto s = readStart(); !s)
        return s;
    if (auto s = readEnd(); !s)
        return s;
    if (auto s = readExclusions(overridden); !s)
        return s;
    const std::vector<icalproperty *> rules
        = isOverride ? std::vector<icalproperty *> {} : propertiesOf(m_event, ICAL_RRULE_PROPERTY);
    const std::vector<icalproperty *> dates
        = isOverride ? std::vector<icalproperty *> {} : propertiesOf(m_event, ICAL_RDATE_PROPERTY);
    if (rules.empty() && dates.empty()) {
        addOccurrence(m_dtstart);
        return {};
    }
    for (icalproperty *rrule : rules) {
        if (auto s = expandRule(rrule); !s)
            return s;
    }
    // RFC 5545: DTSTART is the first instance, whether or not a rule yields it.
    if (!m_dtstartSeen)
        addOccurrence(m_dtstart);
    for (icalproperty *rdate : dates) {
        if (auto s = addRecurrenceDate(rdate); !s)
            return s;
    }
    return {};
}

Status EventExpander::readStart()
{
    icalproperty *dtstartProp = icalcomponent_get_first_property(m_event, ICAL_DTSTART_PROPERTY);
    if (!dtstartProp)
        return lineError(lineOf("BEGIN"), QStringLiteral("VEVENT has no DTSTART"));
    m_dtstart = icalproperty_get_dtstart(dtstartProp);
    if (icaltime_is_null_time(m_dtstart))
        return lineError(
            lineOf("DTSTART"), QStringLiteral("DTSTART is not a valid date or date-time"));
    const std::optional<Zone> zone = m_x.zoneOf(dtstartProp, m_dtstart);
    if (!zone)
        return lineError(lineOf("DTSTART"),
            QStringLiteral("DTSTART names a time zone (TZID) that cannot be used"));
    m_zone = *zone;
    m_allDay = m_dtstart.is_date != 0;
    m_firstStartMs = toMs(m_dtstart, m_zone);
    return {};
}

Status EventExpander::readEnd()
{
    if (icalproperty *dtendProp = icalcomponent_get_first_property(m_event, ICAL_DTEND_PROPERTY)) {
        const icaltimetype dtend = icalproperty_get_dtend(dtendProp);
        const std::optional<Zone> endZone = m_x.zoneOf(dtendProp, dtend);
        if (icaltime_is_null_time(dtend) || !endZone)
            return lineError(lineOf("DTEND"), QStringLiteral("DTEND cannot be used"));
        if (m_allDay && dtend.is_date) {
            m_end.kind = EndRule::Kind::Days;
            m_end.days = dateOf(m_dtstart).daysTo(dateOf(dtend));
            if (m_end.days < 0)
                return lineError(lineOf("DTEND"), QStringLiteral("DTEND is before DTSTART"));
        } else {
            m_end.kind = EndRule::Kind::Exact;
            m_end.exactMs = toMs(dtend, *endZone) - m_firstStartMs;
            if (m_end.exactMs < 0)
                return lineError(lineOf("DTEND"), QStringLiteral("DTEND is before DTSTART"));
        }
    } else if (icalproperty *durationProp
        = icalcomponent_get_first_property(m_event, ICAL_DURATION_PROPERTY)) {
        const icaldurationtype d = icalproperty_get_duration(durationProp);
        if (d.is_neg)
            return lineError(lineOf("DURATION"), QStringLiteral("DURATION is negative"));
        m_end.kind = EndRule::Kind::Duration;
        m_end.days = qint64 { d.weeks } * 7 + d.days; // nominal: whole days of the local calendar
        m_end.extraMs = (qint64 { d.hours } * 3600 + qint64 { d.minutes } * 60 + d.seconds) * 1000;
    } else if (m_allDay) {
        m_end.kind = EndRule::Kind::Days;
        m_end.days = 1;
    }
    return {};
}

Status EventExpander::readExclusions(const Instants &overridden)
{
    m_excluded = overridden;
    for (icalproperty *p : propertiesOf(m_event, ICAL_EXDATE_PROPERTY)) {
        const icaltimetype t = icalproperty_get_exdate(p);
        if (icaltime_is_null_time(t))
            continue;
        if (t.is_date) {
            m_excluded.dates.insert(dateOf(t));
            continue;
        }
        const std::optional<Zone> z = m_x.zoneOf(p, t);
        if (!z)
            return lineError(lineOf("EXDATE"),
                QStringLiteral("EXDATE names a time zone (TZID) that cannot be used"));
        m_excluded.ms.insert(toMs(t, *z));
    }
    return {};
}

// UNTIL is compared here, in UTC: libical compares a floating or TZID
// start's wall time with a UTC UNTIL.
std::optional<qint64> EventExpander::untilOf(const icalrecurrencetype &rule) const
{
    if (icaltime_is_null_time(rule.until))
        return std::nullopt;
    if (rule.until.is_date)
        return m_allDay ? wallToMs(dateOf(rule.until), QTime(0, 0), m_zone)
                        : wallToMs(dateOf(rule.until).addDays(1), QTime(0, 0), m_zone) - 1;
    return toMs(rule.until, icaltime_is_utc(rule.until) ? utcZone() : m_zone);
}

// libical gets an UNTIL all the same, two days past the last instant that
// matters in wall time: it bounds its search for rules that never occur
// (FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30).
icaltimetype EventExpander::searchBound(std::optional<qint64> untilMs) const
{
    const QDateTime bound
        = utcFromMs(qMin(untilMs.value_or(m_x.rangeEndMs), m_x.rangeEndMs) + 2 * kDayMs);
    icaltimetype until = icaltime_null_time();
    until.year = bound.date().year();
    until.month = bound.date().month();
    until.day = bound.date().day();
    until.is_date = m_dtstart.is_date;
    if (!m_dtstart.is_date) {
        until.hour = bound.time().hour();
        until.minute = bound.time().minute();
        until.second = bound.time().second();
    }
    return until;
}

Status EventExpander::expandRule(icalproperty *rruleProp)
{
    icalrecurrencetype rule = icalproperty_get_rrule(rruleProp);
    const std::optional<qint64> untilMs = untilOf(rule);
    rule.until = searchBound(untilMs);
    icaltimetype start = m_dtstart;
    start.zone = nullptr;
    icalrecur_iterator *it = icalrecur_iterator_new(rule, start);
    if (!it)
        return lineError(lineOf("RRULE"), QStringLiteral("RRULE cannot be expanded"));
    const std::unique_ptr<icalrecur_iterator, void (*)(icalrecur_iterator *)> guard(
        it, icalrecur_iterator_free);
    int n = 0;
    for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t);
         t = icalrecur_iterator_next(it)) {
        if (++n > kMaxOccurrences)
            return lineError(lineOf("RRULE"),
                QStringLiteral("RRULE has more than %1 occurrences before the horizon's end")
                    .arg(kMaxOccurrences));
        if (m_x.timer.hasExpired(kMaxExpansionMs))
            return lineError(lineOf("RRULE"),
                QStringLiteral("the calendar's recurrences take too long to expand"));
        const qint64 startMs = toMs(t, m_zone);
        if (startMs >= m_x.rangeEndMs || (untilMs && startMs > *untilMs))
            break;
        if (startMs == m_firstStartMs) {
            if (m_dtstartSeen)
                continue;
            m_dtstartSeen = true;
        }
        addOccurrence(t);
    }
    return {};
}

Status EventExpander::addRecurrenceDate(icalproperty *rdateProp)
{
    const icaldatetimeperiodtype r = icalproperty_get_rdate(rdateProp);
    if (!icaltime_is_null_time(r.period.start)) {
        const std::optional<Zone> z = m_x.zoneOf(rdateProp, r.period.start);
        if (!z)
            return lineError(lineOf("RDATE"),
                QStringLiteral("RDATE names a time zone (TZID) that cannot be used"));
        const qint64 startMs = toMs(r.period.start, *z);
        const qint64 endMs = icaltime_is_null_time(r.period.end)
            ? startMs + qint64 { icaldurationtype_as_int(r.period.duration) } * 1000
            : toMs(r.period.end, icaltime_is_utc(r.period.end) ? utcZone() : *z);
        if (!m_excluded.ms.contains(startMs))
            m_x.add(startMs, endMs);
        return {};
    }
    if (icaltime_is_null_time(r.time))
        return {};
    const std::optional<Zone> z = m_x.zoneOf(rdateProp, r.time);
    if (!z)
        return lineError(
            lineOf("RDATE"), QStringLiteral("RDATE names a time zone (TZID) that cannot be used"));
    // An extra occurrence, as long as the event's; a days-based end counts
    // from the RDATE's own wall time (it is in the event's zone in practice).
    const qint64 startMs = toMs(r.time, *z);
    if (startMs == m_firstStartMs || m_excluded.contains(startMs, dateOf(r.time)))
        return {};
    m_x.add(startMs, endFor(dateOf(r.time), timeOf(r.time), startMs));
    return {};
}

void EventExpander::addOccurrence(const icaltimetype &t)
{
    const qint64 startMs = toMs(t, m_zone);
    const QDate localDate = dateOf(t);
    if (m_excluded.contains(startMs, localDate))
        return;
    m_x.add(startMs, endFor(localDate, timeOf(t), startMs));
}

qint64 EventExpander::endFor(QDate localDate, QTime localTime, qint64 startMs) const
{
    switch (m_end.kind) {
    case EndRule::Kind::None:
        return startMs;
    case EndRule::Kind::Exact:
        return startMs + m_end.exactMs;
    case EndRule::Kind::Days:
        return wallToMs(localDate.addDays(m_end.days), QTime(0, 0), m_zone);
    case EndRule::Kind::Duration:
        return (m_end.days ? wallToMs(localDate.addDays(m_end.days), localTime, m_zone) : startMs)
            + m_end.extraMs;
    }
    return startMs;
}

// Overrides (RECURRENCE-ID), by UID: the occurrences they replace.
Result<QHash<QString, Instants>> overriddenInstants(Expansion &x)
{
    QHash<QString, Instants> overridden;
    for (icalcomponent *e = icalcomponent_get_first_component(x.calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(x.calendar, ICAL_VEVENT_COMPONENT)) {
        icalproperty *rid = icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY);
        if (!rid)
            continue;
        const icaltimetype t = icalproperty_get_recurrenceid(rid);
        const std::optional<Zone> z = x.zoneOf(rid, t);
        if (icaltime_is_null_time(t) || !z)
            return lineError(
                x.lineOf(e, "RECURRENCE-ID"), QStringLiteral("RECURRENCE-ID cannot be used"));
        Instants &i = overridden[uidOf(e)];
        if (t.is_date)
            i.dates.insert(dateOf(t));
        else
            i.ms.insert(toMs(t, *z));
    }
    return overridden;
}

Status readFreeBusy(Expansion &x, icalcomponent *fb, int *periods)
{
    for (icalproperty *p : propertiesOf(fb, ICAL_FREEBUSY_PROPERTY)) {
        ++*periods;
        // FBTYPE: BUSY unless given; FREE blocks nothing; anything else
        // (BUSY-UNAVAILABLE, BUSY-TENTATIVE, x-names) is busy.
        if (const icalparameter *type
            = icalproperty_get_first_parameter(p, ICAL_FBTYPE_PARAMETER)) {
            if (icalparameter_get_fbtype(type) == ICAL_FBTYPE_FREE)
                continue;
        }
        const icalperiodtype period = icalproperty_get_freebusy(p);
        if (icaltime_is_null_time(period.start))
            return lineError(x.lineOf(fb, "FREEBUSY"),
                QStringLiteral("FREEBUSY has a period that is not valid"));
        const Zone startZone = icaltime_is_utc(period.start) ? utcZone() : x.calendarZone;
        const qint64 startMs = toMs(period.start, startZone);
        const qint64 endMs = icaltime_is_null_time(period.end)
            ? startMs + qint64 { icaldurationtype_as_int(period.duration) } * 1000
            : toMs(period.end, icaltime_is_utc(period.end) ? utcZone() : x.calendarZone);
        x.add(startMs, endMs);
    }
    return {};
}

} // namespace

int Expansion::lineOf(icalcomponent *c, const char *property) const
{
    const int index = map->value(c, -1);
    if (index < 0)
        return 1;
    const ScanComponent &comp = scan->components.at(index);
    const ScanLine *l = comp.first(property);
    return l ? l->number : comp.beginLine;
}

void Expansion::add(qint64 start, qint64 end)
{
    if (end > start && end > rangeStartMs && start < rangeEndMs)
        spans.append(TimeSpan { start, end });
}

std::optional<Zone> Expansion::zoneOf(icalproperty *p, const icaltimetype &t) const
{
    if (t.is_date)
        return calendarZone;
    if (icaltime_is_utc(t))
        return utcZone();
    if (const icalparameter *tz = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER)) {
        const char *tzid = icalparameter_get_tzid(tz);
        const Zone z = resolveZone(calendar, tzid ? QByteArray(tzid) : QByteArray());
        if (!z.valid())
            return std::nullopt;
        return z;
    }
    return calendarZone;
}

Status expandCalendar(Expansion &x, IcsReader::Calendar &calendar)
{
    auto overridden = overriddenInstants(x);
    if (!overridden)
        return overridden.error();
    for (icalcomponent *e = icalcomponent_get_first_component(x.calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(x.calendar, ICAL_VEVENT_COMPONENT)) {
        ++calendar.eventsRead;
        bool cancelled = false;
        if (blocksNothing(e, &cancelled)) {
            ++(cancelled ? calendar.cancelledSkipped : calendar.transparentSkipped);
            continue;
        }
        const bool isOverride
            = icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY) != nullptr;
        EventExpander event(x, e);
        if (auto s
            = event.expand(isOverride ? Instants() : overridden->value(uidOf(e)), isOverride);
            !s)
            return s;
    }
    for (icalcomponent *fb
         = icalcomponent_get_first_component(x.calendar, ICAL_VFREEBUSY_COMPONENT);
         fb; fb = icalcomponent_get_next_component(x.calendar, ICAL_VFREEBUSY_COMPONENT)) {
        if (auto s = readFreeBusy(x, fb, &calendar.freeBusyPeriods); !s)
            return s;
    }
    return {};
}

} // namespace relay::core::ics
