#include "Scheduler.h"

#include "Clock.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <libical/ical.h>

#include <algorithm>
#include <limits>
#include <memory>
#include <optional>
#include <utility>

namespace relay::core {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr int kDefaultHoursStart = 9 * 60; // minutes after midnight
constexpr int kDefaultHoursEnd = 17 * 60;
constexpr int kMaxUserChars = 200;
constexpr int kMaxGuestNameChars = 200;
constexpr int kMaxTermsChars = 100;
// Occurrences one RRULE may produce before the horizon's end, and the time
// all of a calendar's recurrences may take to expand.
constexpr int kMaxOccurrences = 1000000;
constexpr qint64 kMaxExpansionMs = 30 * 1000;

Error invalid(const QString &detail)
{
    return makeError(ErrorCode::InvalidInput, detail);
}

// Errors about the calendar name the line and, at most, the property or
// component name: never a value (a value may be a summary or an address).
Error lineError(int line, const QString &what)
{
    return invalid(QStringLiteral("line %1: %2").arg(line).arg(what));
}

QString latin(const QByteArray &token)
{
    return QString::fromLatin1(token);
}

bool hasControl(const QString &text)
{
    return std::any_of(
        text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

Status checkUserName(const QString &user)
{
    if (user.trimmed().isEmpty())
        return invalid(QStringLiteral("a scheduler user needs a name"));
    if (user.size() > kMaxUserChars || hasControl(user) || user != user.trimmed())
        return invalid(QStringLiteral("a scheduler user name is 1 to %1 characters, without "
                                      "control characters or surrounding spaces")
                           .arg(kMaxUserChars));
    return {};
}

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

// --- Time zones ----------------------------------------------------------------

// A name that may go to a file-based tz lookup: no "..", no odd characters.
bool safeZoneName(const QByteArray &name)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9_+\\-]+(/[A-Za-z0-9_+\\-]+){0,3}$"));
    return !name.isEmpty() && name.size() <= 80 && re.match(latin(name)).hasMatch();
}

bool isUtcName(const QByteArray &name)
{
    const QByteArray n = name.toUpper();
    return n == "UTC" || n == "Z" || n == "GMT" || n == "ETC/UTC" || n == "ETC/GMT" || n == "UCT"
        || n == "ZULU";
}

// The IANA zone a name stands for: an IANA id, a Windows id (Outlook's
// "W. Europe Standard Time"), or a prefixed id such as
// "/freeassociation.sourceforge.net/Tzfile/Europe/Berlin".
QTimeZone qtZoneFor(const QByteArray &name)
{
    if (name.isEmpty())
        return {};
    if (isUtcName(name))
        return QTimeZone::utc();
    if (safeZoneName(name)) {
        if (QTimeZone z(name); z.isValid())
            return z;
    }
    if (const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(name); !iana.isEmpty()) {
        if (QTimeZone z(iana); z.isValid())
            return z;
    }
    // The last two or three path components of a prefixed id.
    const QList<QByteArray> parts = name.split('/');
    for (const int n : { 3, 2 }) {
        if (parts.size() <= n)
            continue;
        const QByteArray tail = parts.mid(parts.size() - n).join('/');
        if (safeZoneName(tail)) {
            if (QTimeZone z(tail); z.isValid())
                return z;
        }
    }
    return {};
}

// How local times of one zone become UTC: through libical's zone (the file's
// VTIMEZONE or the builtin database) or, failing both, Qt's.
struct Zone {
    icaltimezone *ical = nullptr;
    QTimeZone qt;
    bool valid() const { return ical || qt.isValid(); }
};

Zone utcZone()
{
    return Zone { icaltimezone_get_utc_timezone(), QTimeZone::utc() };
}

icaltimezone *builtinZone(const QByteArray &name)
{
    if (isUtcName(name))
        return icaltimezone_get_utc_timezone();
    return safeZoneName(name) ? icaltimezone_get_builtin_timezone(name.constData()) : nullptr;
}

// A TZID: the calendar's own VTIMEZONE first, then the builtin database.
Zone resolveZone(icalcomponent *calendar, const QByteArray &tzid)
{
    if (tzid.isEmpty())
        return {};
    if (calendar) {
        if (icaltimezone *z = icalcomponent_get_timezone(calendar, tzid.constData()))
            return Zone { z, {} };
    }
    if (icaltimezone *z = builtinZone(tzid))
        return Zone { z, {} };
    return Zone { nullptr, qtZoneFor(tzid) };
}

qint64 wallToMs(QDate date, QTime time, const Zone &zone)
{
    if (zone.ical) {
        icaltimetype t = icaltime_null_time();
        t.year = date.year();
        t.month = date.month();
        t.day = date.day();
        t.hour = time.hour();
        t.minute = time.minute();
        t.second = time.second();
        return qint64 { icaltime_as_timet_with_zone(t, zone.ical) } * 1000;
    }
    return QDateTime(date, time, zone.qt).toMSecsSinceEpoch();
}

QDate dateOf(const icaltimetype &t)
{
    return QDate(t.year, t.month, t.day);
}

QTime timeOf(const icaltimetype &t)
{
    return t.is_date ? QTime(0, 0) : QTime(t.hour, t.minute, qMin(t.second, 59));
}

qint64 toMs(const icaltimetype &t, const Zone &zone)
{
    return wallToMs(dateOf(t), timeOf(t), zone);
}

// --- The pre-scan: lines, structure and the values this store reads ---------------

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

struct Logical {
    int number = 0;
    QByteArray text;
};

// RFC 5545 3.1: a line that begins with a space or a tab continues the one
// before it. Line numbers count physical lines, as an editor shows them.
QList<Logical> unfold(const QByteArray &bytes)
{
    QList<Logical> out;
    qsizetype pos = 0;
    int number = 0;
    while (pos < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? bytes.size() : nl;
        ++number;
        QByteArray line = bytes.mid(pos, end - pos);
        pos = nl < 0 ? bytes.size() : nl + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty() && (line.at(0) == ' ' || line.at(0) == '\t') && !out.isEmpty()) {
            out.last().text.append(line.constData() + 1, line.size() - 1);
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        out.append(Logical { number, std::move(line) });
    }
    return out;
}

bool isNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

bool isToken(const QByteArray &text)
{
    return !text.isEmpty() && text.size() <= 100
        && std::all_of(text.cbegin(), text.cend(), isNameChar);
}

// name *(";" param) ":" value, with quoted parameter values.
std::optional<ScanLine> parseContentLine(const Logical &logical)
{
    const QByteArray &t = logical.text;
    const qsizetype n = t.size();
    qsizetype i = 0;
    while (i < n && isNameChar(t.at(i)))
        ++i;
    if (i == 0 || i >= n || (t.at(i) != ';' && t.at(i) != ':'))
        return std::nullopt;
    ScanLine line;
    line.number = logical.number;
    line.name = t.left(i).toUpper();
    while (i < n && t.at(i) == ';') {
        ++i;
        const qsizetype nameStart = i;
        while (i < n && isNameChar(t.at(i)))
            ++i;
        if (i == nameStart || i >= n || t.at(i) != '=')
            return std::nullopt;
        ScanParam param;
        param.name = t.mid(nameStart, i - nameStart).toUpper();
        ++i;
        for (;;) {
            if (i < n && t.at(i) == '"') {
                const qsizetype close = t.indexOf('"', i + 1);
                if (close < 0)
                    return std::nullopt;
                param.value += t.mid(i + 1, close - i - 1);
                i = close + 1;
            } else {
                const qsizetype start = i;
                while (
                    i < n && t.at(i) != ';' && t.at(i) != ':' && t.at(i) != ',' && t.at(i) != '"')
                    ++i;
                param.value += t.mid(start, i - start);
            }
            if (i < n && t.at(i) == ',') {
                param.value += ',';
                ++i;
                continue;
            }
            break;
        }
        if (i >= n || (t.at(i) != ';' && t.at(i) != ':'))
            return std::nullopt;
        line.params.append(std::move(param));
    }
    if (i >= n || t.at(i) != ':')
        return std::nullopt;
    line.value = t.mid(i + 1);
    line.raw = t;
    return line;
}

struct ParsedTime {
    bool isDate = false;
    bool utc = false;
};

bool allDigits(QByteArrayView v)
{
    return std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// DATE (YYYYMMDD) or DATE-TIME (YYYYMMDDTHHMMSS[Z]), checked for real
// dates and times.
std::optional<ParsedTime> parseTimeText(QByteArrayView v)
{
    if (v.size() != 8 && v.size() != 15 && v.size() != 16)
        return std::nullopt;
    if (!allDigits(v.first(8)))
        return std::nullopt;
    const int year = QByteArray(v.sliced(0, 4).data(), 4).toInt();
    const int month = QByteArray(v.sliced(4, 2).data(), 2).toInt();
    const int day = QByteArray(v.sliced(6, 2).data(), 2).toInt();
    if (year < 1800 || !QDate(year, month, day).isValid())
        return std::nullopt;
    if (v.size() == 8)
        return ParsedTime { true, false };
    if (v.at(8) != 'T' || !allDigits(v.sliced(9, 6)) || (v.size() == 16 && v.at(15) != 'Z'))
        return std::nullopt;
    const int hour = QByteArray(v.sliced(9, 2).data(), 2).toInt();
    const int minute = QByteArray(v.sliced(11, 2).data(), 2).toInt();
    const int second = QByteArray(v.sliced(13, 2).data(), 2).toInt();
    if (hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    return ParsedTime { false, v.size() == 16 };
}

bool validDuration(const QByteArray &v, bool allowNegative)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^([+-]?)P(\d+W|(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?)$)"));
    const QRegularExpressionMatch m = re.match(latin(v));
    if (!m.hasMatch())
        return false;
    const QString body = m.captured(2);
    if (body.isEmpty())
        return false;
    return allowNegative || m.captured(1) != QLatin1String("-");
}

// Which names may be a time zone: one the file defines, the builtin
// database's, or Qt's.
bool zoneKnown(const Scan &scan, const QByteArray &tzid)
{
    return scan.fileTzids.contains(tzid) || builtinZone(tzid) || qtZoneFor(tzid).isValid();
}

Status checkTzid(const Scan &scan, const ScanLine &line, bool utc)
{
    const QByteArray tzid = line.param("TZID");
    if (tzid.isEmpty() || utc)
        return {};
    if (!zoneKnown(scan, tzid))
        return lineError(line.number,
            QStringLiteral(
                "%1 names a time zone (TZID) that is neither defined in the file nor known")
                .arg(latin(line.name)));
    return {};
}

// One DATE or DATE-TIME value, as its VALUE parameter says.
Status checkTimeValue(const Scan &scan, const ScanLine &line, const QByteArray &value)
{
    const QByteArray type = line.param("VALUE").toUpper();
    const auto parsed = parseTimeText(value.trimmed());
    if (!parsed || (type == "DATE" && !parsed->isDate))
        return lineError(line.number,
            QStringLiteral("%1 is not a valid %2")
                .arg(latin(line.name),
                    type == "DATE" ? QStringLiteral("date") : QStringLiteral("date or date-time")));
    if (!type.isEmpty() && type != "DATE" && type != "DATE-TIME")
        return lineError(
            line.number, QStringLiteral("%1 has an unsupported VALUE type").arg(latin(line.name)));
    return checkTzid(scan, line, parsed->utc);
}

Status checkPeriod(const ScanLine &line, const QByteArray &value)
{
    const qsizetype slash = value.indexOf('/');
    const auto bad = [&line] {
        return lineError(
            line.number, QStringLiteral("%1 has a period that is not valid").arg(latin(line.name)));
    };
    if (slash < 0)
        return bad();
    const QByteArray startText = value.left(slash).trimmed();
    const QByteArray endText = value.mid(slash + 1).trimmed();
    const auto start = parseTimeText(startText);
    if (!start || start->isDate)
        return bad();
    if (endText.startsWith('P') || endText.startsWith('+') || endText.startsWith('-')) {
        if (!validDuration(endText, false))
            return bad();
        return {};
    }
    const auto end = parseTimeText(endText);
    if (!end || end->isDate || end->utc != start->utc || endText <= startText)
        return bad();
    return {};
}

Status checkComponent(const Scan &scan, const ScanComponent &comp)
{
    const bool event = comp.name == "VEVENT";
    const bool freeBusy = comp.name == "VFREEBUSY";
    if (!event && !freeBusy)
        return {};
    QHash<QByteArray, int> seen;
    for (const ScanLine &line : comp.lines) {
        const int count = ++seen[line.name];
        const bool single = line.name == "DTSTART" || line.name == "DTEND"
            || line.name == "DURATION" || line.name == "RECURRENCE-ID";
        if (single && count > 1)
            return lineError(line.number,
                QStringLiteral("a second %1 in one %2").arg(latin(line.name), latin(comp.name)));
        if (line.name == "DTSTART" || line.name == "DTEND"
            || (event && line.name == "RECURRENCE-ID")) {
            if (auto s = checkTimeValue(scan, line, line.value); !s)
                return s;
        } else if (event && line.name == "DURATION") {
            if (!validDuration(line.value.trimmed(), false))
                return lineError(
                    line.number, QStringLiteral("DURATION is not a valid, non-negative duration"));
        } else if (event && line.name == "RRULE") {
            const QByteArray rule = line.value.trimmed();
            const icalrecurrencetype r = icalrecurrencetype_from_string(rule.constData());
            if (r.freq == ICAL_NO_RECURRENCE)
                return lineError(
                    line.number, QStringLiteral("RRULE is not a valid recurrence rule"));
            // libical searches every second (or minute) for rules that
            // cannot occur; busy times never repeat that often.
            if (r.freq == ICAL_SECONDLY_RECURRENCE || r.freq == ICAL_MINUTELY_RECURRENCE)
                return lineError(line.number,
                    QStringLiteral(
                        "RRULE repeats more often than hourly, which busy times do not support"));
        } else if (event && (line.name == "EXDATE" || line.name == "RDATE")) {
            const bool periods = line.param("VALUE").toUpper() == "PERIOD";
            for (const QByteArray &part : line.value.split(',')) {
                if (periods) {
                    if (auto s = checkPeriod(line, part.trimmed()); !s)
                        return s;
                    if (auto s = checkTzid(scan, line, part.trimmed().endsWith('Z')); !s)
                        return s;
                } else if (auto s = checkTimeValue(scan, line, part); !s) {
                    return s;
                }
            }
        } else if (freeBusy && line.name == "FREEBUSY") {
            for (const QByteArray &part : line.value.split(',')) {
                if (auto s = checkPeriod(line, part.trimmed()); !s)
                    return s;
            }
        }
    }
    if (event) {
        if (!seen.contains("DTSTART"))
            return lineError(comp.beginLine, QStringLiteral("VEVENT has no DTSTART"));
        if (seen.contains("DTEND") && seen.contains("DURATION"))
            return lineError(comp.first("DURATION")->number,
                QStringLiteral("VEVENT has both DTEND and DURATION"));
    }
    return {};
}

Result<Scan> scanIcs(const QByteArray &bytes)
{
    const QList<Logical> logical = unfold(bytes);
    if (logical.isEmpty())
        return invalid(QStringLiteral("the calendar is empty"));
    Scan scan;
    QList<int> stack;
    bool done = false;
    for (const Logical &l : logical) {
        if (stack.isEmpty() && !done) {
            if (l.text.trimmed().toUpper() != "BEGIN:VCALENDAR")
                return lineError(l.number,
                    QStringLiteral("not an iCalendar file (it must begin with BEGIN:VCALENDAR)"));
        }
        std::optional<ScanLine> line = parseContentLine(l);
        if (!line)
            return lineError(
                l.number, QStringLiteral("not an iCalendar content line (NAME;PARAMETERS:value)"));
        if (done)
            return lineError(l.number,
                QStringLiteral("content after END:VCALENDAR (import one calendar at a time)"));
        if (line->name == "BEGIN" || line->name == "END") {
            const QByteArray name = line->value.trimmed().toUpper();
            if (!isToken(name))
                return lineError(l.number,
                    QStringLiteral("%1 without a valid component name").arg(latin(line->name)));
            if (line->name == "BEGIN") {
                if (name == "VCALENDAR" && !scan.components.isEmpty())
                    return lineError(
                        l.number, QStringLiteral("BEGIN:VCALENDAR inside another component"));
                ScanComponent comp;
                comp.name = name;
                comp.beginLine = l.number;
                if (!stack.isEmpty())
                    scan.components[stack.last()].children.append(int(scan.components.size()));
                stack.append(int(scan.components.size()));
                scan.components.append(std::move(comp));
                continue;
            }
            const ScanComponent &top = scan.components.at(stack.last());
            if (top.name == name) {
                stack.removeLast();
                done = stack.isEmpty();
                continue;
            }
            const bool opened = std::any_of(stack.cbegin(), stack.cend(),
                [&](int i) { return scan.components.at(i).name == name; });
            if (opened)
                return lineError(
                    top.beginLine, QStringLiteral("BEGIN:%1 has no END:%1").arg(latin(top.name)));
            return lineError(
                l.number, QStringLiteral("END:%1 without a BEGIN:%1").arg(latin(name)));
        }
        ScanComponent &comp = scan.components[stack.last()];
        if (scan.firstTzid.isEmpty()) {
            if (comp.name == "VTIMEZONE" && line->name == "TZID")
                scan.firstTzid = line->value.trimmed();
            else if (!line->param("TZID").isEmpty())
                scan.firstTzid = line->param("TZID");
        }
        if (comp.name == "VTIMEZONE" && line->name == "TZID")
            scan.fileTzids.insert(line->value.trimmed());
        comp.lines.append(std::move(*line));
    }
    if (!stack.isEmpty()) {
        const ScanComponent &top = scan.components.at(stack.last());
        return lineError(
            top.beginLine, QStringLiteral("BEGIN:%1 has no END:%1").arg(latin(top.name)));
    }
    for (const ScanComponent &comp : std::as_const(scan.components)) {
        if (auto s = checkComponent(scan, comp); !s)
            return s.error();
    }
    return scan;
}

// --- libical's tree, paired with the scan -----------------------------------------

struct IcalFree {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using IcalPtr = std::unique_ptr<icalcomponent, IcalFree>;

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
        // RFC 5545 3.7/3.8.8.2: properties and components of names it does
        // not know are ignored, as this store ignores them anyway.
        if ((type == ICAL_XLICERRORTYPE_PROPERTYPARSEERROR
                && text.startsWith("Parse error in property name"))
            || (type == ICAL_XLICERRORTYPE_COMPONENTPARSEERROR
                && text.startsWith("Parse error in component name"))) {
            continue;
        }
        LibicalError error;
        if (index >= 0) {
            const ScanComponent &comp = scan.components.at(index);
            if (const ScanLine *l = lineForError(comp, text)) {
                const bool parameter = type == ICAL_XLICERRORTYPE_PARAMETERNAMEPARSEERROR
                    || type == ICAL_XLICERRORTYPE_PARAMETERVALUEPARSEERROR;
                error = { l->number,
                    parameter ? QStringLiteral("a parameter of %1 could not be parsed")
                                    .arg(latin(l->name))
                              : QStringLiteral("%1 could not be parsed").arg(latin(l->name)) };
            } else {
                error = { comp.beginLine,
                    QStringLiteral("a property of %1 could not be parsed").arg(latin(comp.name)) };
            }
        } else {
            error = { 1, QStringLiteral("the calendar could not be parsed") };
        }
        if (!first || error.line < first->line)
            first = error;
    }
    for (icalcomponent *child = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); child;
         child = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT)) {
        collectErrors(child, scan, map, first);
    }
}

