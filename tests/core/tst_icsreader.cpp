// The iCalendar reader on its own, with no database and no clock: folded
// lines, recurrences with EXDATEs and overrides, TZID zones (the file's
// VTIMEZONE, the builtin database, Windows names), all-day events, events
// and periods that block nothing, the range kept, and malformed input
// refused with the exact error naming the line (never a value).
#include "TestSupport.h"

#include "calendar/IcsReader.h"

#include <QTest>

using namespace relay::core;

namespace {

using relay::test::utc;

QByteArray fixture(const char *name)
{
    return relay::test::fixture("calendar", name);
}

// Lines 1-3 of a calendar, then body.
QByteArray withHead(const char *body)
{
    return QByteArray("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\n") + QByteArray(body);
}

// "start/end" in UTC, ISO 8601, one an interval.
QStringList show(const QList<IcsReader::Interval> &list)
{
    QStringList out;
    for (const IcsReader::Interval &i : list)
        out.append(i.start.toUTC().toString(Qt::ISODate) + QLatin1Char('/')
            + i.end.toUTC().toString(Qt::ISODate));
    return out;
}

QString span(const QDateTime &start, const QDateTime &end)
{
    return show({ IcsReader::Interval { start, end } }).constFirst();
}

// The range the scheduler reads by default: 180 days from 2026-11-20 12:00Z.
const QDateTime kFrom = utc(2026, 11, 20, 12, 0);
const QDateTime kTo = kFrom.addDays(180);

} // namespace

class TestIcsReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBusyTimes_data();
    void readsBusyTimes();
    void countsWhatBlocksNothing_data();
    void countsWhatBlocksNothing();
    void malformedInputNamesTheLine_data();
    void malformedInputNamesTheLine();
    void rangeIsChecked_data();
    void rangeIsChecked();
    void timeZoneNames_data();
    void timeZoneNames();
};

