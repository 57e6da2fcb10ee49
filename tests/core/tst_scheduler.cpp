// The Scheduler store: iCalendar imports that keep busy times and nothing
// else (every table and every file of the workspace is searched for the
// events' text), exact busy intervals (time zones, floating times, all-day
// events, TRANSP, STATUS:CANCELLED, RRULE with EXDATE and overrides,
// VFREEBUSY), refusals that name the line and never the value, atomic
// replacement, slots across time zones and DST changes, bookings and their
// checks, and retention.
#include "TestSupport.h"

#include "scheduler/Scheduler.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace relay::core;

namespace {

QByteArray fixture(const char *name)
{
    return relay::test::fixture("calendar", name);
}

using relay::test::utc;

Scheduler::Interval span(const QDateTime &start, const QDateTime &end)
{
    return Scheduler::Interval { start, end };
}

QString show(const QList<Scheduler::Interval> &list)
{
    QStringList out;
    for (const Scheduler::Interval &i : list)
        out.append(i.start.toUTC().toString(Qt::ISODate) + QLatin1Char('/')
            + i.end.toUTC().toString(Qt::ISODate));
    return out.join(QLatin1Char(' '));
}

// Lines 1-3 of a calendar, then body.
QByteArray withHead(const char *body)
{
    return QByteArray("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\n") + QByteArray(body);
}

QList<QDateTime> starts(const QList<Scheduler::Interval> &list)
{
    QList<QDateTime> out;
    for (const Scheduler::Interval &i : list)
        out.append(i.start);
    return out;
}

bool overlaps(const Scheduler::Interval &a, const Scheduler::Interval &b)
{
    return a.start < b.end && b.start < a.end;
}

// The busy intervals events.ics yields with the clock at 2026-11-20 12:00Z.
QList<Scheduler::Interval> eventsBusy()
{
    return {
        span(utc(2026, 11, 23, 15, 0),
            utc(2026, 11, 23, 17, 30)), // 10-11 NY + 15:30-17:00Z + 12:00 NY for 30 min, merged
        span(utc(2026, 11, 24, 14, 0),
            utc(2026, 11, 24, 14, 30)), // floating 09:00 in the calendar's zone (EST)
        span(utc(2026, 11, 25, 9, 0),
            utc(2026, 11, 25, 10, 0)), // Europe/Berlin from the builtin database
        span(utc(2026, 11, 26, 5, 0),
            utc(2026, 11, 28, 5, 0)), // all day, two days, New York midnights
        span(utc(2026, 12, 1, 18, 0), utc(2026, 12, 1, 19, 0)), // weekly
        span(utc(2026, 12, 8, 20, 0), utc(2026, 12, 8, 21, 0)), // weekly, moved by an override
        span(utc(2026, 12, 22, 18, 0), utc(2026, 12, 22, 19, 0)), // weekly (the 15th is an EXDATE)
    };
}

Scheduler::Booking guest(const QString &user, const QDateTime &start, int minutes)
{
    Scheduler::Booking b;
    b.user = user;
    b.slot = span(start, start.addSecs(qint64 { minutes } * 60));
    b.guestName = QStringLiteral("Grace Guest");
    b.guestEmail = QStringLiteral("grace.guest@example.org");
    b.guestTermsVersion = QStringLiteral("guest-terms-3");
    return b;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eventDetailsAreNeverStored();
    void usersShowTheNextBusyInterval();
    void busyIntervalsAreExact();
    void freeBusyPeriods();
    void rulesThatNeverOccurEndQuickly();
    void zoneNamesFromOutlookAndWindows();
    void badCalendarsNameTheLine_data();
    void badCalendarsNameTheLine();
    void emptyForeignAndOversizedInputIsRefused();
    void failedImportKeepsThePreviousIntervals();
    void slotsInTheUsersTimeZone();
    void slotsAcrossDaylightSavingChanges();
    void slotsNeverOverlapBusyTimes();
    void slotArgumentsAreChecked();
    void bookingChecksTheSlot();
    void bookingChecksTheGuest_data();
    void bookingChecksTheGuest();
    void bookingTerms();
    void usersWithCounts();
    void retentionPurgesOldBookings();

private:
    Scheduler &scheduler() { return m_ws->scheduler(); }
    void importEvents(const QString &user = QStringLiteral("ann"))
    {
        auto r = scheduler().importIcs(user, fixture("events.ics"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    }
    QList<Scheduler::Interval> busyOf(const QString &user)
    {
        auto r = scheduler().busy(user, {}, {});
        if (r.ok())
            return r.value();
        // A failed query must not read as "nothing busy".
        QTest::qFail(qPrintable(QStringLiteral("busy(%1): %2").arg(user, r.error().detail)),
            __FILE__, __LINE__);
        return { Scheduler::Interval {} };
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Workspace> m_ws;
    relay::test::FakeClock m_clock;
};

void TestScheduler::init()
{
    m_clock.set(utc(2026, 11, 20, 12, 0));
    m_tmp = std::make_unique<QTemporaryDir>();
    auto ws = Workspace::create(m_tmp->filePath(QStringLiteral("ws")), WorkspaceMeta::forKeychain(),
        relay::test::testKey(9), m_clock);
    QVERIFY(ws.ok());
    m_ws = std::move(ws.value());
}

void TestScheduler::cleanup()
{
    m_ws.reset();
    m_tmp.reset();
}

void TestScheduler::usersShowTheNextBusyInterval()
{
    importEvents();
    const QList<Scheduler::Interval> busy = busyOf(QStringLiteral("ann"));
    QVERIFY(busy.size() >= 2);
    auto users = scheduler().users();
    QVERIFY(users.ok());
    QCOMPARE(users->size(), 1);
    QCOMPARE(users->first().nextBusy, busy.first());
    // Once the first is over, the next one is shown.
    m_clock.set(busy.first().end);
    QCOMPARE(scheduler().users()->first().nextBusy, busy.at(1));
    // A user with nothing busy ahead has none.
    QVERIFY(scheduler().setWorkingHours(QStringLiteral("bob"), QTime(9, 0), QTime(17, 0)).ok());
    QVERIFY(!scheduler().users()->at(1).nextBusy.start.isValid());
}

void TestScheduler::eventDetailsAreNeverStored()
{
    importEvents();
    QVERIFY(scheduler().importIcs(QStringLiteral("fb"), fixture("freebusy.ics")).ok());
    // A refused import's message names lines and properties, not values.
    auto bad = scheduler().importIcs(QStringLiteral("ann"), fixture("bad-dtstart.ics"));
    QVERIFY(!bad.ok());
    QVERIFY(!bad.error().detail.contains(QLatin1String("privmark"), Qt::CaseInsensitive));

    // Every value of every table.
    const QList<QByteArray> needles { "privmark", "confidential", "fifth avenue", "merger",
        "555 0100", "555 0199", "thanksgiving", "mailto" };
    Database &db = m_ws->database();
    auto tables = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QVERIFY(tables.ok());
    QStringList names;
    QVERIFY(tables->each([&] { names.append(tables->text(0)); }).ok());
    tables = Statement();
    QVERIFY(names.contains(QStringLiteral("scheduler_busy")));
    QVERIFY(names.contains(QStringLiteral("scheduler_user")));
    QVERIFY(names.contains(QStringLiteral("scheduler_booking")));
    qint64 values = 0;
    for (const QString &table : std::as_const(names)) {
        auto rows = db.prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QVERIFY2(rows.ok(), qPrintable(table));
        QString found;
        QVERIFY(rows->each([&] {
                        for (int c = 0; c < rows->columnCount(); ++c) {
                            const Statement::Type type = rows->type(c);
                            if (type != Statement::Type::Text && type != Statement::Type::Blob)
                                continue;
                            ++values;
                            const QByteArray value = rows->bytes(c).toByteArray().toLower();
                            for (const QByteArray &needle : needles) {
                                if (value.contains(needle))
                                    found = table + QStringLiteral(": ")
                                        + QString::fromLatin1(needle);
                            }
                        }
                    })
                    .ok());
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }
    QVERIFY(values > 0);
    // The scheduler's own tables hold only what the policy allows.
    for (const auto &[table, columns] :
        std::initializer_list<std::pair<const char *, const char *>> {
            { "scheduler_busy", "user,start_ms,end_ms" },
            { "scheduler_user",
                "user,time_zone,time_zone_set,hours_start_min,hours_end_min,imported_ms,terms_"
                "version,terms_ms" },
            { "scheduler_booking",
                "id,user,start_ms,end_ms,guest_name,guest_email,guest_phone,user_terms_version,"
                "user_terms_ms,"
                "guest_terms_version,guest_terms_ms,created_ms" } }) {
        auto info = db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(table)));
        QVERIFY(info.ok());
        QStringList cols;
        QVERIFY(info->each([&] { cols.append(info->text(1)); }).ok());
        QCOMPARE(cols.join(QLatin1Char(',')), QLatin1String(columns));
    }

    // Every file of the workspace, byte for byte.
    m_ws.reset();
    int files = 0;
    QDirIterator it(
        m_tmp->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = relay::test::readAll(path).toLower();
        ++files;
        for (const QByteArray &needle : needles)
            QVERIFY2(!bytes.contains(needle),
                qPrintable(path + QStringLiteral(" holds ") + QString::fromLatin1(needle)));
    }
    QVERIFY(files >= 2);
}

void TestScheduler::busyIntervalsAreExact()
{
    auto r = scheduler().importIcs(QStringLiteral("ann"), fixture("events.ics"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r->eventsRead, 12);
    QCOMPARE(r->transparentSkipped, 1);
    QCOMPARE(r->cancelledSkipped, 1);
    QCOMPARE(r->freeBusyPeriods, 0);
    QCOMPARE(r->busyIntervals, 7);
    QCOMPARE(r->timeZone, QStringLiteral("America/New_York"));
    const QList<Scheduler::Interval> busy = busyOf(QStringLiteral("ann"));
    QCOMPARE(show(busy), show(eventsBusy()));
    QCOMPARE(busy, eventsBusy());

    // busy() takes a window: intervals overlapping it.
    auto window = scheduler().busy(
        QStringLiteral("ann"), utc(2026, 11, 23, 17, 0), utc(2026, 11, 26, 5, 0));
    QVERIFY(window.ok());
    QCOMPARE(window.value(), eventsBusy().mid(0, 3));

    // A shorter horizon drops the later occurrences of the weekly event.
    auto shorter = scheduler().importIcs(QStringLiteral("ann"), fixture("events.ics"), 14);
    QVERIFY(shorter.ok());
    QCOMPARE(busyOf(QStringLiteral("ann")), eventsBusy().mid(0, 5));
    QVERIFY(!scheduler().importIcs(QStringLiteral("ann"), fixture("events.ics"), 0).ok());
    QVERIFY(!scheduler()
                 .importIcs(
                     QStringLiteral("ann"), fixture("events.ics"), Scheduler::kMaxHorizonDays + 1)
                 .ok());

    // The same rules inline: a weekly RRULE with a DATE EXDATE, RDATEs, an
    // all-day event with no DTEND (one day), a transparent and a cancelled event
    // inside busy time (they neither add nor cut), CRLF line ends.
    const QByteArray inline_
        = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nX-WR-TIMEZONE:Europe/Berlin\r\n"
          "BEGIN:VEVENT\r\nUID:w\r\nDTSTART:20261130T080000Z\r\nDTEND:20261130T090000Z\r\nRRULE:"
          "FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20261209T080000Z\r\n"
          "EXDATE;VALUE=DATE:20261202\r\nEND:VEVENT\r\n"
          "BEGIN:VEVENT\r\nUID:d\r\nDTSTART;VALUE=DATE:20261211\r\nEND:VEVENT\r\n"
          "BEGIN:VEVENT\r\nUID:r\r\nDTSTART:20261201T100000Z\r\nDTEND:20261201T103000Z\r\nRDATE:"
          "20261203T100000Z,20261204T100000Z\r\n"
          "RDATE;VALUE=PERIOD:20261205T100000Z/PT2H\r\nEND:VEVENT\r\n"
          "BEGIN:VEVENT\r\nUID:t\r\nDTSTART:20261130T083000Z\r\nDTEND:20261130T120000Z\r\nTRANSP:"
          "TRANSPARENT\r\nEND:VEVENT\r\n"
          "BEGIN:VEVENT\r\nUID:c\r\nDTSTART:20261130T083000Z\r\nDTEND:20261130T120000Z\r\nSTATUS:"
          "CANCELLED\r\nEND:VEVENT\r\n"
          "END:VCALENDAR\r\n";
    auto weekly = scheduler().importIcs(QStringLiteral("wes"), inline_);
    QVERIFY2(weekly.ok(), qPrintable(weekly.ok() ? QString() : weekly.error().detail));
    QCOMPARE(weekly->timeZone, QStringLiteral("Europe/Berlin"));
    const QList<Scheduler::Interval> expected {
        span(utc(2026, 11, 30, 8, 0), utc(2026, 11, 30, 9, 0)),
        span(utc(2026, 12, 1, 10, 0),
            utc(2026, 12, 1, 10, 30)), // DTSTART, then RDATEs as long as the event
        span(utc(2026, 12, 3, 10, 0), utc(2026, 12, 3, 10, 30)),
        span(utc(2026, 12, 4, 10, 0), utc(2026, 12, 4, 10, 30)),
        span(utc(2026, 12, 5, 10, 0), utc(2026, 12, 5, 12, 0)), // an RDATE period of its own length
        span(utc(2026, 12, 7, 8, 0), utc(2026, 12, 7, 9, 0)),
        span(utc(2026, 12, 9, 8, 0), utc(2026, 12, 9, 9, 0)), // UNTIL is inclusive
        span(utc(2026, 12, 10, 23, 0), utc(2026, 12, 11, 23, 0)), // Berlin's 11 December
    };
    QCOMPARE(show(busyOf(QStringLiteral("wes"))), show(expected));
}

void TestScheduler::freeBusyPeriods()
{
    auto r = scheduler().importIcs(QStringLiteral("fb"), fixture("freebusy.ics"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r->freeBusyPeriods, 6);
    QCOMPARE(r->eventsRead, 0);
    QCOMPARE(r->busyIntervals, 4);
    QCOMPARE(r->timeZone, QStringLiteral("UTC"));
    const QList<Scheduler::Interval> expected {
        span(utc(2026, 11, 23, 14, 0), utc(2026, 11, 23, 15, 0)), // no FBTYPE: busy
        span(utc(2026, 11, 23, 16, 0), utc(2026, 11, 23, 17, 0)), // start/duration
        span(utc(2026, 11, 24, 14, 0), utc(2026, 11, 24, 14, 30)), // the second period of one line
        span(utc(2026, 11, 26, 15, 0),
            utc(2026, 11, 26, 16, 0)), // tentative + unavailable, adjacent, merged
    };
    QCOMPARE(show(busyOf(QStringLiteral("fb"))), show(expected));
    // The FREE period blocks nothing: 25 November has every slot.
    auto slots
        = scheduler().slots(QStringLiteral("fb"), QDate(2026, 11, 25), QDate(2026, 11, 25), 60);
    QVERIFY(slots.ok());
    QCOMPARE(slots->size(), 8);
    QCOMPARE(slots->first().start, utc(2026, 11, 25, 9, 0));
}

void TestScheduler::rulesThatNeverOccurEndQuickly()
{
    // 30 February never comes: libical would search hour by hour for
    // centuries without a bound. DTSTART itself is still the first instance.
    QElapsedTimer timer;
    timer.start();
    auto r = scheduler().importIcs(QStringLiteral("hal"),
        withHead("BEGIN:VEVENT\nUID:a\nDTSTART:20261201T100000Z\nDURATION:PT1H\nRRULE:FREQ=HOURLY;"
                 "BYMONTH=2;BYMONTHDAY=30\nEND:VEVENT\n"
                 "BEGIN:VEVENT\nUID:b\nDTSTART;VALUE=DATE:20261202\nRRULE:FREQ=DAILY;BYMONTH=2;"
                 "BYMONTHDAY=30\nEND:VEVENT\n"
                 "BEGIN:VEVENT\nUID:c\nDTSTART:19900101T100000Z\nDURATION:PT1H\nRRULE:FREQ="
                 "DAILY\nEND:VEVENT\n"
                 "END:VCALENDAR\n"),
        Scheduler::kMaxHorizonDays);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    const QList<Scheduler::Interval> busy = busyOf(QStringLiteral("hal"));
    // Daily from 1990: the ones from now to the horizon, merged with the others where they touch.
    QVERIFY(busy.size() > 1000);
    QCOMPARE(busy.first(), span(utc(2026, 11, 21, 10, 0), utc(2026, 11, 21, 11, 0)));
    QVERIFY(busy.contains(span(utc(2026, 12, 1, 10, 0), utc(2026, 12, 1, 11, 0))));
    QVERIFY(busy.contains(span(utc(2026, 12, 2, 0, 0), utc(2026, 12, 3, 0, 0))));
}

void TestScheduler::zoneNamesFromOutlookAndWindows()
{
    // Outlook names its zones its own way and ships the VTIMEZONE; the
    // store keeps the IANA id for the working hours.
    const QByteArray ics
        = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Microsoft Corporation//Outlook 16.0 "
          "MIMEDIR//EN\n"
          "BEGIN:VTIMEZONE\nTZID:W. Europe Standard Time\n"
          "BEGIN:STANDARD\nDTSTART:16011028T030000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH="
          "10\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD\n"
          "BEGIN:DAYLIGHT\nDTSTART:16010325T020000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH="
          "3\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nEND:DAYLIGHT\n"
          "END:VTIMEZONE\n"
          "BEGIN:VEVENT\nUID:o\nDTSTART;TZID=\"W. Europe Standard Time\":20261125T100000\n"
          "DTEND;TZID=\"W. Europe Standard "
          "Time\":20261125T113000\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\nEND:VEVENT\n"
          "BEGIN:VEVENT\nUID:f\nDTSTART:20261126T100000\nDTEND:20261126T110000\nEND:VEVENT\n"
          "END:VCALENDAR\n";
    auto r = scheduler().importIcs(QStringLiteral("olaf"), ics);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r->timeZone, QStringLiteral("Europe/Berlin"));
    const QList<Scheduler::Interval> expected {
        span(utc(2026, 11, 25, 9, 0), utc(2026, 11, 25, 10, 30)),
        span(utc(2026, 11, 26, 9, 0), utc(2026, 11, 26, 10, 0)), // floating: the first TZID's zone
    };
    QCOMPARE(busyOf(QStringLiteral("olaf")), expected);
    auto users = scheduler().users();
    QVERIFY(users.ok());
    QCOMPARE(users->size(), 1);
    QCOMPARE(users->first().timeZone, QStringLiteral("Europe/Berlin"));
}

void TestScheduler::badCalendarsNameTheLine_data()
{
    QTest::addColumn<QByteArray>("ics");
    QTest::addColumn<QString>("prefix");

    QTest::newRow("unterminated VEVENT (fixture)") << fixture(
        "bad-unterminated.ics") << QStringLiteral("line 9: BEGIN:VEVENT has no END:VEVENT");
    QTest::newRow("garbage DTSTART after folded lines (fixture)") << fixture(
        "bad-dtstart.ics") << QStringLiteral("line 16: DTSTART is not a valid date or date-time");
    QTest::newRow("unterminated VEVENT at the end of the file")
        << withHead("BEGIN:VEVENT\nUID:x\nDTSTART:20261123T150000Z\n")
        << QStringLiteral("line 4: BEGIN:VEVENT has no END:VEVENT");
    QTest::newRow("unterminated VALARM") << withHead(
        "BEGIN:VEVENT\nDTSTART:20261123T150000Z\nBEGIN:VALARM\nACTION:DISPLAY\nEND:VEVENT\nEND:"
        "VCALENDAR\n") << QStringLiteral("line 6: BEGIN:VALARM has no END:VALARM");
    QTest::newRow("END without BEGIN")
        << withHead("END:VEVENT\nEND:VCALENDAR\n")
        << QStringLiteral("line 4: END:VEVENT without a BEGIN:VEVENT");
    QTest::newRow("CRLF and folding")
        << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:PRIVMARK a\r\n "
                      "b\r\n\tc\r\nDTSTART:2026112\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        << QStringLiteral("line 7: DTSTART");
    QTest::newRow("date that does not exist")
        << withHead("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260230\nEND:VEVENT\nEND:VCALENDAR\n")
        << QStringLiteral("line 5: DTSTART is not a valid date");
    QTest::newRow("VALUE=DATE with a time")
        << withHead("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261123T100000\nEND:VEVENT\nEND:VCALENDAR\n")
        << QStringLiteral("line 5: DTSTART");
    QTest::newRow("bad DTEND") << withHead(
        "BEGIN:VEVENT\nDTSTART:20261123T150000Z\nDTEND:PRIVMARK\nEND:VEVENT\nEND:VCALENDAR\n")
                               << QStringLiteral("line 6: DTEND");
    QTest::newRow("DTEND before DTSTART") << withHead(
        "BEGIN:VEVENT\nDTSTART:20261123T150000Z\nDTEND:20261123T140000Z\nEND:VEVENT\nEND:"
        "VCALENDAR\n") << QStringLiteral("line 6: DTEND is before DTSTART");
    QTest::newRow("no DTSTART") << withHead(
        "BEGIN:VEVENT\nSUMMARY:PRIVMARK\nEND:VEVENT\nEND:VCALENDAR\n")
                                << QStringLiteral("line 4: VEVENT has no DTSTART");
    QTest::newRow("two DTSTARTs") << withHead("BEGIN:VEVENT\nDTSTART:20261123T150000Z\nDTSTART:"
                                              "20261123T160000Z\nEND:VEVENT\nEND:VCALENDAR\n")
                                  << QStringLiteral("line 6: a second DTSTART");
    QTest::newRow("bad DURATION") << withHead(
        "BEGIN:VEVENT\nDTSTART:20261123T150000Z\nDURATION:PT\nEND:VEVENT\nEND:VCALENDAR\n")
                                  << QStringLiteral("line 6: DURATION");
    QTest::newRow("bad RRULE") << withHead("BEGIN:VEVENT\nDTSTART:20261123T150000Z\nRRULE:FREQ="
                                           "FORTNIGHTLY;PRIVMARK\nEND:VEVENT\nEND:VCALENDAR\n")
                               << QStringLiteral("line 6: RRULE");
    QTest::newRow("minutely RRULE") << withHead(
        "BEGIN:VEVENT\nDTSTART:20261123T150000Z\nRRULE:FREQ=MINUTELY;INTERVAL=30\nEND:VEVENT\nEND:"
        "VCALENDAR\n") << QStringLiteral("line 6: RRULE repeats more often than hourly");
    QTest::newRow("bad EXDATE in a list")
        << withHead("BEGIN:VEVENT\nDTSTART:20261123T150000Z\nRRULE:FREQ=DAILY\nEXDATE:"
                    "20261124T150000Z,PRIVMARK\nEND:VEVENT\nEND:VCALENDAR\n")
        << QStringLiteral("line 7: EXDATE");
    QTest::newRow("unknown TZID") << withHead(
        "BEGIN:VEVENT\nDTSTART;TZID=Atlantis/PRIVMARK:20261123T150000\nEND:VEVENT\nEND:VCALENDAR\n")
                                  << QStringLiteral("line 5: DTSTART names a time zone");
    QTest::newRow("bad FREEBUSY period")
        << withHead("BEGIN:VFREEBUSY\nFREEBUSY:20261123T150000Z/"
                    "20261123T140000Z\nEND:VFREEBUSY\nEND:VCALENDAR\n")
        << QStringLiteral("line 5: FREEBUSY");
    QTest::newRow("not a content line") << withHead(
        "BEGIN:VEVENT\nDTSTART:20261123T150000Z\nPRIVMARK free text\nEND:VEVENT\nEND:VCALENDAR\n")
                                        << QStringLiteral("line 6: not an iCalendar content line");
    QTest::newRow("unterminated quote") << withHead(
        "BEGIN:VEVENT\nDTSTART:20261123T150000Z\nATTENDEE;CN=\"PRIVMARK:mailto:a@b.c\nEND:"
        "VEVENT\nEND:VCALENDAR\n") << QStringLiteral("line 6: not an iCalendar content line");
    // libical's own X-LIC-ERROR, traced back to its line.
    QTest::newRow("libical: GEO") << withHead(
        "BEGIN:VEVENT\nDTSTART:20261123T150000Z\nGEO:PRIVMARK;north\nEND:VEVENT\nEND:VCALENDAR\n")
                                  << QStringLiteral("line 6: GEO could not be parsed");
    QTest::newRow("second calendar") << withHead("END:VCALENDAR\nBEGIN:VCALENDAR\nEND:VCALENDAR\n")
                                     << QStringLiteral("line 5: content after END:VCALENDAR");
    QTest::newRow("text before the calendar")
        << QByteArray("PRIVMARK\n" + withHead("END:VCALENDAR\n"))
        << QStringLiteral("line 1: not an iCalendar file");
    QTest::newRow("blank lines count")
        << QByteArray("\n\nhello PRIVMARK\n") << QStringLiteral("line 3: not an iCalendar file");
    QTest::newRow("NUL byte") << withHead("X-A:b") + QByteArray(1, '\0')
            + QByteArray("c\nEND:VCALENDAR\n")
                              << QStringLiteral("line 4: a NUL byte");
}

void TestScheduler::badCalendarsNameTheLine()
{
    QFETCH(QByteArray, ics);
    QFETCH(QString, prefix);
    auto r = scheduler().importIcs(QStringLiteral("ann"), ics);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QVERIFY2(r.error().detail.startsWith(prefix), qPrintable(r.error().detail));
    QVERIFY2(!r.error().detail.contains(QLatin1String("privmark"), Qt::CaseInsensitive),
        qPrintable(r.error().detail));
    QVERIFY(!r.error().detail.contains(QLatin1String("Atlantis")));
    // Nothing stored: not even the user.
    QVERIFY(scheduler().users()->isEmpty());
}

void TestScheduler::emptyForeignAndOversizedInputIsRefused()
{
    const auto refused = [this](const QByteArray &bytes, const QString &words) {
        auto r = scheduler().importIcs(QStringLiteral("ann"), bytes);
        if (r.ok())
            return QStringLiteral("accepted");
        if (r.error().code != ErrorCode::InvalidInput || !r.error().detail.contains(words))
            return r.error().detail;
        return QString();
    };
    QCOMPARE(refused({}, QStringLiteral("empty")), QString());
    QCOMPARE(refused("\r\n  \n\t\n", QStringLiteral("empty")), QString());
    QCOMPARE(refused("\xEF\xBB\xBF", QStringLiteral("empty")), QString());
    QCOMPARE(
        refused("{\"kind\": \"calendar#events\"}", QStringLiteral("line 1: not an iCalendar file")),
        QString());
    QCOMPARE(refused("BEGIN:VCARD\nVERSION:4.0\nFN:PRIVMARK\nEND:VCARD\n",
                 QStringLiteral("line 1: not an iCalendar file")),
        QString());
    QByteArray huge = fixture("events.ics");
    huge.append(QByteArray(Scheduler::kMaxIcsBytes, ' '));
    QCOMPARE(refused(huge, QStringLiteral("larger than 16 MiB")), QString());
    // A BOM is not an error; a user name is required.
    QVERIFY(scheduler()
                .importIcs(QStringLiteral("ann"), "\xEF\xBB\xBF" + fixture("freebusy.ics"))
                .ok());
    QVERIFY(!scheduler().importIcs(QString(), fixture("freebusy.ics")).ok());
    QVERIFY(!scheduler().importIcs(QStringLiteral(" ann"), fixture("freebusy.ics")).ok());
}

void TestScheduler::failedImportKeepsThePreviousIntervals()
{
    importEvents();
    const QDateTime importedAt = scheduler().users()->first().importedAt;
    QCOMPARE(importedAt, m_clock.nowUtc());
    m_clock.advance(3600 * 1000);
    for (const char *bad : { "bad-dtstart.ics", "bad-unterminated.ics" }) {
        auto r = scheduler().importIcs(QStringLiteral("ann"), fixture(bad));
        QVERIFY(!r.ok());
        QCOMPARE(busyOf(QStringLiteral("ann")), eventsBusy());
    }
    // One libical refuses: the earlier intervals stay too.
    auto r = scheduler().importIcs(QStringLiteral("ann"),
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261201T150000Z\nGEO:x;y\nEND:VEVENT\nEND:"
        "VCALENDAR\n");
    QVERIFY(!r.ok());
    QCOMPARE(busyOf(QStringLiteral("ann")), eventsBusy());
    const Scheduler::User user = scheduler().users()->first();
    QCOMPARE(user.busyIntervals, qint64 { 7 });
    QCOMPARE(user.importedAt, importedAt);
    // A good import replaces them all.
    QVERIFY(scheduler().importIcs(QStringLiteral("ann"), fixture("freebusy.ics")).ok());
    QCOMPARE(busyOf(QStringLiteral("ann")).size(), 4);
    QCOMPARE(scheduler().users()->first().importedAt, m_clock.nowUtc());
    // So does an empty calendar.
    QVERIFY(scheduler()
                .importIcs(QStringLiteral("ann"), "BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n")
                .ok());
    QVERIFY(busyOf(QStringLiteral("ann")).isEmpty());
}

void TestScheduler::slotsInTheUsersTimeZone()
{
    importEvents();
    // New York, 09:00-17:00 EST: 14:00Z to 22:00Z, busy 15:00-17:30Z.
    auto slots
        = scheduler().slots(QStringLiteral("ann"), QDate(2026, 11, 23), QDate(2026, 11, 23), 60);
    QVERIFY(slots.ok());
    QCOMPARE(starts(slots.value()),
        (QList<QDateTime> { utc(2026, 11, 23, 14, 0), utc(2026, 11, 23, 18, 0),
            utc(2026, 11, 23, 19, 0), utc(2026, 11, 23, 20, 0), utc(2026, 11, 23, 21, 0) }));
    QCOMPARE(slots->last().end, utc(2026, 11, 23, 22, 0));
    // Half hours on the 24th: 14:00-14:30Z is busy.
    slots = scheduler().slots(QStringLiteral("ann"), QDate(2026, 11, 24), QDate(2026, 11, 24), 30);
    QVERIFY(slots.ok());
    QCOMPARE(slots->size(), 15);
    QCOMPARE(slots->first().start, utc(2026, 11, 24, 14, 30));
    // The all-day event takes the 26th and 27th; the 28th is free.
    slots = scheduler().slots(QStringLiteral("ann"), QDate(2026, 11, 26), QDate(2026, 11, 28), 60);
    QVERIFY(slots.ok());
    QCOMPARE(slots->size(), 8);
    QCOMPARE(slots->first().start, utc(2026, 11, 28, 14, 0));

    // Working hours in Berlin: 08:00Z to 16:00Z in November.
    QVERIFY(scheduler()
                .setWorkingHours(QStringLiteral("ann"), QTime(9, 0), QTime(17, 0),
                    QStringLiteral("Europe/Berlin"))
                .ok());
    slots = scheduler().slots(QStringLiteral("ann"), QDate(2026, 11, 23), QDate(2026, 11, 23), 60);
    QVERIFY(slots.ok());
    QCOMPARE(starts(slots.value()),
        (QList<QDateTime> { utc(2026, 11, 23, 8, 0), utc(2026, 11, 23, 9, 0),
            utc(2026, 11, 23, 10, 0), utc(2026, 11, 23, 11, 0), utc(2026, 11, 23, 12, 0),
            utc(2026, 11, 23, 13, 0), utc(2026, 11, 23, 14, 0) }));
    // A new import keeps the zone set with the working hours.
    auto again = scheduler().importIcs(QStringLiteral("ann"), fixture("events.ics"));
    QVERIFY(again.ok());
    QCOMPARE(again->timeZone, QStringLiteral("America/New_York"));
    QCOMPARE(scheduler().users()->first().timeZone, QStringLiteral("Europe/Berlin"));
    // Hours changed without a zone keep it as well.
    QVERIFY(scheduler().setWorkingHours(QStringLiteral("ann"), QTime(10, 0), QTime(12, 30)).ok());
    const Scheduler::User user = scheduler().users()->first();
    QCOMPARE(user.timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(user.hoursStart, QTime(10, 0));
    QCOMPARE(user.hoursEnd, QTime(12, 30));
    slots = scheduler().slots(QStringLiteral("ann"), QDate(2026, 11, 30), QDate(2026, 11, 30), 45);
    QVERIFY(slots.ok());
    // 10:00, 10:45, 11:30 Berlin; 12:15 would end after 12:30.
    QCOMPARE(starts(slots.value()),
        (QList<QDateTime> {
            utc(2026, 11, 30, 9, 0), utc(2026, 11, 30, 9, 45), utc(2026, 11, 30, 10, 30) }));

    QVERIFY(!scheduler().setWorkingHours(QStringLiteral("ann"), QTime(17, 0), QTime(9, 0)).ok());
    QVERIFY(!scheduler()
                 .setWorkingHours(QStringLiteral("ann"), QTime(9, 0), QTime(17, 0),
                     QStringLiteral("Mars/Olympus_Mons"))
                 .ok());
    QVERIFY(!scheduler().setWorkingHours(QStringLiteral("ann"), QTime(), QTime(17, 0)).ok());
}

void TestScheduler::slotsAcrossDaylightSavingChanges()
{
    m_clock.set(utc(2026, 2, 1, 12, 0));
    // New York springs forward on 8 March 2026: 09:00 is 14:00Z before, 13:00Z after.
    auto ny = scheduler().importIcs(QStringLiteral("nyc"), fixture("dst-newyork.ics"));
    QVERIFY2(ny.ok(), qPrintable(ny.ok() ? QString() : ny.error().detail));
    QCOMPARE(ny->timeZone, QStringLiteral("America/New_York"));
    // A daily 10:00 New York meeting, through the builtin zone database, to an UNTIL in UTC.
    QCOMPARE(show(busyOf(QStringLiteral("nyc"))),
        show({ span(utc(2026, 3, 6, 15, 0), utc(2026, 3, 6, 16, 0)),
            span(utc(2026, 3, 7, 15, 0), utc(2026, 3, 7, 16, 0)),
            span(utc(2026, 3, 8, 14, 0), utc(2026, 3, 8, 15, 0)),
            span(utc(2026, 3, 9, 14, 0), utc(2026, 3, 9, 15, 0)) }));
    auto days = scheduler().slots(QStringLiteral("nyc"), QDate(2026, 3, 6), QDate(2026, 3, 9), 480);
    QVERIFY(days.ok());
    QCOMPARE(days->size(), 0); // every day has its meeting
    QVERIFY(scheduler()
                .importIcs(QStringLiteral("nyc"),
                    "BEGIN:VCALENDAR\nX-WR-TIMEZONE:America/New_York\nEND:VCALENDAR\n")
                .ok());
    days = scheduler().slots(QStringLiteral("nyc"), QDate(2026, 3, 6), QDate(2026, 3, 9), 480);
    QVERIFY(days.ok());
    QCOMPARE(days.value(),
        (QList<Scheduler::Interval> { span(utc(2026, 3, 6, 14, 0), utc(2026, 3, 6, 22, 0)),
            span(utc(2026, 3, 7, 14, 0), utc(2026, 3, 7, 22, 0)),
            span(utc(2026, 3, 8, 13, 0), utc(2026, 3, 8, 21, 0)),
            span(utc(2026, 3, 9, 13, 0), utc(2026, 3, 9, 21, 0)) }));
    QVERIFY(scheduler().importIcs(QStringLiteral("nyc"), fixture("dst-newyork.ics")).ok());
    auto hours = scheduler().slots(QStringLiteral("nyc"), QDate(2026, 3, 8), QDate(2026, 3, 8), 60);
    QVERIFY(hours.ok());
    QCOMPARE(starts(hours.value()),
        (QList<QDateTime> { utc(2026, 3, 8, 13, 0), utc(2026, 3, 8, 15, 0), utc(2026, 3, 8, 16, 0),
            utc(2026, 3, 8, 17, 0), utc(2026, 3, 8, 18, 0), utc(2026, 3, 8, 19, 0),
            utc(2026, 3, 8, 20, 0) }));

    // Berlin springs forward on 29 March 2026; this file brings its own VTIMEZONE.
    auto berlin = scheduler().importIcs(QStringLiteral("bea"), fixture("dst-berlin.ics"));
    QVERIFY2(berlin.ok(), qPrintable(berlin.ok() ? QString() : berlin.error().detail));
    QCOMPARE(berlin->timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(show(busyOf(QStringLiteral("bea"))),
        show({ span(utc(2026, 3, 27, 11, 0), utc(2026, 3, 27, 12, 0)),
            span(utc(2026, 3, 28, 11, 0), utc(2026, 3, 28, 12, 0)),
            span(utc(2026, 3, 29, 10, 0), utc(2026, 3, 29, 11, 0)) }));
    QVERIFY(scheduler().setWorkingHours(QStringLiteral("bea"), QTime(9, 0), QTime(13, 0)).ok());
    auto b = scheduler().slots(QStringLiteral("bea"), QDate(2026, 3, 28), QDate(2026, 3, 30), 120);
    QVERIFY(b.ok());
    // 28th (CET): 08:00Z-10:00Z free, 10:00Z-12:00Z has lunch. 29th (CEST):
    // 07:00Z-09:00Z free, 09:00Z-11:00Z has lunch. 30th: both free.
    QCOMPARE(b.value(),
        (QList<Scheduler::Interval> { span(utc(2026, 3, 28, 8, 0), utc(2026, 3, 28, 10, 0)),
            span(utc(2026, 3, 29, 7, 0), utc(2026, 3, 29, 9, 0)),
            span(utc(2026, 3, 30, 7, 0), utc(2026, 3, 30, 9, 0)),
            span(utc(2026, 3, 30, 9, 0), utc(2026, 3, 30, 11, 0)) }));

    // And back: New York falls back on 1 November 2026 (a user in a zone set by hand).
    QVERIFY(scheduler()
                .setWorkingHours(QStringLiteral("bea"), QTime(9, 0), QTime(10, 0),
                    QStringLiteral("America/New_York"))
                .ok());
    auto fall
        = scheduler().slots(QStringLiteral("bea"), QDate(2026, 10, 31), QDate(2026, 11, 2), 60);
    QVERIFY(fall.ok());
    QCOMPARE(starts(fall.value()),
        (QList<QDateTime> {
            utc(2026, 10, 31, 13, 0), utc(2026, 11, 1, 14, 0), utc(2026, 11, 2, 14, 0) }));
}

void TestScheduler::slotsNeverOverlapBusyTimes()
{
    importEvents();
    QVERIFY(scheduler()
                .setUserTerms(QStringLiteral("ann"), QStringLiteral("u1"), m_clock.nowUtc())
                .ok());
    QVERIFY(scheduler().book(guest(QStringLiteral("ann"), utc(2026, 11, 30, 15, 10), 25)).ok());
    const QList<Scheduler::Interval> busy = busyOf(QStringLiteral("ann"));
    const QList<Scheduler::Booking> booked = scheduler().bookings(QStringLiteral("ann")).value();
    QCOMPARE(booked.size(), 1);
    const QTimeZone ny("America/New_York");
    int total = 0;
    for (const int length : { 5, 15, 25, 60, 90, 480 }) {
        auto slots = scheduler().slots(
            QStringLiteral("ann"), QDate(2026, 11, 19), QDate(2026, 12, 31), length);
        QVERIFY(slots.ok());
        QVERIFY(!slots->isEmpty());
        total += int(slots->size());
        for (qsizetype i = 0; i < slots->size(); ++i) {
            const Scheduler::Interval &s = slots->at(i);
            QCOMPARE(s.start.secsTo(s.end), qint64 { length } * 60);
            QVERIFY(s.start >= m_clock.nowUtc());
            if (i > 0)
                QVERIFY(slots->at(i - 1).end <= s.start);
            for (const Scheduler::Interval &b : busy)
                QVERIFY2(!overlaps(s, b),
                    qPrintable(show({ s }) + QStringLiteral(" overlaps ") + show({ b })));
            for (const Scheduler::Booking &b : booked)
                QVERIFY(!overlaps(s, b.slot));
            const QDateTime localStart = s.start.toTimeZone(ny);
            const QDateTime localEnd = s.end.toTimeZone(ny);
            QCOMPARE(localStart.date(), localEnd.date());
            QVERIFY(localStart.time() >= QTime(9, 0));
            QVERIFY(localEnd.time() <= QTime(17, 0));
            QCOMPARE((QTime(9, 0).secsTo(localStart.time()) / 60) % length, 0);
        }
    }
    QVERIFY(total > 1000);
}

void TestScheduler::slotArgumentsAreChecked()
{
    importEvents();
    const auto code = [this](const QString &user, QDate from, QDate to, int length) {
        auto r = scheduler().slots(user, from, to, length);
        return r.ok() ? std::optional<ErrorCode>() : std::optional<ErrorCode>(r.error().code);
    };
    const QString ann = QStringLiteral("ann");
    const QDate d(2026, 12, 1);
    QCOMPARE(code(ann, d, d, 4), std::optional<ErrorCode>(ErrorCode::InvalidInput));
    QCOMPARE(code(ann, d, d, 481), std::optional<ErrorCode>(ErrorCode::InvalidInput));
    QCOMPARE(code(ann, d, d.addDays(-1), 30), std::optional<ErrorCode>(ErrorCode::InvalidInput));
    QCOMPARE(code(ann, d, d.addDays(366), 30), std::optional<ErrorCode>(ErrorCode::InvalidInput));
    QCOMPARE(code(ann, QDate(), d, 30), std::optional<ErrorCode>(ErrorCode::InvalidInput));
    QCOMPARE(code(ann, d, d.addDays(365), 30), std::optional<ErrorCode>());
    QCOMPARE(code(ann, d, d, 5), std::optional<ErrorCode>());
    QCOMPARE(code(ann, d, d, 480), std::optional<ErrorCode>());
    QCOMPARE(
        code(QStringLiteral("nobody"), d, d, 30), std::optional<ErrorCode>(ErrorCode::NotFound));
    auto r = scheduler().slots(ann, d, d, 481);
    QVERIFY(r.error().detail.contains(QLatin1String("481")));
    QCOMPARE(scheduler().busy(QStringLiteral("nobody"), {}, {}).error().code, ErrorCode::NotFound);
    QCOMPARE(scheduler().bookings(QStringLiteral("nobody")).error().code, ErrorCode::NotFound);
    // Days already past offer nothing; today offers what is left of it.
    auto past = scheduler().slots(ann, QDate(2026, 11, 19), QDate(2026, 11, 19), 60);
    QVERIFY(past.ok());
    QVERIFY(past->isEmpty());
    auto today = scheduler().slots(ann, QDate(2026, 11, 20), QDate(2026, 11, 20), 60);
    QVERIFY(today.ok());
    QCOMPARE(today->first().start, utc(2026, 11, 20, 14, 0));
    m_clock.set(utc(2026, 11, 20, 17, 30));
    today = scheduler().slots(ann, QDate(2026, 11, 20), QDate(2026, 11, 20), 60);
    QCOMPARE(today->first().start, utc(2026, 11, 20, 18, 0));
}

void TestScheduler::bookingChecksTheSlot()
{
    importEvents();
    QVERIFY(scheduler()
                .setUserTerms(
                    QStringLiteral("ann"), QStringLiteral("user-terms-7"), utc(2026, 11, 1, 9, 0))
                .ok());
    const QString ann = QStringLiteral("ann");

    // Busy in the calendar: refused, whole or in part.
    auto busy = scheduler().book(guest(ann, utc(2026, 11, 23, 15, 0), 60));
    QVERIFY(!busy.ok());
    QCOMPARE(busy.error().code, ErrorCode::InvalidInput);
    QVERIFY(busy.error().detail.contains(QLatin1String("busy")));
    QVERIFY(!scheduler().book(guest(ann, utc(2026, 11, 23, 17, 0), 60)).ok());
    // Outside working hours, or in the past: refused.
    QVERIFY(scheduler()
                .book(guest(ann, utc(2026, 11, 23, 13, 0), 60))
                .error()
                .detail.contains(QLatin1String("working hours")));
    QVERIFY(!scheduler().book(guest(ann, utc(2026, 11, 23, 21, 30), 60)).ok());
    QVERIFY(scheduler()
                .book(guest(ann, utc(2026, 11, 19, 14, 0), 60))
                .error()
                .detail.contains(QLatin1String("started")));
    QVERIFY(!scheduler().book(guest(ann, utc(2026, 11, 23, 18, 0), 4)).ok());
    QCOMPARE(scheduler()
                 .book(guest(QStringLiteral("nobody"), utc(2026, 11, 23, 18, 0), 60))
                 .error()
                 .code,
        ErrorCode::NotFound);
    QVERIFY(scheduler().bookings()->isEmpty());

    // Free: booked.
    Scheduler::Booking b = guest(ann, utc(2026, 11, 23, 18, 0), 60);
    b.guestPhone = QStringLiteral("+1 (212) 555-0142");
    auto id = scheduler().book(b);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));
    QVERIFY(id.value() > 0);
    auto list = scheduler().bookings(ann);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    const Scheduler::Booking &stored = list->first();
    QCOMPARE(stored.id, id.value());
    QCOMPARE(stored.user, ann);
    QCOMPARE(stored.slot, span(utc(2026, 11, 23, 18, 0), utc(2026, 11, 23, 19, 0)));
    QCOMPARE(stored.guestName, QStringLiteral("Grace Guest"));
    QCOMPARE(stored.guestEmail, QStringLiteral("grace.guest@example.org"));
    QCOMPARE(stored.guestPhone, QStringLiteral("+12125550142"));
    QCOMPARE(stored.userTermsVersion, QStringLiteral("user-terms-7")); // from setUserTerms
    QCOMPARE(stored.userTermsAt, utc(2026, 11, 1, 9, 0));
    QCOMPARE(stored.guestTermsVersion, QStringLiteral("guest-terms-3"));
    QCOMPARE(stored.guestTermsAt, m_clock.nowUtc());
    QCOMPARE(stored.created, m_clock.nowUtc());

    // The same slot again, or overlapping it: refused as taken.
    auto twice = scheduler().book(guest(ann, utc(2026, 11, 23, 18, 0), 60));
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, ErrorCode::AlreadyExists);
    QCOMPARE(scheduler().book(guest(ann, utc(2026, 11, 23, 18, 30), 60)).error().code,
        ErrorCode::AlreadyExists);
    QCOMPARE(scheduler().book(guest(ann, utc(2026, 11, 23, 17, 15), 30)).error().code,
        ErrorCode::InvalidInput); // busy until 17:30
    // Adjacent is fine.
    QVERIFY(scheduler().book(guest(ann, utc(2026, 11, 23, 19, 0), 30)).ok());

    // Slots leave the bookings out.
    auto slots = scheduler().slots(ann, QDate(2026, 11, 23), QDate(2026, 11, 23), 60);
    QVERIFY(slots.ok());
    QCOMPARE(starts(slots.value()),
        (QList<QDateTime> {
            utc(2026, 11, 23, 14, 0), utc(2026, 11, 23, 20, 0), utc(2026, 11, 23, 21, 0) }));
    QCOMPARE(scheduler().bookings()->size(), 2);
    QCOMPARE(scheduler().bookings(ann)->size(), 2);

    // Another user's bookings are their own.
    QVERIFY(scheduler().importIcs(QStringLiteral("fb"), fixture("freebusy.ics")).ok());
    Scheduler::Booking other
        = guest(QStringLiteral("fb"), utc(2026, 11, 23, 10, 0), 60); // UTC working hours
    other.userTermsVersion = QStringLiteral("fb-terms-1");
    QVERIFY(scheduler().book(other).ok());
    QCOMPARE(scheduler().bookings()->size(), 3);
    QCOMPARE(scheduler().bookings(QStringLiteral("fb"))->size(), 1);
    QCOMPARE(scheduler().bookings(QStringLiteral("fb"))->first().userTermsVersion,
        QStringLiteral("fb-terms-1"));
}

void TestScheduler::bookingChecksTheGuest_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("accepted");
    const QString name = QStringLiteral("Grace Guest");
    const QString email = QStringLiteral("grace@example.org");
    QTest::newRow("plain") << name << email << QString() << true;
    QTest::newRow("dotted, tagged, subdomain")
        << name << QStringLiteral("first.last+tag@mail.example.co.uk") << QString() << true;
    QTest::newRow("international phone")
        << name << email << QStringLiteral("+44 20 7946 0958") << true;
    QTest::newRow("empty name") << QStringLiteral("   ") << email << QString() << false;
    QTest::newRow("long name") << QString(201, QLatin1Char('x')) << email << QString() << false;
    QTest::newRow("control character in name")
        << QStringLiteral("Grace\nGuest") << email << QString() << false;
    for (const char *bad :
        { "", "plainaddress", "@example.org", "grace@", "grace@example", "grace@example.c",
            "grace@@example.org", "grace guest@example.org", ".grace@example.org",
            "grace.@example.org", "gr..ace@example.org", "grace@-example.org", "grace@example..org",
            "grace@example.org.", "grace@exa_mple.org", "<grace@example.org>" }) {
        QTest::newRow(qPrintable(QStringLiteral("bad email ") + QLatin1String(bad)))
            << name << QString::fromLatin1(bad) << QString() << false;
    }
    for (const char *bad : { "12125550142", "+1212", "+01234567890", "+1234567890123456",
             "+1 212 555 014x", "tel:+12125550142" })
        QTest::newRow(qPrintable(QStringLiteral("bad phone ") + QLatin1String(bad)))
            << name << email << QString::fromLatin1(bad) << false;
}

void TestScheduler::bookingChecksTheGuest()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(bool, accepted);
    importEvents();
    QVERIFY(scheduler().setUserTerms(QStringLiteral("ann"), QStringLiteral("u1"), {}).ok());
    Scheduler::Booking b = guest(QStringLiteral("ann"), utc(2026, 11, 30, 15, 0), 30);
    b.guestName = name;
    b.guestEmail = email;
    b.guestPhone = phone;
    auto r = scheduler().book(b);
    QCOMPARE(r.ok(), accepted);
    if (!accepted) {
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(!email.isEmpty() ? !r.error().detail.contains(email) : true);
        QVERIFY(scheduler().bookings()->isEmpty());
    }
}

