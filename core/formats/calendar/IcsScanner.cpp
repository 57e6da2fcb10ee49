#include "IcsScanner.h"

#include "calendar/IcsTimeZones.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

#include <libical/ical.h>

#include <algorithm>
#include <optional>
#include <utility>

namespace relay::core::ics {

namespace {

// --- Lines ---------------------------------------------------------------------------

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

// One parameter's value from t[i] on: quoted or not, a list keeps its commas.
// Leaves i after the value; false for an unterminated quote.
bool readParamValue(const QByteArray &t, qsizetype &i, QByteArray &value)
{
    const qsizetype n = t.size();
    for (;;) {
        if (i < n && t.at(i) == '"') {
            const qsizetype close = t.indexOf('"', i + 1);
            if (close < 0)
                return false;
            value += t.mid(i + 1, close - i - 1);
            i = close + 1;
        } else {
            const qsizetype start = i;
            while (i < n && t.at(i) != ';' && t.at(i) != ':' && t.at(i) != ',' && t.at(i) != '"')
                ++i;
            value += t.mid(start, i - start);
        }
        if (i < n && t.at(i) == ',') {
            value += ',';
            ++i;
            continue;
        }
        return true;
    }
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
        if (!readParamValue(t, i, param.value))
            return std::nullopt;
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

// --- Values ------------------------------------------------------------------------------

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

Status checkRrule(const ScanLine &line)
{
    const QByteArray rule = line.value.trimmed();
    const icalrecurrencetype r = icalrecurrencetype_from_string(rule.constData());
    if (r.freq == ICAL_NO_RECURRENCE)
        return lineError(line.number, QStringLiteral("RRULE is not a valid recurrence rule"));
    // libical searches every second (or minute) for rules that
    // cannot occur; busy times never repeat that often.
    if (r.freq == ICAL_SECONDLY_RECURRENCE || r.freq == ICAL_MINUTELY_RECURRENCE)
        return lineError(line.number,
            QStringLiteral(
                "RRULE repeats more often than hourly, which busy times do not support"));
    return {};
}

// EXDATE or RDATE: a list of dates, date-times or (VALUE=PERIOD) periods.
Status checkDateList(const Scan &scan, const ScanLine &line)
{
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
    return {};
}

// One line of a VEVENT (event) or a VFREEBUSY (not event).
Status checkProperty(const Scan &scan, const ScanLine &line, bool event)
{
    if (line.name == "DTSTART" || line.name == "DTEND" || (event && line.name == "RECURRENCE-ID"))
        return checkTimeValue(scan, line, line.value);
    if (event && line.name == "DURATION") {
        if (!validDuration(line.value.trimmed(), false))
            return lineError(
                line.number, QStringLiteral("DURATION is not a valid, non-negative duration"));
        return {};
    }
    if (event && line.name == "RRULE")
        return checkRrule(line);
    if (event && (line.name == "EXDATE" || line.name == "RDATE"))
        return checkDateList(scan, line);
    if (!event && line.name == "FREEBUSY") {
        for (const QByteArray &part : line.value.split(',')) {
            if (auto s = checkPeriod(line, part.trimmed()); !s)
                return s;
        }
    }
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
        if (auto s = checkProperty(scan, line, event); !s)
            return s;
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

// --- Structure ----------------------------------------------------------------------------

// Takes the logical lines in order: one VCALENDAR, its components nested
// as BEGIN and END say, each line kept in the component it is in.
class StructureScanner
{
public:
    Status take(const Logical &logical);
    Result<Scan> finish();

private:
    Status begin(int number, const QByteArray &name);
    Status end(int number, const QByteArray &name);
    void keep(ScanLine line);
    Error unterminated() const;

    Scan m_scan;
    QList<int> m_stack; // indexes of the open components, outermost first
    bool m_done = false; // END:VCALENDAR seen
};

Status StructureScanner::take(const Logical &logical)
{
    if (m_stack.isEmpty() && !m_done) {
        if (logical.text.trimmed().toUpper() != "BEGIN:VCALENDAR")
            return lineError(logical.number,
                QStringLiteral("not an iCalendar file (it must begin with BEGIN:VCALENDAR)"));
    }
    std::optional<ScanLine> line = parseContentLine(logical);
    if (!line)
        return lineError(logical.number,
            QStringLiteral("not an iCalendar content line (NAME;PARAMETERS:value)"));
    if (m_done)
        return lineError(logical.number,
            QStringLiteral("content after END:VCALENDAR (import one calendar at a time)"));
    if (line->name == "BEGIN" || line->name == "END") {
        const QByteArray name = line->value.trimmed().toUpper();
        if (!isToken(name))
            return lineError(logical.number,
                QStringLiteral("%1 without a valid component name").arg(latin(line->name)));
        return line->name == "BEGIN" ? begin(logical.number, name) : end(logical.number, name);
    }
    keep(std::move(*line));
    return {};
}

Status StructureScanner::begin(int number, const QByteArray &name)
{
    if (name == "VCALENDAR" && !m_scan.components.isEmpty())
        return lineError(number, QStringLiteral("BEGIN:VCALENDAR inside another component"));
    ScanComponent comp;
    comp.name = name;
    comp.beginLine = number;
    const int index = int(m_scan.components.size());
    if (!m_stack.isEmpty())
        m_scan.components[m_stack.last()].children.append(index);
    m_stack.append(index);
    m_scan.components.append(std::move(comp));
    return {};
}

Status StructureScanner::end(int number, const QByteArray &name)
{
    const ScanComponent &top = m_scan.components.at(m_stack.last());
    if (top.name == name) {
        m_stack.removeLast();
        m_done = m_stack.isEmpty();
        return {};
    }
    const bool opened = std::any_of(m_stack.cbegin(), m_stack.cend(),
        [&](int i) { return m_scan.components.at(i).name == name; });
    if (opened)
        return unterminated();
    return lineError(number, QStringLiteral("END:%1 without a BEGIN:%1").arg(latin(name)));
}

void StructureScanner::keep(ScanLine line)
{
    ScanComponent &comp = m_scan.components[m_stack.last()];
    if (m_scan.firstTzid.isEmpty()) {
        if (comp.name == "VTIMEZONE" && line.name == "TZID")
            m_scan.firstTzid = line.value.trimmed();
        else if (!line.param("TZID").isEmpty())
            m_scan.firstTzid = line.param("TZID");
    }
    if (comp.name == "VTIMEZONE" && line.name == "TZID")
        m_scan.fileTzids.insert(line.value.trimmed());
    comp.lines.append(std::move(line));
}

// The innermost open component has no END.
Error StructureScanner::unterminated() const
{
    const ScanComponent &top = m_scan.components.at(m_stack.last());
    return lineError(top.beginLine, QStringLiteral("BEGIN:%1 has no END:%1").arg(latin(top.name)));
}

Result<Scan> StructureScanner::finish()
{
    if (!m_stack.isEmpty())
        return unterminated();
    for (const ScanComponent &comp : std::as_const(m_scan.components)) {
        if (auto s = checkComponent(m_scan, comp); !s)
            return s.error();
    }
    return std::move(m_scan);
}

} // namespace

Error lineError(int line, const QString &what)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("line %1: %2").arg(line).arg(what));
}

QString latin(const QByteArray &token)
{
    return QString::fromLatin1(token);
}

Result<Scan> scanIcs(const QByteArray &bytes)
{
    const QList<Logical> logical = unfold(bytes);
    if (logical.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the calendar is empty"));
    StructureScanner scanner;
    for (const Logical &l : logical) {
        if (auto s = scanner.take(l); !s)
            return s.error();
    }
    return scanner.finish();
}

} // namespace relay::core::ics
