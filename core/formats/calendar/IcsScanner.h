#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

// The iCalendar reader's first pass (IcsReader's own): lines, component
// structure and the values the reader uses, checked before libical sees the
// file, so that an error names the physical line an editor shows.
namespace relay::core::ics {

struct ScanParam {
    QByteArray name; // upper case
    QByteArray value; // unquoted; a list keeps its commas
};

struct ScanLine {
    int number = 0; // the physical line the logical one starts on
    QByteArray name; // upper case
    QList<ScanParam> params;
    QByteArray value;
    QByteArray raw; // the unfolded line

    QByteArray param(const char *key) const
    {
        for (const ScanParam &p : params) {
            if (p.name == key)
                return p.value;
        }
        return {};
    }
};

struct ScanComponent {
    QByteArray name; // upper case
    int beginLine = 0;
    QList<ScanLine> lines;
    QList<int> children;

    const ScanLine *first(const char *property) const
    {
        for (const ScanLine &l : lines) {
            if (l.name == property)
                return &l;
        }
        return nullptr;
    }
};

struct Scan {
    QList<ScanComponent> components; // in document order; [0] is the VCALENDAR
    QByteArray firstTzid; // the first TZID parameter or VTIMEZONE TZID
    QSet<QByteArray> fileTzids; // TZIDs the file's VTIMEZONEs define
};

// Errors about the calendar name the line and, at most, the property or
// component name: never a value (a value may be a summary or an address).
Error lineError(int line, const QString &what);

QString latin(const QByteArray &token);

// Unfolds (RFC 5545 3.1) and parses every content line, checks that BEGINs
// and ENDs pair up into one VCALENDAR, and checks the DTSTART, DTEND,
// DURATION, RECURRENCE-ID, RRULE, EXDATE, RDATE and FREEBUSY values of
// VEVENTs and VFREEBUSYs. `bytes` has no BOM and no NUL.
[[nodiscard]] Result<Scan> scanIcs(const QByteArray &bytes);

} // namespace relay::core::ics
