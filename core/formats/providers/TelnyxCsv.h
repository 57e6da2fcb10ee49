#pragma once

#include "model/UsageRecord.h"

#include <QByteArray>

#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace relay::core::providers {

// Telnyx message detail records as CSV. Telnyx does not publish the header
// row of its MDR CSV, so columns are found by name, not position: the names
// of the detail-record JSON fields (uuid, direction, cli, cld, status,
// message_type, parts, created_at, sent_at, updated_at, completed_at, cost,
// currency, profile_id, errors) and common spellings of them ("Message ID",
// "From", "To", "Segments"...), case and spacing ignored. Unknown columns are
// ignored, like unknown JSON fields.
class TelnyxCsvReader
{
public:
    // Return false to stop.
    using RecordHandler = std::function<bool(const UsageRecordView &record, qint64 row)>;

    // Reads the whole text (RFC 4180: quoted fields, "" escapes, CRLF).
    // Returns an empty string, or what is wrong with which row.
    std::string read(const QByteArray &text, const RecordHandler &handler);

private:
    enum Column {
        Id,
        Direction,
        Cli,
        Cld,
        Status,
        Type,
        Parts,
        Created,
        Sent,
        Updated,
        Completed,
        Cost,
        Currency,
        Profile,
        Errors,
        Tags,
        ColumnCount
    };
    std::string mapHeader(const std::vector<std::string> &header);
    std::string convert(const std::vector<std::string> &fields, UsageRecordView &out) const;

    std::array<int, ColumnCount> m_index {};
};

} // namespace relay::core::providers
