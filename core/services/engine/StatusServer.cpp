#include "StatusServer.h"

#include "deliveries/DeliveryLog.h"
#include "engine/InboundRelay.h"
#include "engine/SmsIntake.h"
#include "links/LinkStore.h"
#include "messages/CallbackFields.h"
#include "messages/WebhookSignatures.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

#include <utility>

namespace relay::core {

namespace {

QString value(const QList<QPair<QString, QString>> &pairs, const char *name)
{
    for (const auto &[key, v] : pairs) {
        if (key == QLatin1String(name))
            return v;
    }
    return {};
}

HttpResponse status(int code)
{
    HttpResponse r;
    r.status = code;
    return r;
}

// Overwrites a form's values: they hold phone numbers (and a reply's text).
void wipe(QList<QPair<QString, QString>> &form)
{
    for (auto &[key, v] : form) {
        v.fill(QLatin1Char(' '));
        v.clear();
    }
}

bool endsWith(const QByteArray &path, const char *suffix)
{
    return path.endsWith(suffix);
}

} // namespace

HttpListener::Limits StatusServer::withProxy(HttpListener::Limits limits, const QByteArray &header)
{
    limits.trustedProxyHeader = header.toLower();
    return limits;
}

HttpListener::Limits StatusServer::withBodyLimits(HttpListener::Limits limits,
    const std::atomic<bool> *intakeOpen, const std::atomic<bool> *stopping)
{
    limits.early = [intakeOpen, stopping](const QByteArray &method, const QByteArray &path) {
        if (method != "POST")
            return 0;
        const bool callout = endsWith(path, "/salesforce/sms");
        if (stopping->load() && (callout || endsWith(path, "/twilio/inbound")))
            return 503;
        return callout && !intakeOpen->load() ? 404 : 0;
    };
    limits.bodyLimit = [](const QByteArray &method, const QByteArray &path) -> qint64 {
        if (method != "POST")
            return 0; // a GET or HEAD has no body
        if (endsWith(path, "/salesforce/sms"))
            return SmsIntake::kMaxBodyBytes; // only while intake is open (early)
        return endsWith(path, "/twilio/status") || endsWith(path, "/telnyx/webhook")
                || endsWith(path, "/twilio/inbound")
            ? kMaxCallbackBytes
            : 0;
    };
    return limits;
}

StatusServer::StatusServer(
    DeliveryLog &deliveries, LinkStore &links, Options options, QObject *parent)
    : QObject(parent)
    , m_deliveries(deliveries)
    , m_links(links)
    , m_options(std::move(options))
    , m_listener(withBodyLimits(withProxy(m_options.limits, m_options.trustedProxyHeader),
                     &m_intakeOpen, &m_stopping),
          [this](const HttpRequest &request, const HttpListener::Reply &reply) {
              route(request, reply);
          })
    , m_earlySweep(new QTimer(this))
{
    m_earlySweep->setInterval(m_options.earlyEventSweepMs);
    connect(m_earlySweep, &QTimer::timeout, this, &StatusServer::sweepEarlyEvents);
}

StatusServer::~StatusServer()
{
    // Callbacks verified and waiting for their commit are not dropped.
    commitStatuses();
}

quint16 StatusServer::start(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = m_listener.listen(address, port);
    if (m_port != 0)
        m_earlySweep->start();
    return m_port;
}

void StatusServer::sweepEarlyEvents()
{
    auto dropped = m_deliveries.purgeEarlyEvents();
    if (!dropped) {
        Q_EMIT rejected(QStringLiteral("could not drop expired early events: %1")
                            .arg(errorMessage(dropped.error())));
        return;
    }
    m_counters.earlyExpired += dropped.value();
}

QUrl StatusServer::baseUrl() const
{
    return m_options.publicBase.isEmpty()
        ? QUrl(QStringLiteral("http://%1:%2").arg(m_address.toString()).arg(m_port))
        : m_options.publicBase;
}

QUrl StatusServer::endpointUrl(const QString &path) const
{
    // A public base given with its trailing slash ("https://relay.example/")
    // does not double it: the providers sign the URL as they call it.
    QUrl url = baseUrl();
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

QUrl StatusServer::twilioCallbackUrl() const
{
    return endpointUrl(QStringLiteral("/twilio/status"));
}

QUrl StatusServer::telnyxWebhookUrl() const
{
    return endpointUrl(QStringLiteral("/telnyx/webhook"));
}

QUrl StatusServer::twilioInboundUrl() const
{
    return endpointUrl(QStringLiteral("/twilio/inbound"));
}

QUrl StatusServer::intakeUrl() const
{
    return endpointUrl(QStringLiteral("/salesforce/sms"));
}

// The URL as the provider signed it: the public base when one is set, else
// what the request names (its Host header), with the query exactly as sent.
QString StatusServer::signedUrl(const HttpRequest &request) const
{
    QByteArray url;
    if (m_options.publicBase.isEmpty()) {
        url = "http://" + request.header("host") + request.path;
    } else {
        QByteArray base = m_options.publicBase.toEncoded();
        while (base.endsWith('/'))
            base.chop(1);
        url = base + request.path;
    }
    if (!request.query.isEmpty())
        url += '?' + request.query;
    return QString::fromLatin1(url);
}

void StatusServer::route(const HttpRequest &request, const HttpListener::Reply &reply)
{
    QElapsedTimer timer;
    timer.start();
    const Answer answer = [this, endpoint = ServerMetrics::endpoint(request.method, request.path),
                              timer, reply](HttpResponse response) {
        m_metrics.record(
            endpoint, response.status, static_cast<double>(timer.nsecsElapsed()) / 1e9);
        reply(std::move(response));
    };
    if (auto now = dispatch(request, answer))
        answer(std::move(*now));
}

HttpResponse StatusServer::healthz()
{
    // The log's database answers (its schema was migrated when it opened).
    const auto answered = m_deliveries.pendingInboundCount();
    HttpResponse answer;
    answer.countsAsRefusal = false;
    if (m_stopping.load()) {
        answer.status = 503;
        answer.body = "stopping\n";
    } else if (!answered) {
        // The code only: a database's message can name hosts and users.
        answer.status = 503;
        answer.body = "unavailable: " + errorCodeName(answered.error().code).toUtf8() + '\n';
    } else {
        answer.body = "ok\n";
    }
    return answer;
}

HttpResponse StatusServer::metrics()
{
    QList<ServerMetrics::Family> families;
    const Counters &c = m_counters;
    families.append({ "relayaudit_callbacks_total", "counter",
        "Verified status callbacks, by what they did to the log.", "outcome",
        { { QStringLiteral("advanced"), c.applied }, { QStringLiteral("timeline"), c.timeline },
            { QStringLiteral("early"), c.unknown }, { QStringLiteral("duplicate"), c.duplicates },
            { QStringLiteral("early_refused"), c.earlyRefused },
            { QStringLiteral("early_expired"), c.earlyExpired } } });
    const HttpListener::Counters &l = m_listener.counters();
    families.append(
        { "relayaudit_refusals_total", "counter", "Requests refused, by reason.", "reason",
            { { QStringLiteral("signature_or_shape"), c.rejected },
                { QStringLiteral("too_large"), l.tooLarge.load() },
                { QStringLiteral("throttled"), l.throttled.load() },
                { QStringLiteral("timed_out"), l.timedOut.load() },
                { QStringLiteral("link_rate_limited"), c.rateLimited },
                { QStringLiteral("unknown_link"), c.linksUnknown } } });
    families.append({ "relayaudit_inbound_total", "counter",
        "Incoming messages taken, and providers' retries of ones taken already.", "outcome",
        { { QStringLiteral("taken"), c.inbound },
            { QStringLiteral("duplicate"), c.inboundDuplicates } } });
    families.append({ "relayaudit_connections_open", "gauge", "HTTP connections open now.", {},
        { { QString(), l.open.load() } } });
    QList<QPair<QString, qint64>> depths;
    bool databaseUp = true;
    if (auto inbound = m_deliveries.pendingInboundCount())
        depths.append({ QStringLiteral("inbound_pending"), inbound.value() });
    else
        databaseUp = false;
    if (auto early = m_deliveries.earlyEventStats())
        depths.append({ QStringLiteral("early_events"), early->held });
    else
        databaseUp = false;
    // A stopped worker's submit the provider may have: sent again only when
    // a person releases it (`engine release-send`), so an alert belongs here.
    if (auto uncertain = m_deliveries.uncertainSends())
        depths.append({ QStringLiteral("sends_uncertain"), uncertain->size() });
    else
        databaseUp = false;
    depths.append({ QStringLiteral("callbacks_uncommitted"), m_statuses.size() });
    families.append({ "relayaudit_queue_depth", "gauge",
        "Work waiting: incoming messages whose record is not created yet, callbacks waiting for "
        "their submit, sends a stopped worker left uncertain, verified callbacks waiting for "
        "their group commit.",
        "queue", depths });
    QList<QPair<QString, qint64>> backlog;
    if (auto pending = m_deliveries.writeBackBacklog())
        backlog = pending.value();
    else
        databaseUp = false;
    families.append({ "relayaudit_writeback_backlog", "gauge",
        "Statuses waiting to be written back to Salesforce, by client org (\"\": the default "
        "org).",
        "org", backlog });
    families.append(
        { "relayaudit_database_up", "gauge", "Whether the log's database answered this scrape.", {},
            { { QString(), databaseUp ? 1 : 0 } } });
    HttpResponse answer;
    answer.contentType = "text/plain; version=0.0.4; charset=utf-8";
    answer.body = m_metrics.render(families);
    answer.countsAsRefusal = false;
    return answer;
}

std::optional<HttpResponse> StatusServer::dispatch(const HttpRequest &request, const Answer &answer)
{
    const QByteArray &path = request.path;
    if ((request.method == "GET" || request.method == "HEAD")
        && (path == "/healthz" || path == "/metrics")) {
        if (!request.peer.isLoopback())
            return status(404);
        return path == "/healthz" ? healthz() : metrics();
    }
    if (request.method == "GET" || request.method == "HEAD") {
        const QByteArray code = path.mid(path.lastIndexOf('/') + 1);
        if (path.count('/') == 1 && !code.isEmpty())
            return shortLink(request, QUrl::fromPercentEncoding(code));
        return status(404);
    }
    if (request.method != "POST")
        return status(405);
    if (endsWith(path, "/twilio/status"))
        return twilio(request, answer);
    if (endsWith(path, "/telnyx/webhook"))
        return telnyx(request, answer);
    if (endsWith(path, "/twilio/inbound") && m_inbound)
        return twilioInbound(request);
    if (endsWith(path, "/salesforce/sms") && m_intake) {
        QString rejection;
        HttpResponse taken
            = m_intake->handle(request, QDateTime::currentSecsSinceEpoch(), &rejection);
        if (!rejection.isEmpty()) {
            ++m_counters.rejected;
            Q_EMIT rejected(rejection);
        }
        return taken;
    }
    return status(404);
}

HttpResponse StatusServer::refuse(int code, const QString &reason)
{
    ++m_counters.rejected;
    Q_EMIT rejected(reason);
    return status(code);
}

// X-Twilio-Signature: HMAC-SHA1 of the URL and the sorted form under the
// auth token of the form's AccountSid (false without one).
bool StatusServer::verifyTwilio(
    const HttpRequest &request, const QList<QPair<QString, QString>> &form) const
{
    const auto token = m_options.twilioTokens.value(value(form, "AccountSid"));
    if (!token)
        return false;
    const QByteArray key(
        reinterpret_cast<const char *>(token->data()), static_cast<qsizetype>(token->size()));
    return webhooks::verifyTwilio(
        key, signedUrl(request), form, request.header("x-twilio-signature"));
}

std::optional<HttpResponse> StatusServer::twilio(const HttpRequest &request, const Answer &answer)
{
    QList<QPair<QString, QString>> form = webhooks::parseForm(request.body);
    const QString account = value(form, "AccountSid");
    const QString sid = value(form, "MessageSid");
    const QString messageStatus = value(form, "MessageStatus");
    const QString errorCode = value(form, "ErrorCode");
    const auto token = m_options.twilioTokens.value(account);
    const bool valid = verifyTwilio(request, form);
    // The form holds the recipient number: it goes before anything else happens.
    wipe(form);
    if (!valid) {
        return refuse(403,
            token
                ? QStringLiteral("Twilio callback with a bad or missing X-Twilio-Signature")
                : QStringLiteral("Twilio callback for an account without a configured auth token"));
    }
    for (const QString &problem : { callbacks::checkMessageId(QStringLiteral("twilio"), sid),
             callbacks::checkStatus(QStringLiteral("twilio"), messageStatus),
             callbacks::checkErrorCode(errorCode) }) {
        if (!problem.isEmpty())
            return refuse(400, QStringLiteral("Twilio callback with %1").arg(problem));
    }
    DeliveryLog::Callback callback;
    callback.provider = QStringLiteral("twilio");
    callback.providerMessageId = sid;
    callback.status = messageStatus;
    callback.errorCode = errorCode.isEmpty() ? UsageRecordView::kNoError : errorCode.toInt();
    apply(request, std::move(callback), answer);
    return std::nullopt;
}

std::optional<HttpResponse> StatusServer::telnyx(const HttpRequest &request, const Answer &answer)
{
    if (m_options.telnyxPublicKey.isEmpty())
        return refuse(
            403, QStringLiteral("Telnyx webhook, but no Telnyx public key is configured"));
    const auto verdict
        = webhooks::verifyTelnyx(m_options.telnyxPublicKey, request.header("telnyx-timestamp"),
            request.body, request.header("telnyx-signature-ed25519"),
            QDateTime::currentSecsSinceEpoch(), m_options.telnyxToleranceSeconds);
    if (verdict != webhooks::TelnyxResult::Valid)
        return refuse(
            403, QStringLiteral("Telnyx webhook refused: %1").arg(webhooks::describe(verdict)));
    const QJsonObject data
        = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("data")).toObject();
    const QJsonObject payload = data.value(QStringLiteral("payload")).toObject();
    if (data.value(QStringLiteral("event_type")).toString() == QLatin1String("message.received"))
        return telnyxInbound(payload);
    const QString id = payload.value(QStringLiteral("id")).toString();
    const QString messageStatus = payload.value(QStringLiteral("to"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("status"))
                                      .toString();
    const QString code = payload.value(QStringLiteral("errors"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("code"))
                             .toString();
    for (const QString &problem : { callbacks::checkMessageId(QStringLiteral("telnyx"), id),
             callbacks::checkStatus(QStringLiteral("telnyx"), messageStatus),
             callbacks::checkErrorCode(code) }) {
        if (!problem.isEmpty())
            return refuse(400, QStringLiteral("Telnyx webhook with %1").arg(problem));
    }
    DeliveryLog::Callback callback;
    callback.provider = QStringLiteral("telnyx");
    callback.providerMessageId = id;
    callback.status = messageStatus;
    callback.at = QDateTime::fromString(
        data.value(QStringLiteral("occurred_at")).toString(), Qt::ISODateWithMs)
                      .toUTC();
    callback.errorCode = code.isEmpty() ? UsageRecordView::kNoError : code.toInt();
    apply(request, std::move(callback), answer);
    return std::nullopt;
}

// Twilio's incoming-message webhook: the form names the message (MessageSid),
// the sender (From), the gateway (To), the text (Body), NumMedia and
// NumSegments; signed like a status callback.
HttpResponse StatusServer::twilioInbound(const HttpRequest &request)
{
    QList<QPair<QString, QString>> form = webhooks::parseForm(request.body);
    const auto token = m_options.twilioTokens.value(value(form, "AccountSid"));
    const bool valid = verifyTwilio(request, form);
    QString from = value(form, "From");
    QString text = value(form, "Body");
    const QString sid = value(form, "MessageSid");
    const QString to = value(form, "To");
    const int media = value(form, "NumMedia").toInt();
    const int segments = value(form, "NumSegments").toInt();
    wipe(form);
    if (!valid) {
        from.fill(QLatin1Char(' '));
        text.fill(QLatin1Char(' '));
        return refuse(403,
            token
                ? QStringLiteral("Twilio incoming message with a bad or missing X-Twilio-Signature")
                : QStringLiteral(
                    "Twilio incoming message for an account without a configured auth token"));
    }
    // An empty TwiML response: no reply is sent from here.
    HttpResponse ok;
    ok.contentType = "text/xml";
    ok.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";
    return inbound(QStringLiteral("twilio"), sid, from, to, text, media, segments, ok);
}

// Telnyx's message.received event: payload.id, from.phone_number, the first
// to[].phone_number, text, media[] and parts.
HttpResponse StatusServer::telnyxInbound(const QJsonObject &payload)
{
    if (!m_inbound) {
        // Verified, but not taken here (links only, or stopping): 503, and
        // Telnyx delivers it again later, perhaps to another worker.
        Q_EMIT rejected(QStringLiteral("Telnyx incoming message %1 not taken: this server takes "
                                       "no incoming messages now")
                            .arg(payload.value(QStringLiteral("id")).toString().left(40)));
        return status(503);
    }
    QString from = payload.value(QStringLiteral("from"))
                       .toObject()
                       .value(QStringLiteral("phone_number"))
                       .toString();
    QString text = payload.value(QStringLiteral("text")).toString();
    const QString to = payload.value(QStringLiteral("to"))
                           .toArray()
                           .first()
                           .toObject()
                           .value(QStringLiteral("phone_number"))
                           .toString();
    return inbound(QStringLiteral("telnyx"), payload.value(QStringLiteral("id")).toString(), from,
        to, text, static_cast<int>(payload.value(QStringLiteral("media")).toArray().size()),
        payload.value(QStringLiteral("parts")).toInt(), status(200));
}

HttpResponse StatusServer::inbound(const QString &provider, const QString &messageId, QString &from,
    const QString &to, QString &text, int media, int segments, const HttpResponse &ok)
{
    InboundRelay::Message message;
    message.provider = provider;
    message.providerMessageId = messageId;
    message.from = std::move(from);
    message.to = to;
    message.text = std::move(text);
    message.media = media;
    message.segments = segments;
    const InboundRelay::Outcome outcome = m_inbound->take(message); // wipes from and text
    switch (outcome.taken) {
    case InboundRelay::Taken::Queued:
        ++m_counters.inbound;
        return ok;
    case InboundRelay::Taken::Duplicate:
        ++m_counters.inboundDuplicates;
        return ok;
    case InboundRelay::Taken::UnknownGateway:
        return refuse(404, outcome.reason);
    case InboundRelay::Taken::BadMessage:
        return refuse(400, outcome.reason);
    case InboundRelay::Taken::Failed:
        break;
    }
    Q_EMIT rejected(outcome.reason);
    return status(500); // the provider retries
}

void StatusServer::apply(
    const HttpRequest &request, DeliveryLog::Callback callback, const Answer &answer)
{
    // The send path's reference (`ref`, 24 letters) in the callback URL:
    // it finds a send whose provider answer was lost. Signed with the URL.
    static const QRegularExpression refShape(QStringLiteral("^[a-z]{24}$"));
    callback.callbackRef
        = QUrlQuery(QString::fromLatin1(request.query)).queryItemValue(QStringLiteral("ref"));
    if (!refShape.match(callback.callbackRef).hasMatch())
        callback.callbackRef.clear();
    m_statuses.append(std::move(callback));
    m_answers.append(answer);
    if (m_statuses.size() >= kMaxStatusBatch) {
        commitStatuses();
    } else if (!m_commitPosted) {
        // Behind the requests already handed over: they join this batch.
        m_commitPosted = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_commitPosted = false;
                commitStatuses();
            },
            Qt::QueuedConnection);
    }
}

void StatusServer::commitStatuses()
{
    if (m_statuses.isEmpty())
        return;
    const auto outcomes = m_deliveries.applyStatuses(std::exchange(m_statuses, {}));
    const QList<Answer> answers = std::exchange(m_answers, {});
    for (qsizetype i = 0; i < answers.size(); ++i)
        answers[i](answerFor(outcomes[static_cast<std::size_t>(i)]));
}

HttpResponse StatusServer::answerFor(const Result<DeliveryLog::Applied> &applied)
{
    if (!applied)
        return status(500); // the provider retries
    switch (applied.value()) {
    case DeliveryLog::Applied::Advanced:
        ++m_counters.applied;
        break;
    case DeliveryLog::Applied::KeptInTimeline:
        ++m_counters.timeline;
        break;
    case DeliveryLog::Applied::UnknownMessage:
        ++m_counters.unknown;
        break;
    case DeliveryLog::Applied::Duplicate:
        ++m_counters.duplicates;
        return status(200); // nothing changed
    case DeliveryLog::Applied::EarlyRefused: {
        // Not stored: a provider that retries may find room later.
        ++m_counters.earlyRefused;
        HttpResponse full = status(503);
        full.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("600")));
        return full;
    }
    }
    Q_EMIT statusApplied();
    return status(200);
}