void TestScheduler::bookingTerms()
{
    importEvents(QStringLiteral("bob"));
    const QString bob = QStringLiteral("bob");
    // No terms recorded for the user, none given: refused.
    auto none = scheduler().book(guest(bob, utc(2026, 11, 30, 15, 0), 30));
    QVERIFY(!none.ok());
    QVERIFY(none.error().detail.contains(QLatin1String("user's terms")));
    // Given with the booking: accepted, at the booking's time unless told.
    Scheduler::Booking b = guest(bob, utc(2026, 11, 30, 15, 0), 30);
    b.userTermsVersion = QStringLiteral("2026-10");
    b.userTermsAt = utc(2026, 10, 2, 8, 0);
    QVERIFY(scheduler().book(b).ok());
    QCOMPARE(scheduler().bookings(bob)->first().userTermsAt, utc(2026, 10, 2, 8, 0));
    // The guest's version is required.
    Scheduler::Booking g = guest(bob, utc(2026, 11, 30, 16, 0), 30);
    g.userTermsVersion = QStringLiteral("2026-10");
    g.guestTermsVersion = QStringLiteral("  ");
    auto noGuestTerms = scheduler().book(g);
    QVERIFY(!noGuestTerms.ok());
    QVERIFY(noGuestTerms.error().detail.contains(QLatin1String("guest's terms")));
    // setUserTerms: recorded on the user, checked, and a user without a calendar yet is created.
    QVERIFY(!scheduler().setUserTerms(bob, QString(), m_clock.nowUtc()).ok());
    QVERIFY(
        scheduler().setUserTerms(bob, QStringLiteral("2026-11"), utc(2026, 11, 19, 10, 0)).ok());
    QVERIFY(scheduler().setUserTerms(QStringLiteral("carol"), QStringLiteral("2026-11"), {}).ok());
    auto users = scheduler().users();
    QVERIFY(users.ok());
    QCOMPARE(users->size(), 2);
    QCOMPARE(users->at(0).termsVersion, QStringLiteral("2026-11"));
    QCOMPARE(users->at(0).termsAt, utc(2026, 11, 19, 10, 0));
    QCOMPARE(users->at(1).user, QStringLiteral("carol"));
    QCOMPARE(users->at(1).termsAt, m_clock.nowUtc());
    QCOMPARE(users->at(1).timeZone, QStringLiteral("UTC"));
    QVERIFY(!users->at(1).importedAt.isValid());
    g.guestTermsVersion = QStringLiteral("g-1");
    g.userTermsVersion.clear();
    QVERIFY(scheduler().book(g).ok());
    QCOMPARE(scheduler().bookings(bob)->last().userTermsVersion, QStringLiteral("2026-11"));
}

