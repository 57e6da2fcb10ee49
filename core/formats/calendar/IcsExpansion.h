#pragma once

#include "Result.h"
#include "calendar/IcsReader.h"
#include "calendar/IcsScanner.h"
#include "calendar/IcsTimeZones.h"
#include "calendar/TimeSpan.h"

#include <QElapsedTimer>
#include <QHash>

#include <libical/ical.h>

#include <optional>

// The iCalendar reader's second pass (IcsReader's own): from libical's
// tree of a checked calendar to busy spans.
namespace relay::core::ics {

// One calendar's expansion: its tree, the scan it was paired with, the zone
// of its floating times, the range kept and the spans found so far.
struct Expansion {
    icalcomponent *calendar = nullptr;
    const Scan *scan = nullptr;
    const QHash<const icalcomponent *, int> *map = nullptr; // component -> scan.components index
    Zone calendarZone;
    qint64 rangeStartMs = 0;
    qint64 rangeEndMs = 0;
    QElapsedTimer timer; // started when the expansion starts
    QList<TimeSpan> spans;

    // The line of a component's first `property`, else its BEGIN line.
    int lineOf(icalcomponent *c, const char *property) const;
    // Keeps a span that is not empty and overlaps the range.
    void add(qint64 start, qint64 end);
    // The zone a time value is in: UTC, its TZID, or (floating times and
    // dates) the calendar's. nullopt for a TZID no zone can be found for.
    std::optional<Zone> zoneOf(icalproperty *p, const icaltimetype &t) const;
};

// Adds the spans of every VEVENT (recurrences expanded, overrides in place
// of the occurrences they replace) and of every VFREEBUSY to x.spans, and
// counts what it read in `calendar`.
[[nodiscard]] Status expandCalendar(Expansion &x, IcsReader::Calendar &calendar);

} // namespace relay::core::ics