// --- From events to intervals ---------------------------------------------------

struct Span {
    qint64 start = 0;
    qint64 end = 0;
};

struct Expansion {
    icalcomponent *calendar = nullptr;
    const Scan *scan = nullptr;
    const QHash<const icalcomponent *, int> *map = nullptr;
    Zone calendarZone;
    qint64 nowMs = 0;
    qint64 horizonEndMs = 0;
    QElapsedTimer timer;
    QList<Span> spans;

    int lineOf(icalcomponent *c, const char *property) const
    {
        const int index = map->value(c, -1);
        if (index < 0)
            return 1;
        const ScanComponent &comp = scan->components.at(index);
        const ScanLine *l = comp.first(property);
        return l ? l->number : comp.beginLine;
    }

    void add(qint64 start, qint64 end)
    {
        if (end > start && end > nowMs && start < horizonEndMs)
            spans.append(Span { start, end });
    }

    // The zone a time value is in: UTC, its TZID, or (floating times and
    // dates) the calendar's.
    std::optional<Zone> zoneOf(icalproperty *p, const icaltimetype &t) const
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
};

QString uidOf(icalcomponent *event)
{
    const char *uid = icalcomponent_get_uid(event);
    return uid ? QString::fromUtf8(uid) : QString();
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

Status expandEvent(Expansion &x, icalcomponent *event, const Instants &overridden, bool isOverride)
{
    icalproperty *dtstartProp = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    if (!dtstartProp)
        return lineError(x.lineOf(event, "BEGIN"), QStringLiteral("VEVENT has no DTSTART"));
    const icaltimetype dtstart = icalproperty_get_dtstart(dtstartProp);
    if (icaltime_is_null_time(dtstart))
        return lineError(
            x.lineOf(event, "DTSTART"), QStringLiteral("DTSTART is not a valid date or date-time"));
    const std::optional<Zone> zone = x.zoneOf(dtstartProp, dtstart);
    if (!zone)
        return lineError(x.lineOf(event, "DTSTART"),
            QStringLiteral("DTSTART names a time zone (TZID) that cannot be used"));
    const bool allDay = dtstart.is_date != 0;
    const qint64 firstStartMs = toMs(dtstart, *zone);

    // How an occurrence's end follows from its start.
    enum class EndKind { None, Days, Exact, Duration } endKind = EndKind::None;
    qint64 exactMs = 0;
    qint64 days = 0;
    qint64 extraMs = 0;
    if (icalproperty *dtendProp = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)) {
        const icaltimetype dtend = icalproperty_get_dtend(dtendProp);
        const std::optional<Zone> endZone = x.zoneOf(dtendProp, dtend);
        if (icaltime_is_null_time(dtend) || !endZone)
            return lineError(x.lineOf(event, "DTEND"), QStringLiteral("DTEND cannot be used"));
        if (allDay && dtend.is_date) {
            endKind = EndKind::Days;
            days = dateOf(dtstart).daysTo(dateOf(dtend));
            if (days < 0)
                return lineError(
                    x.lineOf(event, "DTEND"), QStringLiteral("DTEND is before DTSTART"));
        } else {
            endKind = EndKind::Exact;
            exactMs = toMs(dtend, *endZone) - firstStartMs;
            if (exactMs < 0)
                return lineError(
                    x.lineOf(event, "DTEND"), QStringLiteral("DTEND is before DTSTART"));
        }
    } else if (icalproperty *durationProp
        = icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY)) {
        const icaldurationtype d = icalproperty_get_duration(durationProp);
        if (d.is_neg)
            return lineError(x.lineOf(event, "DURATION"), QStringLiteral("DURATION is negative"));
        endKind = EndKind::Duration;
        days = qint64 { d.weeks } * 7 + d.days; // nominal: whole days of the local calendar
        extraMs = (qint64 { d.hours } * 3600 + qint64 { d.minutes } * 60 + d.seconds) * 1000;
    } else if (allDay) {
        endKind = EndKind::Days;
        days = 1;
    }

    const auto endFor = [&](QDate localDate, QTime localTime, qint64 startMs) -> qint64 {
        switch (endKind) {
        case EndKind::None:
            return startMs;
        case EndKind::Exact:
            return startMs + exactMs;
        case EndKind::Days:
            return wallToMs(localDate.addDays(days), QTime(0, 0), *zone);
        case EndKind::Duration:
            return (days ? wallToMs(localDate.addDays(days), localTime, *zone) : startMs) + extraMs;
        }
        return startMs;
    };

    // Exclusions: EXDATEs, and occurrences that overrides replace.
    Instants excluded = overridden;
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
        const icaltimetype t = icalproperty_get_exdate(p);
        if (icaltime_is_null_time(t))
            continue;
        if (t.is_date) {
            excluded.dates.insert(dateOf(t));
            continue;
        }
        const std::optional<Zone> z = x.zoneOf(p, t);
        if (!z)
            return lineError(x.lineOf(event, "EXDATE"),
                QStringLiteral("EXDATE names a time zone (TZID) that cannot be used"));
        excluded.ms.insert(toMs(t, *z));
    }

    const auto occurrence = [&](const icaltimetype &t) {
        const qint64 startMs = toMs(t, *zone);
        const QDate localDate = dateOf(t);
        if (excluded.contains(startMs, localDate))
            return;
        x.add(startMs, endFor(localDate, timeOf(t), startMs));
    };

    icalproperty *rrule
        = isOverride ? nullptr : icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
    icalproperty *rdate
        = isOverride ? nullptr : icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY);
    if (!rrule && !rdate) {
        occurrence(dtstart);
        return {};
    }
    bool dtstartSeen = false;
    for (; rrule; rrule = icalcomponent_get_next_property(event, ICAL_RRULE_PROPERTY)) {
        icalrecurrencetype rule = icalproperty_get_rrule(rrule);
        // UNTIL is compared here, in UTC: libical compares a floating or
        // TZID start's wall time with a UTC UNTIL.
        std::optional<qint64> untilMs;
        if (!icaltime_is_null_time(rule.until)) {
            if (rule.until.is_date)
                untilMs = allDay ? wallToMs(dateOf(rule.until), QTime(0, 0), *zone)
                                 : wallToMs(dateOf(rule.until).addDays(1), QTime(0, 0), *zone) - 1;
            else
                untilMs = toMs(rule.until, icaltime_is_utc(rule.until) ? utcZone() : *zone);
        }
        // libical gets an UNTIL all the same, two days past the last instant
        // that matters in wall time: it bounds its search for rules that
        // never occur (FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30).
        {
            const QDateTime bound
                = utcFromMs(qMin(untilMs.value_or(x.horizonEndMs), x.horizonEndMs) + 2 * kDayMs);
            rule.until = icaltime_null_time();
            rule.until.year = bound.date().year();
            rule.until.month = bound.date().month();
            rule.until.day = bound.date().day();
            rule.until.is_date = dtstart.is_date;
            if (!dtstart.is_date) {
                rule.until.hour = bound.time().hour();
                rule.until.minute = bound.time().minute();
                rule.until.second = bound.time().second();
            }
        }
        icaltimetype start = dtstart;
        start.zone = nullptr;
        icalrecur_iterator *it = icalrecur_iterator_new(rule, start);
        if (!it)
            return lineError(x.lineOf(event, "RRULE"), QStringLiteral("RRULE cannot be expanded"));
        const std::unique_ptr<icalrecur_iterator, void (*)(icalrecur_iterator *)> guard(
            it, icalrecur_iterator_free);
        int n = 0;
        for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t);
             t = icalrecur_iterator_next(it)) {
            if (++n > kMaxOccurrences)
                return lineError(x.lineOf(event, "RRULE"),
                    QStringLiteral("RRULE has more than %1 occurrences before the horizon's end")
                        .arg(kMaxOccurrences));
            if (x.timer.hasExpired(kMaxExpansionMs))
                return lineError(x.lineOf(event, "RRULE"),
                    QStringLiteral("the calendar's recurrences take too long to expand"));
            const qint64 startMs = toMs(t, *zone);
            if (startMs >= x.horizonEndMs || (untilMs && startMs > *untilMs))
                break;
            if (startMs == firstStartMs) {
                if (dtstartSeen)
                    continue;
                dtstartSeen = true;
            }
            occurrence(t);
        }
    }
    // RFC 5545: DTSTART is the first instance, whether or not a rule yields it.
    if (!dtstartSeen)
        occurrence(dtstart);
    for (; rdate; rdate = icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY)) {
        const icaldatetimeperiodtype r = icalproperty_get_rdate(rdate);
        if (!icaltime_is_null_time(r.period.start)) {
            const std::optional<Zone> z = x.zoneOf(rdate, r.period.start);
            if (!z)
                return lineError(x.lineOf(event, "RDATE"),
                    QStringLiteral("RDATE names a time zone (TZID) that cannot be used"));
            const qint64 startMs = toMs(r.period.start, *z);
            const qint64 endMs = icaltime_is_null_time(r.period.end)
                ? startMs + qint64 { icaldurationtype_as_int(r.period.duration) } * 1000
                : toMs(r.period.end, icaltime_is_utc(r.period.end) ? utcZone() : *z);
            if (!excluded.ms.contains(startMs))
                x.add(startMs, endMs);
            continue;
        }
        if (icaltime_is_null_time(r.time))
            continue;
        const std::optional<Zone> z = x.zoneOf(rdate, r.time);
        if (!z)
            return lineError(x.lineOf(event, "RDATE"),
                QStringLiteral("RDATE names a time zone (TZID) that cannot be used"));
        // An extra occurrence, as long as the event's; a days-based end
        // counts from the RDATE's own wall time (it is in the event's zone
        // in practice).
        const qint64 startMs = toMs(r.time, *z);
        if (startMs == firstStartMs || excluded.contains(startMs, dateOf(r.time)))
            continue;
        x.add(startMs, endFor(dateOf(r.time), timeOf(r.time), startMs));
    }
    return {};
}

