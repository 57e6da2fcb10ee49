#pragma once

#include "Result.h"
#include "calendar/IcsReader.h"
#include "storage/EngineSettings.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace relay::core {

class Clock;
class Database;

// The Scheduler's store, as the policy allows it: per user, the calendar's
// busy/free times only (never an event's summary, description, location,
// attendees or organiser: IcsReader reads the iCalendar and drops those
// properties while parsing), working hours, and bookings with the
// guest's own details and the terms-of-use version each party agreed to.
class Scheduler
{
public:
    struct Interval {
        QDateTime start; // UTC
        QDateTime end; // UTC, exclusive
        bool operator==(const Interval &) const = default;
    };

    struct User {
        QString user;
        QString timeZone; // IANA id; the calendar's own (X-WR-TIMEZONE / first TZID) unless set
        QTime hoursStart; // working hours in timeZone, 09:00 unless set
        QTime hoursEnd; // 17:00 unless set
        qint64 busyIntervals = 0;
        QDateTime importedAt;
        QString termsVersion; // the terms of use the user agreed to (empty: not recorded)
        QDateTime termsAt;
        Interval nextBusy; // the first busy interval not over yet (users() only; invalid when none)
        qint64 bookings = 0;
    };

    struct ImportSummary {
        int busyIntervals = 0; // stored after merging
        int eventsRead = 0; // VEVENTs seen
        int transparentSkipped = 0;
        int freeBusyPeriods = 0; // FREEBUSY periods seen
        QString timeZone;
        int cancelledSkipped = 0; // STATUS:CANCELLED events (they block nothing)
    };

    struct Booking {
        qint64 id = 0;
        QString user;
        Interval slot;
        QString guestName;
        QString guestEmail;
        QString guestPhone; // optional: the guest's own number, which the policy allows
        QString userTermsVersion;
        QDateTime userTermsAt;
        QString guestTermsVersion;
        QDateTime guestTermsAt;
        QDateTime created;
    };

    Scheduler(Database &db, const Clock &clock);

    static const char *schemaSql();

    // Replaces the user's busy intervals with those of the calendar (a
    // VFREEBUSY's FREEBUSY periods, or VEVENTs' DTSTART/DTEND/DURATION and
    // TRANSP; RRULEs expanded over `horizonDays` from now). InvalidInput names
    // the line for bad iCalendar.
    // Only intervals that end after now and start before now + horizonDays
    // (1..kMaxHorizonDays) are kept; input over kMaxIcsBytes is refused.
    static constexpr int kMaxHorizonDays = 1830;
    static constexpr qsizetype kMaxIcsBytes = IcsReader::kMaxBytes;
    [[nodiscard]] Result<ImportSummary> importIcs(
        const QString &user, const QByteArray &ics, int horizonDays = 180);

    [[nodiscard]] Status setWorkingHours(
        const QString &user, QTime start, QTime end, const QString &timeZone = {});
    [[nodiscard]] Status setUserTerms(
        const QString &user, const QString &version, const QDateTime &at);
    [[nodiscard]] Result<QList<User>> users();
    [[nodiscard]] Result<QList<Interval>> busy(
        const QString &user, const QDateTime &from, const QDateTime &to);

    // Bookable slots of `lengthMinutes` on the days from..to (inclusive, in
    // the user's time zone), inside working hours, overlapping no busy
    // interval and no booking. Slots start on the hour and every
    // `lengthMinutes` after the start of working hours. Slots that start
    // before now are not offered (nor booked).
    static constexpr int kMinSlotMinutes = 5;
    static constexpr int kMaxSlotMinutes = 480;
    static constexpr int kMaxSlotDays = 366;
    [[nodiscard]] Result<QList<Interval>> slots(
        const QString &user, QDate from, QDate to, int lengthMinutes);

    // Refuses (InvalidInput / Conflict-like error naming why) a slot that is
    // not free, outside working hours, a guest without name or a valid
    // email, or missing terms versions. A slot overlapping another booking
    // is AlreadyExists; an unknown user NotFound; everything else
    // InvalidInput.
    [[nodiscard]] Result<qint64> book(const Booking &booking);
    [[nodiscard]] Result<QList<Booking>> bookings(const QString &user = {});

    // Retention (engine_setting scheduler_retention_days, 90 unless set):
    // bookings ended more than that many days ago are deleted.
    static constexpr int kDefaultRetentionDays = 90;
    static constexpr int kMaxRetentionDays = 3650;
    static constexpr EngineSettings::Days kRetention { "scheduler_retention_days",
        "scheduler retention", kDefaultRetentionDays, kMaxRetentionDays };
    [[nodiscard]] Result<int> retentionDays();
    [[nodiscard]] Status setRetentionDays(int days);
    [[nodiscard]] Result<qint64> purgeExpired();
    // What purgeExpired() would delete (the verifier's check).
    [[nodiscard]] Result<qint64> expiredCount();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace relay::core
