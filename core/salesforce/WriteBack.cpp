#include "WriteBack.h"

#include "messaging/DeliveryLog.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace relay::core {

namespace {

QByteArray secretText(const std::shared_ptr<SecretBytes> &secret)
{
    return secret ? QByteArray(reinterpret_cast<const char *>(secret->data()), static_cast<qsizetype>(secret->size()))
                  : QByteArray();
}

QString salesforceError(const QByteArray &body)
{
    const QJsonDocument json = QJsonDocument::fromJson(body);
    const QJsonObject first = json.isArray() ? json.array().first().toObject() : json.object();
    const QString code = first.value(QStringLiteral("errorCode")).toString(first.value(QStringLiteral("error")).toString());
    const QString message = first.value(QStringLiteral("message")).toString(first.value(QStringLiteral("error_description")).toString());
    return code.isEmpty() ? QStringLiteral("no error code") : code + (message.isEmpty() ? QString() : QStringLiteral(": ") + message);
}

} // namespace

SalesforceWriteBack::SalesforceWriteBack(Workspace &workspace, QNetworkAccessManager &network, Config config, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_network(network), m_config(std::move(config))
{
}

void SalesforceWriteBack::run()
{
    if (m_running)
        return;
    m_running = true;
    if (m_accessToken.isEmpty())
        authenticate([this] { nextBatch(); });
    else
        nextBatch();
}

void SalesforceWriteBack::stop(const QString &error)
{
    m_running = false;
    Q_EMIT finished(error.isEmpty(), error);
}

void SalesforceWriteBack::authenticate(std::function<void()> then)
{
    QUrl url = m_config.loginUrl;
    url.setPath(m_config.loginUrl.path() + QStringLiteral("/services/oauth2/token"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QByteArray body = "grant_type=refresh_token&client_id=" + QUrl::toPercentEncoding(m_config.clientId)
        + "&client_secret=" + QUrl::toPercentEncoding(QString::fromUtf8(secretText(m_config.clientSecret)))
        + "&refresh_token=" + QUrl::toPercentEncoding(QString::fromUtf8(secretText(m_config.refreshToken)));
    ++m_totals.requests;
    QNetworkReply *reply = m_network.post(request, body);
    body.fill('\0');
    connect(reply, &QNetworkReply::finished, this, [this, reply, then] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        const QJsonObject json = QJsonDocument::fromJson(answer).object();
        if (status != 200 || json.value(QStringLiteral("access_token")).toString().isEmpty()) {
            stop(status == 0 ? QStringLiteral("Salesforce could not be reached: %1").arg(reply->errorString())
                             : QStringLiteral("Salesforce refused the session (HTTP %1, %2)").arg(status).arg(salesforceError(answer)));
            return;
        }
        m_accessToken = json.value(QStringLiteral("access_token")).toString().toUtf8();
        m_instance = QUrl(json.value(QStringLiteral("instance_url")).toString());
        then();
    });
}

void SalesforceWriteBack::nextBatch()
{
    auto due = m_workspace.deliveries().pendingWriteBacks(m_config.batchSize);
    if (!due) {
        stop(errorMessage(due.error()));
        return;
    }
    if (due->isEmpty()) {
        // Refused records wait for their retry time; the pass ends when
        // nothing is pending at all.
        auto next = m_workspace.deliveries().nextWriteBackDueMs();
        if (!next) {
            stop(errorMessage(next.error()));
            return;
        }
        if (next.value() == 0) {
            stop({});
            return;
        }
        const qint64 wait = qMax<qint64>(1, next.value() - QDateTime::currentMSecsSinceEpoch());
        QTimer::singleShot(static_cast<int>(qMin<qint64>(wait, 60000)), this, &SalesforceWriteBack::nextBatch);
        return;
    }
    QJsonArray records;
    QList<qint64> ids;
    for (const DeliveryLog::Delivery &d : due.value()) {
        QJsonObject record{{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("type"), m_config.object}}},
                           {QStringLiteral("id"), d.smsRecordId},
                           {m_config.statusField, d.status},
                           {m_config.errorField, d.errorCode == UsageRecordView::kNoError ? QJsonValue() : QJsonValue(QString::number(d.errorCode))},
                           {m_config.messageIdField, d.providerMessageId.isEmpty() ? QJsonValue() : QJsonValue(d.providerMessageId)},
                           {m_config.segmentsField, d.segments}};
        records.append(record);
        ids.append(d.id);
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("allOrNone"), false}, {QStringLiteral("records"), records}})
                                .toJson(QJsonDocument::Compact);
    patch(ids, body, false, 1);
}

