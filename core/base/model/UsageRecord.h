#pragma once

#include <QtGlobal>

#include <array>
#include <cstdint>
#include <limits>
#include <string_view>

namespace relay::core {

// The provider a record came from; message ids are unique within one.
enum class ProviderFamily : quint8 { Twilio = 1, Telnyx = 2 };

enum class Direction : quint8 { Outbound = 0, Inbound = 1 };
enum class Channel : quint8 { Sms = 0, Mms = 1, WhatsApp = 2 };

// One provider message as a report keeps it. By construction there is no
// field for a message body or for the other party's number: readers copy an
// allow-list of provider fields into this and nothing else. Strings are
// views into the reader's buffer, valid until the next record.
struct UsageRecordView {
    static constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
    static constexpr qint32 kNoError = std::numeric_limits<qint32>::min();
    static constexpr qint64 kNoPrice = std::numeric_limits<qint64>::min();

    ProviderFamily provider = ProviderFamily::Twilio;
    std::string_view messageId; // SM…/MM… (Twilio) or a UUID (Telnyx)
    std::string_view gateway; // the client's own number, exactly as the provider writes it
    std::string_view
        service; // Twilio messaging_service_sid / Telnyx messaging_profile_id; may be empty
    std::string_view status; // exactly as the provider writes it
    std::string_view priceUnit; // "USD"; may be empty
    std::string_view tags; // Telnyx number tags, "tag1,tag2"; may be empty
    Direction direction = Direction::Outbound;
    Channel channel = Channel::Sms;
    qint32 segments = 0;
    qint32 media = 0;
    qint32 errorCode = kNoError;
    qint64 createdAt = kNoTime; // seconds since the epoch, UTC
    qint64 sentAt = kNoTime;
    qint64 updatedAt = kNoTime;
    qint64 priceMicros = kNoPrice; // provider's sign (Twilio prices are negative)

    // The UTC day a breakdown counts the message on: date_sent, else date_created.
    qint64 day() const
    {
        const qint64 t = sentAt != kNoTime ? sentAt : createdAt;
        return t == kNoTime ? -1 : (t >= 0 ? t / 86400 : (t - 86399) / 86400);
    }
};

} // namespace relay::core
