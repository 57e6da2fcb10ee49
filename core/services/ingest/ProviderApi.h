#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace relay::core {

// Where the providers' APIs are: their real hosts, or one stand-in base URL
// for all of them (the sandbox, a proxy). Paths and queries are given
// already percent-encoded.
struct ProviderApi {
    QUrl base; // empty: the real hosts

    QUrl twilio(const QString &pathAndQuery) const;
    QUrl twilioMessaging(const QString &path) const;
    QUrl twilioBulkExports(const QString &path) const;
    QUrl telnyx(const QString &pathAndQuery) const;

    // A path segment or query value, percent-encoded.
    static QByteArray encoded(const QString &text) { return QUrl::toPercentEncoding(text); }
    // What the provider said went wrong, from its error body (Twilio's
    // "message", Telnyx's first error's "title").
    static QString problem(const QByteArray &body);
};

} // namespace relay::core
