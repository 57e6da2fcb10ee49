#pragma once

#include "model/UsageRecord.h"

#include <QByteArrayView>

#include <functional>
#include <string>

namespace relay::core::providers {

// A Twilio BulkExport day file as the Days resource serves it: gzip (or
// zlib) of JSON lines, one Message each. Inflated in 1 MiB steps and read
// line by line with readTwilioMessage(); `record` gets each message (valid
// until it returns) and may return false to stop. Returns an empty string,
// or what is wrong and on which line.
std::string readBulkDay(QByteArrayView gz,
    const std::function<bool(const UsageRecordView &record, qint64 line)> &record);

} // namespace relay::core::providers