void SalesforceWriteBack::patch(const QList<qint64> &ids, const QByteArray &body, bool refreshed, int attempt)
{
    QUrl url = m_instance;
    url.setPath(m_instance.path() + QStringLiteral("/services/data/%1/composite/sobjects").arg(m_config.apiVersion));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_accessToken);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    ++m_totals.requests;
    QNetworkReply *reply = m_network.sendCustomRequest(request, "PATCH", body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, ids, body, refreshed, attempt] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        const QString error = salesforceError(answer);
        if (status == 401 && error.startsWith(QLatin1String("INVALID_SESSION_ID")) && !refreshed) {
            ++m_totals.sessionRefreshes;
            authenticate([this, ids, body] { patch(ids, body, true, 1); });
            return;
        }
        const bool retryable = status == 0 || status >= 500 || (status == 403 && error.startsWith(QLatin1String("REQUEST_LIMIT_EXCEEDED")));
        if (retryable && attempt < m_config.maxAttempts) {
            const int delay = (m_config.baseDelayMs << (attempt - 1)) + static_cast<int>(QRandomGenerator::global()->bounded(m_config.baseDelayMs));
            QTimer::singleShot(delay, this, [this, ids, body, attempt] { patch(ids, body, true, attempt + 1); });
            return;
        }
        if (status != 200) {
            stop(QStringLiteral("Salesforce refused the write-back (HTTP %1, %2)").arg(status).arg(error));
            return;
        }
        // One result per record, in order.
        const QJsonArray results = QJsonDocument::fromJson(answer).array();
        DeliveryLog &log = m_workspace.deliveries();
        // The batch's outcomes land together (one commit, not 200).
        auto tx = Transaction::begin(m_workspace.database());
        if (!tx) {
            stop(errorMessage(tx.error()));
            return;
        }
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QJsonObject result = results.at(i).toObject();
            if (result.value(QStringLiteral("success")).toBool()) {
                if (auto s = log.setWriteBack(ids.at(i), DeliveryLog::WriteBack::Written); !s) {
                    stop(errorMessage(s.error()));
                    return;
                }
                ++m_totals.written;
                continue;
            }
            const QJsonObject first = result.value(QStringLiteral("errors")).toArray().first().toObject();
            const QString reason = first.value(QStringLiteral("statusCode")).toString() + QStringLiteral(": ")
                + first.value(QStringLiteral("message")).toString();
            auto attempts = log.writeBackAttempts(ids.at(i));
            if (!attempts) {
                stop(errorMessage(attempts.error()));
                return;
            }
            const bool giveUp = attempts.value() + 1 >= m_config.maxAttempts;
            const qint64 retryAt = QDateTime::currentMSecsSinceEpoch() + (qint64{m_config.baseDelayMs} << qMin(attempts.value(), 10));
            if (auto s = log.setWriteBack(ids.at(i), giveUp ? DeliveryLog::WriteBack::Failed : DeliveryLog::WriteBack::Pending,
                                          reason, giveUp ? 0 : retryAt);
                !s) {
                stop(errorMessage(s.error()));
                return;
            }
            ++(giveUp ? m_totals.failed : m_totals.retried);
        }
        if (auto committed = tx->commit(); !committed) {
            stop(errorMessage(committed.error()));
            return;
        }
        Q_EMIT progressed(m_totals.written, 0);
        nextBatch();
    });
}

} // namespace relay::core