Status readFreeBusy(Expansion &x, icalcomponent *fb, int *periods)
{
    for (icalproperty *p = icalcomponent_get_first_property(fb, ICAL_FREEBUSY_PROPERTY); p;
         p = icalcomponent_get_next_property(fb, ICAL_FREEBUSY_PROPERTY)) {
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

QList<Span> merged(QList<Span> spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.start < b.start || (a.start == b.start && a.end < b.end);
    });
    QList<Span> out;
    for (const Span &s : std::as_const(spans)) {
        if (!out.isEmpty() && s.start <= out.last().end)
            out.last().end = qMax(out.last().end, s.end);
        else
            out.append(s);
    }
    return out;
}

// The calendar's zone for floating times and dates: X-WR-TIMEZONE, else
// the first TZID, else UTC. The name is what the store keeps: an IANA id.
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

// --- Guests -----------------------------------------------------------------------

bool validEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)\.)+([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$)"));
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    return email.size() <= 254 && at > 0 && at <= 64 && re.match(email).hasMatch();
}

// +, then 8 to 15 digits; spaces, dots, dashes and parentheses are dropped.
std::optional<QString> normalizedPhone(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.')
            || c == QLatin1Char('(') || c == QLatin1Char(')'))
            continue;
        digits.append(c);
    }
    if (digits.isEmpty())
        return QString();
    static const QRegularExpression re(QStringLiteral(R"(^\+[1-9][0-9]{7,14}$)"));
    if (!re.match(digits).hasMatch())
        return std::nullopt;
    return digits;
}

