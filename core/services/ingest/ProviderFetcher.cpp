#include "ProviderFetcher.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

namespace relay::core {

ProviderFetcher::ProviderFetcher(QNetworkAccessManager &network, QObject *parent)
    : QObject(parent), m_network(network)
{ }

ProviderFetcher::~ProviderFetcher()
{
    cancel();
}

void ProviderFetcher::cancel()
{
    m_cancelled = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ProviderFetcher::get(
    const QUrl &url, const QByteArray &authorization, Answer answer, Failure failure)
{
    attempt(url, authorization, answer, failure, 1);
}

int ProviderFetcher::backoffMs(int attempt, const QNetworkReply &reply, int status) const
{
    if (status == 429) {
        bool ok = false;
        const int retryAfter = reply.rawHeader("Retry-After").toInt(&ok);
        if (ok && retryAfter >= 0)
            return qMin(retryAfter * 1000, 120000);
    }
    const int delay = qMin(m_policy.maxDelayMs, m_policy.baseDelayMs << qMin(attempt - 1, 16));
    return delay / 2 + static_cast<int>(QRandomGenerator::global()->bounded(delay / 2 + 1));
}

void ProviderFetcher::attempt(const QUrl &url, const QByteArray &authorization,
    const Answer &answer, const Failure &failure, int attempt)
{
    if (m_cancelled) {
        failure(makeError(ErrorCode::Cancelled, {}));
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_policy.timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(
        QNetworkRequest::UserAgentHeader, QStringLiteral("RelayAudit/" RELAYAUDIT_VERSION));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = m_network.get(request);
    m_reply = reply;
    const qint64 cap = m_policy.maxBodyBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, cap](qint64 received, qint64) {
        if (received > cap) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, url, authorization, answer, failure, attempt] {
            reply->deleteLater();
            m_reply = nullptr;
            if (reply->property("tooLarge").toBool()) {
                failure(makeError(ErrorCode::InvalidInput,
                    QStringLiteral("%1: the answer is larger than %2 MiB")
                        .arg(url.path())
                        .arg(m_policy.maxBodyBytes >> 20)));
                return;
            }
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QNetworkReply::NetworkError error = reply->error();
            // Transport failures (refused, reset, timed out, cut short) have
            // codes below 200; HTTP errors are judged by their status.
            const bool transport
                = error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
            if (!transport && status != 429 && (status < 500 || status > 599)) {
                answer(status, reply->readAll());
                return;
            }
            if (attempt >= m_policy.maxAttempts) {
                failure(makeError(ErrorCode::Remote,
                    QStringLiteral("%1 on %2: gave up after %3 attempts (%4)")
                        .arg(m_account, url.path())
                        .arg(attempt)
                        .arg(transport ? reply->errorString()
                                       : QStringLiteral("HTTP %1").arg(status))));
                return;
            }
            ++m_retries;
            QTimer::singleShot(backoffMs(attempt, *reply, status), this,
                [this, url, authorization, answer, failure, attempt] {
                    this->attempt(url, authorization, answer, failure, attempt + 1);
                });
        });
}

} // namespace relay::core
