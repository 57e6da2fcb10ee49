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

namespace {

// What a Twilio message says besides the kept fields: both numbers (one of
// them is the other party's) and the direction, to tell which is ours.
struct TwilioParties {
    std::string_view from, to, direction;
    bool haveSid = false, haveStatus = false, haveDirection = false;
};

std::string twilioField(
    std::string_view key, dom::element value, UsageRecordView &out, TwilioParties &p)
{
    if (key == "sid") {
        if (!optionalString(value, &out.messageId) || out.messageId.empty())
            return problem(key, "is not a message id");
        p.haveSid = true;
    } else if (key == "from" || key == "to") {
        if (!optionalString(value, key == "from" ? &p.from : &p.to))
            return problem(key, "is not a string");
    } else if (key == "direction") {
        if (!optionalString(value, &p.direction))
            return problem(key, "is not a string");
        p.haveDirection = true;
    } else if (key == "status") {
        if (!optionalString(value, &out.status) || out.status.empty())
            return problem(key, "is not a status");
        p.haveStatus = true;
    } else if (key == "messaging_service_sid" || key == "price_unit") {
        if (!optionalString(value, key == "price_unit" ? &out.priceUnit : &out.service))
            return problem(key, "is not a string");
    } else if (key == "num_segments" || key == "num_media") {
        if (!flexibleCount(value, key == "num_media" ? &out.media : &out.segments))
            return problem(key, "is not a count");
    } else if (key == "error_code") {
        if (!flexibleErrorCode(value, &out.errorCode))
            return problem(key, "is not an error code");
    } else if (key == "date_created" || key == "date_sent" || key == "date_updated") {
        qint64 *at = key == "date_created" ? &out.createdAt
            : key == "date_sent"           ? &out.sentAt
                                           : &out.updatedAt;
        if (!date(value, at))
            return problem(key, "is not an RFC 2822 or ISO 8601 date");
    } else if (key == "price") {
        if (!flexiblePrice(value, &out.priceMicros))
            return problem(key, "is not a price");
    }
    // Everything else (body, account_sid, uri, ...) is skipped by the parser
    // without being copied.
    return {};
}

// Our number is `to` on an inbound message, `from` on an outbound one.
std::string twilioGateway(UsageRecordView &out, const TwilioParties &p)
{
    if (!p.haveSid)
        return "the record has no \"sid\"";
    if (!p.haveStatus)
        return "the record has no \"status\"";
    if (!p.haveDirection)
        return "the record has no \"direction\"";
    if (p.direction == "inbound") {
        out.direction = Direction::Inbound;
        out.gateway = p.to; // the client's number received it
    } else if (startsWith(p.direction, "outbound")) {
        out.direction = Direction::Outbound;
        out.gateway = p.from;
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

} // namespace

std::string readTwilioMessage(dom::object object, UsageRecordView &out)
{
    out = UsageRecordView {};
    out.provider = ProviderFamily::Twilio;
    TwilioParties parties;
    for (const dom::key_value_pair field : object) {
        if (std::string why = twilioField(field.key, field.value, out, parties); !why.empty())
            return why;
    }
    return twilioGateway(out, parties);
}

namespace {

// What a Telnyx record says besides the kept fields.
struct TelnyxParties {
    std::string_view cli, cld, direction, messageType;
    qint64 completedAt = UsageRecordView::kNoTime;
};

std::string telnyxErrors(dom::element value, UsageRecordView &out)
{
    dom::array errors;
    if (value.get_array().get(errors))
        return value.is_null() ? std::string()
                               : problem("errors", "is not an array of error codes");
    for (dom::element item : errors) {
        qint32 code = 0;
        if (out.errorCode == UsageRecordView::kNoError && flexibleErrorCode(item, &code))
            out.errorCode = code;
    }
    return {};
}

std::string telnyxField(
    std::string_view key, dom::element value, UsageRecordView &out, TelnyxParties &p)
{
    std::string_view *text = key == "uuid" || key == "id" ? &out.messageId
        : key == "cli"                                    ? &p.cli
        : key == "cld"                                    ? &p.cld
        : key == "direction"                              ? &p.direction
        : key == "status"                                 ? &out.status
        : key == "message_type"                           ? &p.messageType
        : key == "profile_id"                             ? &out.service
        : key == "currency"                               ? &out.priceUnit
                                                          : nullptr;
    if (text)
        return optionalString(value, text) ? std::string() : problem(key, "is not a string");
    qint64 *at = key == "created_at" ? &out.createdAt
        : key == "sent_at"           ? &out.sentAt
        : key == "updated_at"        ? &out.updatedAt
        : key == "completed_at"      ? &p.completedAt
                                     : nullptr;
    if (at)
        return date(value, at) ? std::string() : problem(key, "is not an ISO 8601 date");
    if (key == "parts" && !flexibleCount(value, &out.segments))
        return problem(key, "is not a count");
    if (key == "cost" && !flexiblePrice(value, &out.priceMicros))
        return problem(key, "is not a price");
    // A comma-separated string in detail records; webhooks send an array,
    // which the reports do not need.
    if (key == "tags" && value.is_string() && !optionalString(value, &out.tags))
        return problem(key, "is not a string");
    if (key == "errors")
        return telnyxErrors(value, out);
    return {};
}

std::string telnyxGateway(UsageRecordView &out, const TelnyxParties &p)
{
    if (out.messageId.empty())
        return "the record has no \"uuid\"";
    if (out.status.empty())
        return "the record has no \"status\"";
    if (equalsIgnoreCase(p.direction, "inbound")) {
        out.direction = Direction::Inbound;
        out.gateway = p.cld;
    } else if (equalsIgnoreCase(p.direction, "outbound")) {
        out.direction = Direction::Outbound;
        out.gateway = p.cli;
    } else {
        return problem("direction", "is not inbound or outbound");
    }
    if (out.gateway.empty())
        return out.direction == Direction::Inbound ? "an inbound record has no \"cld\""
                                                   : "an outbound record has no \"cli\"";
    if (out.updatedAt == UsageRecordView::kNoTime)
        out.updatedAt = p.completedAt;
    if (equalsIgnoreCase(p.messageType, "MMS"))
        out.channel = Channel::Mms;
    return {};
}

} // namespace

std::string readTelnyxRecord(dom::object object, UsageRecordView &out)
{
    out = UsageRecordView {};
    out.provider = ProviderFamily::Telnyx;
    TelnyxParties parties;
    for (const dom::key_value_pair field : object) {
        if (std::string why = telnyxField(field.key, field.value, out, parties); !why.empty())
            return why;
    }
    return telnyxGateway(out, parties);
}

} // namespace relay::core::providers
