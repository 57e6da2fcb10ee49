#include "IcsReader.h"

#include "calendar/IcsExpansion.h"
#include "calendar/IcsScanner.h"
#include "calendar/IcsTimeZones.h"
#include "calendar/TimeSpan.h"

#include <QHash>

#include <libical/ical.h>

#include <memory>
#include <optional>
#include <tuple>
#include <utility>

namespace relay::core {

namespace ics {

namespace {

Error invalid(const QString &detail)
{
    return makeError(ErrorCode::InvalidInput, detail);
}

// The bytes the scanner reads: not too many, without a BOM, not blank, no NUL.
Result<QByteArray> checkedBytes(const QByteArray &ics)
{
    if (ics.size() > IcsReader::kMaxBytes)
        return invalid(QStringLiteral("the calendar is larger than %1 MiB")
                           .arg(IcsReader::kMaxBytes / (1024 * 1024)));
    QByteArray bytes = ics;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty())
        return invalid(QStringLiteral("the calendar is empty"));
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return lineError(int(bytes.left(nul).count('\n')) + 1,
            QStringLiteral("a NUL byte (not an iCalendar text file)"));
    return bytes;
}

// --- libical's tree, paired with the scan -----------------------------------------

struct IcalFree {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using IcalPtr = std::unique_ptr<icalcomponent, IcalFree>;

struct Tree {
    IcalPtr root;
    QHash<const icalcomponent *, int> map; // component -> scan.components index
};

void pairComponents(
    icalcomponent *c, int index, const Scan &scan, QHash<const icalcomponent *, int> &map)
{
    map.insert(c, index);
    const QList<int> &children = scan.components.at(index).children;
    int i = 0;
    for (icalcomponent *child = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); child;
         child = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT), ++i) {
        if (i < children.size())
            pairComponents(child, children.at(i), scan, map);
    }
}

// The line an X-LIC-ERROR is about: libical's text ends with the bad value
// (or name) it could not parse.
const ScanLine *lineForError(const ScanComponent &comp, const QByteArray &text)
{
    for (const ScanLine &l : comp.lines) {
        if (!l.value.isEmpty() && text.endsWith(QByteArray(": " + l.value)))
            return &l;
    }
    for (const ScanLine &l : comp.lines) {
        if (text.endsWith(QByteArray(": " + l.name)))
            return &l;
    }
    const qsizetype colon = text.lastIndexOf(": ");
    const QByteArray tail = colon < 0 ? QByteArray() : text.mid(colon + 2);
    if (!tail.isEmpty()) {
        for (const ScanLine &l : comp.lines) {
            if (l.raw.contains(tail))
                return &l;
        }
    }
    return nullptr;
}

struct LibicalError {
    int line = 0;
    QString what;
};

// RFC 5545 3.7/3.8.8.2: properties and components of names it does not
// know are ignored, as this reader ignores them anyway.
bool ignorable(icalparameter_xlicerrortype type, const QByteArray &text)
{
    return (type == ICAL_XLICERRORTYPE_PROPERTYPARSEERROR
               && text.startsWith("Parse error in property name"))
        || (type == ICAL_XLICERRORTYPE_COMPONENTPARSEERROR
            && text.startsWith("Parse error in component name"));
}

// One X-LIC-ERROR of the component at `index` (-1: not paired), as a line
// and what is wrong there.
LibicalError describeError(
    const Scan &scan, int index, icalparameter_xlicerrortype type, const QByteArray &text)
{
    if (index < 0)
        return { 1, QStringLiteral("the calendar could not be parsed") };
    const ScanComponent &comp = scan.components.at(index);
    const ScanLine *l = lineForError(comp, text);
    if (!l)
        return { comp.beginLine,
            QStringLiteral("a property of %1 could not be parsed").arg(latin(comp.name)) };
    const bool parameter = type == ICAL_XLICERRORTYPE_PARAMETERNAMEPARSEERROR
        || type == ICAL_XLICERRORTYPE_PARAMETERVALUEPARSEERROR;
    return { l->number,
        parameter ? QStringLiteral("a parameter of %1 could not be parsed").arg(latin(l->name))
                  : QStringLiteral("%1 could not be parsed").arg(latin(l->name)) };
}

// The X-LIC-ERROR on the earliest line, in `c` and below it.
void collectErrors(icalcomponent *c, const Scan &scan, const QHash<const icalcomponent *, int> &map,
    std::optional<LibicalError> &first)
{
    const int index = map.value(c, -1);
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
        const char *raw = icalproperty_get_xlicerror(p);
        const QByteArray text = raw ? QByteArray(raw) : QByteArray();
        const icalparameter *typeParam
            = icalproperty_get_first_parameter(p, ICAL_XLICERRORTYPE_PARAMETER);
        const icalparameter_xlicerrortype type
            = typeParam ? icalparameter_get_xlicerrortype(typeParam) : ICAL_XLICERRORTYPE_NONE;
        if (ignorable(type, text))
            continue;
        const LibicalError error = describeError(scan, index, type, text);
        if (!first || error.line < first->line)
            first = error;
    }
    for (icalcomponent *child = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); child;
         child = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT)) {
        collectErrors(child, scan, map, first);
    }
}