void TestScheduler::usersWithCounts()
{
    QVERIFY(scheduler().users()->isEmpty());
    importEvents();
    QVERIFY(scheduler().importIcs(QStringLiteral("fb"), fixture("freebusy.ics")).ok());
    QVERIFY(scheduler().setUserTerms(QStringLiteral("ann"), QStringLiteral("t"), {}).ok());
    QVERIFY(scheduler().book(guest(QStringLiteral("ann"), utc(2026, 11, 30, 15, 0), 30)).ok());
    QVERIFY(scheduler().book(guest(QStringLiteral("ann"), utc(2026, 11, 30, 16, 0), 30)).ok());
    auto users = scheduler().users();
    QVERIFY(users.ok());
    QCOMPARE(users->size(), 2);
    const Scheduler::User &ann = users->at(0);
    QCOMPARE(ann.user, QStringLiteral("ann"));
    QCOMPARE(ann.busyIntervals, qint64 { 7 });
    QCOMPARE(ann.bookings, qint64 { 2 });
    QCOMPARE(ann.timeZone, QStringLiteral("America/New_York"));
    QCOMPARE(ann.hoursStart, QTime(9, 0));
    QCOMPARE(ann.hoursEnd, QTime(17, 0));
    QCOMPARE(ann.importedAt, m_clock.nowUtc());
    QCOMPARE(ann.termsVersion, QStringLiteral("t"));
    const Scheduler::User &fb = users->at(1);
    QCOMPARE(fb.user, QStringLiteral("fb"));
    QCOMPARE(fb.busyIntervals, qint64 { 4 });
    QCOMPARE(fb.bookings, qint64 { 0 });
    QCOMPARE(fb.timeZone, QStringLiteral("UTC"));
    QVERIFY(fb.termsVersion.isEmpty());
    QVERIFY(!fb.termsAt.isValid());
}

