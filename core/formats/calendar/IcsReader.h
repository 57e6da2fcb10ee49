#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace relay::core {

// Reads an iCalendar file (RFC 5545) for its busy times and nothing else: a
// VFREEBUSY's FREEBUSY periods (FBTYPE=FREE blocks nothing), or VEVENTs'
// DTSTART/DTEND/DURATION, with RRULEs, RDATEs, EXDATEs and overrides
// (RECURRENCE-ID) expanded over the range the caller gives. Events that are
// TRANSPARENT or STATUS:CANCELLED block nothing. An event's summary,
// description, location, attendees and organiser are dropped while parsing
// and never reach the result.
//
// Two passes: the reader's own scanner (unfolding, content lines, component
// structure, the values it reads), so that an error names the physical line
// an editor shows; then libical for the tree, time zones and recurrences,
// its X-LIC-ERRORs traced back to their lines. Every error is InvalidInput,
// "line N: what is wrong", naming at most a property or a component, never
// a value (a value may be a summary or an address).
//
// Pure: no database, no network, no clock; the range is the caller's.
class IcsReader
{
public:
    struct Interval {
        QDateTime start; // UTC
        QDateTime end; // UTC, exclusive
        bool operator==(const Interval &) const = default;
    };

    struct Calendar {
        QList<Interval> busy; // in order, overlapping and touching intervals merged
        int eventsRead = 0; // VEVENTs seen
        int transparentSkipped = 0;
        int cancelledSkipped = 0; // STATUS:CANCELLED events
        int freeBusyPeriods = 0; // FREEBUSY periods seen
        // The zone of floating times and dates, as an IANA id: X-WR-TIMEZONE,
        // else the first TZID, else UTC.
        QString timeZone;
    };

    static constexpr qsizetype kMaxBytes = 16 * 1024 * 1024;

    // The busy intervals that end after `from` and start before `to`; RRULEs
    // are expanded up to `to`. A leading UTF-8 BOM is skipped; input over
    // kMaxBytes, empty or not iCalendar text is refused.
    [[nodiscard]] static Result<Calendar> read(
        const QByteArray &bytes, const QDateTime &from, const QDateTime &to);

    // The IANA zone a name stands for: an IANA id, a Windows id (Outlook's
    // "W. Europe Standard Time"), or a prefixed id such as
    // "/freeassociation.sourceforge.net/Tzfile/Europe/Berlin". Invalid when none.
    static QTimeZone timeZoneFor(const QByteArray &name);
};

} // namespace relay::core