Status checkTermsVersion(const QString &version, const QString &whose)
{
    if (version.trimmed().isEmpty())
        return invalid(QStringLiteral("the %1's terms-of-use version is missing").arg(whose));
    if (version.size() > kMaxTermsChars || hasControl(version))
        return invalid(QStringLiteral(
            "the %1's terms-of-use version is 1 to %2 characters, without control characters")
                           .arg(whose)
                           .arg(kMaxTermsChars));
    return {};
}

// --- The store ------------------------------------------------------------------------

constexpr auto kUserColumns = "u.user, u.time_zone, u.hours_start_min, u.hours_end_min, "
                              "u.imported_ms, u.terms_version, u.terms_ms, "
                              "(SELECT count(*) FROM scheduler_busy b WHERE b.user = u.user), "
                              "(SELECT count(*) FROM scheduler_booking k WHERE k.user = u.user)";

Scheduler::User userFrom(const Statement &s)
{
    Scheduler::User u;
    u.user = s.text(0);
    u.timeZone = s.text(1);
    u.hoursStart = QTime::fromMSecsSinceStartOfDay(int(s.int64(2) * kMinuteMs));
    u.hoursEnd = QTime::fromMSecsSinceStartOfDay(int(s.int64(3) * kMinuteMs));
    if (!s.isNull(4))
        u.importedAt = utcFromMs(s.int64(4));
    u.termsVersion = s.text(5);
    if (!s.isNull(6))
        u.termsAt = utcFromMs(s.int64(6));
    u.busyIntervals = s.int64(7);
    u.bookings = s.int64(8);
    return u;
}

