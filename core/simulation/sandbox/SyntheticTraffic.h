#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>

#include <cstdint>

namespace relay::core::sandbox {

// Deterministic, realistic provider traffic for the sandbox, the tests and
// the benchmarks: message i of a given seed is always the same message. It
// carries what a real provider stores — bodies and recipient numbers too,
// from the fictional 555-01xx range — so that redaction is exercised for real.
class SyntheticTraffic
{
public:
    struct Message {
        QByteArray sid; // SM… / MM… (Twilio); uuid() for Telnyx
        QByteArray uuid;
        QByteArray accountSid;
        QByteArray from;
        QByteArray to;
        QByteArray direction; // Twilio spelling: outbound-api, inbound
        QByteArray status; // Twilio vocabulary
        QByteArray telnyxStatus;
        QByteArray service; // MG… or empty
        QByteArray telnyxProfile;
        QByteArray body;
        QByteArray price; // "-0.00790" or empty (null)
        int segments = 1;
        int media = 0;
        int errorCode = 0; // 0: none
        qint64 created = 0; // seconds since the epoch
        qint64 sent = 0; // 0: not sent
        qint64 updated = 0;
    };

    struct Campaign {
        QByteArray key; // messaging service SID (Twilio) or sender number (Telnyx)
        QByteArray campaign; // TCR campaign id, empty: none registered
        QByteArray brand; // TCR brand id
        QByteArray brandSid; // Twilio BN…
        QByteArray usa2pSid; // Twilio QE…
    };

    SyntheticTraffic(quint64 seed, qint64 messages, QDate from, QDate to);

    qint64 size() const { return m_messages; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    // Messages are numbered newest first, as Twilio lists them.
    Message at(qint64 index) const;

    static QByteArray accountSid();
    static QList<QByteArray> gateways();
    static QList<Campaign> twilioCampaigns();
    static QList<Campaign> telnyxCampaigns();

    // The three wire shapes.
    static QByteArray twilioRestJson(const Message &m); // one Messages list entry
    static QByteArray twilioBulkLine(const Message &m); // one BulkExport day-file line
    static QByteArray telnyxRecordJson(const Message &m); // one /v2/detail_records entry

    static QByteArray rfc2822(qint64 seconds);
    static QByteArray iso8601(qint64 seconds);

private:
    // Message index's created time; draws from the message's random state.
    qint64 createdAt(qint64 index, quint64 &state) const;

    quint64 m_seed;
    qint64 m_messages;
    QDate m_from;
    QDate m_to;
};

} // namespace relay::core::sandbox
