#include "Scheduler.h"

#include "Clock.h"
#include "calendar/TimeSpan.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <limits>
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

Error invalid(const QString &detail)
{
    return makeError(ErrorCode::InvalidInput, detail);
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
    const QTimeZone tz = IcsReader::timeZoneFor(user.timeZone.toUtf8());
    return tz.isValid() ? tz : QTimeZone::utc();
}

// The working hours of one local day, as UTC ms; nullopt when the day has none.
std::optional<TimeSpan> hoursOn(const Scheduler::User &user, const QTimeZone &tz, QDate day)
{
    const QDateTime start(day, user.hoursStart, tz);
    const QDateTime end(day, user.hoursEnd, tz);
    if (!start.isValid() || !end.isValid() || end <= start)
        return std::nullopt;
    return TimeSpan { start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch() };
}

Result<QList<TimeSpan>> spansOf(
    Database &db, const QString &sql, const QString &user, qint64 from, qint64 to)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, user).bind(2, from).bind(3, to);
    QList<TimeSpan> out;
    if (auto s = stmt->each([&] { out.append(TimeSpan { stmt->int64(0), stmt->int64(1) }); }); !s)
        return s.error();
    return out;
}

// Busy intervals and bookings overlapping [from, to), merged.
Result<QList<TimeSpan>> blockedSpans(Database &db, const QString &user, qint64 from, qint64 to)
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
    return mergedSpans(busy.value() + booked.value());
}

// The user's busy intervals replaced by the calendar's, in one transaction;
// the user's zone becomes the calendar's unless it was set by hand.
Status replaceBusy(
    Database &db, const QString &user, const IcsReader::Calendar &calendar, qint64 nowMs)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (auto s = ensureUser(db, user); !s)
        return s;
    {
        auto update = db.prepare(QStringLiteral("UPDATE scheduler_user SET time_zone = CASE WHEN "
                                                "time_zone_set THEN time_zone ELSE ?2 END, "
                                                "imported_ms = ?3 WHERE user = ?1"));
        if (!update)
            return update.error();
        update->bind(1, user).bind(2, calendar.timeZone).bind(3, nowMs);
        if (auto s = update->run(); !s)
            return s;
        auto wipe = db.prepare(QStringLiteral("DELETE FROM scheduler_busy WHERE user = ?1"));
        if (!wipe)
            return wipe.error();
        wipe->bind(1, user);
        if (auto s = wipe->run(); !s)
            return s;
        auto insert = db.prepare(QStringLiteral(
            "INSERT INTO scheduler_busy (user, start_ms, end_ms) VALUES (?1, ?2, ?3)"));
        if (!insert)
            return insert.error();
        for (const IcsReader::Interval &i : calendar.busy) {
            insert->reset();
            insert->bind(1, user)
                .bind(2, i.start.toMSecsSinceEpoch())
                .bind(3, i.end.toMSecsSinceEpoch());
            if (auto r = insert->run(); !r)
                return r;
        }
    }
    return tx->commit();
}

// --- Bookings ---------------------------------------------------------------------------

Status checkSlotLength(const Scheduler::Interval &slot)
{
    if (!slot.start.isValid() || !slot.end.isValid() || slot.end <= slot.start)
        return invalid(QStringLiteral("the slot needs a start and a later end"));
    const qint64 lengthMs = slot.start.msecsTo(slot.end);
    if (lengthMs < Scheduler::kMinSlotMinutes * kMinuteMs
        || lengthMs > Scheduler::kMaxSlotMinutes * kMinuteMs)
        return invalid(QStringLiteral("a slot is %1 to %2 minutes long")
                           .arg(Scheduler::kMinSlotMinutes)
                           .arg(Scheduler::kMaxSlotMinutes));
    return {};
}

// A booking's guest, checked, as the store keeps them.
struct Guest {
    QString name;
    QString email;
    QString phone; // normalized; empty: none given
};

Result<Guest> checkedGuest(const Scheduler::Booking &booking)
{
    Guest guest;
    guest.name = booking.guestName.trimmed();
    if (guest.name.isEmpty() || guest.name.size() > kMaxGuestNameChars || hasControl(guest.name))
        return invalid(
            QStringLiteral("the guest's name is 1 to %1 characters, without control characters")
                .arg(kMaxGuestNameChars));
    guest.email = booking.guestEmail.trimmed();
    if (!validEmail(guest.email))
        return invalid(QStringLiteral("the guest's email address is not valid"));
    const std::optional<QString> phone = normalizedPhone(booking.guestPhone.trimmed());
    if (!phone)
        return invalid(QStringLiteral(
            "the guest's phone number is not valid (+ and 8 to 15 digits, or empty)"));
    guest.phone = *phone;
    return guest;
}

struct AgreedTerms {
    QString version;
    QDateTime at; // invalid: when booked
};

// The terms the user agreed to: the booking's, else those recorded on the user.
Result<AgreedTerms> userTermsOf(const Scheduler::Booking &booking, const Scheduler::User &user)
{
    AgreedTerms terms { booking.userTermsVersion.trimmed(), booking.userTermsAt };
    if (terms.version.isEmpty())
        terms = { user.termsVersion, user.termsAt };
    if (auto s = checkTermsVersion(terms.version, QStringLiteral("user")); !s)
        return s.error();
    return terms;
}

