// Telnyx detail-record pages (GET /v2/detail_records, legacy
// /v2/reports/mdrs), as ProviderPull and the "telnyx-mdr" import read them:
// the "data" array record by record with readTelnyxRecord(), and
// meta.page_number / meta.total_pages.

#include "FuzzSupport.h"
#include "RecordChecks.h"
#include "providers/RecordParsers.h"

#include <simdjson.h>

using namespace relay;
using namespace simdjson;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static dom::parser parser;
    const padded_string json(reinterpret_cast<const char *>(data), size);
    dom::object root;
    dom::array records;
    if (parser.parse(json).get_object().get(root) || root["data"].get_array().get(records))
        return 0;
    core::UsageRecordView record;
    for (dom::element element : records) {
        dom::object object;
        if (element.get_object().get(object))
            continue;
        const std::string why = core::providers::readTelnyxRecord(object, record);
        if (why.empty()) {
            fuzz::checkRecord(record, core::ProviderFamily::Telnyx);
            FUZZ_CHECK(record.channel != core::Channel::WhatsApp);
        } else {
            FUZZ_CHECK(why.size() < 200);
        }
    }
    int64_t pageNumber = 0, totalPages = 0;
    const bool more = !root["meta"]["page_number"].get_int64().get(pageNumber)
        && !root["meta"]["total_pages"].get_int64().get(totalPages) && pageNumber < totalPages;
    (void)more;
    return 0;
}