void TestIcsReader::readsBusyTimes_data()
{
    QTest::addColumn<QByteArray>("ics");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<QStringList>("busy");
    QTest::addColumn<QString>("timeZone");

    // Folding (RFC 5545 3.1): a CRLF then a space or a tab continues the
    // line, inside a value, a parameter or a long description alike.
    QTest::newRow("folded lines") << QByteArray(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
        "BEGIN:VEVENT\r\nUID:f1\r\nDESCRIPTION:a long line\r\n  folded once\r\n"
        "\tand once with a tab\r\nDTSTART:20261123T1\r\n 50000Z\r\n"
        "DTEND:20261123T16\r\n\t0000Z\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:f2\r\nDTSTART;TZID=America/New\r\n _York:20261124T0"
        "90000\r\nDURATION:PT4\r\n 5M\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                                  << kFrom << kTo
                                  << QStringList { span(utc(2026, 11, 23, 15, 0),
                                                       utc(2026, 11, 23, 16, 0)),
                                         span(utc(2026, 11, 24, 14, 0), utc(2026, 11, 24, 14, 45)) }
                                  << QStringLiteral("America/New_York");

    // Every kind at once: zones, floating times, overlaps merged, all day,
    // transparent and cancelled events, a weekly series with an EXDATE and
    // an override, and events outside the range.
    QTest::newRow("events.ics") << fixture("events.ics") << kFrom << kTo
                                << QStringList { span(utc(2026, 11, 23, 15, 0),
                                                     utc(2026, 11, 23, 17, 30)),
                                       span(utc(2026, 11, 24, 14, 0), utc(2026, 11, 24, 14, 30)),
                                       span(utc(2026, 11, 25, 9, 0), utc(2026, 11, 25, 10, 0)),
                                       span(utc(2026, 11, 26, 5, 0), utc(2026, 11, 28, 5, 0)),
                                       span(utc(2026, 12, 1, 18, 0), utc(2026, 12, 1, 19, 0)),
                                       span(utc(2026, 12, 8, 20, 0), utc(2026, 12, 8, 21, 0)),
                                       span(utc(2026, 12, 22, 18, 0), utc(2026, 12, 22, 19, 0)) }
                                << QStringLiteral("America/New_York");

    QTest::newRow("recurring: weekly, an EXDATE and an override")
        << withHead("BEGIN:VEVENT\nUID:w\nDTSTART:20261124T180000Z\nDTEND:20261124T190000Z\n"
                    "RRULE:FREQ=WEEKLY;COUNT=5\nEXDATE:20261208T180000Z\nEND:VEVENT\n"
                    "BEGIN:VEVENT\nUID:w\nRECURRENCE-ID:20261201T180000Z\n"
                    "DTSTART:20261201T200000Z\nDTEND:20261201T203000Z\nEND:VEVENT\n"
                    "END:VCALENDAR\n")
        << kFrom << kTo
        << QStringList { span(utc(2026, 11, 24, 18, 0), utc(2026, 11, 24, 19, 0)),
               span(utc(2026, 12, 1, 20, 0), utc(2026, 12, 1, 20, 30)),
               span(utc(2026, 12, 15, 18, 0), utc(2026, 12, 15, 19, 0)),
               span(utc(2026, 12, 22, 18, 0), utc(2026, 12, 22, 19, 0)) }
        << QStringLiteral("UTC");
    // A DATE EXDATE takes the occurrence on that local day; UNTIL is inclusive.
    QTest::newRow("recurring: daily in Berlin, a DATE EXDATE, UNTIL")
        << withHead("BEGIN:VEVENT\nUID:d\nDTSTART;TZID=Europe/Berlin:20261130T100000\n"
                    "DURATION:PT1H\nRRULE:FREQ=DAILY;UNTIL=20261203T090000Z\n"
                    "EXDATE;VALUE=DATE:20261202\nEND:VEVENT\nEND:VCALENDAR\n")
        << kFrom << kTo
        << QStringList { span(utc(2026, 11, 30, 9, 0), utc(2026, 11, 30, 10, 0)),
               span(utc(2026, 12, 1, 9, 0), utc(2026, 12, 1, 10, 0)),
               span(utc(2026, 12, 3, 9, 0), utc(2026, 12, 3, 10, 0)) }
        << QStringLiteral("Europe/Berlin");
    QTest::newRow("recurring: RDATEs, one a period of its own length")
        << withHead("BEGIN:VEVENT\nUID:r\nDTSTART:20261201T100000Z\nDTEND:20261201T103000Z\n"
                    "RDATE:20261203T100000Z,20261204T100000Z\n"
                    "RDATE;VALUE=PERIOD:20261205T100000Z/PT2H\nEND:VEVENT\nEND:VCALENDAR\n")
        << kFrom << kTo
        << QStringList { span(utc(2026, 12, 1, 10, 0), utc(2026, 12, 1, 10, 30)),
               span(utc(2026, 12, 3, 10, 0), utc(2026, 12, 3, 10, 30)),
               span(utc(2026, 12, 4, 10, 0), utc(2026, 12, 4, 10, 30)),
               span(utc(2026, 12, 5, 10, 0), utc(2026, 12, 5, 12, 0)) }
        << QStringLiteral("UTC");

    // Each RDATE line counts beside a rule, whatever order the lines come in
    // (libical's property iterator is one per component).
    QTest::newRow("recurring: an RRULE and three RDATE lines")
        << withHead("BEGIN:VEVENT\nUID:rr\nDTSTART:20261201T100000Z\nDTEND:20261201T103000Z\n"
                    "RDATE:20261210T100000Z\nRRULE:FREQ=DAILY;COUNT=2\n"
                    "RDATE:20261211T100000Z\nRDATE:20261212T100000Z\nEND:VEVENT\n"
                    "END:VCALENDAR\n")
        << kFrom << kTo
        << QStringList { span(utc(2026, 12, 1, 10, 0), utc(2026, 12, 1, 10, 30)),
               span(utc(2026, 12, 2, 10, 0), utc(2026, 12, 2, 10, 30)),
               span(utc(2026, 12, 10, 10, 0), utc(2026, 12, 10, 10, 30)),
               span(utc(2026, 12, 11, 10, 0), utc(2026, 12, 11, 10, 30)),
               span(utc(2026, 12, 12, 10, 0), utc(2026, 12, 12, 10, 30)) }
        << QStringLiteral("UTC");

    // Berlin springs forward on 29 March 2026, in the file's own VTIMEZONE.
    QTest::newRow("TZID: the file's VTIMEZONE, across a DST change")
        << fixture("dst-berlin.ics") << utc(2026, 2, 1, 12, 0) << utc(2026, 7, 31, 12, 0)
        << QStringList { span(utc(2026, 3, 27, 11, 0), utc(2026, 3, 27, 12, 0)),
               span(utc(2026, 3, 28, 11, 0), utc(2026, 3, 28, 12, 0)),
               span(utc(2026, 3, 29, 10, 0), utc(2026, 3, 29, 11, 0)) }
        << QStringLiteral("Europe/Berlin");
    // New York springs forward on 8 March 2026; no VTIMEZONE in the file.
    QTest::newRow("TZID: the builtin database, an UNTIL in UTC")
        << fixture("dst-newyork.ics") << utc(2026, 2, 1, 12, 0) << utc(2026, 7, 31, 12, 0)
        << QStringList { span(utc(2026, 3, 6, 15, 0), utc(2026, 3, 6, 16, 0)),
               span(utc(2026, 3, 7, 15, 0), utc(2026, 3, 7, 16, 0)),
               span(utc(2026, 3, 8, 14, 0), utc(2026, 3, 8, 15, 0)),
               span(utc(2026, 3, 9, 14, 0), utc(2026, 3, 9, 15, 0)) }
        << QStringLiteral("America/New_York");
    // Outlook's names and VTIMEZONE; floating times follow the first TZID.
    QTest::newRow("TZID: a Windows zone name")
        << withHead(
               "BEGIN:VTIMEZONE\nTZID:W. Europe Standard Time\n"
               "BEGIN:STANDARD\nDTSTART:16011028T030000\n"
               "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\n"
               "TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD\n"
               "BEGIN:DAYLIGHT\nDTSTART:16010325T020000\n"
               "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\n"
               "TZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
               "BEGIN:VEVENT\nUID:o\nDTSTART;TZID=\"W. Europe Standard Time\":20261125T100000\n"
               "DTEND;TZID=\"W. Europe Standard Time\":20261125T113000\nEND:VEVENT\n"
               "BEGIN:VEVENT\nUID:f\nDTSTART:20261126T100000\nDTEND:20261126T110000\n"
               "END:VEVENT\nEND:VCALENDAR\n")
        << kFrom << kTo
        << QStringList { span(utc(2026, 11, 25, 9, 0), utc(2026, 11, 25, 10, 30)),
               span(utc(2026, 11, 26, 9, 0), utc(2026, 11, 26, 10, 0)) }
        << QStringLiteral("Europe/Berlin");

    // All-day events are days of the calendar's zone (X-WR-TIMEZONE).
    QTest::newRow("all day: no DTEND is one day")
        << withHead("X-WR-TIMEZONE:America/New_York\n"
                    "BEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20261126\nEND:VEVENT\n"
                    "END:VCALENDAR\n")
        << kFrom << kTo << QStringList { span(utc(2026, 11, 26, 5, 0), utc(2026, 11, 27, 5, 0)) }
        << QStringLiteral("America/New_York");
    QTest::newRow("all day: three days across a DST change")
        << withHead("X-WR-TIMEZONE:Europe/Berlin\n"
                    "BEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20270327\n"
                    "DTEND;VALUE=DATE:20270330\nEND:VEVENT\nEND:VCALENDAR\n")
        << kFrom << kTo << QStringList { span(utc(2027, 3, 26, 23, 0), utc(2027, 3, 29, 22, 0)) }
        << QStringLiteral("Europe/Berlin");
    QTest::newRow("all day: weekly, a duration of days")
        << withHead("BEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20261207\nDURATION:P1D\n"
                    "RRULE:FREQ=WEEKLY;COUNT=2\nEND:VEVENT\nEND:VCALENDAR\n")
        << kFrom << kTo
        << QStringList { span(utc(2026, 12, 7, 0, 0), utc(2026, 12, 8, 0, 0)),
               span(utc(2026, 12, 14, 0, 0), utc(2026, 12, 15, 0, 0)) }
        << QStringLiteral("UTC");

    // A transparent event inside busy time neither adds nor cuts.
    QTest::newRow("TRANSPARENT inside a busy event")
        << withHead("BEGIN:VEVENT\nUID:b\nDTSTART:20261130T080000Z\nDTEND:20261130T090000Z\n"
                    "END:VEVENT\n"
                    "BEGIN:VEVENT\nUID:t\nDTSTART:20261130T083000Z\nDTEND:20261130T120000Z\n"
                    "TRANSP:TRANSPARENT\nEND:VEVENT\nEND:VCALENDAR\n")
        << kFrom << kTo << QStringList { span(utc(2026, 11, 30, 8, 0), utc(2026, 11, 30, 9, 0)) }
        << QStringLiteral("UTC");

    QTest::newRow("VFREEBUSY periods")
        << fixture("freebusy.ics") << kFrom << kTo
        << QStringList { span(utc(2026, 11, 23, 14, 0), utc(2026, 11, 23, 15, 0)),
               span(utc(2026, 11, 23, 16, 0), utc(2026, 11, 23, 17, 0)),
               span(utc(2026, 11, 24, 14, 0), utc(2026, 11, 24, 14, 30)),
               span(utc(2026, 11, 26, 15, 0), utc(2026, 11, 26, 16, 0)) }
        << QStringLiteral("UTC");

    // What ends after `from` and starts before `to` is kept, whole.
    QTest::newRow("the range") << withHead(
        "BEGIN:VEVENT\nUID:1\nDTSTART:20261120T100000Z\nDTEND:20261120T110000Z\n"
        "END:VEVENT\n"
        "BEGIN:VEVENT\nUID:2\nDTSTART:20261120T110000Z\nDTEND:20261120T130000Z\n"
        "END:VEVENT\n"
        "BEGIN:VEVENT\nUID:3\nDTSTART:20261121T110000Z\nDTEND:20261121T123000Z\n"
        "END:VEVENT\n"
        "BEGIN:VEVENT\nUID:4\nDTSTART:20261121T120000Z\nDTEND:20261121T130000Z\n"
        "END:VEVENT\n"
        "BEGIN:VEVENT\nUID:5\nDTSTART:20261119T140000Z\nDURATION:PT1H\n"
        "RRULE:FREQ=DAILY\nEND:VEVENT\nEND:VCALENDAR\n")
                               << kFrom << utc(2026, 11, 21, 12, 0)
                               << QStringList { span(utc(2026, 11, 20, 11, 0),
                                                    utc(2026, 11, 20, 13, 0)),
                                      span(utc(2026, 11, 20, 14, 0), utc(2026, 11, 20, 15, 0)),
                                      span(utc(2026, 11, 21, 11, 0), utc(2026, 11, 21, 12, 30)) }
                               << QStringLiteral("UTC");
    QTest::newRow("an empty calendar")
        << QByteArray("BEGIN:VCALENDAR\nX-WR-TIMEZONE:America/New_York\nEND:VCALENDAR\n") << kFrom
        << kTo << QStringList() << QStringLiteral("America/New_York");
}

void TestIcsReader::readsBusyTimes()
{
    QFETCH(QByteArray, ics);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(QStringList, busy);
    QFETCH(QString, timeZone);
    auto r = IcsReader::read(ics, from, to);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(show(r->busy), busy);
    QCOMPARE(r->timeZone, timeZone);
    for (const IcsReader::Interval &i : std::as_const(r->busy)) {
        QCOMPARE(i.start.offsetFromUtc(), 0);
        QCOMPARE(i.end.offsetFromUtc(), 0);
    }
}

void TestIcsReader::countsWhatBlocksNothing_data()
{
    QTest::addColumn<QByteArray>("ics");
    QTest::addColumn<int>("eventsRead");
    QTest::addColumn<int>("transparentSkipped");
    QTest::addColumn<int>("cancelledSkipped");
    QTest::addColumn<int>("freeBusyPeriods");
    QTest::addColumn<int>("busy");

    QTest::newRow("TRANSPARENT blocks nothing")
        << withHead("BEGIN:VEVENT\nUID:t\nDTSTART:20261130T083000Z\nDTEND:20261130T120000Z\n"
                    "TRANSP:TRANSPARENT\nEND:VEVENT\nEND:VCALENDAR\n")
        << 1 << 1 << 0 << 0 << 0;
    QTest::newRow("OPAQUE is busy")
        << withHead("BEGIN:VEVENT\nUID:o\nDTSTART:20261130T083000Z\nDTEND:20261130T120000Z\n"
                    "TRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR\n")
        << 1 << 0 << 0 << 0 << 1;
    QTest::newRow("STATUS:CANCELLED blocks nothing")
        << withHead("BEGIN:VEVENT\nUID:c\nDTSTART:20261130T083000Z\nDTEND:20261130T120000Z\n"
                    "STATUS:CANCELLED\nEND:VEVENT\nEND:VCALENDAR\n")
        << 1 << 0 << 1 << 0 << 0;
    QTest::newRow("cancelled and transparent counts as cancelled")
        << withHead("BEGIN:VEVENT\nUID:c\nDTSTART:20261130T083000Z\nDTEND:20261130T120000Z\n"
                    "TRANSP:TRANSPARENT\nSTATUS:CANCELLED\nEND:VEVENT\nEND:VCALENDAR\n")
        << 1 << 0 << 1 << 0 << 0;
    QTest::newRow("FBTYPE=FREE blocks nothing") << withHead(
        "BEGIN:VFREEBUSY\nFREEBUSY;FBTYPE=FREE:20261123T140000Z/20261123T150000Z\n"
        "FREEBUSY;FBTYPE=BUSY-TENTATIVE:20261124T140000Z/PT1H\nEND:VFREEBUSY\n"
        "END:VCALENDAR\n") << 0 << 0 << 0 << 2 << 1;
    QTest::newRow("events.ics") << fixture("events.ics") << 12 << 1 << 1 << 0 << 7;
    QTest::newRow("freebusy.ics") << fixture("freebusy.ics") << 0 << 0 << 0 << 6 << 4;
}

void TestIcsReader::countsWhatBlocksNothing()
{
    QFETCH(QByteArray, ics);
    QFETCH(int, eventsRead);
    QFETCH(int, transparentSkipped);
    QFETCH(int, cancelledSkipped);
    QFETCH(int, freeBusyPeriods);
    QFETCH(int, busy);
    auto r = IcsReader::read(ics, kFrom, kTo);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r->eventsRead, eventsRead);
    QCOMPARE(r->transparentSkipped, transparentSkipped);
    QCOMPARE(r->cancelledSkipped, cancelledSkipped);
    QCOMPARE(r->freeBusyPeriods, freeBusyPeriods);
    QCOMPARE(r->busy.size(), qsizetype { busy });
}