Result<std::optional<Scheduler::User>> findUser(Database &db, const QString &user)
{
    auto stmt = db.prepare(QStringLiteral("SELECT %1 FROM scheduler_user u WHERE user = ?1")
                               .arg(QLatin1String(kUserColumns)));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, user);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Scheduler::User>();
    return std::optional<Scheduler::User>(userFrom(stmt.value()));
}

Result<Scheduler::User> requireUser(Database &db, const QString &user)
{
    auto found = findUser(db, user);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no scheduler user of that name"));
    return **found;
}

// A user row with the defaults, unless there is one.
Status ensureUser(Database &db, const QString &user)
{
    auto stmt = db.prepare(QStringLiteral("INSERT OR IGNORE INTO scheduler_user (user, time_zone, "
                                          "time_zone_set, hours_start_min, hours_end_min) "
                                          "VALUES (?1, 'UTC', 0, ?2, ?3)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, user).bind(2, kDefaultHoursStart).bind(3, kDefaultHoursEnd);
    return stmt->run();
}

QTimeZone zoneOfUser(const Scheduler::User &user)
{
    const QTimeZone tz = qtZoneFor(user.timeZone.toUtf8());
    return tz.isValid() ? tz : QTimeZone::utc();
}

// The working hours of one local day, as UTC ms; nullopt when the day has none.
std::optional<Span> hoursOn(const Scheduler::User &user, const QTimeZone &tz, QDate day)
{
    const QDateTime start(day, user.hoursStart, tz);
    const QDateTime end(day, user.hoursEnd, tz);
    if (!start.isValid() || !end.isValid() || end <= start)
        return std::nullopt;
    return Span { start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch() };
}

Result<QList<Span>> spansOf(
    Database &db, const QString &sql, const QString &user, qint64 from, qint64 to)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, user).bind(2, from).bind(3, to);
    QList<Span> out;
    if (auto s = stmt->each([&] { out.append(Span { stmt->int64(0), stmt->int64(1) }); }); !s)
        return s.error();
    return out;
}

