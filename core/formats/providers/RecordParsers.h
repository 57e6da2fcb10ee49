#pragma once

#include "model/UsageRecord.h"

#include <simdjson.h>

#include <string>

namespace relay::core::providers {

// Copies the allow-listed fields of one provider record into `out`. The
// body, the other party's number and every field not named here are read
// past, never copied; unknown fields are ignored. Returns an empty string,
// or what is wrong (naming the field). String views in `out` point into the
// parser's buffers and die with the next document. The DOM API, because its
// parsing kernels are chosen at run time (the header-only On-Demand API
// would be built for plain x86-64, several times slower).

// A Twilio Message, from the REST API (counts and price as strings, RFC 2822
// dates) or from a BulkExport day file (integers, ISO 8601 dates).
std::string readTwilioMessage(simdjson::dom::object object, UsageRecordView &out);

// A Telnyx messaging detail record (GET /v2/detail_records, record_type
// message_detail_record) or a legacy /v2/reports/mdrs item.
std::string readTelnyxRecord(simdjson::dom::object object, UsageRecordView &out);

} // namespace relay::core::providers
