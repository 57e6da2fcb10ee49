#pragma once

#include <QtGlobal>

#include <optional>
#include <string_view>

namespace relay::core::wire {

// Seconds since the epoch, UTC, or nullopt when the text is not a valid date
// of that format. Hand-written because they run once or three times per
// record on million-record imports (QDateTime parsing costs ~50x more).

// RFC 2822 as Twilio's REST API writes it: "Fri, 24 May 2019 17:44:50 +0000"
// (the weekday is optional; zones +hhmm/-hhmm, GMT, UT, UTC, Z).
std::optional<qint64> parseRfc2822(std::string_view text);

// ISO 8601 date-times as BulkExport and Telnyx write them:
// "2020-01-01T03:57:33Z", "2021-03-08T17:57:48.801186" (no zone: UTC),
// "2020-07-01T00:00:00-06:00"; also a bare "2020-07-01".
std::optional<qint64> parseIso8601(std::string_view text);

// Either of the two.
std::optional<qint64> parseAnyDate(std::string_view text);

// A decimal string such as "-0.00750" in millionths (rounded half away from
// zero past six places); nullopt when it is not a plain decimal number.
std::optional<qint64> parseDecimalMicros(std::string_view text);

// A non-negative integer written as a string ("3"); nullopt otherwise.
std::optional<qint32> parseCount(std::string_view text);

qint64 daysFromCivil(int year, unsigned month, unsigned day);

} // namespace relay::core::wire
