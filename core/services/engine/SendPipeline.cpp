#include "SendPipeline.h"

#include "deliveries/DeliveryLog.h"
#include "links/LinkStore.h"
#include "messages/Segments.h"
#include "privacy/ProviderKeychain.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <sodium.h>

namespace relay::core {

namespace {

const QUrl kTwilioApi(QStringLiteral("https://api.twilio.com"));
const QUrl kTelnyxApi(QStringLiteral("https://api.telnyx.com"));

QUrl join(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(
        base.path().endsWith(QLatin1Char('/')) ? base.path() + path.mid(1) : base.path() + path);
    return url;
}

// Overwrites a string's characters before it is released (best effort: Qt
// may have copied it; no copy is ever written).
void wipe(QString &text)
{
    text.fill(QLatin1Char(' '));
    text.clear();
}

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

// 24 letters (about 113 bits) from libsodium: random, so it tells the
// provider nothing; letters only, so no run of digits looks like a number.
QString newCallbackRef()
{
    static constexpr char kLetters[] = "abcdefghijklmnopqrstuvwxyz";
    QString ref(24, Qt::Uninitialized);
    for (QChar &c : ref)
        c = QLatin1Char(kLetters[randombytes_uniform(26)]);
    return ref;
}

QUrl withRef(QUrl url, const QString &ref)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("ref"));
    query.addQueryItem(QStringLiteral("ref"), ref);
    url.setQuery(query);
    return url;
}

} // namespace

struct SendPipeline::Prepared {
    Gateways::Gateway gateway;
    QString to; // E.164, with whatsapp: for WhatsApp
    QString text;
    QString smsRecordId;
    QString batchId;
    QString hash;
    QString callbackRef; // in the callback URL: finds this send if the submit's answer is lost
    Channel channel = Channel::Sms;
    int segments = 0;

    ~Prepared()
    {
        wipe(to);
        wipe(text);
    }
};

SendPipeline::SendPipeline(Stores stores, QNetworkAccessManager &network, RecipientHasher hasher,
    Options options, QObject *parent)
    : QObject(parent)
    , m_stores(stores)
    , m_network(network)
    , m_hasher(std::move(hasher))
    , m_options(std::move(options))
    , m_worker(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    auto region = m_stores.gateways.defaultRegion();
    m_region = region ? region.value() : QStringLiteral("US");
    // The heartbeat that keeps this pipeline's claims its own; a pipeline
    // that stops beating is taken for stopped, and its queued claims go to
    // whoever finds the records next.
    beat();
    auto *heartbeat = new QTimer(this);
    heartbeat->setInterval(kHeartbeatMs);
    connect(heartbeat, &QTimer::timeout, this, &SendPipeline::beat);
    heartbeat->start();
}

void SendPipeline::beat()
{
    if (auto s = m_stores.deliveries.workerSeen(m_worker); !s)
        qWarning("send pipeline: heartbeat not recorded: %s", qPrintable(errorMessage(s.error())));
}

SendPipeline::~SendPipeline() = default;

void SendPipeline::setTwilioCredentials(const QString &account, ProviderCredentials credentials)
{
    m_twilio.insert(account, std::make_shared<ProviderCredentials>(std::move(credentials)));
}

void SendPipeline::setTelnyxKey(SecretBytes key)
{
    m_telnyx = std::make_shared<SecretBytes>(std::move(key));
}

