#include "LinkStore.h"

#include "Clock.h"
#include "storage/Sql.h"
#include "storage/WriteBackQueue.h"

#include <QRegularExpression>

#include <sodium.h>

namespace relay::core {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr int kMaxTargetLength = 2048;

QString newCode()
{
    QString code(LinkStore::kCodeLength, Qt::Uninitialized);
    for (int i = 0; i < LinkStore::kCodeLength; ++i)
        code[i] = QLatin1Char(kAlphabet[randombytes_uniform(62)]);
    return code;
}

bool isCode(QStringView code)
{
    if (code.size() != LinkStore::kCodeLength)
        return false;
    for (QChar c : code) {
        if (!(c.isDigit() || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))))
            return false;
    }
    return true;
}

QString writeBackName(LinkStore::WriteBack state)
{
    switch (state) {
    case LinkStore::WriteBack::Pending:
        return QStringLiteral("pending");
    case LinkStore::WriteBack::Written:
        return QStringLiteral("written");
    case LinkStore::WriteBack::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

LinkStore::WriteBack writeBackFrom(const QString &name)
{
    if (name == QLatin1String("written"))
        return LinkStore::WriteBack::Written;
    if (name == QLatin1String("failed"))
        return LinkStore::WriteBack::Failed;
    return LinkStore::WriteBack::Pending;
}

const QString kClickColumns
    = QStringLiteral("c.id, c.code, c.at_ms, c.ip, c.domain, c.browser, c.browser_version, c.os, "
                     "c.os_version, c.device, "
                     "coalesce(l.sms_record_id, ''), c.writeback, coalesce(c.writeback_error, ''), "
                     "c.writeback_attempts, coalesce(c.salesforce_id, ''), l.org");

// The default org is '': a null QString would bind as NULL, which no org
// column holds.
QString notNull(const QString &org)
{
    return org.isNull() ? QStringLiteral("") : org;
}

LinkStore::Click readClick(const SqlStatement &s)
{
    LinkStore::Click c;
    c.id = s.int64(0);
    c.code = s.text(1);
    c.at = QDateTime::fromMSecsSinceEpoch(s.int64(2), Qt::UTC);
    c.ip = s.text(3);
    c.domain = s.text(4);
    c.browser = { s.text(5), s.text(6), s.text(7), s.text(8), s.text(9) };
    c.smsRecordId = s.text(10);
    c.writeBack = writeBackFrom(s.text(11));
    c.writeBackError = s.text(12);
    c.writeBackAttempts = static_cast<int>(s.int64(13));
    c.org = s.text(15);
    c.salesforceId = s.text(14);
    return c;
}

} // namespace

LinkStore::LinkStore(SqlConnection &db, const Clock &clock) : m_db(db), m_clock(clock) { }

const char *LinkStore::orgSql()
{
    // A Pro link's org is its message's: the delivery of that SMS record
    // to that recipient hash. Others (plain links, or no such delivery)
    // are the default org's.
    return R"sql(
ALTER TABLE link ADD COLUMN org TEXT NOT NULL DEFAULT '';
UPDATE link SET org = coalesce((SELECT d.org FROM delivery d WHERE d.sms_record_id = link.sms_record_id
    AND d.recipient_hash = link.recipient_hash ORDER BY d.id LIMIT 1), '')
  WHERE mode = 'pro';
)sql";
}

const char *LinkStore::schemaSql()
{
    return R"sql(
CREATE TABLE link (
    code TEXT PRIMARY KEY,
    target TEXT NOT NULL,
    domain TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('url', 'pro')),
    recipient_hash TEXT,
    sms_record_id TEXT,
    created_ms INTEGER NOT NULL
);
CREATE INDEX link_target ON link (target, mode);
CREATE TABLE link_click (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL REFERENCES link (code) ON DELETE CASCADE,
    at_ms INTEGER NOT NULL,
    ip TEXT NOT NULL,
    domain TEXT NOT NULL,
    browser TEXT NOT NULL,
    browser_version TEXT NOT NULL,
    os TEXT NOT NULL,
    os_version TEXT NOT NULL,
    device TEXT NOT NULL,
    writeback TEXT NOT NULL DEFAULT 'pending',
    writeback_error TEXT,
    writeback_attempts INTEGER NOT NULL DEFAULT 0,
    writeback_next_ms INTEGER NOT NULL DEFAULT 0,
    written_ms INTEGER,
    salesforce_id TEXT
);
CREATE INDEX link_click_code ON link_click (code);
CREATE INDEX link_click_pending ON link_click (writeback, writeback_next_ms);
CREATE TABLE link_gateway (gateway TEXT PRIMARY KEY, mode TEXT NOT NULL CHECK (mode IN ('url', 'pro')));
)sql";
}

