#include "Verifier.h"

#include "Clock.h"
#include "deliveries/DeliveryLog.h"
#include "deliveries/Gateways.h"
#include "reports/ReportCache.h"
#include "retention/PhoneScanner.h"
#include "retention/ValueScan.h"
#include "storage/Database.h"
#include "storage/EngineSettings.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace relay::core {

namespace {

void add(RetentionVerifier::Check &check, const QString &where, const QString &what)
{
    RetentionVerifier::addFinding(check, where, what);
}

// Credential shapes: PEM keys, Twilio auth tokens and API secrets (32 hex),
// Telnyx API keys (KEY…), Salesforce session ids (00D…!…), bearer tokens.
const QRegularExpression &secretShape()
{
    static const QRegularExpression shape(QStringLiteral(
        R"(-----BEGIN [A-Z ]*PRIVATE KEY-----|\b[0-9a-f]{32}\b|\bKEY[0-9A-Za-z_]{20,}|\b00D[0-9A-Za-z]{12,15}![0-9A-Za-z._]{20,}|access_token|refresh_token|Bearer [0-9A-Za-z._-]{20,})"));
    return shape;
}

const QRegularExpression &secretKeyName()
{
    static const QRegularExpression name(
        QStringLiteral(R"(token|secret|password|passphrase|api[_-]?key|pepper|private|credential)"),
        QRegularExpression::CaseInsensitiveOption);
    return name;
}

QString octal(QFile::Permissions p)
{
    int mode = 0;
    mode |= (p & QFile::ReadOwner) ? 0400 : 0;
    mode |= (p & QFile::WriteOwner) ? 0200 : 0;
    mode |= (p & QFile::ExeOwner) ? 0100 : 0;
    mode |= (p & QFile::ReadGroup) ? 040 : 0;
    mode |= (p & QFile::WriteGroup) ? 020 : 0;
    mode |= (p & QFile::ExeGroup) ? 010 : 0;
    mode |= (p & QFile::ReadOther) ? 04 : 0;
    mode |= (p & QFile::WriteOther) ? 02 : 0;
    mode |= (p & QFile::ExeOther) ? 01 : 0;
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

// Every string of a JSON document, but encoded bytes (base64, hex: long,
// no spaces, letters among the digits) are not text a number could be in.
void collectStrings(const QJsonValue &value, QList<QByteArray> &out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            collectStrings(it.value(), out);
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectStrings(v, out);
    } else if (value.isString()) {
        static const QRegularExpression encoded(
            QStringLiteral("^(?=.*[A-Za-z])[A-Za-z0-9+/_=-]{20,}$"));
        const QString text = value.toString();
        if (!encoded.match(text).hasMatch())
            out.append(text.toUtf8());
    }
}

} // namespace

RetentionVerifier::RetentionVerifier(
    Workspace &workspace, const RetentionInventory &inventory, const Clock &clock)
    : m_workspace(workspace), m_inventory(inventory), m_clock(clock)
{ }

void RetentionVerifier::addFinding(Check &check, const QString &where, const QString &what)
{
    check.passed = false;
    ++check.findings;
    if (check.evidence.size() < kMaxEvidence)
        check.evidence.append({ where, what });
}

QString RetentionVerifier::checkTitle(const QString &id)
{
    // English here (the CLI, the signed report); the GUI shows them
    // translated: QCoreApplication::translate("RetentionVerifier", title).
    static const QHash<QString, const char *> titles {
        { QStringLiteral("inventory"),
            QT_TRANSLATE_NOOP(
                "RetentionVerifier", "Every table and column is in the retention inventory") },
        { QStringLiteral("numbers"),
            QT_TRANSLATE_NOOP("RetentionVerifier", "No phone number where none may be") },
        { QStringLiteral("text"), QT_TRANSLATE_NOOP("RetentionVerifier", "No message text") },
        { QStringLiteral("addresses"),
            QT_TRANSLATE_NOOP("RetentionVerifier", "IP addresses only with link clicks") },
        { QStringLiteral("calendar"),
            QT_TRANSLATE_NOOP("RetentionVerifier", "No calendar event details") },
        { QStringLiteral("retention"),
            QT_TRANSLATE_NOOP("RetentionVerifier", "Nothing kept past its retention") },
        { QStringLiteral("hashes"),
            QT_TRANSLATE_NOOP(
                "RetentionVerifier", "Recipient hashes are well-formed and of a known scheme") },
        { QStringLiteral("at-rest"),
            QT_TRANSLATE_NOOP("RetentionVerifier", "Encrypted and private at rest") },
        { QStringLiteral("secrets"),
            QT_TRANSLATE_NOOP("RetentionVerifier", "No secret outside the keychain") },
    };
    const char *title = titles.value(id);
    return title ? QString::fromLatin1(title) : id;
}