void SendPipeline::loadCredentials(
    SecretStore &store, std::function<void(const QStringList &missing)> done)
{
    auto gateways = m_stores.gateways.list();
    if (!gateways) {
        done({ errorMessage(gateways.error()) });
        return;
    }
    // (provider, account) pairs still to look up, in gateway order.
    auto wanted = std::make_shared<QList<QPair<ProviderKind, QString>>>();
    for (const Gateways::Gateway &g : gateways.value()) {
        const bool twilio = g.provider == QLatin1String("twilio");
        const QPair<ProviderKind, QString> entry(
            twilio ? ProviderKind::Twilio : ProviderKind::Telnyx, twilio ? g.account : QString());
        if ((twilio ? hasTwilioCredentials(g.account) : hasTelnyxKey()) || wanted->contains(entry))
            continue;
        wanted->append(entry);
    }
    auto missing = std::make_shared<QStringList>();
    // Each keychain answer starts the next read; the step holds itself
    // weakly so nothing outlives the last answer.
    auto step = std::make_shared<std::function<void()>>();
    const std::weak_ptr<std::function<void()>> weakStep = step;
    *step = [this, &store, wanted, missing, done, weakStep, guard = QPointer<SendPipeline>(this)] {
        if (!guard)
            return;
        if (wanted->isEmpty()) {
            done(*missing);
            return;
        }
        // Not a structured binding: clang before 16 cannot capture one in a lambda.
        const QPair<ProviderKind, QString> lookup = wanted->takeFirst();
        const ProviderKind provider = lookup.first;
        const QString account = lookup.second;
        ProviderKeychain::load(store, provider, account,
            [this, guard, provider, account, missing, next = weakStep.lock()](
                Result<ProviderCredentials> stored) {
                if (!guard)
                    return;
                if (!stored) {
                    missing->append(provider == ProviderKind::Twilio
                            ? QStringLiteral("Twilio account %1").arg(account)
                            : QStringLiteral("Telnyx"));
                } else if (provider == ProviderKind::Twilio) {
                    setTwilioCredentials(account, std::move(stored.value()));
                } else {
                    setTelnyxKey(std::move(stored->secret));
                }
                if (next)
                    (*next)();
            });
    };
    (*step)();
}

// What can be told of a request before its number is parsed: a new SMS
// record, a configured gateway, a text the provider takes, a channel the
// gateway sends.
Result<Gateways::Gateway> SendPipeline::check(const Request &request)
{
    if (request.smsRecordId.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a send needs the SMS record id"));
    // One send per SMS record: the write-back goes to that record.
    const QString smsRecordId = request.smsRecordId.trimmed();
    auto gateway = m_stores.gateways.find(request.gateway);
    if (!gateway)
        return gateway.error();
    // An SMS record id is unique within its org (the gateway's).
    auto logged = m_stores.deliveries.sent(gateway->org, smsRecordId);
    if (!logged)
        return logged.error();
    if (logged.value() || m_queuedIds.contains(queueKey(gateway->org, smsRecordId))) {
        return makeError(ErrorCode::AlreadyExists,
            QStringLiteral("SMS record %1 was already sent; the log keeps one send per record")
                .arg(smsRecordId));
    }
    if (request.text.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the text is empty"));
    if (request.text.size() > kMaxTextLength) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the text has %1 characters; the provider takes at most %2")
                .arg(request.text.size())
                .arg(kMaxTextLength));
    }
    const bool whatsapp = request.channel == Channel::WhatsApp
        || request.recipient.trimmed().startsWith(QLatin1String("whatsapp:"));
    if (whatsapp != gateway->address.startsWith(QLatin1String("whatsapp:"))) {
        return makeError(ErrorCode::InvalidInput,
            whatsapp ? QStringLiteral("a WhatsApp message needs a whatsapp: gateway")
                     : QStringLiteral("a whatsapp: gateway sends WhatsApp messages only"));
    }
    return gateway.value();
}

