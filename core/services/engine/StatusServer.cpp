#include "StatusServer.h"

#include "deliveries/DeliveryLog.h"
#include "links/LinkStore.h"
#include "messages/WebhookSignatures.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

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

} // namespace

StatusServer::StatusServer(
    DeliveryLog &deliveries, LinkStore &links, Options options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_deliveries(deliveries)
    , m_links(links)
    , m_options(std::move(options))
{ }

quint16 StatusServer::start(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = listen(address, port);
    return m_port;
}

QUrl StatusServer::baseUrl() const
{
    return m_options.publicBase.isEmpty()
        ? QUrl(QStringLiteral("http://%1:%2").arg(m_address.toString()).arg(m_port))
        : m_options.publicBase;
}

QUrl StatusServer::twilioCallbackUrl() const
{
    const QUrl base = baseUrl();
    QUrl url = base;
    url.setPath(base.path() + QStringLiteral("/twilio/status"));
    return url;
}

QUrl StatusServer::telnyxWebhookUrl() const
{
    QUrl url = twilioCallbackUrl();
    url.setPath(
        url.path().replace(QLatin1String("/twilio/status"), QLatin1String("/telnyx/webhook")));
    return url;
}

QString StatusServer::signedUrl(const QHttpServerRequest &request) const
{
    if (m_options.publicBase.isEmpty())
        return request.url().toString(QUrl::FullyEncoded);
    QUrl url = m_options.publicBase;
    url.setPath(m_options.publicBase.path() + request.url().path());
    url.setQuery(request.url().query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url.toString(QUrl::FullyEncoded);
}

bool StatusServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    if (request.method() == QHttpServerRequest::Method::Get
        || request.method() == QHttpServerRequest::Method::Head) {
        const QStringView code = QStringView(path).mid(path.lastIndexOf(QLatin1Char('/')) + 1);
        if (path.count(QLatin1Char('/')) == 1 && !code.isEmpty())
            shortLink(request, code, socket);
        else
            reply(socket, 404);
        return true;
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        reply(socket, 405);
        return true;
    }
    if (path.endsWith(QLatin1String("/twilio/status")))
        reply(socket, twilio(request));
    else if (path.endsWith(QLatin1String("/telnyx/webhook")))
        reply(socket, telnyx(request));
    else
        reply(socket, 404);
    return true;
}

void StatusServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    reply(socket, 404);
}

int StatusServer::twilio(const QHttpServerRequest &request)
{
    QList<QPair<QString, QString>> form = webhooks::parseForm(request.body());
    const QString account = value(form, "AccountSid");
    const QString sid = value(form, "MessageSid");
    const QString status = value(form, "MessageStatus");
    const QString errorCode = value(form, "ErrorCode");
    const auto token = m_options.twilioTokens.value(account);
    bool valid = false;
    if (token) {
        const QByteArray key(
            reinterpret_cast<const char *>(token->data()), static_cast<qsizetype>(token->size()));
        valid = webhooks::verifyTwilio(
            key, signedUrl(request), form, request.value("X-Twilio-Signature"));
    }
    // The form holds the recipient number: it goes before anything else happens.
    for (auto &[key, v] : form) {
        v.fill(QLatin1Char(' '));
        v.clear();
    }
    if (!valid) {
        ++m_counters.rejected;
        Q_EMIT rejected(token
                ? QStringLiteral("Twilio callback with a bad or missing X-Twilio-Signature")
                : QStringLiteral("Twilio callback for an account without a configured auth token"));
        return 403;
    }
    if (sid.isEmpty() || status.isEmpty()) {
        ++m_counters.rejected;
        Q_EMIT rejected(QStringLiteral("Twilio callback without MessageSid or MessageStatus"));
        return 400;
    }
    return apply(request, QStringLiteral("twilio"), sid, status, QDateTime(),
        errorCode.isEmpty() ? UsageRecordView::kNoError : errorCode.toInt());
}

