#pragma once

#include "engine/HttpListener.h"
#include "privacy/SecretBytes.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <cstddef>
#include <memory>

namespace relay::core {

class Gateways;
class SendPipeline;

// Intake: the managed package's callout. A user or a Flow sets an outgoing
// SMS record's Status to "Queued"; the package posts it, with up to 199
// others, to `engine serve` at POST /salesforce/sms:
//
//   X-Relay-Org: acme                  the org's name in this workspace
//   X-Relay-Timestamp: 1765000000      Unix seconds
//   X-Relay-Signature: base64(HMAC-SHA256(the org's intake secret, timestamp + body))
//   {"records": [{"id": "a0B…", "batch_group_id": "…", "gateway": "a0G…",
//                 "phone_number": "+12223334444", "message": "…",
//                 "source_record_id": "003…"}]}
//
// `gateway` is the Gateway record id the SMS record looks up; it must be
// one of the org's gateways. A request from an org without an intake
// secret, with a bad signature, a timestamp more than five minutes from
// now, or a signature seen before (a replay) gets 403; a body that is not
// that shape, or holds more than 200 records, gets 400; nothing is sent for
// either. Otherwise 200 and a result per record, in order: "accepted" (on
// its way through the send pipeline), "duplicate" (that org's record was
// sent or is being sent already: a retried callout texts no one twice), or
// "refused" with the reason (an unknown gateway, one its org marks Inactive,
// not a possible number, an empty or over-long text...). Number, text and source record id exist
// only in memory; the reasons never quote them.
class SmsIntake
{
public:
    static constexpr int kMaxRecords = 200;
    // 200 texts of 1600 characters, each escaped to \uXXXX at worst.
    static constexpr qint64 kMaxBodyBytes = 4 * 1024 * 1024;
    // An intake secret shorter than this is not taken (from the keychain or
    // the environment).
    static constexpr std::size_t kMinSecretBytes = 32;

    struct Options {
        QHash<QString, std::shared_ptr<SecretBytes>> secrets; // per org name
        qint64 toleranceSeconds = 300;
    };
    struct Counters {
        qint64 accepted = 0;
        qint64 duplicates = 0;
        qint64 refused = 0; // records
        qint64 rejected = 0; // requests (403, 400)
    };

    SmsIntake(Gateways &gateways, SendPipeline &pipeline, Options options);

    // The HTTP answer to one callout. A rejected request's reason, for the
    // operator's log (never its content), goes to *rejection.
    HttpResponse handle(const HttpRequest &request, qint64 nowSeconds, QString *rejection);
    const Counters &counters() const { return m_counters; }
    // The org's Gateway records (15-character ids) that are Inactive, as
    // the org last said (the sweep reads them every round); a record to
    // go through one of them is refused.
    void setInactive(const QString &org, QSet<QString> gatewayRecords)
    {
        m_inactive[org] = std::move(gatewayRecords);
    }

    // Where `engine serve` finds an org's intake secret: this environment
    // variable (RELAYAUDIT_INTAKE_SECRET_ and the name in upper case, '.'
    // and '-' as '_'), else this keychain entry.
    static QByteArray environmentVariable(const QString &org);
    static QString keychainEntry(const QString &org);

private:
    HttpResponse reject(int status, const QString &reason, QString *rejection);

    Gateways &m_gateways;
    SendPipeline &m_pipeline;
    Options m_options;
    QHash<QByteArray, qint64> m_seen; // signature -> its timestamp, within the window
    Counters m_counters;
    QHash<QString, QSet<QString>> m_inactive; // per org
};

} // namespace relay::core
