#pragma once

#include "Result.h"
#include "storage/EngineSettings.h"
#include "storage/Sql.h"
#include "useragent/UserAgent.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace relay::core {

class Clock;
class SqlConnection;

// Link tracking as the policy allows it. Mogli URL: a short code (10
// base62 characters from libsodium's CSPRNG, never sequential), its target
// URL and domain. Mogli URL Pro: one code per recipient and SMS record,
// keyed to the recipient hash (never the number), and per click the time,
// the client's IP address, the link's domain and browser data (family,
// version, OS, device: parsed from the User-Agent, which is not kept), held
// until written back to the client's org. A plain URL link records no click.
class LinkStore
{
public:
    enum class Mode { None, Url, Pro };
    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(const QString &name);

    struct Link {
        QString code;
        QString target;
        QString domain;
        Mode mode = Mode::Url;
        QString recipientHash; // Pro only
        QString smsRecordId; // Pro only: the record clicks are written back against
        QDateTime created;
        qint64 clicks = 0;
        QString org; // Pro only: the org that SMS record is in ("" the default org)
    };

    enum class WriteBack { Pending, Written, Failed };
    struct Click {
        qint64 id = 0;
        QString code;
        QDateTime at;
        QString ip;
        QString domain;
        BrowserData browser;
        QString smsRecordId; // of the link
        QString org; // of the link
        WriteBack writeBack = WriteBack::Pending;
        QString writeBackError;
        int writeBackAttempts = 0;
        QString salesforceId;
    };

    static constexpr int kCodeLength = 10;

    LinkStore(SqlConnection &db, const Clock &clock);
    static const char *schemaSql();
    // Schema 16: each link's org (its message's gateway's), so that its
    // clicks go back to that org; links made before are the default org's,
    // or their message's org where the log knows it.
    static const char *orgSql();

    // Per gateway: whether texts sent from it get their links shortened.
    [[nodiscard]] Result<Mode> gatewayMode(const QString &gateway);
    [[nodiscard]] Status setGatewayMode(const QString &gateway, Mode mode);

    // Where `engine serve` answers GET /{code} as the recipients see it
    // (engine_setting link_base_url), e.g. https://l.example.com.
    [[nodiscard]] Result<QUrl> baseUrl();
    [[nodiscard]] Status setBaseUrl(const QUrl &url);

    // Replaces every http(s) URL in `text` with a short link for `mode`
    // (Url: one code per target, reused; Pro: a new code per URL of this
    // send). Returns the new text; the links are stored at once.
    [[nodiscard]] Result<QString> shorten(const QString &text, Mode mode,
        const QString &recipientHash, const QString &smsRecordId, const QString &org = {});
    // Whether `text` has an http(s) URL shorten() would replace.
    static bool hasLink(const QString &text);
    // Shortens one URL (the CLI's `links add`).
    [[nodiscard]] Result<Link> create(const QUrl &target, Mode mode,
        const QString &recipientHash = {}, const QString &smsRecordId = {},
        const QString &org = {});

    // The link for a code, NotFound without a store write for an unknown or
    // malformed one.
    [[nodiscard]] Result<Link> resolve(QStringView code);
    // Records a Pro link's click; a plain link's click is not recorded
    // (returns 0).
    [[nodiscard]] Result<qint64> recordClick(
        const Link &link, const QHostAddress &ip, QStringView userAgent);

    [[nodiscard]] Result<QList<Link>> links(int limit = 1000);
    [[nodiscard]] Result<QList<Click>> clicks(int limit = 1000);
    // Several of this store's changes that commit together (a write-back
    // batch's outcomes).
    [[nodiscard]] Result<SqlTransaction> transaction();
    // One org's due clicks ("" the default org), leased for
    // writeback::kLeaseMs: another worker's write-back skips them until
    // they are marked (setWriteBack) or released.
    [[nodiscard]] Result<QList<Click>> pendingWriteBacks(const QString &org, int limit);
    [[nodiscard]] Status releaseWriteBacks(const QList<qint64> &ids);
    // The orgs with clicks to write back, due or not.
    [[nodiscard]] Result<QStringList> orgsWithPendingClicks();
    [[nodiscard]] Status setWriteBack(qint64 clickId, WriteBack state, const QString &error = {},
        const QString &salesforceId = {}, qint64 retryAtMs = 0);
    [[nodiscard]] Result<qint64> nextWriteBackDueMs(const QString &org);
    // As DeliveryLog::reopenWriteBacks, for clicks.
    [[nodiscard]] Result<qint64> reopenWriteBacks(const QStringList &codes);

    struct Counts {
        qint64 links = 0;
        qint64 proLinks = 0;
        qint64 clicks = 0;
        qint64 clicksWritten = 0;
        qint64 clicksPending = 0;
        qint64 clicksFailed = 0;
    };
    [[nodiscard]] Result<Counts> counts();

    // engine_setting link_retention_days (90 unless set): a link and its
    // clicks are deleted that many days after the link was made. A click
    // written back is deleted kWrittenClickDays after the write (the org
    // holds it then); one never written goes with its link.
    static constexpr int kWrittenClickDays = 7;
    static constexpr int kDefaultRetentionDays = 90;
    static constexpr int kMaxRetentionDays = 3650;
    static constexpr EngineSettings::Days kRetention { "link_retention_days", "link retention",
        kDefaultRetentionDays, kMaxRetentionDays };
    [[nodiscard]] Result<int> retentionDays();
    [[nodiscard]] Status setRetentionDays(int days);
    [[nodiscard]] Result<qint64> purgeExpired();
    // What purgeExpired() would delete (the verifier's check): links past
    // the retention, and written clicks past kWrittenClickDays.
    [[nodiscard]] Result<qint64> expiredLinkCount();
    [[nodiscard]] Result<qint64> expiredClickCount();

    static QString domainOf(const QUrl &url);

private:
    SqlConnection &m_db;
    const Clock &m_clock;
};

} // namespace relay::core
