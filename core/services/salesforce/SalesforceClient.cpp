#include "SalesforceClient.h"

#include "Jwt.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

namespace relay::core {

namespace {

QByteArray secretText(const std::shared_ptr<SecretBytes> &secret)
{
    return secret ? QByteArray(reinterpret_cast<const char *>(secret->data()),
               static_cast<qsizetype>(secret->size()))
                  : QByteArray();
}

QByteArray formValue(const QByteArray &value)
{
    return QUrl::toPercentEncoding(QString::fromUtf8(value));
}

} // namespace

SalesforceClient::SalesforceClient(QNetworkAccessManager &network, Login login, QObject *parent)
    : QObject(parent), m_network(network), m_login(std::move(login))
{ }

QString SalesforceClient::errorText(const QByteArray &body)
{
    const QJsonDocument json = QJsonDocument::fromJson(body);
    const QJsonObject first = json.isArray() ? json.array().first().toObject() : json.object();
    const QString code = first.value(QStringLiteral("errorCode"))
                             .toString(first.value(QStringLiteral("error")).toString());
    const QString message
        = first.value(QStringLiteral("message"))
              .toString(first.value(QStringLiteral("error_description")).toString());
    return code.isEmpty() ? QStringLiteral("no error code")
                          : code + (message.isEmpty() ? QString() : QStringLiteral(": ") + message);
}

QString SalesforceClient::dataPath(const QString &rest) const
{
    return QStringLiteral("/services/data/%1/%2").arg(m_login.apiVersion, rest);
}

int SalesforceClient::retryDelay(const QNetworkReply &reply, int attempt) const
{
    int delay = (m_login.baseDelayMs << qMin(attempt - 1, 8))
        + static_cast<int>(QRandomGenerator::global()->bounded(qMax(1, m_login.baseDelayMs)));
    if (reply.hasRawHeader("Retry-After"))
        delay = qMax(delay, qBound(0, reply.rawHeader("Retry-After").toInt(), 120) * 1000);
    return delay;
}

// The OAuth 2.0 token request's form: a JWT bearer assertion, or a refresh
// token with the connected app's secret.
Result<QByteArray> SalesforceClient::tokenGrant() const
{
    if (m_login.flow != Login::Flow::JwtBearer) {
        return QByteArray(
            "grant_type=refresh_token&client_id=" + QUrl::toPercentEncoding(m_login.clientId)
            + "&client_secret=" + formValue(secretText(m_login.clientSecret))
            + "&refresh_token=" + formValue(secretText(m_login.refreshToken)));
    }
    // Salesforce takes login.salesforce.com, test.salesforce.com or an
    // Experience Cloud site as aud, not a My Domain URL.
    QString audience = m_login.audience;
    const QString host = m_login.loginUrl.host().toLower();
    if (audience.isEmpty()
        && (host == QLatin1String("test.salesforce.com")
            || host.contains(QLatin1String(".sandbox.my.salesforce.com"))))
        audience = QStringLiteral("https://test.salesforce.com");
    else if (audience.isEmpty() && host.endsWith(QLatin1String("salesforce.com")))
        audience = QStringLiteral("https://login.salesforce.com");
    else if (audience.isEmpty())
        audience
            = m_login.loginUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                  .toString();
    const jwt::Claims claims { m_login.clientId, m_login.username, audience,
        QDateTime::currentDateTimeUtc().addSecs(jwt::kLifetimeSeconds) };
    if (!m_login.privateKeyPem)
        return makeError(ErrorCode::NoCredentials, QStringLiteral("no JWT signing key"));
    auto assertion = jwt::signRs256(claims, *m_login.privateKeyPem);
    if (!assertion)
        return assertion.error();
    return QByteArray("grant_type="
        + QUrl::toPercentEncoding(QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"))
        + "&assertion=" + assertion.value());
}

void SalesforceClient::authenticate(std::function<void(const QString &error)> then, int attempt)
{
    QUrl url = m_login.loginUrl;
    QString base = m_login.loginUrl.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/services/oauth2/token"));
    auto grant = tokenGrant();
    if (!grant) {
        then(errorMessage(grant.error()));
        return;
    }
    QByteArray body = std::move(grant.value());
    QNetworkRequest request(url);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    ++m_requests;
    QNetworkReply *reply = m_network.post(request, body);
    body.fill('\0');
    connect(reply, &QNetworkReply::finished, this, [this, reply, then = std::move(then), attempt] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        const QJsonObject json = QJsonDocument::fromJson(answer).object();
        // No answer, a 429 or 5xx, or a 200 cut short: a login is safe to repeat.
        const bool transient = status == 0 || status == 429 || status >= 500
            || (status == 200 && reply->error() != QNetworkReply::NoError);
        if (transient && attempt < m_login.maxAttempts) {
            QTimer::singleShot(retryDelay(*reply, attempt), this,
                [this, then, attempt] { authenticate(then, attempt + 1); });
            return;
        }
        if (status != 200 || reply->error() != QNetworkReply::NoError
            || json.value(QStringLiteral("access_token")).toString().isEmpty()) {
            then(status == 0 ? QStringLiteral("Salesforce could not be reached: %1")
                                   .arg(reply->errorString())
                             : QStringLiteral("Salesforce refused the session (HTTP %1, %2)")
                                   .arg(status)
                                   .arg(errorText(answer)));
            return;
        }
        const QUrl instance(json.value(QStringLiteral("instance_url")).toString());
        if (!instance.isValid() || !instance.scheme().startsWith(QLatin1String("http"))) {
            then(QStringLiteral("Salesforce gave no usable instance_url"));
            return;
        }
        m_accessToken = json.value(QStringLiteral("access_token")).toString().toUtf8();
        m_instance = instance;
        then({});
    });
}

void SalesforceClient::send(
    const QByteArray &verb, const QString &path, const QByteArray &body, Callback done)
{
    if (!m_accessToken.isEmpty()) {
        attempt(verb, path, body, std::move(done), false, 1);
        return;
    }
    authenticate([this, verb, path, body, done = std::move(done)](const QString &error) {
        if (!error.isEmpty()) {
            done(Reply { 0, {}, error });
            return;
        }
        attempt(verb, path, body, done, false, 1);
    });
}

void SalesforceClient::attempt(const QByteArray &verb, const QString &path, const QByteArray &body,
    Callback done, bool renewed, int attempt)
{
    // `path` is absolute from the host and may carry a query ("query?q=…", a nextRecordsUrl).
    QNetworkRequest request(m_instance.resolved(QUrl(path)));
    if (!body.isEmpty())
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_accessToken);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    ++m_requests;
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, verb, path, body, done = std::move(done), renewed, attempt] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray answer = reply->readAll();
            const bool cutShort = reply->error() != QNetworkReply::NoError;
            if (status >= 200 && status < 300 && !cutShort) {
                done(Reply { status, answer, {} });
                return;
            }
            // A 2xx cut short was applied, but its answer is lost: a GET or a
            // PATCH (the same values again) is safe to repeat, anything else is not.
            const bool repeatable = verb == "GET" || verb == "PATCH";
            const QString error = status == 0 || (status >= 200 && status < 300)
                ? reply->errorString()
                : errorText(answer);
            if (status == 401 && error.startsWith(QLatin1String("INVALID_SESSION_ID"))
                && !renewed) {
                ++m_refreshes;
                m_accessToken.clear();
                authenticate([this, verb, path, body, done](const QString &authError) {
                    if (!authError.isEmpty()) {
                        done(Reply { 0, {}, authError });
                        return;
                    }
                    this->attempt(verb, path, body, done, true, 1);
                });
                return;
            }
            const bool retryable = status == 0 || status == 429 || status >= 500
                || (status >= 200 && status < 300 && repeatable)
                || (status == 403 && error.startsWith(QLatin1String("REQUEST_LIMIT_EXCEEDED")));
            if (retryable && attempt < m_login.maxAttempts) {
                QTimer::singleShot(retryDelay(*reply, attempt), this,
                    [this, verb, path, body, done, renewed, attempt] {
                        this->attempt(verb, path, body, done, renewed, attempt + 1);
                    });
                return;
            }
            done(Reply { status >= 200 && status < 300 ? 0 : status, answer,
                status == 0 || (status >= 200 && status < 300)
                    ? QStringLiteral("Salesforce could not be reached: %1").arg(error)
                    : QStringLiteral("Salesforce refused the request (HTTP %1, %2)")
                          .arg(status)
                          .arg(error) });
        });
}