void TestScheduler::retentionPurgesOldBookings()
{
    QCOMPARE(scheduler().retentionDays().value(), Scheduler::kDefaultRetentionDays);
    QVERIFY(!scheduler().setRetentionDays(0).ok());
    QVERIFY(!scheduler().setRetentionDays(Scheduler::kMaxRetentionDays + 1).ok());
    QCOMPARE(scheduler().retentionDays().value(), 90);

    importEvents();
    QVERIFY(scheduler().setUserTerms(QStringLiteral("ann"), QStringLiteral("t"), {}).ok());
    QVERIFY(scheduler()
                .book(guest(QStringLiteral("ann"), utc(2026, 11, 23, 18, 0), 60))
                .ok()); // ends 19:00Z on the 23rd
    QVERIFY(scheduler().book(guest(QStringLiteral("ann"), utc(2026, 11, 30, 15, 0), 60)).ok());
    QCOMPARE(scheduler().purgeExpired().value(), qint64 { 0 });

    // 90 days after the first one ended: not yet older than that.
    m_clock.set(utc(2026, 11, 23, 19, 0).addDays(90));
    QCOMPARE(scheduler().purgeExpired().value(), qint64 { 0 });
    m_clock.advance(1000);
    QCOMPARE(scheduler().purgeExpired().value(), qint64 { 1 });
    auto left = scheduler().bookings();
    QVERIFY(left.ok());
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->first().slot.start, utc(2026, 11, 30, 15, 0));

    // A shorter retention takes the other.
    QVERIFY(scheduler().setRetentionDays(10).ok());
    QCOMPARE(scheduler().retentionDays().value(), 10);
    QCOMPARE(scheduler().purgeExpired().value(), qint64 { 1 });
    QVERIFY(scheduler().bookings()->isEmpty());
    QCOMPARE(scheduler().purgeExpired().value(), qint64 { 0 });
    // The busy intervals are the calendar's: replaced by imports, not purged.
    QCOMPARE(busyOf(QStringLiteral("ann")).size(), 7);
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
