#include "RecordParsers.h"

#include "providers/WireFormats.h"

#include <cmath>

namespace relay::core::providers {

using namespace simdjson;

namespace {

std::string problem(std::string_view field, std::string_view what)
{
    std::string text("field \"");
    text.append(field);
    text.append("\" ");
    text.append(what);
    return text;
}

// A string, or null (→ empty); anything else is an error.
bool optionalString(dom::element value, std::string_view *out)
{
    if (value.is_null()) {
        *out = {};
        return true;
    }
    return !value.get_string().get(*out);
}

// A count written as a number (BulkExport) or a string (REST), or null (→ 0).
bool flexibleCount(dom::element value, qint32 *out)
{
    switch (value.type()) {
    case dom::element_type::NULL_VALUE:
        *out = 0;
        return true;
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE: {
        int64_t n = 0;
        if (value.get_int64().get(n) || n < 0 || n > 1000000)
            return false;
        *out = static_cast<qint32>(n);
        return true;
    }
    case dom::element_type::STRING: {
        std::string_view text;
        if (value.get_string().get(text))
            return false;
        const auto n = wire::parseCount(text);
        if (!n)
            return false;
        *out = *n;
        return true;
    }
    default:
        return false;
    }
}

// An error code: integer (Twilio), a string of digits, or null.
bool flexibleErrorCode(dom::element value, qint32 *out)
{
    if (value.is_null()) {
        *out = UsageRecordView::kNoError;
        return true;
    }
    qint32 code = 0;
    if (!flexibleCount(value, &code))
        return false;
    *out = code;
    return true;
}

bool flexiblePrice(dom::element value, qint64 *out)
{
    const dom::element_type type = value.type();
    if (type == dom::element_type::NULL_VALUE) {
        *out = UsageRecordView::kNoPrice;
        return true;
    }
    if (type == dom::element_type::INT64 || type == dom::element_type::UINT64
        || type == dom::element_type::DOUBLE) {
        double d = 0;
        if (value.get_double().get(d) || !std::isfinite(d) || std::fabs(d) > 1e9)
            return false;
        *out = std::llround(d * 1e6);
        return true;
    }
    std::string_view text;
    if (type != dom::element_type::STRING || value.get_string().get(text))
        return false;
    if (text.empty()) {
        *out = UsageRecordView::kNoPrice;
        return true;
    }
    const auto micros = wire::parseDecimalMicros(text);
    if (!micros)
        return false;
    *out = *micros;
    return true;
}

bool date(dom::element value, qint64 *out)
{
    std::string_view text;
    if (!optionalString(value, &text))
        return false;
    if (text.empty()) {
        *out = UsageRecordView::kNoTime;
        return true;
    }
    const auto seconds = wire::parseAnyDate(text);
    if (!seconds)
        return false;
    *out = *seconds;
    return true;
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower
            = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

} // namespace

std::string readTwilioMessage(dom::object object, UsageRecordView &out)
{
    out = UsageRecordView {};
    out.provider = ProviderFamily::Twilio;
    std::string_view from, to, direction;
    bool haveSid = false, haveStatus = false, haveDirection = false;
    for (const dom::key_value_pair field : object) {
        const std::string_view key = field.key;
        const dom::element value = field.value;
        if (key == "sid") {
            if (!optionalString(value, &out.messageId) || out.messageId.empty())
                return problem(key, "is not a message id");
            haveSid = true;
        } else if (key == "from") {
            if (!optionalString(value, &from))
                return problem(key, "is not a string");
        } else if (key == "to") {
            if (!optionalString(value, &to))
                return problem(key, "is not a string");
        } else if (key == "direction") {
            if (!optionalString(value, &direction))
                return problem(key, "is not a string");
            haveDirection = true;
        } else if (key == "status") {
            if (!optionalString(value, &out.status) || out.status.empty())
                return problem(key, "is not a status");
            haveStatus = true;
        } else if (key == "messaging_service_sid") {
            if (!optionalString(value, &out.service))
                return problem(key, "is not a string");
        } else if (key == "num_segments") {
            if (!flexibleCount(value, &out.segments))
                return problem(key, "is not a count");
        } else if (key == "num_media") {
            if (!flexibleCount(value, &out.media))
                return problem(key, "is not a count");
        } else if (key == "error_code") {
            if (!flexibleErrorCode(value, &out.errorCode))
                return problem(key, "is not an error code");
        } else if (key == "date_created") {
            if (!date(value, &out.createdAt))
                return problem(key, "is not an RFC 2822 or ISO 8601 date");
        } else if (key == "date_sent") {
            if (!date(value, &out.sentAt))
                return problem(key, "is not an RFC 2822 or ISO 8601 date");
        } else if (key == "date_updated") {
            if (!date(value, &out.updatedAt))
                return problem(key, "is not an RFC 2822 or ISO 8601 date");
        } else if (key == "price") {
            if (!flexiblePrice(value, &out.priceMicros))
                return problem(key, "is not a price");
        } else if (key == "price_unit") {
            if (!optionalString(value, &out.priceUnit))
                return problem(key, "is not a string");
        }
        // Everything else (body, to on outbound, account_sid, uri, ...) is
        // skipped by the parser without being copied.
    }
    if (!haveSid)
        return "the record has no \"sid\"";
    if (!haveStatus)
        return "the record has no \"status\"";
    if (!haveDirection)
        return "the record has no \"direction\"";
    if (direction == "inbound") {
        out.direction = Direction::Inbound;
        out.gateway = to; // the client's number received it
    } else if (startsWith(direction, "outbound")) {
        out.direction = Direction::Outbound;
        out.gateway = from;
    } else {
        return problem("direction", "is not inbound or outbound-*");
    }
    if (out.gateway.empty())
        return out.direction == Direction::Inbound ? "an inbound record has no \"to\""
                                                   : "an outbound record has no \"from\"";
    if (startsWith(out.gateway, "whatsapp:"))
        out.channel = Channel::WhatsApp;
    else if (out.media > 0 || startsWith(out.messageId, "MM"))
        out.channel = Channel::Mms;
    return {};
}

std::string readTelnyxRecord(dom::object object, UsageRecordView &out)
{
    out = UsageRecordView {};
    out.provider = ProviderFamily::Telnyx;
    std::string_view cli, cld, direction, messageType;
    qint64 completedAt = UsageRecordView::kNoTime;
    for (const dom::key_value_pair field : object) {
        const std::string_view key = field.key;
        const dom::element value = field.value;
        if (key == "uuid" || key == "id") {
            if (!optionalString(value, &out.messageId))
                return problem(key, "is not a string");
        } else if (key == "cli") {
            if (!optionalString(value, &cli))
                return problem(key, "is not a string");
        } else if (key == "cld") {
            if (!optionalString(value, &cld))
                return problem(key, "is not a string");
        } else if (key == "direction") {
            if (!optionalString(value, &direction))
                return problem(key, "is not a string");
        } else if (key == "status") {
            if (!optionalString(value, &out.status))
                return problem(key, "is not a string");
        } else if (key == "message_type") {
            if (!optionalString(value, &messageType))
                return problem(key, "is not a string");
        } else if (key == "parts") {
            if (!flexibleCount(value, &out.segments))
                return problem(key, "is not a count");
        } else if (key == "profile_id") {
            if (!optionalString(value, &out.service))
                return problem(key, "is not a string");
        } else if (key == "created_at") {
            if (!date(value, &out.createdAt))
                return problem(key, "is not an ISO 8601 date");
        } else if (key == "sent_at") {
            if (!date(value, &out.sentAt))
                return problem(key, "is not an ISO 8601 date");
        } else if (key == "updated_at") {
            if (!date(value, &out.updatedAt))
                return problem(key, "is not an ISO 8601 date");
        } else if (key == "completed_at") {
            if (!date(value, &completedAt))
                return problem(key, "is not an ISO 8601 date");
        } else if (key == "cost") {
            if (!flexiblePrice(value, &out.priceMicros))
                return problem(key, "is not a price");
        } else if (key == "currency") {
            if (!optionalString(value, &out.priceUnit))
                return problem(key, "is not a string");
        } else if (key == "tags") {
            // A comma-separated string in detail records; webhooks send an
            // array, which the reports do not need.
            if (value.is_string() && !optionalString(value, &out.tags))
                return problem(key, "is not a string");
        } else if (key == "errors") {
            dom::array errors;
            if (!value.get_array().get(errors)) {
                for (dom::element item : errors) {
                    qint32 code = 0;
                    if (out.errorCode == UsageRecordView::kNoError
                        && flexibleErrorCode(item, &code))
                        out.errorCode = code;
                }
            } else if (!value.is_null()) {
                return problem(key, "is not an array of error codes");
            }
        }
    }
    if (out.messageId.empty())
        return "the record has no \"uuid\"";
    if (out.status.empty())
        return "the record has no \"status\"";
    if (equalsIgnoreCase(direction, "inbound")) {
        out.direction = Direction::Inbound;
        out.gateway = cld;
    } else if (equalsIgnoreCase(direction, "outbound")) {
        out.direction = Direction::Outbound;
        out.gateway = cli;
    } else {
        return problem("direction", "is not inbound or outbound");
    }
    if (out.gateway.empty())
        return out.direction == Direction::Inbound ? "an inbound record has no \"cld\""
                                                   : "an outbound record has no \"cli\"";
    if (out.updatedAt == UsageRecordView::kNoTime)
        out.updatedAt = completedAt;
    if (equalsIgnoreCase(messageType, "MMS"))
        out.channel = Channel::Mms;
    return {};
}

} // namespace relay::core::providers
