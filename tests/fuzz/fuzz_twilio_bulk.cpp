// Twilio BulkExport day files (JSON lines) through JsonLineSplitter and
// readTwilioMessage(), as ProviderPull::readBulkDay() and the "twilio-bulk"
// import read them. The input is fed in pieces whose size the first byte
// picks, so lines cross feed() boundaries.

#include "FuzzSupport.h"
#include "RecordChecks.h"
#include "providers/JsonLines.h"
#include "providers/RecordParsers.h"

#include <simdjson.h>

using namespace relay;
using namespace simdjson;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const std::size_t piece = 1 + data[0] * 7u;
    ++data;
    --size;
    static dom::parser parser;
    core::UsageRecordView record;
    qint64 lastLine = 0;
    core::providers::JsonLineSplitter lines([&](std::string_view text, qint64 line) {
        FUZZ_CHECK(!text.empty());
        FUZZ_CHECK(line > lastLine);
        lastLine = line;
        FUZZ_CHECK(text.find('\n') == std::string_view::npos);
        FUZZ_CHECK(text.find('\0') == std::string_view::npos);
        FUZZ_CHECK(text.back() != '\r' && text.back() != ' ' && text.back() != '\t');
        FUZZ_CHECK(text.size() <= core::providers::JsonLineSplitter::kMaxLine);
        dom::object object;
        // In place: the splitter promises SIMDJSON_PADDING readable bytes after the line.
        if (parser.parse(text.data(), text.size(), false).get_object().get(object))
            return false;
        if (!core::providers::readTwilioMessage(object, record).empty())
            return true; // keep going: more lines, more coverage
        fuzz::checkRecord(record, core::ProviderFamily::Twilio);
        return true;
    });
    bool ok = true;
    for (std::size_t offset = 0; ok && offset < size; offset += piece)
        ok = lines.feed(
            reinterpret_cast<const char *>(data) + offset, std::min(piece, size - offset));
    if (ok)
        ok = lines.finish();
    FUZZ_CHECK(ok || !lines.error().empty() || lastLine > 0);
    return 0;
}
