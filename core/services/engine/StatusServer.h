#pragma once

#include "deliveries/DeliveryLog.h"
#include "engine/HttpListener.h"
#include "engine/ServerMetrics.h"
#include "privacy/SecretBytes.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace relay::core {

class InboundRelay;
class LinkStore;
class SmsIntake;

// `engine serve`: receives the providers' status callbacks and applies them
// to the delivery log. Twilio posts forms signed with X-Twilio-Signature
// (HMAC-SHA1 under the account's auth token) to /twilio/status; Telnyx posts
// JSON webhooks signed with Ed25519 to /telnyx/webhook. An unsigned, badly
// signed or stale request gets 403 and a one-line reason, never its payload;
// a signed one whose fields are out of shape (a message id, a status, an
// error code) gets 400 and stores nothing. The callbacks carry the
// recipient number; it is used for the signature check only and is kept
// nowhere. It also answers short links: GET /{code} redirects (302) to the
// link's target and, for a URL Pro link, records the click; an unknown code
// is a 404 with no store write, and more than linkRequestsPerMinutePerIp
// from one address are refused (429) before any lookup.
//
// The network side is HttpListener (libmicrohttpd): body limits per
// endpoint, header and request deadlines, a connection cap that drops the
// longest-idle connection first, and a limit on refused requests per
// address. Requests are answered on the thread that owns the server, where
// the stores live; status callbacks are committed in groups (group commit):
// each is answered once the transaction holding it is committed.
class StatusServer final : public QObject
{
    Q_OBJECT
public:
    // The largest bodies accepted: a status callback is a few hundred
    // bytes; a short link has none.
    static constexpr qint64 kMaxCallbackBytes = 64 * 1024;
    // The most status callbacks committed in one transaction.
    static constexpr int kMaxStatusBatch = 500;

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
        HttpListener::Limits limits; // its bodyLimit is the server's own
        // How often early events past DeliveryLog::kEarlyEventMaxAgeMs are
        // dropped while the server runs.
        int earlyEventSweepMs = 10 * 60 * 1000;
    };
    struct Counters {
        qint64 applied = 0; // advanced the current status
        qint64 timeline = 0; // kept in the timeline only (duplicate or late)
        qint64 unknown = 0; // no such message in the log (acknowledged, kept as early)
        qint64 duplicates = 0; // the same event is held already (a replay): nothing added
        qint64 earlyRefused = 0; // early events past their caps (503: not stored)
        qint64 earlyExpired = 0; // early events dropped unmatched after a day
        qint64 rejected = 0; // bad or missing signature, stale, malformed
        qint64 redirects = 0; // short links followed
        qint64 clicks = 0; // URL Pro clicks recorded
        qint64 linksUnknown = 0;
        qint64 rateLimited = 0;
        qint64 inbound = 0; // incoming messages taken (new or pending)
        qint64 inboundDuplicates = 0; // a provider's retry of one taken already
    };

    StatusServer(
        DeliveryLog &deliveries, LinkStore &links, Options options, QObject *parent = nullptr);
    ~StatusServer() override;

    // Answers the package's callout at POST /salesforce/sms through `intake`
    // (not owned; it outlives the server). Without one that path is a 404.
    void setIntake(SmsIntake *intake)
    {
        m_intake = intake;
        m_intakeOpen.store(intake != nullptr);
    }
    QUrl intakeUrl() const;
    // Stopping: callouts and Twilio's incoming messages get 503 with
    // Retry-After (the package and the provider try again, perhaps another
    // worker), without their bodies being read; status callbacks are still
    // applied while the sends under way finish.
    void setStopping() { m_stopping.store(true); }

    // Takes the messages recipients send to the gateways: Twilio's at POST
    // /twilio/inbound (form, X-Twilio-Signature; answered with an empty
    // TwiML <Response/>), Telnyx's message.received events on the webhook
    // path. `relay` is not owned and outlives the server; without one,
    // Twilio's path is a 404 and Telnyx's event a 503 (Telnyx retries).
    void setInbound(InboundRelay *relay) { m_inbound = relay; }
    QUrl twilioInboundUrl() const;

    // The port listened on (0: could not; errorString() says why).
    quint16 start(const QHostAddress &address, quint16 port = 0);
    QString errorString() const { return m_listener.errorString(); }
    // Where the providers and recipients reach this server (the public base
    // when one is set): short links are baseUrl()/CODE.
    QUrl baseUrl() const;
    QUrl twilioCallbackUrl() const;
    QUrl telnyxWebhookUrl() const;
    const Counters &counters() const { return m_counters; }
    const HttpListener::Counters &connections() const { return m_listener.counters(); }