void TestIcsReader::malformedInputNamesTheLine_data()
{
    QTest::addColumn<QByteArray>("ics");
    QTest::addColumn<QString>("error");

    const auto row = [](const char *name, const QByteArray &ics, const char *error) {
        QTest::newRow(name) << ics << QString::fromLatin1(error);
    };
    row("empty", QByteArray(), "the calendar is empty");
    row("blank lines", "\r\n  \n\t\n", "the calendar is empty");
    row("only a BOM", "\xEF\xBB\xBF", "the calendar is empty");
    row("too large", QByteArray(IcsReader::kMaxBytes + 1, ' '),
        "the calendar is larger than 16 MiB");
    row("NUL byte", withHead("X-A:b") + QByteArray(1, '\0') + QByteArray("c\nEND:VCALENDAR\n"),
        "line 4: a NUL byte (not an iCalendar text file)");
    row("text before the calendar", "PRIVMARK\n" + withHead("END:VCALENDAR\n"),
        "line 1: not an iCalendar file (it must begin with BEGIN:VCALENDAR)");
    row("a vCard", "BEGIN:VCARD\nVERSION:4.0\nFN:PRIVMARK\nEND:VCARD\n",
        "line 1: not an iCalendar file (it must begin with BEGIN:VCALENDAR)");
    row("blank lines count", "\n\nhello PRIVMARK\n",
        "line 3: not an iCalendar file (it must begin with BEGIN:VCALENDAR)");
    row("not a content line",
        withHead("BEGIN:VEVENT\nDTSTART:20261123T150000Z\nPRIVMARK free text\nEND:VEVENT\n"
                 "END:VCALENDAR\n"),
        "line 6: not an iCalendar content line (NAME;PARAMETERS:value)");
    row("unterminated quote",
        withHead("BEGIN:VEVENT\nDTSTART:20261123T150000Z\nATTENDEE;CN=\"PRIVMARK:mailto:a@b.c\n"
                 "END:VEVENT\nEND:VCALENDAR\n"),
        "line 6: not an iCalendar content line (NAME;PARAMETERS:value)");
    row("folded lines count as lines (fixture)", fixture("bad-dtstart.ics"),
        "line 16: DTSTART is not a valid date or date-time");
    row("folded CRLF lines count as lines",
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:PRIVMARK a\r\n b\r\n\tc\r\n"
        "DTSTART:2026112\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        "line 7: DTSTART is not a valid date or date-time");
    row("unterminated VEVENT (fixture)", fixture("bad-unterminated.ics"),
        "line 9: BEGIN:VEVENT has no END:VEVENT");
    row("unterminated at the end of the file",
        withHead("BEGIN:VEVENT\nUID:x\nDTSTART:20261123T150000Z\n"),
        "line 4: BEGIN:VEVENT has no END:VEVENT");
    row("unterminated VALARM",
        withHead("BEGIN:VEVENT\nDTSTART:20261123T150000Z\nBEGIN:VALARM\nACTION:DISPLAY\n"
                 "END:VEVENT\nEND:VCALENDAR\n"),
        "line 6: BEGIN:VALARM has no END:VALARM");
    row("END without BEGIN", withHead("END:VEVENT\nEND:VCALENDAR\n"),
        "line 4: END:VEVENT without a BEGIN:VEVENT");
    row("BEGIN without a name", withHead("BEGIN:\nEND:VCALENDAR\n"),
        "line 4: BEGIN without a valid component name");
    row("a calendar in a calendar", withHead("BEGIN:VCALENDAR\nEND:VCALENDAR\nEND:VCALENDAR\n"),
        "line 4: BEGIN:VCALENDAR inside another component");
    row("a second calendar", withHead("END:VCALENDAR\nBEGIN:VCALENDAR\nEND:VCALENDAR\n"),
        "line 5: content after END:VCALENDAR (import one calendar at a time)");
    row("no DTSTART", withHead("BEGIN:VEVENT\nSUMMARY:PRIVMARK\nEND:VEVENT\nEND:VCALENDAR\n"),
        "line 4: VEVENT has no DTSTART");
    row("two DTSTARTs",
        withHead("BEGIN:VEVENT\nDTSTART:20261123T150000Z\nDTSTART:20261123T160000Z\n"
                 "END:VEVENT\nEND:VCALENDAR\n"),
        "line 6: a second DTSTART in one VEVENT");
    row("DTEND and DURATION",
        withHead("BEGIN:VEVENT\nDTSTART:20261123T150000Z\nDTEND:20261123T160000Z\n"
                 "DURATION:PT1H\nEND:VEVENT\nEND:VCALENDAR\n"),
        "line 7: VEVENT has both DTEND and DURATION");
    row("a date that does not exist",
        withHead("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260230\nEND:VEVENT\nEND:VCALENDAR\n"),
        "line 5: DTSTART is not a valid date");
    row("VALUE=DATE with a time",
        withHead("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261123T100000\nEND:VEVENT\nEND:VCALENDAR\n"),
        "line 5: DTSTART is not a valid date");
    row("an unsupported VALUE type",
        withHead("BEGIN:VEVENT\nDTSTART;VALUE=TEXT:20261123T100000Z\nEND:VEVENT\n"
                 "END:VCALENDAR\n"),
        "line 5: DTSTART has an unsupported VALUE type");
    row("an unknown TZID",
        withHead("BEGIN:VEVENT\nDTSTART;TZID=Atlantis/PRIVMARK:20261123T150000\nEND:VEVENT\n"
                 "END:VCALENDAR\n"),
        "line 5: DTSTART names a time zone (TZID) that is neither defined in the file nor "
        "known");
    row("DTEND before DTSTART",
        withHead("BEGIN:VEVENT\nDTSTART:20261123T150000Z\nDTEND:20261123T140000Z\nEND:VEVENT\n"
                 "END:VCALENDAR\n"),
        "line 6: DTEND is before DTSTART");
    row("a negative DURATION",
        withHead("BEGIN:VEVENT\nDTSTART:20261123T150000Z\nDURATION:-PT1H\nEND:VEVENT\n"
                 "END:VCALENDAR\n"),
        "line 6: DURATION is not a valid, non-negative duration");
    row("a bad RRULE",
        withHead("BEGIN:VEVENT\nDTSTART:20261123T150000Z\nRRULE:FREQ=FORTNIGHTLY;PRIVMARK\n"
                 "END:VEVENT\nEND:VCALENDAR\n"),
        "line 6: RRULE is not a valid recurrence rule");
    row("a minutely RRULE",
        withHead("BEGIN:VEVENT\nDTSTART:20261123T150000Z\nRRULE:FREQ=MINUTELY;INTERVAL=30\n"
                 "END:VEVENT\nEND:VCALENDAR\n"),
        "line 6: RRULE repeats more often than hourly, which busy times do not support");
    row("a bad EXDATE in a list",
        withHead("BEGIN:VEVENT\nDTSTART:20261123T150000Z\nRRULE:FREQ=DAILY\n"
                 "EXDATE:20261124T150000Z,PRIVMARK\nEND:VEVENT\nEND:VCALENDAR\n"),
        "line 7: EXDATE is not a valid date or date-time");
    row("a bad RDATE period",
        withHead("BEGIN:VEVENT\nDTSTART:20261123T150000Z\nRDATE;VALUE=PERIOD:20261124T150000Z/PT\n"
                 "END:VEVENT\nEND:VCALENDAR\n"),
        "line 6: RDATE has a period that is not valid");
    row("a FREEBUSY period that ends before it starts",
        withHead("BEGIN:VFREEBUSY\nFREEBUSY:20261123T150000Z/20261123T140000Z\nEND:VFREEBUSY\n"
                 "END:VCALENDAR\n"),
        "line 5: FREEBUSY has a period that is not valid");
    // libical's own X-LIC-ERROR, traced back to its line.
    row("libical: GEO",
        withHead("BEGIN:VEVENT\nDTSTART:20261123T150000Z\nGEO:PRIVMARK;north\nEND:VEVENT\n"
                 "END:VCALENDAR\n"),
        "line 6: GEO could not be parsed");
}

void TestIcsReader::malformedInputNamesTheLine()
{
    QFETCH(QByteArray, ics);
    QFETCH(QString, error);
    auto r = IcsReader::read(ics, kFrom, kTo);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QCOMPARE(r.error().detail, error);
    QVERIFY(!r.error().detail.contains(QLatin1String("privmark"), Qt::CaseInsensitive));
    QVERIFY(!r.error().detail.contains(QLatin1String("Atlantis")));
}

void TestIcsReader::rangeIsChecked_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::newRow("no start") << QDateTime() << kTo;
    QTest::newRow("no end") << kFrom << QDateTime();
    QTest::newRow("empty") << kFrom << kFrom;
    QTest::newRow("backwards") << kTo << kFrom;
}

