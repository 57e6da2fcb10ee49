#include "ServerMetrics.h"

namespace relay::core {

namespace {

bool endsWith(const QByteArray &path, const char *suffix)
{
    return path.endsWith(suffix);
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

} // namespace

QByteArray ServerMetrics::endpoint(const QByteArray &method, const QByteArray &path)
{
    if (path == "/healthz")
        return "healthz";
    if (path == "/metrics")
        return "metrics";
    if (method == "POST") {
        if (endsWith(path, "/twilio/status"))
            return "twilio_status";
        if (endsWith(path, "/telnyx/webhook"))
            return "telnyx_webhook";
        if (endsWith(path, "/twilio/inbound"))
            return "twilio_inbound";
        if (endsWith(path, "/salesforce/sms"))
            return "salesforce_sms";
    } else if ((method == "GET" || method == "HEAD") && path.count('/') == 1 && path.size() > 1) {
        return "short_link";
    }
    return "other";
}

void ServerMetrics::record(const QByteArray &endpoint, int status, double seconds)
{
    ++m_requests[qMakePair(endpoint, status)];
    Latency &latency = m_latency[endpoint];
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++latency.buckets[i];
    }
    ++latency.count;
    latency.sum += seconds;
}

QByteArray ServerMetrics::escapeLabel(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray ServerMetrics::render(const QList<Family> &families) const
{
    QByteArray out;
    out += "# HELP relayaudit_http_requests_total Requests answered, by endpoint and status "
           "code.\n# TYPE relayaudit_http_requests_total counter\n";
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        out += "relayaudit_http_requests_total{endpoint=\"" + it.key().first + "\",code=\""
            + QByteArray::number(it.key().second) + "\"} " + QByteArray::number(it.value()) + '\n';
    }
    out += "# HELP relayaudit_http_request_duration_seconds Time from the request read to the "
           "answer ready, by endpoint.\n# TYPE relayaudit_http_request_duration_seconds "
           "histogram\n";
    for (auto it = m_latency.cbegin(); it != m_latency.cend(); ++it) {
        const QByteArray prefix
            = "relayaudit_http_request_duration_seconds_bucket{endpoint=\"" + it.key() + "\",le=\"";
        for (std::size_t i = 0; i < kBuckets.size(); ++i) {
            out += prefix + number(kBuckets[i]) + "\"} " + QByteArray::number(it->buckets[i])
                + '\n';
        }
        out += prefix + "+Inf\"} " + QByteArray::number(it->count) + '\n';
        out += "relayaudit_http_request_duration_seconds_sum{endpoint=\"" + it.key() + "\"} "
            + number(it->sum) + '\n';
        out += "relayaudit_http_request_duration_seconds_count{endpoint=\"" + it.key() + "\"} "
            + QByteArray::number(it->count) + '\n';
    }
    for (const Family &family : families) {
        out += "# HELP " + family.name + ' ' + family.help + "\n# TYPE " + family.name + ' '
            + family.type + '\n';
        for (const auto &[label, value] : family.samples) {
            out += family.name;
            if (!family.label.isEmpty())
                out += '{' + family.label + "=\"" + escapeLabel(label) + "\"}";
            out += ' ' + QByteArray::number(value) + '\n';
        }
    }
    return out;
}

} // namespace relay::core