Result<QStringList> SendPipeline::send(Request request)
{
    // Whatever happens, the caller's copies of what may not be kept go.
    struct Wiper {
        Request &r;
        ~Wiper()
        {
            wipe(r.recipient);
            wipe(r.text);
            wipe(r.sourceRecordId);
        }
    } wiper { request };

    auto gateway = check(request);
    if (!gateway)
        return gateway.error();
    const bool whatsapp = request.channel == Channel::WhatsApp
        || request.recipient.trimmed().startsWith(QLatin1String("whatsapp:"));
    auto number = RecipientNumber::parse(request.recipient, m_region);
    if (!number)
        return number.error();
    if (gateway->provider == QLatin1String("twilio") && !m_twilio.contains(gateway->account))
        return makeError(ErrorCode::NoCredentials,
            QStringLiteral("no Twilio credentials for account %1").arg(gateway->account));
    if (gateway->provider == QLatin1String("telnyx") && !m_telnyx)
        return makeError(ErrorCode::NoCredentials, QStringLiteral("no Telnyx API key"));

    QStringList warnings;
    if (!number->assigned)
        warnings << QStringLiteral("the recipient is a possible number in a range that is not "
                                   "assigned (such as 555-01xx)");
    auto item = std::make_shared<Prepared>();
    item->gateway = gateway.value();
    item->to = (whatsapp ? QStringLiteral("whatsapp:") : QString()) + number->e164;
    item->smsRecordId = request.smsRecordId.trimmed();
    item->batchId = request.batchId.trimmed();
    item->hash = m_hasher.hash(number.value());
    item->callbackRef = newCallbackRef();
    item->channel = whatsapp ? Channel::WhatsApp : request.channel;
    // Mogli URL / URL Pro: the gateway's links go out shortened; the
    // segments are those of the text as sent. A text without a link costs
    // no lookup.
    item->text = request.text;
    if (LinkStore::hasLink(request.text)) {
        auto linkMode = m_stores.links.gatewayMode(gateway->address);
        if (!linkMode)
            return linkMode.error();
        auto shortened = m_stores.links.shorten(
            request.text, linkMode.value(), item->hash, item->smsRecordId, gateway->org);
        if (!shortened)
            return shortened.error();
        item->text = std::move(shortened.value());
    }
    item->segments = SegmentCount::of(item->text).segments;
    RecipientNumber &parsed = number.value();
    wipe(parsed.e164);
    // Last, so that a refused request leaves no claim: from here the record
    // is this worker's to send, whichever other worker finds it.
    auto claim = m_stores.deliveries.claimSend(item->gateway.org, item->smsRecordId, m_worker);
    if (!claim)
        return claim.error();
    if (claim.value() == DeliveryLog::Claim::Held)
        return makeError(ErrorCode::AlreadyExists,
            QStringLiteral("SMS record %1 was sent already, or another worker is sending it")
                .arg(item->smsRecordId));
    if (claim.value() == DeliveryLog::Claim::Uncertain)
        return makeError(ErrorCode::Busy,
            QStringLiteral("SMS record %1: a worker stopped while submitting it, and whether "
                           "the provider took it is unknown; it is not sent again until "
                           "someone checks the provider's log and runs 'relayaudit-cli engine "
                           "release-send %1%2'")
                .arg(item->smsRecordId,
                    item->gateway.org.isEmpty() ? QString()
                                                : QStringLiteral(" --org ") + item->gateway.org));
    m_queuedIds.insert(queueKey(item->gateway.org, item->smsRecordId));
    m_queue.push_back(std::move(item));
    if (!m_pumpScheduled) {
        m_pumpScheduled = true;
        QTimer::singleShot(0, this, &SendPipeline::pump);
    }
    return warnings;
}

void SendPipeline::pump()
{
    m_pumpScheduled = false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 interval = 1000 / qMax(1, m_options.perGatewayPerSecond);
    qint64 wakeAt = 0;
    for (auto it = m_queue.begin(); it != m_queue.end() && m_inFlight < m_options.concurrency;) {
        const QString &gateway = (*it)->gateway.address;
        const qint64 slot = m_nextSlotMs.value(gateway, 0);
        if (slot > now) {
            wakeAt = wakeAt == 0 ? slot : qMin(wakeAt, slot);
            ++it;
            continue;
        }
        m_nextSlotMs.insert(gateway, now + interval);
        auto item = *it;
        it = m_queue.erase(it);
        ++m_inFlight;
        submit(std::move(item), 1);
    }
    if (wakeAt > 0 && !m_pumpScheduled && m_inFlight < m_options.concurrency) {
        m_pumpScheduled = true;
        QTimer::singleShot(
            static_cast<int>(qMax<qint64>(1, wakeAt - now)), this, &SendPipeline::pump);
    }
}