QString LinkStore::modeName(Mode mode)
{
    switch (mode) {
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Url:
        return QStringLiteral("url");
    case Mode::Pro:
        return QStringLiteral("pro");
    }
    return {};
}

std::optional<LinkStore::Mode> LinkStore::modeFromName(const QString &name)
{
    for (Mode m : { Mode::None, Mode::Url, Mode::Pro }) {
        if (name == modeName(m))
            return m;
    }
    return std::nullopt;
}

QString LinkStore::domainOf(const QUrl &url)
{
    return url.host(QUrl::FullyDecoded).toLower();
}

Result<LinkStore::Mode> LinkStore::gatewayMode(const QString &gateway)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT mode FROM link_gateway WHERE gateway = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, gateway);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return row.value() ? modeFromName(stmt->text(0)).value_or(Mode::None) : Mode::None;
}

Status LinkStore::setGatewayMode(const QString &gateway, Mode mode)
{
    auto stmt = mode == Mode::None
        ? m_db.prepare(QStringLiteral("DELETE FROM link_gateway WHERE gateway = ?1"))
        : m_db.prepare(m_db.upsert(QStringLiteral("link_gateway (gateway, mode) VALUES (?1, ?2)"),
            QStringLiteral("gateway"), QStringLiteral("mode")));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, gateway);
    if (mode != Mode::None)
        stmt->bind(2, modeName(mode));
    return stmt->run();
}

Result<QUrl> LinkStore::baseUrl()
{
    auto stored = EngineSettings(m_db).value(QStringLiteral("link_base_url"));
    if (!stored)
        return stored.error();
    return QUrl(stored.value());
}

Status LinkStore::setBaseUrl(const QUrl &url)
{
    if (!url.isValid()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the link base is an http(s) URL with a host and no query, not '%1'")
                .arg(url.toString()));
    }
    QString text = url.toString(QUrl::FullyEncoded);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return EngineSettings(m_db).setValue(QStringLiteral("link_base_url"), text);
}

Result<LinkStore::Link> LinkStore::create(const QUrl &target, Mode mode,
    const QString &recipientHash, const QString &smsRecordId, const QString &org)
{
    if (mode == Mode::None)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a short link is url or pro"));
    const QString text = target.toString(QUrl::FullyEncoded);
    if (!target.isValid()
        || (target.scheme() != QLatin1String("https") && target.scheme() != QLatin1String("http"))
        || target.host().isEmpty()) {
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("a link target is an http(s) URL with a host"));
    }
    if (text.size() > kMaxTargetLength)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the link target has %1 characters; at most %2")
                .arg(text.size())
                .arg(kMaxTargetLength));
    if (mode == Mode::Pro && (recipientHash.isEmpty() || smsRecordId.isEmpty()))
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("a URL Pro link needs the recipient hash and the SMS record id"));

    Link link { {}, text, domainOf(target), mode, mode == Mode::Pro ? recipientHash : QString(),
        mode == Mode::Pro ? smsRecordId : QString(), m_clock.nowUtc(), 0,
        mode == Mode::Pro ? org : QString() };
    if (mode == Mode::Url) {
        // One code per target: the same URL in many texts is one short link.
        auto existing = m_db.prepare(QStringLiteral(
            "SELECT code, created_ms FROM link WHERE target = ?1 AND mode = 'url' LIMIT 1"));
        if (!existing)
            return existing.error();
        existing->bind(1, text);
        auto row = existing->step();
        if (!row)
            return row.error();
        if (row.value()) {
            link.code = existing->text(0);
            link.created = QDateTime::fromMSecsSinceEpoch(existing->int64(1), Qt::UTC);
            return link;
        }
    }
    auto insert = m_db.prepare(m_db.insertIgnoring(
        QStringLiteral("link (code, target, domain, mode, recipient_hash, "
                       "sms_record_id, created_ms, org) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")));
    if (!insert)
        return insert.error();
    // 62^10 codes: a collision is astronomically rare, and is simply drawn again.
    for (int attempt = 0; attempt < 5; ++attempt) {
        link.code = newCode();
        insert->reset();
        insert->bind(1, link.code)
            .bind(2, link.target)
            .bind(3, link.domain)
            .bind(4, modeName(mode));
        link.recipientHash.isEmpty() ? insert->bindNull(5) : insert->bind(5, link.recipientHash);
        link.smsRecordId.isEmpty() ? insert->bindNull(6) : insert->bind(6, link.smsRecordId);
        insert->bind(7, link.created.toMSecsSinceEpoch()).bind(8, notNull(link.org));
        if (auto s = insert->run(); !s)
            return s.error();
        if (insert->changes() == 1)
            return link;
    }
    return makeError(ErrorCode::Sql, QStringLiteral("could not draw a free short code"));
}