void TestIcsReader::rangeIsChecked()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    auto r = IcsReader::read(fixture("events.ics"), from, to);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QCOMPARE(r.error().detail, QStringLiteral("the range to read needs a start and a later end"));
}

void TestIcsReader::timeZoneNames_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("iana"); // empty: no zone
    QTest::newRow("IANA") << QByteArray("Europe/Berlin") << QByteArray("Europe/Berlin");
    QTest::newRow("UTC") << QByteArray("UTC") << QByteArray("UTC");
    QTest::newRow("Z") << QByteArray("Z") << QByteArray("UTC");
    QTest::newRow("Etc/GMT") << QByteArray("Etc/GMT") << QByteArray("UTC");
    QTest::newRow("Windows") << QByteArray("W. Europe Standard Time")
                             << QByteArray("Europe/Berlin");
    QTest::newRow("Windows, US") << QByteArray("Eastern Standard Time")
                                 << QByteArray("America/New_York");
    QTest::newRow("prefixed") << QByteArray("/freeassociation.sourceforge.net/Tzfile/Europe/Berlin")
                              << QByteArray("Europe/Berlin");
    QTest::newRow("prefixed, three parts")
        << QByteArray("/citadel.org/20190914_1/America/Argentina/Buenos_Aires")
        << QByteArray("America/Argentina/Buenos_Aires");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("unknown") << QByteArray("Atlantis/Poseidonia") << QByteArray();
    QTest::newRow("a path") << QByteArray("../../etc/passwd") << QByteArray();
}

void TestIcsReader::timeZoneNames()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, iana);
    const QTimeZone zone = IcsReader::timeZoneFor(name);
    QCOMPARE(zone.isValid(), !iana.isEmpty());
    if (zone.isValid())
        QCOMPARE(zone.id(), iana);
}

QTEST_GUILESS_MAIN(TestIcsReader)
#include "tst_icsreader.moc"