Result<QList<RetentionVerifier::Check>> RetentionVerifier::run(const Options &options)
{
    QList<Check> checks;
    for (const char *id : { "inventory", "numbers", "text", "addresses", "calendar", "retention",
             "hashes", "at-rest", "secrets" })
        checks.append(
            Check { QLatin1String(id), checkTitle(QLatin1String(id)), true, 0, {}, {}, 0 });
    QElapsedTimer timer;
    timer.start();
    if (auto s = checkInventory(checks[0]); !s)
        return s.error();
    checks[0].elapsedMs = timer.restart();
    if (auto s = checkValues(checks[1], checks[2], checks[3], checks[4]); !s)
        return s.error();
    checks[1].elapsedMs = checks[2].elapsedMs = checks[3].elapsedMs = checks[4].elapsedMs
        = timer.restart(); // one pass for all
    if (auto s = checkRetention(checks[5]); !s)
        return s.error();
    checks[5].elapsedMs = timer.restart();
    if (auto s = checkHashes(checks[6]); !s)
        return s.error();
    checks[6].elapsedMs = timer.restart();
    checkAtRest(checks[7]);
    checks[7].elapsedMs = timer.restart();
    checkSecrets(checks[8], options);
    checks[8].elapsedMs = timer.restart();
    return checks;
}

Status RetentionVerifier::checkInventory(Check &check)
{
    Database &db = m_workspace.database();
    auto tables = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    if (!tables)
        return tables.error();
    QStringList names;
    if (auto s = tables->each([&] { names.append(tables->text(0)); }); !s)
        return s;
    tables = Statement();
    m_tables.clear();
    qint64 columns = 0;
    for (const QString &table : std::as_const(names)) {
        // SQLCipher 3's SQLite has no pragma_table_info(); the pragma takes a quoted name.
        auto info = db.prepare(
            QStringLiteral("PRAGMA table_info(\"%1\")")
                .arg(QString(table).replace(QLatin1Char('"'), QStringLiteral("\"\""))));
        if (!info)
            return info.error();
        QStringList cols;
        if (auto s = info->each([&] { cols.append(info->text(1)); }); !s)
            return s;
        columns += cols.size();
        m_tables.append({ table, cols });
        if (!m_inventory.tables().contains(table)) {
            add(check, QStringLiteral("workspace.db %1").arg(table),
                QStringLiteral("a table the inventory does not list"));
            continue;
        }
        for (const QString &col : std::as_const(cols)) {
            if (!m_inventory.column(table, col))
                add(check, QStringLiteral("workspace.db %1.%2").arg(table, col),
                    QStringLiteral("a column the inventory does not list"));
        }
    }
    check.counts = QJsonObject { { QStringLiteral("tables"), static_cast<qint64>(names.size()) },
        { QStringLiteral("columns"), columns } };
    return {};
}

Status RetentionVerifier::checkValues(
    Check &numbers, Check &text, Check &addresses, Check &calendar)
{
    auto region = m_workspace.gateways().defaultRegion();
    ValueScan scan(m_workspace.database(), m_inventory,
        region ? region.value() : QStringLiteral("US"), { numbers, text, addresses, calendar });
    return scan.run(m_tables);
}

Status RetentionVerifier::checkRetention(Check &check)
{
    QJsonObject counts;
    if (auto s = checkReportRetention(check, counts); !s)
        return s;
    if (auto s = checkStoreRetention(check, counts); !s)
        return s;
    check.counts = counts;
    return {};
}