namespace {

const QRegularExpression &urlPattern()
{
    static const QRegularExpression url(
        QStringLiteral(R"(https?://[^\s<>"]+)"), QRegularExpression::CaseInsensitiveOption);
    return url;
}

} // namespace

bool LinkStore::hasLink(const QString &text)
{
    return urlPattern().match(text).hasMatch();
}

Result<QString> LinkStore::shorten(const QString &text, Mode mode, const QString &recipientHash,
    const QString &smsRecordId, const QString &org)
{
    if (mode == Mode::None || !hasLink(text))
        return text;
    auto base = baseUrl();
    if (!base)
        return base.error();
    if (base->isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the gateway shortens links, but no link base URL is set ('settings "
                           "link-base-url URL')"));
    }
    const QString prefix = base->toString(QUrl::FullyEncoded) + QLatin1Char('/');
    QString out;
    qsizetype from = 0;
    auto it = urlPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString found = m.captured(0);
        // Sentence punctuation after a URL is not part of it.
        while (!found.isEmpty() && QStringLiteral(".,;:!?)]}'").contains(found.back()))
            found.chop(1);
        out += QStringView(text).mid(from, m.capturedStart(0) - from);
        from = m.capturedStart(0) + found.size();
        if (found.startsWith(prefix)) {
            out += found;
            continue;
        }
        auto link = create(QUrl(found, QUrl::TolerantMode), mode, recipientHash, smsRecordId, org);
        if (!link)
            return link.error();
        out += prefix + link->code;
    }
    out += QStringView(text).mid(from);
    return out;
}