void SendPipeline::fetch(const QString &provider, const QString &account, const QString &messageId,
    std::function<void(Result<Fetched>)> done)
{
    const bool twilio = provider == QLatin1String("twilio");
    QNetworkRequest request;
    if (twilio) {
        const auto credentials = m_twilio.value(account);
        if (!credentials) {
            done(makeError(ErrorCode::NoCredentials,
                QStringLiteral("no credentials for Twilio account %1").arg(account)));
            return;
        }
        request.setUrl(join(m_options.baseUrl.isEmpty() ? kTwilioApi : m_options.baseUrl,
            QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(account, messageId)));
        QByteArray auth = credentials->user.toUtf8() + ':'
            + QByteArray(reinterpret_cast<const char *>(credentials->secret.data()),
                static_cast<qsizetype>(credentials->secret.size()));
        request.setRawHeader("Authorization", "Basic " + auth.toBase64());
        wipe(auth);
    } else {
        if (!m_telnyx) {
            done(makeError(ErrorCode::NoCredentials, QStringLiteral("no Telnyx API key")));
            return;
        }
        request.setUrl(join(m_options.baseUrl.isEmpty() ? kTelnyxApi : m_options.baseUrl,
            QStringLiteral("/v2/messages/%1").arg(messageId)));
        QByteArray bearer(reinterpret_cast<const char *>(m_telnyx->data()),
            static_cast<qsizetype>(m_telnyx->size()));
        request.setRawHeader("Authorization", "Bearer " + bearer);
        wipe(bearer);
    }
    request.setTransferTimeout(30 * 1000);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this,
        [reply, twilio, provider, messageId, done = std::move(done)] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QByteArray body = reply->readAll();
            const QString name = twilio ? QStringLiteral("Twilio") : QStringLiteral("Telnyx");
            if (status == 404) {
                wipe(body);
                done(makeError(ErrorCode::NotFound,
                    QStringLiteral("%1 no longer has message %2").arg(name, messageId)));
                return;
            }
            if (reply->error() != QNetworkReply::NoError || status / 100 != 2) {
                wipe(body);
                done(makeError(ErrorCode::Remote,
                    status ? QStringLiteral("%1 answered HTTP %2 for message %3")
                                 .arg(name)
                                 .arg(status)
                                 .arg(messageId)
                           : QStringLiteral("%1 did not answer for message %2: %3")
                                 .arg(name, messageId, reply->errorString())));
                return;
            }
            QJsonObject json = QJsonDocument::fromJson(body).object();
            wipe(body);
            Fetched fetched;
            if (twilio) {
                fetched.from = json.value(QStringLiteral("from")).toString();
                fetched.to = json.value(QStringLiteral("to")).toString();
                fetched.text = json.value(QStringLiteral("body")).toString();
                // Twilio writes its counts as strings.
                fetched.media = json.value(QStringLiteral("num_media")).toString().toInt();
                fetched.segments = json.value(QStringLiteral("num_segments")).toString().toInt();
            } else {
                const QJsonObject data = json.value(QStringLiteral("data")).toObject();
                fetched.from = data.value(QStringLiteral("from"))
                                   .toObject()
                                   .value(QStringLiteral("phone_number"))
                                   .toString();
                fetched.to = data.value(QStringLiteral("to"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("phone_number"))
                                 .toString();
                fetched.text = data.value(QStringLiteral("text")).toString();
                fetched.media
                    = static_cast<int>(data.value(QStringLiteral("media")).toArray().size());
                fetched.segments = data.value(QStringLiteral("parts")).toInt();
            }
            json = QJsonObject();
            if (fetched.from.isEmpty() || fetched.to.isEmpty()) {
                done(makeError(ErrorCode::Remote,
                    QStringLiteral("%1's message %2 has no sender or no recipient")
                        .arg(name, messageId)));
                return;
            }
            done(std::move(fetched));
        });
}

QNetworkRequest SendPipeline::twilioSubmit(const Prepared &item, QByteArray *body) const
{
    QNetworkRequest request;
    const auto credentials = m_twilio.value(item.gateway.account);
    request.setUrl(join(m_options.baseUrl.isEmpty() ? kTwilioApi : m_options.baseUrl,
        QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(item.gateway.account)));
    QByteArray auth = credentials->user.toUtf8() + ':'
        + QByteArray(reinterpret_cast<const char *>(credentials->secret.data()),
            static_cast<qsizetype>(credentials->secret.size()));
    request.setRawHeader("Authorization", "Basic " + auth.toBase64());
    wipe(auth);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("To"), QString::fromLatin1(QUrl::toPercentEncoding(item.to)));
    if (item.gateway.messagingService.isEmpty())
        form.addQueryItem(QStringLiteral("From"),
            QString::fromLatin1(QUrl::toPercentEncoding(item.gateway.address)));
    else
        form.addQueryItem(QStringLiteral("MessagingServiceSid"), item.gateway.messagingService);
    form.addQueryItem(
        QStringLiteral("Body"), QString::fromLatin1(QUrl::toPercentEncoding(item.text)));
    if (m_options.twilioStatusCallback.isValid()) {
        form.addQueryItem(QStringLiteral("StatusCallback"),
            QString::fromLatin1(
                QUrl::toPercentEncoding(withRef(m_options.twilioStatusCallback, item.callbackRef)
                                            .toString(QUrl::FullyEncoded))));
    }
    *body = form.query(QUrl::FullyEncoded).toUtf8();
    return request;
}