// Report rows of an expired pull, or of no pull at all.
Status RetentionVerifier::checkReportRetention(Check &check, QJsonObject &counts)
{
    Database &db = m_workspace.database();
    const auto count = [&db](const QString &sql,
                           const std::function<void(Statement &)> &bind) -> Result<qint64> {
        auto stmt = db.prepare(sql);
        if (!stmt)
            return stmt.error();
        bind(*stmt);
        auto row = stmt->step();
        if (!row)
            return row.error();
        return stmt->int64(0);
    };
    const QDateTime now = m_clock.nowUtc();
    qint64 expiredRows = 0;
    auto pulls = m_workspace.reports().pulls();
    if (!pulls)
        return pulls.error();
    for (const ReportCache::Pull &p : pulls.value()) {
        if (!p.expires.isValid() || p.expires > now)
            continue;
        for (const char *table :
            { "report_record", "report_rollup", "report_aggregate", "report_mapping" }) {
            auto n = count(QStringLiteral("SELECT count(*) FROM %1 WHERE pull_id = ?1")
                               .arg(QLatin1String(table)),
                [&p](Statement &s) { s.bind(1, p.id); });
            if (!n)
                return n.error();
            if (n.value() > 0) {
                expiredRows += n.value();
                add(check,
                    QStringLiteral("workspace.db %1 pull %2").arg(QLatin1String(table)).arg(p.id),
                    QStringLiteral("%1 rows; the pull expired %2")
                        .arg(n.value())
                        .arg(p.expires.toString(Qt::ISODate)));
            }
        }
    }
    // Rows whose pull is gone are past any retention.
    auto orphans = count(
        QStringLiteral(
            "SELECT count(*) FROM report_record WHERE pull_id NOT IN (SELECT id FROM report_pull)"),
        [](Statement &) {});
    if (!orphans)
        return orphans.error();
    if (orphans.value() > 0)
        add(check, QStringLiteral("workspace.db report_record"),
            QStringLiteral("%1 rows of a pull that no longer exists").arg(orphans.value()));
    counts.insert(QStringLiteral("pulls"), static_cast<qint64>(pulls->size()));
    counts.insert(QStringLiteral("expired_report_rows"), expiredRows);
    counts.insert(QStringLiteral("orphan_report_rows"), orphans.value());
    return {};
}

// Each store counts what its own purge would delete: one rule each.
Status RetentionVerifier::checkStoreRetention(Check &check, QJsonObject &counts)
{
    DeliveryLog &log = m_workspace.deliveries();
    AccessAudit &access = m_workspace.access();
    LinkStore &links = m_workspace.links();
    Scheduler &scheduler = m_workspace.scheduler();
    const struct {
        const char *countKey;
        const char *settingKey; // empty: a fixed rule
        std::function<Result<int>()> days;
        std::function<Result<qint64>()> count;
        const char *where;
        const char *what; // %1 the count, %2 the days
    } rules[] = {
        { "log_rows_past_retention", "log_retention_days",
            [&log] { return log.logRetentionDays(); }, [&log] { return log.expiredCount(); },
            "workspace.db delivery", "%1 entries older than the %2-day log retention" },
        { "early_events_past_a_day", "", {}, [&log] { return log.expiredEarlyEventCount(); },
            "workspace.db delivery_early_event", "%1 unmatched callbacks older than a day" },
        { "audit_rows_past_retention", "access_retention_days",
            [&access] { return access.retentionDays(); },
            [&access] { return access.expiredRowCount(); }, "workspace.db access_row",
            "%1 audit-trail rows older than the %2-day access retention" },
        { "orphan_reviews", "", {}, [&access] { return access.orphanReviewCount(); },
            "workspace.db access_review", "%1 reviews whose audit-trail rows are gone" },
        { "links_past_retention", "link_retention_days", [&links] { return links.retentionDays(); },
            [&links] { return links.expiredLinkCount(); }, "workspace.db link",
            "%1 links older than the %2-day link retention" },
        { "written_clicks_past_retention", "",
            [] { return Result<int>(LinkStore::kWrittenClickDays); },
            [&links] { return links.expiredClickCount(); }, "workspace.db link_click",
            "%1 clicks written back more than %2 days ago" },
        { "bookings_past_retention", "scheduler_retention_days",
            [&scheduler] { return scheduler.retentionDays(); },
            [&scheduler] { return scheduler.expiredCount(); }, "workspace.db scheduler_booking",
            "%1 bookings ended more than %2 days ago" },
    };
    for (const auto &rule : rules) {
        int days = 0;
        if (rule.days) {
            auto d = rule.days();
            if (!d)
                return d.error();
            days = d.value();
            if (*rule.settingKey)
                counts.insert(QLatin1String(rule.settingKey), days);
        }
        auto n = rule.count();
        if (!n)
            return n.error();
        counts.insert(QLatin1String(rule.countKey), n.value());
        if (n.value() > 0)
            add(check, QLatin1String(rule.where),
                QString::fromLatin1(rule.what).arg(n.value()).arg(days));
    }
    // Early events are bounded as well as dated: in all and per message.
    auto early = log.earlyEventStats();
    if (!early)
        return early.error();
    counts.insert(QStringLiteral("early_events_held"), early->held);
    counts.insert(QStringLiteral("early_events_most_for_one_message"), early->mostForOneMessage);
    if (early->held > DeliveryLog::kMaxEarlyEvents)
        add(check, QStringLiteral("workspace.db delivery_early_event"),
            QStringLiteral("%1 unmatched callbacks, more than the %2 allowed")
                .arg(early->held)
                .arg(DeliveryLog::kMaxEarlyEvents));
    if (early->mostForOneMessage > DeliveryLog::kMaxEarlyEventsPerMessage)
        add(check, QStringLiteral("workspace.db delivery_early_event"),
            QStringLiteral("%1 unmatched callbacks for one message, more than the %2 allowed")
                .arg(early->mostForOneMessage)
                .arg(DeliveryLog::kMaxEarlyEventsPerMessage));
    return {};
}