// Busy intervals and bookings overlapping [from, to), merged.
Result<QList<Span>> blockedSpans(Database &db, const QString &user, qint64 from, qint64 to)
{
    auto busy = spansOf(db,
        QStringLiteral("SELECT start_ms, end_ms FROM scheduler_busy WHERE user = ?1 AND end_ms > "
                       "?2 AND start_ms < ?3"),
        user, from, to);
    if (!busy)
        return busy.error();
    auto booked = spansOf(db,
        QStringLiteral("SELECT start_ms, end_ms FROM scheduler_booking WHERE user = ?1 AND end_ms "
                       "> ?2 AND start_ms < ?3"),
        user, from, to);
    if (!booked)
        return booked.error();
    return merged(busy.value() + booked.value());
}

} // namespace

Scheduler::Scheduler(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

const char *Scheduler::schemaSql()
{
    return R"SQL(
CREATE TABLE scheduler_user (
    user TEXT PRIMARY KEY,
    time_zone TEXT NOT NULL,
    time_zone_set INTEGER NOT NULL DEFAULT 0,
    hours_start_min INTEGER NOT NULL,
    hours_end_min INTEGER NOT NULL,
    imported_ms INTEGER,
    terms_version TEXT,
    terms_ms INTEGER);
CREATE TABLE scheduler_busy (
    user TEXT NOT NULL,
    start_ms INTEGER NOT NULL,
    end_ms INTEGER NOT NULL,
    PRIMARY KEY (user, start_ms));
CREATE TABLE scheduler_booking (
    id INTEGER PRIMARY KEY,
    user TEXT NOT NULL,
    start_ms INTEGER NOT NULL,
    end_ms INTEGER NOT NULL,
    guest_name TEXT NOT NULL,
    guest_email TEXT NOT NULL,
    guest_phone TEXT,
    user_terms_version TEXT NOT NULL,
    user_terms_ms INTEGER NOT NULL,
    guest_terms_version TEXT NOT NULL,
    guest_terms_ms INTEGER NOT NULL,
    created_ms INTEGER NOT NULL);
CREATE INDEX scheduler_booking_user_start ON scheduler_booking (user, start_ms);
CREATE INDEX scheduler_booking_end ON scheduler_booking (end_ms);
)SQL";
}

Result<Scheduler::ImportSummary> Scheduler::importIcs(
    const QString &user, const QByteArray &ics, int horizonDays)
{
    if (auto s = checkUserName(user); !s)
        return s.error();
    if (horizonDays < 1 || horizonDays > kMaxHorizonDays)
        return invalid(QStringLiteral("the horizon is 1 to %1 days, not %2")
                           .arg(kMaxHorizonDays)
                           .arg(horizonDays));
    if (ics.size() > kMaxIcsBytes)
        return invalid(
            QStringLiteral("the calendar is larger than %1 MiB").arg(kMaxIcsBytes / (1024 * 1024)));
    QByteArray bytes = ics;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty())
        return invalid(QStringLiteral("the calendar is empty"));
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return lineError(int(bytes.left(nul).count('\n')) + 1,
            QStringLiteral("a NUL byte (not an iCalendar text file)"));

    auto scan = scanIcs(bytes);
    if (!scan)
        return scan.error();

    IcalPtr root(icalparser_parse_string(bytes.constData()));
    if (!root || icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT)
        return lineError(scan->components.at(0).beginLine,
            QStringLiteral("libical could not read the VCALENDAR"));
    QHash<const icalcomponent *, int> map;
    pairComponents(root.get(), 0, scan.value(), map);
    std::optional<LibicalError> libicalError;
    collectErrors(root.get(), scan.value(), map, libicalError);
    if (libicalError)
        return lineError(libicalError->line, libicalError->what);

    ImportSummary summary;
    Expansion x;
    x.calendar = root.get();
    x.scan = &scan.value();
    x.map = &map;
    QString zoneName;
    std::tie(x.calendarZone, zoneName) = calendarZone(root.get(), scan.value());
    x.nowMs = m_clock.nowMs();
    x.horizonEndMs = x.nowMs + qint64 { horizonDays } * kDayMs;
    x.timer.start();

    // Overrides (RECURRENCE-ID) first: the occurrences they replace.
    QHash<QString, Instants> overridden;
    for (icalcomponent *e = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT)) {
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
    for (icalcomponent *e = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT)) {
        ++summary.eventsRead;
        bool cancelled = false;
        if (blocksNothing(e, &cancelled)) {
            ++(cancelled ? summary.cancelledSkipped : summary.transparentSkipped);
            continue;
        }
        const bool isOverride
            = icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY) != nullptr;
        if (auto s
            = expandEvent(x, e, isOverride ? Instants() : overridden.value(uidOf(e)), isOverride);
            !s)
            return s.error();
    }
    for (icalcomponent *fb
         = icalcomponent_get_first_component(root.get(), ICAL_VFREEBUSY_COMPONENT);
         fb; fb = icalcomponent_get_next_component(root.get(), ICAL_VFREEBUSY_COMPONENT)) {
        if (auto s = readFreeBusy(x, fb, &summary.freeBusyPeriods); !s)
            return s.error();
    }
    const QList<Span> spans = merged(std::move(x.spans));
    root.reset();

    // Store: the user's intervals replaced in one transaction.
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto s = ensureUser(m_db, user); !s)
        return s.error();
    {
        auto update = m_db.prepare(QStringLiteral("UPDATE scheduler_user SET time_zone = CASE WHEN "
                                                  "time_zone_set THEN time_zone ELSE ?2 END, "
                                                  "imported_ms = ?3 WHERE user = ?1"));
        if (!update)
            return update.error();
        update->bind(1, user).bind(2, zoneName).bind(3, x.nowMs);
        if (auto s = update->run(); !s)
            return s.error();
        auto wipe = m_db.prepare(QStringLiteral("DELETE FROM scheduler_busy WHERE user = ?1"));
        if (!wipe)
            return wipe.error();
        wipe->bind(1, user);
        if (auto s = wipe->run(); !s)
            return s.error();
        auto insert = m_db.prepare(QStringLiteral(
            "INSERT INTO scheduler_busy (user, start_ms, end_ms) VALUES (?1, ?2, ?3)"));
        if (!insert)
            return insert.error();
        for (const Span &s : spans) {
            insert->reset();
            insert->bind(1, user).bind(2, s.start).bind(3, s.end);
            if (auto r = insert->run(); !r)
                return r.error();
        }
    }
    if (auto s = tx->commit(); !s)
        return s.error();
    summary.busyIntervals = int(spans.size());
    summary.timeZone = zoneName;
    return summary;
}

