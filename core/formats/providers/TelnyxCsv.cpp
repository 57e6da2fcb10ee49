#include "TelnyxCsv.h"

#include "providers/WireFormats.h"

#include <algorithm>
#include <cctype>

namespace relay::core::providers {

namespace {

std::string normalise(std::string name)
{
    std::string out;
    for (char c : name) {
        if (c == ' ' || c == '-' || c == '.')
            c = '_';
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    while (!out.empty() && out.back() == '_')
        out.pop_back();
    return out;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
        return std::tolower(x) == std::tolower(y);
    });
}

} // namespace

std::string TelnyxCsvReader::mapHeader(const std::vector<std::string> &header)
{
    static const std::array<std::vector<std::string_view>, ColumnCount> names { {
        { "uuid", "id", "message_id", "mdr_id" },
        { "direction" },
        { "cli", "from", "sender", "source" },
        { "cld", "to", "recipient", "destination" },
        { "status", "message_status" },
        { "message_type", "type" },
        { "parts", "segments", "message_parts" },
        { "created_at", "created", "date_created" },
        { "sent_at", "sent", "date_sent" },
        { "updated_at", "updated", "date_updated" },
        { "completed_at", "completed" },
        { "cost", "price" },
        { "currency" },
        { "profile_id", "messaging_profile_id" },
        { "errors", "error_code", "error_codes" },
        { "tags" },
    } };
    m_index.fill(-1);
    for (std::size_t i = 0; i < header.size(); ++i) {
        std::string name = normalise(header[i]);
        if (i == 0 && name.rfind("\xef\xbb\xbf", 0) == 0)
            name.erase(0, 3); // a byte-order mark
        for (std::size_t c = 0; c < names.size(); ++c) {
            if (m_index[c] < 0
                && std::find(names[c].begin(), names[c].end(), name) != names[c].end())
                m_index[c] = static_cast<int>(i);
        }
    }
    if (m_index[Id] < 0)
        return "the CSV header has no message id column (uuid or id)";
    if (m_index[Direction] < 0 || m_index[Status] < 0)
        return "the CSV header needs direction and status columns";
    if (m_index[Cli] < 0 || m_index[Cld] < 0)
        return "the CSV header needs cli (from) and cld (to) columns";
    return {};
}

std::string TelnyxCsvReader::convert(
    const std::vector<std::string> &fields, UsageRecordView &out) const
{
    out = UsageRecordView {};
    out.provider = ProviderFamily::Telnyx;
    const auto field = [&](Column c) -> std::string_view {
        const int i = m_index[c];
        return i >= 0 && static_cast<std::size_t>(i) < fields.size()
            ? std::string_view(fields[static_cast<std::size_t>(i)])
            : std::string_view();
    };
    out.messageId = field(Id);
    out.status = field(Status);
    if (out.messageId.empty())
        return "no message id";
    if (out.status.empty())
        return "no status";
    const std::string_view direction = field(Direction);
    if (equalsIgnoreCase(direction, "inbound")) {
        out.direction = Direction::Inbound;
        out.gateway = field(Cld);
    } else if (equalsIgnoreCase(direction, "outbound")) {
        out.gateway = field(Cli);
    } else {
        return "direction is not inbound or outbound";
    }
    if (out.gateway.empty())
        return "no sending gateway";
    if (equalsIgnoreCase(field(Type), "MMS"))
        out.channel = Channel::Mms;
    if (!field(Parts).empty()) {
        const auto parts = wire::parseCount(field(Parts));
        if (!parts)
            return "parts is not a count";
        out.segments = *parts;
    }
    const std::array<std::pair<Column, qint64 *>, 4> dates { { { Created, &out.createdAt },
        { Sent, &out.sentAt }, { Updated, &out.updatedAt }, { Completed, nullptr } } };
    qint64 completed = UsageRecordView::kNoTime;
    for (const auto &[column, target] : dates) {
        if (field(column).empty())
            continue;
        const auto t = wire::parseAnyDate(field(column));
        if (!t)
            return "a date is not ISO 8601";
        *(target ? target : &completed) = *t;
    }
    if (out.updatedAt == UsageRecordView::kNoTime)
        out.updatedAt = completed;
    if (!field(Cost).empty()) {
        const auto micros = wire::parseDecimalMicros(field(Cost));
        if (!micros)
            return "cost is not a decimal";
        out.priceMicros = *micros;
    }
    out.priceUnit = field(Currency);
    out.service = field(Profile);
    out.tags = field(Tags);
    const std::string_view errors = field(Errors);
    std::string digits;
    for (char c : errors) {
        if (c >= '0' && c <= '9')
            digits.push_back(c);
        else if (!digits.empty())
            break;
    }
    if (!digits.empty() && digits.size() <= 9)
        out.errorCode = static_cast<qint32>(std::stol(digits));
    return {};
}

std::string TelnyxCsvReader::read(const QByteArray &text, const RecordHandler &handler)
{
    std::vector<std::string> fields;
    std::string current;
    bool quoted = false;
    bool haveHeader = false;
    qint64 row = 0;
    const auto endRow = [&]() -> std::string {
        fields.push_back(std::move(current));
        current.clear();
        ++row;
        if (fields.size() == 1 && fields[0].empty()) {
            fields.clear();
            return {};
        }
        std::string problem;
        if (!haveHeader) {
            problem = mapHeader(fields);
            haveHeader = true;
        } else {
            UsageRecordView record;
            problem = convert(fields, record);
            if (problem.empty() && !handler(record, row))
                problem = "stopped";
        }
        fields.clear();
        return problem.empty() ? problem : "row " + std::to_string(row) + ": " + problem;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\0')
            return "row " + std::to_string(row + 1) + ": binary data, not CSV";
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text.at(i + 1) == '"') {
                    current.push_back('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current.push_back(c);
            }
        } else if (c == '"' && current.empty()) {
            quoted = true;
        } else if (c == ',') {
            fields.push_back(std::move(current));
            current.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n')
                ++i;
            if (std::string problem = endRow(); !problem.empty())
                return problem;
        } else {
            current.push_back(c);
        }
        if (current.size() > (1 << 20))
            return "row " + std::to_string(row + 1) + ": a field is longer than 1 MiB";
    }
    if (quoted)
        return "row " + std::to_string(row + 1) + ": a quoted field is not closed";
    if (!current.empty() || !fields.empty()) {
        if (std::string problem = endRow(); !problem.empty())
            return problem;
    }
    if (!haveHeader)
        return "the file is empty";
    return {};
}

} // namespace relay::core::providers