Status RetentionVerifier::checkHashes(Check &check)
{
    Database &db = m_workspace.database();
    auto total = db.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM delivery) + (SELECT count(*) FROM inbound_message)"));
    if (!total)
        return total.error();
    auto row = total->step();
    if (!row)
        return row.error();
    const qint64 hashes = total->int64(0);
    total = Statement();
    // SQLite checks the shape; only the rows that fail it come back.
    QString pattern = QStringLiteral("v1:");
    for (int i = 0; i < 64; ++i)
        pattern += QStringLiteral("[0-9a-f]");
    auto proLinks
        = db.queryInt(QStringLiteral("SELECT count(*) FROM link WHERE recipient_hash IS NOT NULL"));
    if (!proLinks)
        return proLinks.error();
    // URL Pro links carry the hash of the recipient they were made for.
    auto stmt = db.prepare(QStringLiteral(
        "SELECT 'delivery', id, recipient_hash FROM delivery WHERE NOT (recipient_hash GLOB ?1) "
        "UNION ALL SELECT 'inbound_message', id, sender_hash FROM inbound_message "
        "WHERE NOT (sender_hash GLOB ?1) "
        "UNION ALL SELECT 'link', rowid, recipient_hash FROM link "
        "WHERE recipient_hash IS NOT NULL AND NOT (recipient_hash GLOB ?1)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, pattern);
    static const QRegularExpression otherScheme(QStringLiteral("^v([0-9]+):[0-9a-f]{64}$"));
    auto s = stmt->each([&] {
        const QString hash = stmt->text(2);
        const QRegularExpressionMatch m = otherScheme.match(hash);
        const QString where = QStringLiteral("workspace.db %1.recipient_hash row %2")
                                  .arg(stmt->text(0))
                                  .arg(stmt->int64(1));
        if (!m.hasMatch())
            add(check, where,
                QStringLiteral("not v<N>: + 64 lowercase hex (%1 characters)").arg(hash.size()));
        else
            add(check, where,
                QStringLiteral("scheme v%1 is not known to this version").arg(m.captured(1)));
    });
    if (!s)
        return s;
    check.counts = QJsonObject { { QStringLiteral("hashes"), hashes + proLinks.value() },
        { QStringLiteral("known_schemes"), QJsonArray { QStringLiteral("v1") } } };
    return {};
}

void RetentionVerifier::checkAtRest(Check &check)
{
    const QString dir = m_workspace.path();
    const QFile::Permissions ownerOnlyDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    const QFile::Permissions dirPermissions = QFileInfo(dir).permissions()
        & ~(QFile::ReadUser | QFile::WriteUser
            | QFile::ExeUser); // the "user" bits duplicate the owner's
    if (dirPermissions != ownerOnlyDir)
        add(check, dir, QStringLiteral("directory mode %1, not 0700").arg(octal(dirPermissions)));
    auto region = m_workspace.gateways().defaultRegion();
    const PhoneScanner scanner(region ? region.value() : QStringLiteral("US"));
    qint64 files = 0;
    qint64 databases = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        const QFileInfo info(path);
        const QFile::Permissions permissions
            = info.permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
        if (permissions != (QFile::ReadOwner | QFile::WriteOwner))
            add(check, path, QStringLiteral("file mode %1, not 0600").arg(octal(permissions)));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            add(check, path,
                QStringLiteral("cannot be read to check it: %1").arg(file.errorString()));
            continue;
        }
        const bool database = info.fileName().endsWith(QLatin1String(".db"))
            || info.fileName().contains(QLatin1String(".db-"));
        if (database) {
            ++databases;
            // A SQLCipher file is random from its first byte; a plain one says so.
            if (file.peek(16) == QByteArrayView("SQLite format 3\0", 16))
                add(check, path, QStringLiteral("an unencrypted SQLite database"));
            continue;
        }
        const QByteArray bytes = file.read(4 * 1024 * 1024);
        // A JSON file (the workspace's metadata) is scanned value by value:
        // its salts and key checks are encoded bytes, where digit runs mean nothing.
        QList<QByteArray> texts;
        const QJsonDocument json = QJsonDocument::fromJson(bytes);
        if (json.isObject() || json.isArray())
            collectStrings(
                json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array()), texts);
        else
            texts.append(bytes);
        for (const QByteArray &text : std::as_const(texts)) {
            for (const PhoneScanner::Match &m : scanner.find(text))
                add(check, path, QStringLiteral("a phone number in plain text: %1").arg(m.masked));
        }
        const QRegularExpressionMatch secret = secretShape().match(QString::fromUtf8(bytes));
        if (secret.hasMatch() && !info.fileName().endsWith(QLatin1String(".json")))
            add(check, path, QStringLiteral("a credential-shaped value in plain text"));
    }
    check.counts = QJsonObject { { QStringLiteral("files"), files },
        { QStringLiteral("databases"), databases } };
}