QNetworkRequest SendPipeline::telnyxSubmit(const Prepared &item, QByteArray *body) const
{
    QNetworkRequest request;
    request.setUrl(join(m_options.baseUrl.isEmpty() ? kTelnyxApi : m_options.baseUrl,
        QStringLiteral("/v2/messages")));
    QByteArray bearer(
        reinterpret_cast<const char *>(m_telnyx->data()), static_cast<qsizetype>(m_telnyx->size()));
    request.setRawHeader("Authorization", "Bearer " + bearer);
    wipe(bearer);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QJsonObject json { { QStringLiteral("from"), item.gateway.address },
        { QStringLiteral("to"), item.to }, { QStringLiteral("text"), item.text } };
    if (!item.gateway.account.isEmpty())
        json.insert(QStringLiteral("messaging_profile_id"), item.gateway.account);
    if (m_options.telnyxWebhook.isValid())
        json.insert(QStringLiteral("webhook_url"),
            withRef(m_options.telnyxWebhook, item.callbackRef).toString(QUrl::FullyEncoded));
    *body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return request;
}

void SendPipeline::submit(std::shared_ptr<Prepared> item, int attempt)
{
    if (attempt == 1) {
        // The claim is still this worker's, and says "submitting" from now:
        // a worker that stops during the submit leaves it uncertain, never
        // sent again by itself.
        auto mine = m_stores.deliveries.startSubmit(item->gateway.org, item->smsRecordId, m_worker);
        if (!mine || !mine.value()) {
            Outcome outcome;
            outcome.smsRecordId = item->smsRecordId;
            outcome.error = mine ? QStringLiteral("not sent here: its claim expired while it "
                                                  "waited, and another worker took the record")
                                 : errorMessage(mine.error());
            release(item, std::move(outcome));
            return;
        }
    }
    const bool twilio = item->gateway.provider == QLatin1String("twilio");
    QByteArray body;
    QNetworkRequest request = twilio ? twilioSubmit(*item, &body) : telnyxSubmit(*item, &body);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_network.post(request, body);
    wipe(body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, item, attempt] {
        reply->deleteLater();
        answered(*reply, item, attempt);
    });
}

void SendPipeline::answered(
    QNetworkReply &reply, const std::shared_ptr<Prepared> &item, int attempt)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Nothing was created on a 429, a 5xx or a connection that never
    // brought an answer: those are tried again. A 2xx was created, even if
    // its answer is cut short: never again (the subscriber would get it twice).
    const bool retryable = status == 0 || status == 429 || status >= 500;
    if (retryable && attempt < m_options.maxAttempts) {
        // Backoff with jitter; a provider's Retry-After wins.
        int delay = (250 << qMin(attempt - 1, 6))
            + static_cast<int>(QRandomGenerator::global()->bounded(250));
        if (reply.hasRawHeader("Retry-After"))
            delay = qMax(delay, qBound(0, reply.rawHeader("Retry-After").toInt(), 120) * 1000);
        QTimer::singleShot(delay, this, [this, item, attempt] { submit(item, attempt + 1); });
        return;
    }
    Outcome outcome;
    outcome.smsRecordId = item->smsRecordId;
    outcome.segments = item->segments;
    if (retryable) {
        // Not logged: the provider has no message, and the SMS record may be sent again.
        outcome.error = status == 0
            ? QStringLiteral("the provider could not be reached after %1 attempts (%2); the "
                             "record can be sent again")
                  .arg(attempt)
                  .arg(reply.errorString())
            : QStringLiteral(
                "the provider answered HTTP %1 to %2 attempts; the record can be sent again")
                  .arg(status)
                  .arg(attempt);
        if (auto s
            = m_stores.deliveries.releaseSend(item->gateway.org, item->smsRecordId, m_worker);
            !s)
            outcome.error
                += QStringLiteral(" (once its claim expires: %1)").arg(errorMessage(s.error()));
        release(item, std::move(outcome));
        return;
    }
    const bool twilio = item->gateway.provider == QLatin1String("twilio");
    const QJsonObject json = QJsonDocument::fromJson(reply.readAll()).object();
    if (status >= 200 && status < 300) {
        // A cut-short answer is not trusted, even where it parses.
        const bool complete = reply.error() == QNetworkReply::NoError;
        const QString messageStatus = accepted(json, twilio, complete, &outcome);
        this->complete(item, std::move(outcome), messageStatus, UsageRecordView::kNoError);
        return;
    }
    // A refused submit is logged as failed with the provider's code, so the
    // SMS record learns why.
    const qint32 errorCode = refused(json, twilio, status, &outcome);
    complete(item, std::move(outcome), QStringLiteral("failed"), errorCode);
}