// Not started yet, and inside the user's working hours.
Status checkSlotTime(const Scheduler::User &user, const Scheduler::Interval &slot, qint64 nowMs)
{
    const qint64 startMs = slot.start.toMSecsSinceEpoch();
    const qint64 endMs = slot.end.toMSecsSinceEpoch();
    if (startMs < nowMs)
        return invalid(QStringLiteral("the slot has already started"));
    const QTimeZone tz = zoneOfUser(user);
    const QDate day = slot.start.toTimeZone(tz).date();
    const auto hours = hoursOn(user, tz, day);
    if (!hours || startMs < hours->start || endMs > hours->end)
        return invalid(QStringLiteral("the slot is outside the user's working hours"));
    return {};
}

// Neither busy in the user's calendar (InvalidInput) nor booked (AlreadyExists).
Status checkSlotFree(Database &db, const QString &user, qint64 startMs, qint64 endMs)
{
    auto busySpans = spansOf(db,
        QStringLiteral("SELECT start_ms, end_ms FROM scheduler_busy WHERE user = ?1 AND end_ms "
                       "> ?2 AND start_ms < ?3"),
        user, startMs, endMs);
    if (!busySpans)
        return busySpans.error();
    if (!busySpans->isEmpty())
        return invalid(QStringLiteral("the slot is not free: the user's calendar is busy then"));
    auto booked = spansOf(db,
        QStringLiteral("SELECT start_ms, end_ms FROM scheduler_booking WHERE user = ?1 AND "
                       "end_ms > ?2 AND start_ms < ?3"),
        user, startMs, endMs);
    if (!booked)
        return booked.error();
    if (!booked->isEmpty())
        return makeError(ErrorCode::AlreadyExists,
            QStringLiteral("the slot is not free: it overlaps another booking"));
    return {};
}

Result<qint64> insertBooking(Database &db, const Scheduler::Booking &booking, const Guest &guest,
    const AgreedTerms &userTerms, qint64 nowMs)
{
    auto insert = db.prepare(
        QStringLiteral("INSERT INTO scheduler_booking (user, start_ms, end_ms, guest_name, "
                       "guest_email, guest_phone, user_terms_version, user_terms_ms, "
                       "guest_terms_version, guest_terms_ms, created_ms) VALUES (?1, ?2, ?3, "
                       "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    if (!insert)
        return insert.error();
    insert->bind(1, booking.user)
        .bind(2, booking.slot.start.toMSecsSinceEpoch())
        .bind(3, booking.slot.end.toMSecsSinceEpoch())
        .bind(4, guest.name)
        .bind(5, guest.email);
    if (guest.phone.isEmpty())
        insert->bindNull(6);
    else
        insert->bind(6, guest.phone);
    insert->bind(7, userTerms.version)
        .bind(8, userTerms.at.isValid() ? userTerms.at.toMSecsSinceEpoch() : nowMs)
        .bind(9, booking.guestTermsVersion.trimmed())
        .bind(10, booking.guestTermsAt.isValid() ? booking.guestTermsAt.toMSecsSinceEpoch() : nowMs)
        .bind(11, nowMs);
    if (auto s = insert->run(); !s)
        return s.error();
    return db.lastInsertRowId();
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
    const qint64 nowMs = m_clock.nowMs();
    auto calendar = IcsReader::read(
        ics, utcFromMs(nowMs), utcFromMs(nowMs + qint64 { horizonDays } * kDayMs));
    if (!calendar)
        return calendar.error();
    if (auto s = replaceBusy(m_db, user, calendar.value(), nowMs); !s)
        return s.error();
    ImportSummary summary;
    summary.busyIntervals = int(calendar->busy.size());
    summary.eventsRead = calendar->eventsRead;
    summary.transparentSkipped = calendar->transparentSkipped;
    summary.freeBusyPeriods = calendar->freeBusyPeriods;
    summary.timeZone = calendar->timeZone;
    summary.cancelledSkipped = calendar->cancelledSkipped;
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
        const QTimeZone tz = IcsReader::timeZoneFor(timeZone.toUtf8());
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
    for (const TimeSpan &s : std::as_const(spans.value()))
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
    QList<TimeSpan> days;
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
    const QList<TimeSpan> &block = blocked.value();
    for (const TimeSpan &day : std::as_const(days)) {
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
    if (auto s = checkSlotLength(booking.slot); !s)
        return s.error();
    auto guest = checkedGuest(booking);
    if (!guest)
        return guest.error();
    auto userTerms = userTermsOf(booking, u.value());
    if (!userTerms)
        return userTerms.error();
    if (auto s = checkTermsVersion(booking.guestTermsVersion, QStringLiteral("guest")); !s)
        return s.error();
    const qint64 nowMs = m_clock.nowMs();
    if (auto s = checkSlotTime(u.value(), booking.slot, nowMs); !s)
        return s.error();

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto s = checkSlotFree(m_db, booking.user, booking.slot.start.toMSecsSinceEpoch(),
            booking.slot.end.toMSecsSinceEpoch());
        !s)
        return s.error();
    auto id = insertBooking(m_db, booking, guest.value(), userTerms.value(), nowMs);
    if (!id)
        return id.error();
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
    SqliteConnection sql(m_db);
    return EngineSettings(sql).days(kRetention);
}

Status Scheduler::setRetentionDays(int days)
{
    SqliteConnection sql(m_db);
    return EngineSettings(sql).setDays(kRetention, days);
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
