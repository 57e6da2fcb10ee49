#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <array>

namespace relay::core {

// What `engine serve` tells a Prometheus scraper at GET /metrics, in the
// text exposition format (version 0.0.4): requests by endpoint and answer,
// how long answering took, and the figures the caller adds (callbacks by
// outcome, refusals by reason, queue depths, write-back backlog per org).
// Ids and counts only: never a number, a text or a secret.
class ServerMetrics
{
public:
    // Upper bounds of the latency histogram, in seconds (Telnyx wants a 2xx
    // within 2 s; the target is a p99 under 50 ms).
    static constexpr std::array<double, 10> kBuckets { 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
        0.25, 0.5, 2.0 };

    // The endpoint a request path names, as a label: twilio_status,
    // telnyx_webhook, twilio_inbound, salesforce_sms, healthz, metrics,
    // short_link, other.
    static QByteArray endpoint(const QByteArray &method, const QByteArray &path);

    void record(const QByteArray &endpoint, int status, double seconds);

    struct Family {
        QByteArray name; // relayaudit_callbacks_total
        QByteArray type; // counter, gauge
        QByteArray help;
        QByteArray label; // outcome; empty: one unlabelled sample
        QList<QPair<QString, qint64>> samples; // label value, value
    };
    // The requests and their latency, then `families`, as one scrape's body.
    QByteArray render(const QList<Family> &families) const;

    // A label value as the format needs it (backslash, quote, newline escaped).
    static QByteArray escapeLabel(const QString &value);

private:
    struct Latency {
        std::array<qint64, kBuckets.size()> buckets {};
        qint64 count = 0;
        double sum = 0;
    };
    QMap<QPair<QByteArray, int>, qint64> m_requests; // (endpoint, status) → count
    QMap<QByteArray, Latency> m_latency; // by endpoint
};

} // namespace relay::core
