#pragma once

#include "privacy/SecretBytes.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QUrl>

#include <memory>

namespace relay::core {

class DeliveryLog;
class LinkStore;

// `engine serve`: receives the providers' status callbacks and applies them
// to the delivery log. Twilio posts forms signed with X-Twilio-Signature
// (HMAC-SHA1 under the account's auth token) to /twilio/status; Telnyx posts
// JSON webhooks signed with Ed25519 to /telnyx/webhook. An unsigned, badly
// signed or stale request gets 403 and a one-line reason, never its payload.
// The callbacks carry the recipient number; it is used for the signature
// check only and is kept nowhere. It also answers short links: GET /{code}
// redirects (302) to the link's target and, for a URL Pro link, records the
// click; an unknown code is a 404 with no store write, and more than
// linkRequestsPerMinutePerIp from one address are refused (429) before any
// lookup.
class StatusServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Options {
        // Auth token per Twilio Account SID (Twilio signs with the primary
        // auth token, never with an API key secret).
        QHash<QString, std::shared_ptr<SecretBytes>> twilioTokens;
        QByteArray telnyxPublicKey; // base64; empty: Telnyx webhooks are refused
        // The URL the providers were given, when it differs from what this
        // server sees (a proxy, a tunnel); empty: the request's own URL.
        QUrl publicBase;
        qint64 telnyxToleranceSeconds = 300;
        // Short links (GET /{code}): the client address is the socket's
        // peer, or, only when a header is named here (a reverse proxy in
        // front), the last address in that header (X-Forwarded-For).
        QByteArray trustedProxyHeader;
        int linkRequestsPerMinutePerIp = 60;
    };

    struct Counters {
        qint64 applied = 0; // advanced the current status
        qint64 timeline = 0; // kept in the timeline only (duplicate or late)
        qint64 unknown = 0; // no such message in the log (acknowledged, not stored)
        qint64 rejected = 0; // bad or missing signature, stale, malformed
        qint64 redirects = 0; // short links followed
        qint64 clicks = 0; // URL Pro clicks recorded
        qint64 linksUnknown = 0;
        qint64 rateLimited = 0;
    };

    StatusServer(
        DeliveryLog &deliveries, LinkStore &links, Options options, QObject *parent = nullptr);

    quint16 start(const QHostAddress &address, quint16 port = 0);
    // Where the providers and recipients reach this server (the public base
    // when one is set): short links are baseUrl()/CODE.
    QUrl baseUrl() const;
    QUrl twilioCallbackUrl() const;
    QUrl telnyxWebhookUrl() const;
    const Counters &counters() const { return m_counters; }

Q_SIGNALS:
    // One line for an operator: what was refused and why (no payload).
    void rejected(const QString &reason);
    void statusApplied();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    int twilio(const QHttpServerRequest &request);
    int telnyx(const QHttpServerRequest &request);
    void shortLink(const QHttpServerRequest &request, QStringView code, QTcpSocket *socket);
    QHostAddress clientAddress(const QHttpServerRequest &request, QTcpSocket *socket) const;
    // Applies a verified status; the HTTP status to answer with.
    int apply(const QHttpServerRequest &request, const QString &provider, const QString &messageId,
        const QString &status, const QDateTime &at, qint32 errorCode);
    QString signedUrl(const QHttpServerRequest &request) const;
    void reply(QTcpSocket *socket, int status);

    DeliveryLog &m_deliveries;
    LinkStore &m_links;
    Options m_options;
    QHostAddress m_address;
    quint16 m_port = 0;
    Counters m_counters;
    struct Window {
        qint64 startMs = 0;
        int requests = 0;
    };
    QHash<QString, Window> m_linkWindows; // per client address, one minute each
};

} // namespace relay::core
