#include "IcsTimeZones.h"

#include <QList>
#include <QRegularExpression>

namespace relay::core::ics {

namespace {

// A name that may go to a file-based tz lookup: no "..", no odd characters.
bool safeZoneName(const QByteArray &name)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9_+\\-]+(/[A-Za-z0-9_+\\-]+){0,3}$"));
    return !name.isEmpty() && name.size() <= 80 && re.match(QString::fromLatin1(name)).hasMatch();
}

bool isUtcName(const QByteArray &name)
{
    const QByteArray n = name.toUpper();
    return n == "UTC" || n == "Z" || n == "GMT" || n == "ETC/UTC" || n == "ETC/GMT" || n == "UCT"
        || n == "ZULU";
}

} // namespace

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

} // namespace relay::core::ics