Q_SIGNALS:
    // One line for an operator: what was refused and why (no payload).
    void rejected(const QString &reason);
    void statusApplied();

private:
    // Gives a request's answer, now or once its batch is committed.
    using Answer = std::function<void(HttpResponse)>;
    // Every request, timed and counted for /metrics.
    void route(const HttpRequest &request, const HttpListener::Reply &reply);
    // The answer, or none when `answer` gives it later.
    std::optional<HttpResponse> dispatch(const HttpRequest &request, const Answer &answer);
    // Loopback clients only (Prometheus or a health check on this host);
    // others get a 404, as for any path the server does not have.
    HttpResponse healthz();
    HttpResponse metrics();
    std::optional<HttpResponse> twilio(const HttpRequest &request, const Answer &answer);
    std::optional<HttpResponse> telnyx(const HttpRequest &request, const Answer &answer);
    HttpResponse twilioInbound(const HttpRequest &request);
    HttpResponse telnyxInbound(const QJsonObject &payload);
    // The answer to a verified incoming message, from the relay's verdict.
    HttpResponse inbound(const QString &provider, const QString &messageId, QString &from,
        const QString &to, QString &text, int media, int segments, const HttpResponse &ok);
    HttpResponse shortLink(const HttpRequest &request, const QString &code);
    HttpResponse refuse(int status, const QString &reason);
    QHostAddress clientAddress(const HttpRequest &request) const;
    // Queues a verified, well-formed status for the next group commit.
    void apply(const HttpRequest &request, DeliveryLog::Callback callback, const Answer &answer);
    // Applies the queued statuses in one transaction and answers each.
    void commitStatuses();
    HttpResponse answerFor(const Result<DeliveryLog::Applied> &applied);
    QString signedUrl(const HttpRequest &request) const;
    bool verifyTwilio(const HttpRequest &request, const QList<QPair<QString, QString>> &form) const;
    // The base URL (baseUrl()) with `path` added to its own.
    QUrl endpointUrl(const QString &path) const;
    // Callouts' bodies are read only while an intake is set: the body limit
    // is asked on the listener's thread, hence the flag.
    static HttpListener::Limits withProxy(HttpListener::Limits limits, const QByteArray &header);
    static HttpListener::Limits withBodyLimits(HttpListener::Limits limits,
        const std::atomic<bool> *intakeOpen, const std::atomic<bool> *stopping);
    void sweepEarlyEvents();

    DeliveryLog &m_deliveries;
    LinkStore &m_links;
    SmsIntake *m_intake = nullptr;
    InboundRelay *m_inbound = nullptr;
    std::atomic<bool> m_intakeOpen { false };
    std::atomic<bool> m_stopping { false };
    Options m_options;
    HttpListener m_listener;
    QTimer *m_earlySweep = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
    Counters m_counters;
    ServerMetrics m_metrics;
    struct Window {
        qint64 startMs = 0;
        int requests = 0;
    };
    QHash<QString, Window> m_linkWindows; // per client address, one minute each
    // Verified statuses waiting for their commit, and their answers (one
    // each): the callbacks that arrive while one batch commits make the
    // next, so a busy server commits hundreds at once and an idle one each
    // at once (no timer, no delay).
    QList<DeliveryLog::Callback> m_statuses;
    QList<Answer> m_answers;
    bool m_commitPosted = false;
};

} // namespace relay::core
