// The hand-written wire formats of core/providers/WireFormats: RFC 2822
// dates (Twilio's date_created/date_sent), ISO 8601 (BulkExport, Telnyx),
// decimal prices and string counts. A date that parses is formatted back
// (in UTC) and must parse to the same second.

#include "FuzzSupport.h"
#include "providers/WireFormats.h"

#include <array>
#include <cstdio>
#include <cstring>
#include <string>

using namespace relay;
using namespace relay::core;

namespace {

struct Civil {
    int year;
    unsigned month, day;
};

// Howard Hinnant's civil_from_days, the inverse of wire::daysFromCivil.
Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = static_cast<qint64>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return { static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d };
}

void checkDate(std::optional<qint64> seconds)
{
    if (!seconds)
        return;
    // 1970-01-01 minus a day of offset .. 9999-12-31 plus a day.
    FUZZ_CHECK(*seconds >= -86400 && *seconds < 253402300800LL + 86400);
    if (*seconds < 0 || *seconds >= 253402300800LL)
        return; // outside what the formats can write back
    const qint64 days = *seconds / 86400;
    const qint64 rest = *seconds % 86400;
    const Civil c = civilFromDays(days);
    FUZZ_CHECK(wire::daysFromCivil(c.year, c.month, c.day) == days);
    const int hh = static_cast<int>(rest / 3600), mm = static_cast<int>(rest / 60 % 60),
              ss = static_cast<int>(rest % 60);
    static constexpr std::array<const char *, 12> months { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    char text[64];
    int n = std::snprintf(text, sizeof text, "Fri, %02u %s %04d %02d:%02d:%02d +0000", c.day,
        months.at(c.month - 1), c.year, hh, mm, ss);
    FUZZ_CHECK(wire::parseRfc2822(std::string_view(text, static_cast<std::size_t>(n))) == seconds);
    n = std::snprintf(text, sizeof text, "%u %s %04d %02d:%02d:%02d GMT", c.day,
        months.at(c.month - 1), c.year, hh, mm, ss);
    FUZZ_CHECK(wire::parseRfc2822(std::string_view(text, static_cast<std::size_t>(n))) == seconds);
    n = std::snprintf(
        text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ", c.year, c.month, c.day, hh, mm, ss);
    FUZZ_CHECK(wire::parseIso8601(std::string_view(text, static_cast<std::size_t>(n))) == seconds);
    FUZZ_CHECK(wire::parseAnyDate(std::string_view(text, static_cast<std::size_t>(n))) == seconds);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Exactly the fuzz bytes (libFuzzer's buffer has no slack), so ASan sees
    // any read past the end.
    const std::string_view text = fuzz::bytes(data, size);

    const auto rfc = wire::parseRfc2822(text);
    const auto iso = wire::parseIso8601(text);
    const auto any = wire::parseAnyDate(text);
    checkDate(rfc);
    checkDate(iso);
    checkDate(any);
    FUZZ_CHECK(!any || any == rfc || any == iso);

    if (const auto micros = wire::parseDecimalMicros(text)) {
        FUZZ_CHECK(*micros > -1000000000000000000LL && *micros < 1000000000000000000LL);
        // Whole numbers scale exactly.
        if (!text.empty() && text.find('.') == std::string_view::npos && text.size() <= 10
            && text.find_first_not_of("0123456789") == std::string_view::npos) {
            FUZZ_CHECK(*micros == std::stoll(std::string(text)) * 1000000);
        }
    }
    if (const auto count = wire::parseCount(text)) {
        FUZZ_CHECK(*count >= 0 && *count <= 999999999);
        FUZZ_CHECK(*count == std::stoll(std::string(text)));
    }
    return 0;
}