// libical's tree of a calendar the scan has checked, its components paired
// with the scan's; libical's own errors name their lines.
Result<Tree> parseTree(const QByteArray &bytes, const Scan &scan)
{
    Tree tree;
    tree.root.reset(icalparser_parse_string(bytes.constData()));
    if (!tree.root || icalcomponent_isa(tree.root.get()) != ICAL_VCALENDAR_COMPONENT)
        return lineError(scan.components.at(0).beginLine,
            QStringLiteral("libical could not read the VCALENDAR"));
    pairComponents(tree.root.get(), 0, scan, tree.map);
    std::optional<LibicalError> libicalError;
    collectErrors(tree.root.get(), scan, tree.map, libicalError);
    if (libicalError)
        return lineError(libicalError->line, libicalError->what);
    return tree;
}

// The calendar's zone for floating times and dates: X-WR-TIMEZONE, else
// the first TZID, else UTC. The name is the IANA id of it.
std::pair<Zone, QString> calendarZone(icalcomponent *calendar, const Scan &scan)
{
    QList<QByteArray> candidates;
    if (const ScanLine *wr = scan.components.at(0).first("X-WR-TIMEZONE"))
        candidates.append(wr->value.trimmed());
    if (!scan.firstTzid.isEmpty())
        candidates.append(scan.firstTzid);
    for (const QByteArray &name : std::as_const(candidates)) {
        const Zone zone = resolveZone(calendar, name);
        if (!zone.valid())
            continue;
        QTimeZone qt = qtZoneFor(name);
        if (!qt.isValid() && zone.ical) {
            // A VTIMEZONE under a name of its own may say where it is (X-LIC-LOCATION).
            if (const char *location = icaltimezone_get_location(zone.ical))
                qt = qtZoneFor(QByteArray(location));
        }
        return { zone, qt.isValid() ? QString::fromUtf8(qt.id()) : QStringLiteral("UTC") };
    }
    return { utcZone(), QStringLiteral("UTC") };
}

QList<IcsReader::Interval> intervalsOf(const QList<TimeSpan> &spans)
{
    QList<IcsReader::Interval> out;
    out.reserve(spans.size());
    for (const TimeSpan &s : spans)
        out.append(IcsReader::Interval { QDateTime::fromMSecsSinceEpoch(s.start, QTimeZone::utc()),
            QDateTime::fromMSecsSinceEpoch(s.end, QTimeZone::utc()) });
    return out;
}

} // namespace

} // namespace ics

Result<IcsReader::Calendar> IcsReader::read(
    const QByteArray &bytes, const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return ics::invalid(QStringLiteral("the range to read needs a start and a later end"));
    auto checked = ics::checkedBytes(bytes);
    if (!checked)
        return checked.error();
    auto scan = ics::scanIcs(checked.value());
    if (!scan)
        return scan.error();
    auto tree = ics::parseTree(checked.value(), scan.value());
    if (!tree)
        return tree.error();

    Calendar calendar;
    ics::Expansion x;
    x.calendar = tree->root.get();
    x.scan = &scan.value();
    x.map = &tree->map;
    std::tie(x.calendarZone, calendar.timeZone) = ics::calendarZone(x.calendar, scan.value());
    x.rangeStartMs = from.toMSecsSinceEpoch();
    x.rangeEndMs = to.toMSecsSinceEpoch();
    x.timer.start();
    if (auto s = ics::expandCalendar(x, calendar); !s)
        return s.error();
    calendar.busy = ics::intervalsOf(mergedSpans(std::move(x.spans)));
    return calendar;
}

QTimeZone IcsReader::timeZoneFor(const QByteArray &name)
{
    return ics::qtZoneFor(name);
}

} // namespace relay::core
