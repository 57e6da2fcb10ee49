#pragma once

#include "Result.h"
#include "privacy/SecretBytes.h"

#include <QJsonArray>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace relay::core {

// A small Salesforce REST client: a session from the OAuth 2.0 refresh-token
// flow or the JWT bearer flow (RS256), requests under the instance URL, and
// SOQL queries that follow nextRecordsUrl. INVALID_SESSION_ID renews the
// session once and retries; REQUEST_LIMIT_EXCEEDED, 5xx and network errors
// back off exponentially with jitter. Secrets stay in SecretBytes and leave
// only in the token request's body.
class SalesforceClient final : public QObject
{
    Q_OBJECT
public:
    struct Login {
        enum class Flow { RefreshToken, JwtBearer };
        Flow flow = Flow::RefreshToken;
        QUrl loginUrl = QUrl(QStringLiteral("https://login.salesforce.com"));
        QString apiVersion = QStringLiteral("v60.0");
        QString clientId; // the connected app's consumer key
        std::shared_ptr<SecretBytes> clientSecret; // refresh-token flow
        std::shared_ptr<SecretBytes> refreshToken; // refresh-token flow
        QString username; // JWT bearer flow: sub
        std::shared_ptr<SecretBytes> privateKeyPem; // JWT bearer flow: the signing key
        QString audience; // JWT bearer flow: aud; empty: login.salesforce.com (test. for
                          // sandboxes), or the login URL's origin off salesforce.com
        int maxAttempts = 5;
        int baseDelayMs = 500;
    };

    struct Reply {
        int status = 0; // HTTP status; 0 when no answer came
        QByteArray body;
        QString error; // empty on a 2xx; else what went wrong, with Salesforce's errorCode
        bool ok() const { return error.isEmpty(); }
    };
    using Callback = std::function<void(const Reply &)>;

    SalesforceClient(QNetworkAccessManager &network, Login login, QObject *parent = nullptr);

    // `path` is under the instance, e.g. dataPath("composite/sobjects").
    void send(const QByteArray &verb, const QString &path, const QByteArray &body, Callback done);
    // Every record of a SOQL query, all pages.
    void query(const QString &soql, std::function<void(Result<QJsonArray>)> done);

    QString dataPath(const QString &rest) const;
    qint64 requests() const { return m_requests; }
    qint64 sessionRefreshes() const { return m_refreshes; }

    // Salesforce's error text from an answer: "errorCode: message" (REST)
    // or "error: error_description" (OAuth).
    static QString errorText(const QByteArray &body);

private:
    [[nodiscard]] Result<QByteArray> tokenGrant() const;
    void authenticate(std::function<void(const QString &error)> then, int attempt = 1);
    // The backoff before try number `attempt + 1`; Retry-After wins.
    int retryDelay(const QNetworkReply &reply, int attempt) const;
    void attempt(const QByteArray &verb, const QString &path, const QByteArray &body, Callback done,
        bool renewed, int attempt);
    void nextPage(const QString &path, std::shared_ptr<QJsonArray> records,
        std::function<void(Result<QJsonArray>)> done);

    QNetworkAccessManager &m_network;
    Login m_login;
    QByteArray m_accessToken;
    QUrl m_instance;
    qint64 m_requests = 0;
    qint64 m_refreshes = 0;
};

} // namespace relay::core