Status Scheduler::setWorkingHours(
    const QString &user, QTime start, QTime end, const QString &timeZone)
{
    if (auto s = checkUserName(user); !s)
        return s;
    if (!start.isValid() || !end.isValid())
        return invalid(QStringLiteral("working hours need a valid start and end time"));
    const int startMin = start.msecsSinceStartOfDay() / int(kMinuteMs);
    const int endMin = end.msecsSinceStartOfDay() / int(kMinuteMs);
    if (startMin >= endMin)
        return invalid(QStringLiteral("working hours must end after they start"));
    QString zoneId;
    if (!timeZone.isEmpty()) {
        const QTimeZone tz = qtZoneFor(timeZone.toUtf8());
        if (!tz.isValid())
            return invalid(QStringLiteral("unknown time zone: %1").arg(timeZone.left(80)));
        zoneId = QString::fromUtf8(tz.id());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto s = ensureUser(m_db, user); !s)
        return s;
    {
        auto stmt = m_db.prepare(zoneId.isEmpty()
                ? QStringLiteral("UPDATE scheduler_user SET hours_start_min = ?2, hours_end_min = "
                                 "?3 WHERE user = ?1")
                : QStringLiteral("UPDATE scheduler_user SET hours_start_min = ?2, hours_end_min = "
                                 "?3, time_zone = ?4, "
                                 "time_zone_set = 1 WHERE user = ?1"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, user).bind(2, startMin).bind(3, endMin);
        if (!zoneId.isEmpty())
            stmt->bind(4, zoneId);
        if (auto s = stmt->run(); !s)
            return s;
    }
    return tx->commit();
}

Status Scheduler::setUserTerms(const QString &user, const QString &version, const QDateTime &at)
{
    if (auto s = checkUserName(user); !s)
        return s;
    if (auto s = checkTermsVersion(version, QStringLiteral("user")); !s)
        return s;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto s = ensureUser(m_db, user); !s)
        return s;
    {
        auto stmt = m_db.prepare(QStringLiteral(
            "UPDATE scheduler_user SET terms_version = ?2, terms_ms = ?3 WHERE user = ?1"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, user)
            .bind(2, version.trimmed())
            .bind(3, at.isValid() ? at.toMSecsSinceEpoch() : m_clock.nowMs());
        if (auto s = stmt->run(); !s)
            return s;
    }
    return tx->commit();
}

Result<QList<Scheduler::User>> Scheduler::users()
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT %1, n.start_ms, n.end_ms FROM scheduler_user u LEFT JOIN scheduler_busy n "
        "ON n.user = u.user AND n.start_ms = (SELECT min(start_ms) FROM scheduler_busy b "
        "WHERE b.user = u.user AND b.end_ms > ?1) ORDER BY u.user")
                                 .arg(QLatin1String(kUserColumns)));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, m_clock.nowMs());
    QList<User> out;
    if (auto s = stmt->each([&] {
            User u = userFrom(stmt.value());
            if (!stmt->isNull(9))
                u.nextBusy = { utcFromMs(stmt->int64(9)), utcFromMs(stmt->int64(10)) };
            out.append(std::move(u));
        });
        !s) {
        return s.error();
    }
    return out;
}

Result<QList<Scheduler::Interval>> Scheduler::busy(
    const QString &user, const QDateTime &from, const QDateTime &to)
{
    if (auto u = requireUser(m_db, user); !u)
        return u.error();
    const qint64 fromMs
        = from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 toBound
        = to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    auto spans = spansOf(m_db,
        QStringLiteral("SELECT start_ms, end_ms FROM scheduler_busy WHERE user = ?1 AND end_ms > "
                       "?2 AND start_ms < ?3 "
                       "ORDER BY start_ms"),
        user, fromMs, toBound);
    if (!spans)
        return spans.error();
    QList<Interval> out;
    for (const Span &s : std::as_const(spans.value()))
        out.append(Interval { utcFromMs(s.start), utcFromMs(s.end) });
    return out;
}

Result<QList<Scheduler::Interval>> Scheduler::slots(
    const QString &user, QDate from, QDate to, int lengthMinutes)
{
    if (lengthMinutes < kMinSlotMinutes || lengthMinutes > kMaxSlotMinutes)
        return invalid(QStringLiteral("a slot is %1 to %2 minutes long, not %3")
                           .arg(kMinSlotMinutes)
                           .arg(kMaxSlotMinutes)
                           .arg(lengthMinutes));
    if (!from.isValid() || !to.isValid())
        return invalid(QStringLiteral("slots need a valid first and last day"));
    if (from > to)
        return invalid(QStringLiteral("the first day is after the last day"));
    if (from.daysTo(to) + 1 > kMaxSlotDays)
        return invalid(QStringLiteral("slots cover at most %1 days, not %2")
                           .arg(kMaxSlotDays)
                           .arg(from.daysTo(to) + 1));
    auto u = requireUser(m_db, user);
    if (!u)
        return u.error();
    const QTimeZone tz = zoneOfUser(u.value());
    const qint64 lengthMs = qint64 { lengthMinutes } * kMinuteMs;
    // Every day's hours, then what blocks them, read once.
    QList<Span> days;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (const auto h = hoursOn(u.value(), tz, d))
            days.append(*h);
    }
    if (days.isEmpty())
        return QList<Interval>();
    auto blocked = blockedSpans(m_db, user, days.first().start, days.last().end);
    if (!blocked)
        return blocked.error();
    const qint64 nowMs = m_clock.nowMs();
    QList<Interval> out;
    qsizetype b = 0;
    const QList<Span> &block = blocked.value();
    for (const Span &day : std::as_const(days)) {
        for (qint64 s = day.start; s + lengthMs <= day.end; s += lengthMs) {
            const qint64 e = s + lengthMs;
            while (b < block.size() && block.at(b).end <= s)
                ++b;
            if (s < nowMs)
                continue;
            if (b < block.size() && block.at(b).start < e)
                continue;
            out.append(Interval { utcFromMs(s), utcFromMs(e) });
        }
    }
    return out;
}