QString SendPipeline::accepted(
    const QJsonObject &json, bool twilio, bool complete, Outcome *outcome) const
{
    QString messageStatus;
    if (twilio) {
        outcome->providerMessageId = json.value(QStringLiteral("sid")).toString();
        messageStatus = json.value(QStringLiteral("status")).toString(QStringLiteral("queued"));
    } else {
        const QJsonObject data = json.value(QStringLiteral("data")).toObject();
        outcome->providerMessageId = data.value(QStringLiteral("id")).toString();
        messageStatus = data.value(QStringLiteral("to"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("status"))
                            .toString(QStringLiteral("queued"));
    }
    if (!complete)
        outcome->providerMessageId.clear();
    outcome->ok = true;
    if (!outcome->providerMessageId.isEmpty())
        return messageStatus;
    // Accepted, id unknown: logged as queued, and the first status callback
    // (it carries this send's reference) names the id.
    const bool callbacks
        = twilio ? m_options.twilioStatusCallback.isValid() : m_options.telnyxWebhook.isValid();
    outcome->warning = callbacks
        ? QStringLiteral("the provider accepted the message but its answer was lost; "
                         "the first status callback will bring the message id")
        : QStringLiteral("the provider accepted the message but its answer was lost, "
                         "and no status callback is set: the message id stays unknown");
    return QStringLiteral("queued");
}

qint32 SendPipeline::refused(const QJsonObject &json, bool twilio, int status, Outcome *outcome)
{
    qint32 errorCode = 0;
    if (twilio) {
        errorCode = json.value(QStringLiteral("code")).toInt();
        outcome->error = QStringLiteral("Twilio refused the message: HTTP %1, error %2")
                             .arg(status)
                             .arg(errorCode);
    } else {
        const QJsonObject first = json.value(QStringLiteral("errors")).toArray().first().toObject();
        errorCode = first.value(QStringLiteral("code")).toString().toInt();
        outcome->error = QStringLiteral("Telnyx refused the message: HTTP %1, error %2")
                             .arg(status)
                             .arg(errorCode);
    }
    return errorCode == 0 ? UsageRecordView::kNoError : errorCode;
}

void SendPipeline::complete(
    const std::shared_ptr<Prepared> &item, Outcome outcome, const QString &status, qint32 errorCode)
{
    DeliveryLog::Submitted submitted;
    submitted.org = item->gateway.org;
    submitted.smsRecordId = item->smsRecordId;
    submitted.batchId = item->batchId;
    submitted.gateway = item->gateway.address;
    submitted.channel = item->channel;
    submitted.recipientHash = item->hash;
    submitted.provider = item->gateway.provider;
    submitted.providerMessageId = outcome.providerMessageId;
    submitted.segments = item->segments;
    submitted.status = status;
    submitted.errorCode = errorCode;
    if (outcome.providerMessageId.isEmpty() && outcome.ok)
        submitted.callbackRef = item->callbackRef;
    outcome.status = status;
    if (auto logged = m_stores.deliveries.recordSubmit(submitted); !logged) {
        outcome.ok = false;
        outcome.error = errorMessage(logged.error());
    }
    release(item, std::move(outcome));
}

void SendPipeline::release(const std::shared_ptr<Prepared> &item, Outcome outcome)
{
    --m_inFlight;
    m_queuedIds.remove(queueKey(item->gateway.org, item->smsRecordId));
    Q_EMIT finished(outcome);
    if (!m_queue.empty())
        pump();
    else if (m_inFlight == 0)
        Q_EMIT drained();
}

} // namespace relay::core
