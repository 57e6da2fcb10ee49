// Twilio Messages API pages (GET /2010-04-01/Accounts/{sid}/Messages.json),
// as ProviderPull::handlePage()/ingestPage() and the "twilio-json" import
// read them: one JSON document, its "messages" array read record by record
// with readTwilioMessage(), and "next_page_uri".

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
    if (parser.parse(json).get_object().get(root) || root["messages"].get_array().get(records))
        return 0;
    core::UsageRecordView record;
    for (dom::element element : records) {
        dom::object object;
        if (element.get_object().get(object))
            continue;
        const std::string why = core::providers::readTwilioMessage(object, record);
        if (why.empty()) {
            fuzz::checkRecord(record, core::ProviderFamily::Twilio);
            // Reading the same object again gives the same record.
            core::UsageRecordView again;
            FUZZ_CHECK(core::providers::readTwilioMessage(object, again).empty());
            FUZZ_CHECK(again.messageId == record.messageId && again.gateway == record.gateway
                && again.createdAt == record.createdAt && again.sentAt == record.sentAt
                && again.priceMicros == record.priceMicros && again.segments == record.segments);
        }
    }
    std::string_view next;
    if (!root["next_page_uri"].get_string().get(next))
        (void)next.size();
    return 0;
}
