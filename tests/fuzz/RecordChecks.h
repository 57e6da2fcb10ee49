#pragma once

// What every successfully read provider record must satisfy, whatever the
// input: the required fields are there, the enums are in range, times are
// real dates (1970..9999, give or take a zone offset).

#include "FuzzSupport.h"
#include "model/UsageRecord.h"

namespace relay::fuzz {

inline void checkTime(qint64 t)
{
    // compose() takes years 1970..9999 and offsets under a day.
    constexpr qint64 kLatest = 253402300800LL + 86400; // 10000-01-01 + a day
    FUZZ_CHECK(t == core::UsageRecordView::kNoTime || (t >= -86400 && t < kLatest));
}

inline void checkRecord(const core::UsageRecordView &r, core::ProviderFamily provider)
{
    using core::UsageRecordView;
    FUZZ_CHECK(r.provider == provider);
    FUZZ_CHECK(!r.messageId.empty());
    FUZZ_CHECK(!r.status.empty());
    FUZZ_CHECK(!r.gateway.empty());
    FUZZ_CHECK(r.direction == core::Direction::Outbound || r.direction == core::Direction::Inbound);
    FUZZ_CHECK(r.channel == core::Channel::Sms || r.channel == core::Channel::Mms
        || r.channel == core::Channel::WhatsApp);
    FUZZ_CHECK(r.segments >= 0 && r.segments <= 1000000000);
    FUZZ_CHECK(r.media >= 0 && r.media <= 1000000000);
    FUZZ_CHECK(r.errorCode == UsageRecordView::kNoError || r.errorCode >= 0);
    checkTime(r.createdAt);
    checkTime(r.sentAt);
    checkTime(r.updatedAt);
    FUZZ_CHECK(r.day() >= -1);
    if (r.sentAt != UsageRecordView::kNoTime || r.createdAt != UsageRecordView::kNoTime)
        FUZZ_CHECK(r.day() >= -1 && r.day() <= 2932897);
    // Prices: at most 12 integer digits (strings) or 1e9 (numbers), in millionths.
    FUZZ_CHECK(r.priceMicros == UsageRecordView::kNoPrice
        || (r.priceMicros > -1000000000000000000LL && r.priceMicros < 1000000000000000000LL));
    if (r.channel == core::Channel::WhatsApp)
        FUZZ_CHECK(r.gateway.substr(0, 9) == "whatsapp:");
    // Touch every view, so ASan sees a view that points outside its buffer.
    std::size_t sum = 0;
    for (std::string_view v : { r.messageId, r.gateway, r.service, r.status, r.priceUnit, r.tags })
        for (char c : v)
            sum += static_cast<unsigned char>(c);
    FUZZ_CHECK(sum != static_cast<std::size_t>(-1));
}

} // namespace relay::fuzz