Result<qint64> Scheduler::book(const Booking &booking)
{
    auto u = requireUser(m_db, booking.user);
    if (!u)
        return u.error();
    const Interval &slot = booking.slot;
    if (!slot.start.isValid() || !slot.end.isValid() || slot.end <= slot.start)
        return invalid(QStringLiteral("the slot needs a start and a later end"));
    const qint64 startMs = slot.start.toMSecsSinceEpoch();
    const qint64 endMs = slot.end.toMSecsSinceEpoch();
    if (endMs - startMs < kMinSlotMinutes * kMinuteMs
        || endMs - startMs > kMaxSlotMinutes * kMinuteMs)
        return invalid(QStringLiteral("a slot is %1 to %2 minutes long")
                           .arg(kMinSlotMinutes)
                           .arg(kMaxSlotMinutes));
    const QString name = booking.guestName.trimmed();
    if (name.isEmpty() || name.size() > kMaxGuestNameChars || hasControl(name))
        return invalid(
            QStringLiteral("the guest's name is 1 to %1 characters, without control characters")
                .arg(kMaxGuestNameChars));
    const QString email = booking.guestEmail.trimmed();
    if (!validEmail(email))
        return invalid(QStringLiteral("the guest's email address is not valid"));
    const std::optional<QString> phone = normalizedPhone(booking.guestPhone.trimmed());
    if (!phone)
        return invalid(QStringLiteral(
            "the guest's phone number is not valid (+ and 8 to 15 digits, or empty)"));
    QString userTerms = booking.userTermsVersion.trimmed();
    QDateTime userTermsAt = booking.userTermsAt;
    if (userTerms.isEmpty()) {
        userTerms = u->termsVersion;
        userTermsAt = u->termsAt;
    }
    if (auto s = checkTermsVersion(userTerms, QStringLiteral("user")); !s)
        return s.error();
    if (auto s = checkTermsVersion(booking.guestTermsVersion, QStringLiteral("guest")); !s)
        return s.error();
    const qint64 nowMs = m_clock.nowMs();
    if (startMs < nowMs)
        return invalid(QStringLiteral("the slot has already started"));
    const QTimeZone tz = zoneOfUser(u.value());
    const QDate day = slot.start.toTimeZone(tz).date();
    const auto hours = hoursOn(u.value(), tz, day);
    if (!hours || startMs < hours->start || endMs > hours->end)
        return invalid(QStringLiteral("the slot is outside the user's working hours"));

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    qint64 id = 0;
    {
        auto busySpans = spansOf(m_db,
            QStringLiteral("SELECT start_ms, end_ms FROM scheduler_busy WHERE user = ?1 AND end_ms "
                           "> ?2 AND start_ms < ?3"),
            booking.user, startMs, endMs);
        if (!busySpans)
            return busySpans.error();
        if (!busySpans->isEmpty())
            return invalid(
                QStringLiteral("the slot is not free: the user's calendar is busy then"));
        auto booked = spansOf(m_db,
            QStringLiteral("SELECT start_ms, end_ms FROM scheduler_booking WHERE user = ?1 AND "
                           "end_ms > ?2 AND start_ms < ?3"),
            booking.user, startMs, endMs);
        if (!booked)
            return booked.error();
        if (!booked->isEmpty())
            return makeError(ErrorCode::AlreadyExists,
                QStringLiteral("the slot is not free: it overlaps another booking"));
        auto insert = m_db.prepare(
            QStringLiteral("INSERT INTO scheduler_booking (user, start_ms, end_ms, guest_name, "
                           "guest_email, guest_phone, user_terms_version, user_terms_ms, "
                           "guest_terms_version, guest_terms_ms, created_ms) VALUES (?1, ?2, ?3, "
                           "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
        if (!insert)
            return insert.error();
        insert->bind(1, booking.user).bind(2, startMs).bind(3, endMs).bind(4, name).bind(5, email);
        if (phone->isEmpty())
            insert->bindNull(6);
        else
            insert->bind(6, *phone);
        insert->bind(7, userTerms)
            .bind(8, userTermsAt.isValid() ? userTermsAt.toMSecsSinceEpoch() : nowMs)
            .bind(9, booking.guestTermsVersion.trimmed())
            .bind(10,
                booking.guestTermsAt.isValid() ? booking.guestTermsAt.toMSecsSinceEpoch() : nowMs)
            .bind(11, nowMs);
        if (auto s = insert->run(); !s)
            return s.error();
        id = m_db.lastInsertRowId();
    }
    if (auto s = tx->commit(); !s)
        return s.error();
    return id;
}

Result<QList<Scheduler::Booking>> Scheduler::bookings(const QString &user)
{
    if (!user.isEmpty()) {
        if (auto u = requireUser(m_db, user); !u)
            return u.error();
    }
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT id, user, start_ms, end_ms, guest_name, guest_email, guest_phone, "
                       "user_terms_version, user_terms_ms, guest_terms_version, "
                       "guest_terms_ms, created_ms FROM scheduler_booking WHERE ?1 = '' OR user = "
                       "?1 ORDER BY start_ms, id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, user.isEmpty() ? QStringLiteral("") : user);
    QList<Booking> out;
    if (auto s = stmt->each([&] {
            Booking b;
            b.id = stmt->int64(0);
            b.user = stmt->text(1);
            b.slot = Interval { utcFromMs(stmt->int64(2)), utcFromMs(stmt->int64(3)) };
            b.guestName = stmt->text(4);
            b.guestEmail = stmt->text(5);
            b.guestPhone = stmt->text(6);
            b.userTermsVersion = stmt->text(7);
            b.userTermsAt = utcFromMs(stmt->int64(8));
            b.guestTermsVersion = stmt->text(9);
            b.guestTermsAt = utcFromMs(stmt->int64(10));
            b.created = utcFromMs(stmt->int64(11));
            out.append(std::move(b));
        });
        !s) {
        return s.error();
    }
    return out;
}

Result<int> Scheduler::retentionDays()
{
    return EngineSettings(m_db).days(kRetention);
}

Status Scheduler::setRetentionDays(int days)
{
    return EngineSettings(m_db).setDays(kRetention, days);
}

// Bookings past the retention, for both the purge and the count.
const char kExpiredBookings[] = "FROM scheduler_booking WHERE end_ms < ?1";

Result<qint64> Scheduler::expiredCount()
{
    auto days = retentionDays();
    if (!days)
        return days.error();
    return m_db.queryInt(QStringLiteral("SELECT count(*) ") + QLatin1String(kExpiredBookings),
        m_clock.nowMs() - qint64 { days.value() } * kDayMs);
}

Result<qint64> Scheduler::purgeExpired()
{
    auto days = retentionDays();
    if (!days)
        return days.error();
    auto stmt = m_db.prepare(QStringLiteral("DELETE ") + QLatin1String(kExpiredBookings));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, m_clock.nowMs() - qint64 { days.value() } * kDayMs);
    if (auto s = stmt->run(); !s)
        return s.error();
    return qint64 { m_db.changes() };
}

} // namespace relay::core
