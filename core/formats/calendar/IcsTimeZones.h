#pragma once

#include <QByteArray>
#include <QDate>
#include <QTime>
#include <QTimeZone>

#include <libical/ical.h>

// Time zones for the iCalendar reader (IcsReader's own; libical's types
// appear here, so only the formats layer includes this header).
namespace relay::core::ics {

// The IANA zone a name stands for: an IANA id, a Windows id (Outlook's
// "W. Europe Standard Time"), or a prefixed id such as
// "/freeassociation.sourceforge.net/Tzfile/Europe/Berlin". Invalid when none.
QTimeZone qtZoneFor(const QByteArray &name);

// How local times of one zone become UTC: through libical's zone (the file's
// VTIMEZONE or the builtin database) or, failing both, Qt's.
struct Zone {
    icaltimezone *ical = nullptr;
    QTimeZone qt;
    bool valid() const { return ical || qt.isValid(); }
};

Zone utcZone();

// libical's builtin zone of that name (UTC for the names of UTC); null when none.
icaltimezone *builtinZone(const QByteArray &name);

// A TZID: the calendar's own VTIMEZONE first, then the builtin database,
// then Qt's. Not valid() when none knows it.
Zone resolveZone(icalcomponent *calendar, const QByteArray &tzid);

// UTC milliseconds of a wall time in a zone.
qint64 wallToMs(QDate date, QTime time, const Zone &zone);

QDate dateOf(const icaltimetype &t);
// Midnight for a DATE; a leap second reads as :59.
QTime timeOf(const icaltimetype &t);
qint64 toMs(const icaltimetype &t, const Zone &zone);

} // namespace relay::core::ics