Result<LinkStore::Link> LinkStore::resolve(QStringView code)
{
    if (!isCode(code))
        return makeError(ErrorCode::NotFound, QStringLiteral("no such link"));
    auto stmt
        = m_db.prepare(QStringLiteral("SELECT code, target, domain, mode, coalesce(recipient_hash, "
                                      "''), coalesce(sms_record_id, ''), "
                                      "created_ms, org FROM link WHERE code = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, code.toString());
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no such link"));
    return Link { stmt->text(0), stmt->text(1), stmt->text(2),
        modeFromName(stmt->text(3)).value_or(Mode::Url), stmt->text(4), stmt->text(5),
        QDateTime::fromMSecsSinceEpoch(stmt->int64(6), Qt::UTC), 0, stmt->text(7) };
}

Result<qint64> LinkStore::recordClick(
    const Link &link, const QHostAddress &ip, QStringView userAgent)
{
    if (link.mode != Mode::Pro)
        return qint64 { 0 };
    auto parser = UserAgentParser::shared();
    if (!parser)
        return parser.error();
    const BrowserData browser = parser.value()->parse(userAgent);
    bool v4 = false;
    const quint32 ipv4 = ip.toIPv4Address(&v4);
    const QString address = v4 ? QHostAddress(ipv4).toString() : ip.toString();
    auto stmt = m_db.prepareInsert(QStringLiteral(
        "INSERT INTO link_click (code, at_ms, ip, domain, browser, browser_version, os, "
        "os_version, device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    if (!stmt)
        return stmt.error();
    // An empty part is '' (a null QString would bind as NULL).
    const auto text = [](const QString &v) { return v.isNull() ? QStringLiteral("") : v; };
    stmt->bind(1, link.code)
        .bind(2, m_clock.nowMs())
        .bind(3, address)
        .bind(4, link.domain)
        .bind(5, text(browser.family));
    stmt->bind(6, text(browser.version))
        .bind(7, text(browser.os))
        .bind(8, text(browser.osVersion))
        .bind(9, text(browser.device));
    return stmt->insert();
}

Result<QList<LinkStore::Link>> LinkStore::links(int limit)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT l.code, l.target, l.domain, l.mode, coalesce(l.recipient_hash, ''), "
        "coalesce(l.sms_record_id, ''), l.created_ms, "
        "(SELECT count(*) FROM link_click c WHERE c.code = l.code), l.org FROM link l "
        "ORDER BY l.created_ms DESC, l.code LIMIT ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, limit);
    QList<Link> out;
    if (auto s = stmt->each([&] {
            out.append({ stmt->text(0), stmt->text(1), stmt->text(2),
                modeFromName(stmt->text(3)).value_or(Mode::Url), stmt->text(4), stmt->text(5),
                QDateTime::fromMSecsSinceEpoch(stmt->int64(6), Qt::UTC), stmt->int64(7),
                stmt->text(8) });
        });
        !s) {
        return s.error();
    }
    return out;
}

Result<QList<LinkStore::Click>> LinkStore::clicks(int limit)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT %1 FROM link_click c JOIN link l ON l.code = c.code ORDER BY c.id DESC LIMIT ?1")
                                 .arg(kClickColumns));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, limit);
    QList<Click> out;
    if (auto s = stmt->each([&] { out.append(readClick(*stmt)); }); !s)
        return s.error();
    return out;
}

Result<QList<LinkStore::Click>> LinkStore::pendingWriteBacks(const QString &org, int limit)
{
    // The retry schedule is wall-clock time, as the write-back's timers are.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto tx = m_db.transaction();
    if (!tx)
        return tx.error();
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT %1 FROM link_click c JOIN link l ON l.code = c.code "
                       "WHERE c.writeback = 'pending' AND c.writeback_next_ms <= ?1 AND l.org = ?3 "
                       "ORDER BY c.id LIMIT ?2")
            .arg(kClickColumns)
        + m_db.skipLocked(QStringLiteral("c")));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, now).bind(2, limit).bind(3, notNull(org));
    QList<Click> out;
    QList<qint64> ids;
    if (auto s = stmt->each([&] {
            out.append(readClick(*stmt));
            ids.append(out.constLast().id);
        });
        !s)
        return s.error();
    if (out.isEmpty())
        return out;
    stmt = SqlStatement();
    if (auto s = writeback::lease(m_db, "link_click", ids, now + writeback::kLeaseMs); !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return out;
}

Status LinkStore::releaseWriteBacks(const QList<qint64> &ids)
{
    return writeback::release(m_db, "link_click", ids);
}

Status LinkStore::setWriteBack(qint64 clickId, WriteBack state, const QString &error,
    const QString &salesforceId, qint64 retryAtMs)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "UPDATE link_click SET writeback = ?2, writeback_error = ?3, salesforce_id = coalesce(?4, "
        "salesforce_id), "
        "writeback_attempts = writeback_attempts + (?2 != 'written'), writeback_next_ms = ?5, "
        "written_ms = CASE WHEN ?2 = 'written' THEN ?6 ELSE written_ms END WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, clickId).bind(2, writeBackName(state));
    error.isEmpty() ? stmt->bindNull(3) : stmt->bind(3, error);
    salesforceId.isEmpty() ? stmt->bindNull(4) : stmt->bind(4, salesforceId);
    stmt->bind(5, retryAtMs).bind(6, m_clock.nowMs());
    return stmt->run();
}

Result<qint64> LinkStore::reopenWriteBacks(const QStringList &codes)
{
    return writeback::reopen(m_db, "link_click", codes);
}

