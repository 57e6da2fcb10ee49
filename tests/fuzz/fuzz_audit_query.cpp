// Setup Audit Trail REST query pages (SELECT ... FROM SetupAuditTrail), as
// AuditTrailReader::read → readQueryPage reads a file that starts with '{'.

#include "FuzzSupport.h"
#include "access/AccessAudit.h"

using namespace relay;
using namespace relay::core;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::qbytes(data, size);
    if (!bytes.trimmed().startsWith('{'))
        return 0; // a CSV download: fuzz_audit_csv
    AccessAudit::CsvOptions options;
    options.timeZone = QTimeZone::utc();
    const QString org = QStringLiteral("00D000000000001");
    auto rows = AuditTrailReader::read(org, bytes, options);
    if (!rows) {
        FUZZ_CHECK(!rows.error().detail.isEmpty());
        return 0;
    }
    for (const AccessAudit::Row &row : rows.value()) {
        FUZZ_CHECK(row.org == org);
        FUZZ_CHECK(row.at.isValid());
        FUZZ_CHECK(row.at.timeSpec() == Qt::UTC || row.at.offsetFromUtc() == 0);
        FUZZ_CHECK(row.source == QLatin1String("api"));
        FUZZ_CHECK(!row.user.isEmpty() && !row.display.isEmpty());
    }
    return 0;
}
