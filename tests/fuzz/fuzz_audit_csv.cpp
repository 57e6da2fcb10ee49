// Setup Audit Trail CSV downloads (AuditTrailReader::read → readCsv, and
// parseCsvDate for each Date cell). The first byte picks the downloading
// user's time zone and the day-first flag; the rest is the file.

#include "FuzzSupport.h"
#include "access/AccessAudit.h"

#include <QRegularExpression>

#include <array>

using namespace relay;
using namespace relay::core;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const std::array<QTimeZone, 6> zones { QTimeZone("America/Los_Angeles"),
        QTimeZone("Europe/Berlin"), QTimeZone("UTC"), QTimeZone("Australia/Lord_Howe"),
        QTimeZone("America/New_York"), QTimeZone() };
    AccessAudit::CsvOptions options;
    options.timeZone = zones[data[0] % zones.size()];
    options.dayFirst = (data[0] & 0x80) != 0;
    const QByteArray bytes = fuzz::qbytes(data + 1, size - 1);
    if (bytes.trimmed().startsWith('{'))
        return 0; // a query page: fuzz_audit_query
    const QString org = QStringLiteral("00D000000000001");
    auto rows = AuditTrailReader::read(org, bytes, options);
    if (rows) {
        // Without a zone, a row's time can only come from its own zone
        // abbreviation (UTC, GMT, PST…); a file with no rows needs neither.
        static const QRegularExpression abbreviation(
            QStringLiteral("\\b(UTC|GMT|[ECMP][SD]T|AK[SD]T|HST)\\b"));
        FUZZ_CHECK(options.timeZone.isValid() || rows->isEmpty()
            || abbreviation.match(QString::fromUtf8(bytes)).hasMatch());
        for (const AccessAudit::Row &row : rows.value()) {
            FUZZ_CHECK(row.org == org);
            FUZZ_CHECK(row.at.isValid());
            FUZZ_CHECK(row.source == QLatin1String("csv"));
            FUZZ_CHECK(!row.user.isEmpty() && !row.display.isEmpty());
            FUZZ_CHECK(row.action.isEmpty());
            FUZZ_CHECK(row.user == row.user.trimmed());
        }
    } else {
        FUZZ_CHECK(!rows.error().detail.isEmpty());
    }
    // The Date cell parser on its own, on the first line.
    const QString firstLine = QString::fromUtf8(bytes.left(200)).section(QLatin1Char('\n'), 0, 0);
    const QDateTime at = AuditTrailReader::parseCsvDate(firstLine, options);
    if (at.isValid())
        FUZZ_CHECK(at.date().year() >= 0 && at.date().year() <= 9999);
    return 0;
}