Result<qint64> LinkStore::nextWriteBackDueMs(const QString &org)
{
    // At least 1 while anything is pending: 0 means nothing is.
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT coalesce(min(CASE WHEN c.writeback_next_ms < 1 THEN 1 ELSE c.writeback_next_ms "
        "END), 0) FROM link_click c "
        "JOIN link l ON l.code = c.code WHERE c.writeback = 'pending' AND l.org = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, notNull(org));
    auto row = stmt->step();
    if (!row)
        return row.error();
    return stmt->int64(0);
}

Result<QStringList> LinkStore::orgsWithPendingClicks()
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT DISTINCT l.org FROM link_click c JOIN link l ON l.code = c.code "
                       "WHERE c.writeback = 'pending' ORDER BY l.org"));
    if (!stmt)
        return stmt.error();
    QStringList orgs;
    if (auto s = stmt->each([&] { orgs << stmt->text(0); }); !s)
        return s.error();
    return orgs;
}

Result<LinkStore::Counts> LinkStore::counts()
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM link), (SELECT count(*) FROM link WHERE mode "
                       "= 'pro'), (SELECT count(*) FROM link_click), "
                       "(SELECT count(*) FROM link_click WHERE writeback = 'written'), (SELECT "
                       "count(*) FROM link_click WHERE writeback = 'pending'), "
                       "(SELECT count(*) FROM link_click WHERE writeback = 'failed')"));
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return Counts { stmt->int64(0), stmt->int64(1), stmt->int64(2), stmt->int64(3), stmt->int64(4),
        stmt->int64(5) };
}

Result<int> LinkStore::retentionDays()
{
    return EngineSettings(m_db).days(kRetention);
}

Status LinkStore::setRetentionDays(int days)
{
    return EngineSettings(m_db).setDays(kRetention, days);
}

// What the purge deletes, and the verifier counts.
const char kExpiredLinks[] = "FROM link WHERE created_ms < ?1";
const char kExpiredClicks[] = "FROM link_click WHERE writeback = 'written' AND written_ms < ?1";

Result<qint64> LinkStore::expiredLinkCount()
{
    auto days = retentionDays();
    if (!days)
        return days.error();
    return m_db.queryInt(QStringLiteral("SELECT count(*) ") + QLatin1String(kExpiredLinks),
        m_clock.nowMs() - qint64 { days.value() } * kDayMs);
}

Result<qint64> LinkStore::expiredClickCount()
{
    return m_db.queryInt(QStringLiteral("SELECT count(*) ") + QLatin1String(kExpiredClicks),
        m_clock.nowMs() - qint64 { kWrittenClickDays } * kDayMs);
}

Result<qint64> LinkStore::purgeExpired()
{
    auto days = retentionDays();
    if (!days)
        return days.error();
    const qint64 now = m_clock.nowMs();
    auto tx = m_db.transaction();
    if (!tx)
        return tx.error();
    qint64 removed = 0;
    // A link's clicks go with it (counted: a cascade is not in changes()).
    const std::pair<QString, qint64> steps[] = {
        // cppcheck-suppress ignoredReturnValue ; false positive: the string is the pair's first
        // member
        { QStringLiteral("DELETE ") + QLatin1String(kExpiredClicks),
            now - qint64 { kWrittenClickDays } * kDayMs },
        { QStringLiteral("DELETE FROM link_click WHERE code IN (SELECT code ")
                + QLatin1String(kExpiredLinks) + QLatin1Char(')'),
            now - qint64 { days.value() } * kDayMs },
        { QStringLiteral("DELETE ") + QLatin1String(kExpiredLinks),
            now - qint64 { days.value() } * kDayMs },
    };
    for (const auto &[sql, cutoff] : steps) {
        auto stmt = m_db.prepare(sql);
        if (!stmt)
            return stmt.error();
        stmt->bind(1, cutoff);
        if (auto s = stmt->run(); !s)
            return s.error();
        removed += stmt->changes();
    }
    if (auto s = tx->commit(); !s)
        return s.error();
    return removed;
}

Result<SqlTransaction> LinkStore::transaction()
{
    return m_db.transaction();
}

} // namespace relay::core