void RetentionVerifier::checkSecrets(Check &check, const Options &options)
{
    qint64 settings = 0;
    if (!options.settingsFile.isEmpty() && QFileInfo::exists(options.settingsFile)) {
        QFile file(options.settingsFile);
        if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            int line = 0;
            while (!file.atEnd()) {
                const QString text = QString::fromUtf8(file.readLine()).trimmed();
                ++line;
                const qsizetype eq = text.indexOf(QLatin1Char('='));
                if (eq < 0)
                    continue;
                ++settings;
                const QString key = text.left(eq).trimmed();
                const QString value = text.mid(eq + 1).trimmed();
                const QString where = QStringLiteral("%1 line %2 (%3)")
                                          .arg(options.settingsFile)
                                          .arg(line)
                                          .arg(key);
                if (secretKeyName().match(key).hasMatch() && !value.isEmpty())
                    add(check, where,
                        QStringLiteral("a setting named like a secret holds a value"));
                else if (secretShape().match(value).hasMatch())
                    add(check, where, QStringLiteral("a credential-shaped value"));
            }
        } else {
            add(check, options.settingsFile,
                QStringLiteral("cannot be read to check it: %1").arg(file.errorString()));
        }
    }
    qint64 temp = 0;
    if (!options.tempDir.isEmpty()) {
        const QStringList left
            = QDir(options.tempDir)
                  .entryList({ QStringLiteral("relayaudit*"), QStringLiteral("*.relayaudit*") },
                      QDir::Files | QDir::Hidden);
        for (const QString &name : left) {
            ++temp;
            add(check, QDir(options.tempDir).filePath(name),
                QStringLiteral("a Relay Audit file left in the temp folder"));
        }
    }
    check.counts = QJsonObject { { QStringLiteral("settings_checked"), settings },
        { QStringLiteral("temp_files"), temp } };
}

QJsonObject RetentionVerifier::toJson(const QList<Check> &checks)
{
    QJsonArray list;
    bool all = true;
    for (const Check &c : checks) {
        QJsonArray evidence;
        for (const Finding &f : c.evidence)
            evidence.append(QJsonObject {
                { QStringLiteral("where"), f.where }, { QStringLiteral("what"), f.what } });
        list.append(QJsonObject { { QStringLiteral("id"), c.id },
            { QStringLiteral("title"), c.title }, { QStringLiteral("passed"), c.passed },
            { QStringLiteral("findings"), c.findings }, { QStringLiteral("counts"), c.counts },
            { QStringLiteral("elapsed_ms"), c.elapsedMs },
            { QStringLiteral("evidence"), evidence } });
        all = all && c.passed;
    }
    return QJsonObject { { QStringLiteral("passed"), all }, { QStringLiteral("checks"), list } };
}

} // namespace relay::core
