#pragma once

#include "Result.h"
#include "ingest/CampaignLookup.h"
#include "ingest/ProviderFetcher.h"
#include "model/Provider.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace relay::core {

class IngestSession;
class ActivityLog;
class ReportCache;

// Pulls a provider's message records for a date range into a pull of the
// report cache, over Qt Network: Twilio's Messages list (following
// next_page_uri), or Telnyx's detail records (page[number]); the
// campaign/brand mapping of each messaging service or sender as it first
// appears; then Twilio's daily usage records. Every page's records commit
// together with the checkpoint, so a pull killed at any point resumes
// (start() on the same pull) with exactly the records a clean run stores.
//
// HTTP: TLS verification stays on; redirects are not followed; 429 honours
// Retry-After, else exponential backoff with jitter; 5xx, dropped and
// truncated answers are retried a bounded number of times; 401/403/404 stop
// with a message naming the account and the URL path, never the secret.
class ProviderPull final : public QObject
{
    Q_OBJECT
public:
    struct Options {
        ProviderKind provider = ProviderKind::Twilio;
        QString account; // Twilio Account SID; Telnyx: a label
        QUrl baseUrl; // empty: the providers' real hosts
        QDate from;
        QDate to;
        QStringList senders; // gateways to filter on; empty: all
        int pageSize = 0; // 0: the provider's maximum (1000 / 50)
        int maxAttempts = 6;
        int baseDelayMs = 500;
        int maxDelayMs = 30000;
        int timeoutMs = 60000;
    };

    // One pull covers at most this many UTC days (a billing month): longer
    // ranges are split into several pulls, each with its own 7-day clock.
    static constexpr int kMaxRangeDays = 31;
    // InvalidInput naming the problem: a missing or reversed range, days in
    // the future (no provider has records for them yet), or a range longer
    // than kMaxRangeDays.
    [[nodiscard]] static Status validateRange(
        const QDate &from, const QDate &to, const QDate &todayUtc);

    ProviderPull(ReportCache &cache, ActivityLog &log, QNetworkAccessManager &network,
        QObject *parent = nullptr);
    ~ProviderPull() override;

    // Creates the pull and starts it.
    [[nodiscard]] Result<qint64> create(const Options &options, const QString &client);
    // Starts (or resumes, from its checkpoint) an existing pull.
    void start(qint64 pullId, ProviderCredentials credentials);
    void cancel();
    // Stops at once, recording the pull as cancelled (resumable) while the
    // workspace is still open. For when the workspace is about to close.
    void abandon();

    qint64 pages() const { return m_pages; }
    qint64 records() const { return m_records; }
    qint64 retries() const { return m_fetch.retries(); }

Q_SIGNALS:
    void progressed(qint64 pages, qint64 records);
    // The share of the messages stage done, 0 to 1, when it can be told.
    void estimated(double fraction);
    void finished(bool ok);
    void failed(const relay::core::Error &error);

private:
    using Handler = std::function<void(int status, const QByteArray &body)>;

    void get(const QUrl &url, bool authenticated, Handler handler);
    void nextStep();
    void fetchTwilioPage();
    void fetchTelnyxPage();
    void fetchBulkDay();
    // Streams a gzipped day file through the JSON-lines reader; with
    // `services` set it only collects the messaging services it names.
    bool readBulkDay(const QByteArray &gz, QStringList *services);
    void handlePage(const QByteArray &body);
    void resolveMappings(QStringList keys, std::function<void()> then);
    void fetchUsage(int categoryIndex);
    void ingestPage();
    void stop(const Error &error);
    void complete();
    void saveCheckpoint();

    QByteArray authorization() const;

    ReportCache &m_cache;
    ActivityLog &m_log;
    ProviderFetcher m_fetch;
    CampaignLookup m_campaigns;
    std::unique_ptr<IngestSession> m_session;
    Options m_options;
    ProviderCredentials m_credentials;
    qint64 m_pullId = 0;
    // Checkpoint: where the next request starts.
    QString m_stage; // messages, usage, done
    int m_sender = 0; // index into senders (or 0 for all)
    QString m_next; // Twilio next_page_uri; empty: first page
    int m_page = 1; // Telnyx page[number]
    qint64 m_pages = 0;
    qint64 m_records = 0;
    QByteArray m_pageBody;
    bool m_morePages = false;
    QSet<QString> m_mapped;
    bool m_done = false;
};

} // namespace relay::core