void SalesforceClient::query(const QString &soql, std::function<void(Result<QJsonArray>)> done)
{
    const QString path
        = dataPath(QStringLiteral("query?q=")) + QString::fromLatin1(QUrl::toPercentEncoding(soql));
    nextPage(path, std::make_shared<QJsonArray>(), std::move(done));
}

void SalesforceClient::nextPage(const QString &path, std::shared_ptr<QJsonArray> records,
    std::function<void(Result<QJsonArray>)> done)
{
    send("GET", path, {}, [this, records, done = std::move(done)](const Reply &reply) {
        if (!reply.ok()) {
            done(makeError(ErrorCode::Remote, reply.error));
            return;
        }
        const QJsonObject page = QJsonDocument::fromJson(reply.body).object();
        if (!page.value(QStringLiteral("records")).isArray()) {
            done(makeError(ErrorCode::InvalidInput,
                QStringLiteral("Salesforce's query answer has no records array")));
            return;
        }
        for (const QJsonValue &record : page.value(QStringLiteral("records")).toArray())
            records->append(record);
        const QString next = page.value(QStringLiteral("nextRecordsUrl")).toString();
        if (page.value(QStringLiteral("done")).toBool(true) || next.isEmpty()) {
            done(*records);
            return;
        }
        if (!next.startsWith(QLatin1String("/services/data/"))) {
            done(makeError(ErrorCode::InvalidInput,
                QStringLiteral("Salesforce's nextRecordsUrl is not under /services/data/")));
            return;
        }
        nextPage(next, records, done);
    });
}

} // namespace relay::core