int StatusServer::telnyx(const QHttpServerRequest &request)
{
    if (m_options.telnyxPublicKey.isEmpty()) {
        ++m_counters.rejected;
        Q_EMIT rejected(QStringLiteral("Telnyx webhook, but no Telnyx public key is configured"));
        return 403;
    }
    const auto verdict
        = webhooks::verifyTelnyx(m_options.telnyxPublicKey, request.value("telnyx-timestamp"),
            request.body(), request.value("telnyx-signature-ed25519"),
            QDateTime::currentSecsSinceEpoch(), m_options.telnyxToleranceSeconds);
    if (verdict != webhooks::TelnyxResult::Valid) {
        ++m_counters.rejected;
        Q_EMIT rejected(
            QStringLiteral("Telnyx webhook refused: %1").arg(webhooks::describe(verdict)));
        return 403;
    }
    const QJsonObject data
        = QJsonDocument::fromJson(request.body()).object().value(QStringLiteral("data")).toObject();
    const QJsonObject payload = data.value(QStringLiteral("payload")).toObject();
    const QString id = payload.value(QStringLiteral("id")).toString();
    const QString status = payload.value(QStringLiteral("to"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("status"))
                               .toString();
    if (id.isEmpty() || status.isEmpty()) {
        ++m_counters.rejected;
        Q_EMIT rejected(QStringLiteral("Telnyx webhook without a message id or status"));
        return 400;
    }
    const QString code = payload.value(QStringLiteral("errors"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("code"))
                             .toString();
    const QDateTime at = QDateTime::fromString(
        data.value(QStringLiteral("occurred_at")).toString(), Qt::ISODateWithMs);
    return apply(request, QStringLiteral("telnyx"), id, status, at.toUTC(),
        code.isEmpty() ? UsageRecordView::kNoError : code.toInt());
}

int StatusServer::apply(const QHttpServerRequest &request, const QString &provider,
    const QString &messageId, const QString &status, const QDateTime &at, qint32 errorCode)
{
    // The send path's reference (`ref`, 24 letters) in the callback URL:
    // it finds a send whose provider answer was lost. Signed with the URL.
    static const QRegularExpression refShape(QStringLiteral("^[a-z]{24}$"));
    QString ref = request.query().queryItemValue(QStringLiteral("ref"));
    if (!refShape.match(ref).hasMatch())
        ref.clear();
    auto applied = m_deliveries.applyStatus(
        provider, messageId, status, at, errorCode, QStringLiteral("callback"), ref);
    if (!applied)
        return 500; // the provider retries
    if (applied.value() == DeliveryLog::Applied::Advanced)
        ++m_counters.applied;
    else if (applied.value() == DeliveryLog::Applied::KeptInTimeline)
        ++m_counters.timeline;
    else
        ++m_counters.unknown;
    Q_EMIT statusApplied();
    return 200;
}

QHostAddress StatusServer::clientAddress(
    const QHttpServerRequest &request, QTcpSocket *socket) const
{
    if (!m_options.trustedProxyHeader.isEmpty()) {
        // The proxy appends the address it saw: the last entry is the one to trust.
        const QByteArray forwarded = request.value(m_options.trustedProxyHeader);
        const QHostAddress address(
            QString::fromLatin1(forwarded.mid(forwarded.lastIndexOf(',') + 1).trimmed()));
        if (!address.isNull())
            return address;
    }
    return socket->peerAddress();
}

void StatusServer::shortLink(
    const QHttpServerRequest &request, QStringView code, QTcpSocket *socket)
{
    const QHostAddress client = clientAddress(request, socket);
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
        socket->write("HTTP/1.1 429 Too Many Requests\r\nRetry-After: " + QByteArray::number(wait)
            + "\r\nContent-Type: text/plain\r\nContent-Length: 0\r\n\r\n");
        return;
    }
    auto link = m_links.resolve(code);
    if (!link) {
        if (link.error().code == ErrorCode::NotFound) {
            ++m_counters.linksUnknown;
            reply(socket, 404);
        } else {
            reply(socket, 500);
        }
        return;
    }
    if (request.method() == QHttpServerRequest::Method::Get && link->mode == LinkStore::Mode::Pro) {
        auto click = m_links.recordClick(
            link.value(), client, QString::fromUtf8(request.value("User-Agent")));
        if (!click)
            Q_EMIT rejected(QStringLiteral("a link click could not be recorded: %1")
                                .arg(errorMessage(click.error())));
        else
            ++m_counters.clicks;
    }
    ++m_counters.redirects;
    socket->write("HTTP/1.1 302 Found\r\nLocation: " + link->target.toLatin1()
        + "\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nContent-Length: "
          "0\r\n\r\n");
}

void StatusServer::reply(QTcpSocket *socket, int status)
{
    const QByteArray reason = status == 200 ? "OK"
        : status == 400                     ? "Bad Request"
        : status == 403                     ? "Forbidden"
        : status == 404                     ? "Not Found"
        : status == 405                     ? "Method Not Allowed"
                                            : "Internal Server Error";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/plain\r\nContent-Length: 0\r\n\r\n");
}

} // namespace relay::core
