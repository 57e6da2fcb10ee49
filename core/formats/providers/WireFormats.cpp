#include "WireFormats.h"

#include <array>
#include <cmath>

namespace relay::core::wire {

namespace {

bool digits(std::string_view text, std::size_t pos, std::size_t count, int *out)
{
    if (pos + count > text.size())
        return false;
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    *out = value;
    return true;
}

bool validClock(int hour, int minute, int second)
{
    return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 60;
}

int daysInMonth(int year, int month)
{
    static constexpr std::array<int, 12> days { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[static_cast<std::size_t>(month - 1)];
}

std::optional<qint64> compose(
    int year, int month, int day, int hour, int minute, int second, int offsetSeconds)
{
    if (year < 1970 || year > 9999 || month < 1 || month > 12 || day < 1
        || day > daysInMonth(year, month) || !validClock(hour, minute, second)) {
        return std::nullopt;
    }
    return daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400
        + hour * 3600 + minute * 60 + second - offsetSeconds;
}

} // namespace

// Howard Hinnant's days_from_civil.
qint64 daysFromCivil(int year, unsigned month, unsigned day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const auto yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

std::optional<qint64> parseRfc2822(std::string_view text)
{
    std::size_t pos = 0;
    // Optional "Fri, ".
    if (text.size() > 5 && text[3] == ',') {
        pos = 4;
        while (pos < text.size() && text[pos] == ' ')
            ++pos;
    }
    int day = 0;
    std::size_t dayLength
        = pos + 1 < text.size() && text[pos + 1] >= '0' && text[pos + 1] <= '9' ? 2 : 1;
    if (!digits(text, pos, dayLength, &day))
        return std::nullopt;
    pos += dayLength;
    if (pos >= text.size() || text[pos] != ' ')
        return std::nullopt;
    ++pos;
    static constexpr std::array<std::string_view, 12> months { "Jan", "Feb", "Mar", "Apr", "May",
        "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    if (pos + 3 > text.size())
        return std::nullopt;
    int month = 0;
    for (std::size_t i = 0; i < months.size(); ++i) {
        if (text.substr(pos, 3) == months[i])
            month = static_cast<int>(i) + 1;
    }
    if (month == 0)
        return std::nullopt;
    pos += 3;
    int year = 0, hour = 0, minute = 0, second = 0;
    if (pos >= text.size() || text[pos] != ' ' || !digits(text, pos + 1, 4, &year))
        return std::nullopt;
    pos += 5;
    if (pos >= text.size() || text[pos] != ' ' || !digits(text, pos + 1, 2, &hour)
        || pos + 3 >= text.size() || text[pos + 3] != ':' || !digits(text, pos + 4, 2, &minute)
        || pos + 6 >= text.size() || text[pos + 6] != ':' || !digits(text, pos + 7, 2, &second)) {
        return std::nullopt;
    }
    pos += 9;
    if (pos >= text.size() || text[pos] != ' ')
        return std::nullopt;
    const std::string_view zone = text.substr(pos + 1);
    int offset = 0;
    if (zone == "GMT" || zone == "UT" || zone == "UTC" || zone == "Z") {
        offset = 0;
    } else if (zone.size() == 5 && (zone[0] == '+' || zone[0] == '-')) {
        int hh = 0, mm = 0;
        if (!digits(zone, 1, 2, &hh) || !digits(zone, 3, 2, &mm) || hh > 23 || mm > 59)
            return std::nullopt;
        offset = (hh * 3600 + mm * 60) * (zone[0] == '-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    return compose(year, month, day, hour, minute, second, offset);
}

std::optional<qint64> parseIso8601(std::string_view text)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(text, 0, 4, &year) || text.size() < 10 || text[4] != '-'
        || !digits(text, 5, 2, &month) || text[7] != '-' || !digits(text, 8, 2, &day)) {
        return std::nullopt;
    }
    if (text.size() == 10)
        return compose(year, month, day, 0, 0, 0, 0);
    if ((text[10] != 'T' && text[10] != ' ') || !digits(text, 11, 2, &hour) || text.size() < 19
        || text[13] != ':' || !digits(text, 14, 2, &minute) || text[16] != ':'
        || !digits(text, 17, 2, &second)) {
        return std::nullopt;
    }
    std::size_t pos = 19;
    if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
        ++pos;
        const std::size_t start = pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
            ++pos;
        if (pos == start)
            return std::nullopt;
    }
    int offset = 0;
    const std::string_view zone = text.substr(pos);
    if (zone.empty() || zone == "Z") {
        offset = 0;
    } else if ((zone[0] == '+' || zone[0] == '-')
        && (zone.size() == 6 || zone.size() == 5 || zone.size() == 3)) {
        int hh = 0, mm = 0;
        if (!digits(zone, 1, 2, &hh))
            return std::nullopt;
        if (zone.size() == 6 && (zone[3] != ':' || !digits(zone, 4, 2, &mm)))
            return std::nullopt;
        if (zone.size() == 5 && !digits(zone, 3, 2, &mm))
            return std::nullopt;
        if (hh > 23 || mm > 59)
            return std::nullopt;
        offset = (hh * 3600 + mm * 60) * (zone[0] == '-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    return compose(year, month, day, hour, minute, second, offset);
}

std::optional<qint64> parseAnyDate(std::string_view text)
{
    if (!text.empty() && text[0] >= '0' && text[0] <= '9' && text.size() >= 10 && text[4] == '-')
        return parseIso8601(text);
    return parseRfc2822(text);
}

std::optional<qint64> parseDecimalMicros(std::string_view text)
{
    std::size_t pos = 0;
    bool negative = false;
    if (pos < text.size() && (text[pos] == '-' || text[pos] == '+')) {
        negative = text[pos] == '-';
        ++pos;
    }
    qint64 whole = 0;
    std::size_t wholeDigits = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
        if (++wholeDigits > 12)
            return std::nullopt;
        whole = whole * 10 + (text[pos++] - '0');
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool roundUp = false;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        const std::size_t start = pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (fractionDigits < 6) {
                fraction = fraction * 10 + (text[pos] - '0');
                ++fractionDigits;
            } else if (fractionDigits == 6) {
                roundUp = text[pos] >= '5';
                ++fractionDigits;
            }
            ++pos;
        }
        if (pos == start && wholeDigits == 0)
            return std::nullopt;
    }
    if (pos != text.size() || (wholeDigits == 0 && fractionDigits == 0))
        return std::nullopt;
    for (int i = std::min(fractionDigits, 6); i < 6; ++i)
        fraction *= 10;
    qint64 micros = whole * 1000000 + fraction + (roundUp ? 1 : 0);
    return negative ? -micros : micros;
}

std::optional<qint32> parseCount(std::string_view text)
{
    if (text.empty() || text.size() > 9)
        return std::nullopt;
    qint32 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace relay::core::wire
