#pragma once

#include "Result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace relay::core {

// GETs from a provider's API as a pull needs them: TLS verification on,
// redirects not followed, a transfer timeout, a cap on the answer's size;
// 429 honours Retry-After (at most 2 minutes), else exponential backoff
// with jitter; 5xx, dropped and truncated answers are retried up to
// maxAttempts. What is not retried (2xx, 4xx but 429) goes to the answer
// handler with its status; giving up goes to the failure handler with a
// message naming the account and the URL path, never a secret.
class ProviderFetcher final : public QObject
{
    Q_OBJECT
public:
    struct Policy {
        int maxAttempts = 6;
        int baseDelayMs = 500;
        int maxDelayMs = 30000;
        int timeoutMs = 60000;
        qint64 maxBodyBytes = qint64 { 512 } << 20; // a gzipped BulkExport day file may be large
    };
    using Answer = std::function<void(int status, const QByteArray &body)>;
    using Failure = std::function<void(const Error &error)>;

    ProviderFetcher(QNetworkAccessManager &network, QObject *parent = nullptr);
    ~ProviderFetcher() override;

    void setPolicy(const Policy &policy) { m_policy = policy; }
    // Named in errors: the Twilio account SID, the Telnyx label.
    void setAccount(const QString &account) { m_account = account; }

    // `authorization` empty: no Authorization header (a signed file URL).
    void get(const QUrl &url, const QByteArray &authorization, Answer answer, Failure failure);
    // Aborts the request in flight; its handlers are not called. A later
    // get() fails at once with Cancelled.
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    qint64 retries() const { return m_retries; }

private:
    void attempt(const QUrl &url, const QByteArray &authorization, const Answer &answer,
        const Failure &failure, int attempt);
    int backoffMs(int attempt, const QNetworkReply &reply, int status) const;

    QNetworkAccessManager &m_network;
    Policy m_policy;
    QString m_account;
    QPointer<QNetworkReply> m_reply;
    qint64 m_retries = 0;
    bool m_cancelled = false;
};

} // namespace relay::core