QHostAddress StatusServer::clientAddress(const HttpRequest &request) const
{
    // The listener names the client (behind a trusted proxy, the address
    // its header gives); a request made in a test may name only its peer.
    return request.client.isNull() ? request.peer : request.client;
}

HttpResponse StatusServer::shortLink(const HttpRequest &request, const QString &code)
{
    const QHostAddress client = clientAddress(request);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_linkWindows.size() > 10000) {
        m_linkWindows.removeIf(
            [now](const auto &entry) { return now - entry.value().startMs >= 60000; });
    }
    Window &window = m_linkWindows[client.toString()];
    if (now - window.startMs >= 60000)
        window = { now, 0 };
    if (++window.requests > m_options.linkRequestsPerMinutePerIp) {
        ++m_counters.rateLimited;
        const qint64 wait = qMax<qint64>(1, (window.startMs + 60000 - now + 999) / 1000);
        HttpResponse tooMany = status(429);
        tooMany.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(wait) });
        return tooMany;
    }
    auto link = m_links.resolve(code);
    if (!link) {
        if (link.error().code != ErrorCode::NotFound)
            return status(500);
        ++m_counters.linksUnknown;
        return status(404);
    }
    if (request.method == "GET" && link->mode == LinkStore::Mode::Pro) {
        auto click = m_links.recordClick(
            link.value(), client, QString::fromUtf8(request.header("user-agent")));
        if (!click)
            Q_EMIT rejected(QStringLiteral("a link click could not be recorded: %1")
                                .arg(errorMessage(click.error())));
        else
            ++m_counters.clicks;
    }
    ++m_counters.redirects;
    HttpResponse redirect = status(302);
    redirect.headers = { { "Location", link->target.toLatin1() }, { "Cache-Control", "no-store" },
        { "Referrer-Policy", "no-referrer" } };
    return redirect;
}

} // namespace relay::core
