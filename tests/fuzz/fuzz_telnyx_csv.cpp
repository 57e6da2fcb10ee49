// Telnyx MDR reports as CSV (TelnyxCsvReader), as the "telnyx-mdr" import
// reads a file that does not start with '{'.

#include "FuzzSupport.h"
#include "RecordChecks.h"
#include "providers/TelnyxCsv.h"

using namespace relay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    core::providers::TelnyxCsvReader reader;
    qint64 lastRow = 0;
    qint64 records = 0;
    const std::string why = reader.read(
        fuzz::qbytes(data, size), [&](const core::UsageRecordView &record, qint64 row) {
            FUZZ_CHECK(row > lastRow && row >= 2); // row 1 is the header
            lastRow = row;
            fuzz::checkRecord(record, core::ProviderFamily::Telnyx);
            return ++records < 100000;
        });
    if (why.empty())
        FUZZ_CHECK(size > 0);
    return 0;
}
