#include "TestSupport.h"
#include "ingest/ReportImporter.h"
#include "reports/IngestSession.h"
#include "reports/ReportCache.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <zlib.h>

using namespace relay::core;
using namespace relay::test;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(RELAYAUDIT_FIXTURES "/") + QLatin1String(name);
}

// The other parties' numbers and the bodies in the fixtures: none may be stored.
const QList<QByteArray> kForbidden { "MARKER-BODY", "+12025550143", "+13125550177", "+14155550166",
    "+16175550188", "+14155552389", "+14155552390", "+14155552391", "+12025550147", "+13055550111",
    "+12125550190", "2025550143", "4155552389" };

qint64 peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestReportCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void twilioPageKeepsOnlyTheAllowList();
    void bulkDayFilePlainAndGzip();
    void telnyxDetailRecords();
    void duplicatesAreRejectedAcrossPulls();
    void breakdownsReadTheRollup();
    void campaignAndBrandComeFromThePullsMapping();
    void ttlBoundaryWithInjectedClock();
    void failedPullExpiresFromItsStart();
    void aPullCompletedDaysLaterStillExpiresFromItsCreation();
    void ttlCannotExceedSevenDays();
    void purgeLeavesNoPagesBehind();
    void malformedLineStopsWithItsNumberAndKeepsEarlierBatches();
    void badFilesGetClearErrors_data();
    void badFilesGetClearErrors();
    void hugeSingleLineFailsWithBoundedMemory();
    void nothingForbiddenInTheDecryptedDatabase();
    void cancelledImportIsNotComplete();
    void telnyxCsvMatchesTheJsonRecords();
    void writingIntoAPurgedPullStoresNothing();
    void schemaTenStoresAMessageOnceAndNeverReusesPullIds();

private:
    qint64 importFiles(
        ReportImporter::Format format, const QStringList &files, const QString &provider = {});
    QList<QStringList> exported(qint64 pullId);
    QString tmp(const char *name) const { return m_tmp->filePath(QLatin1String(name)); }

    std::unique_ptr<QTemporaryDir> m_tmp;
    FakeClock m_clock;
    std::unique_ptr<Workspace> m_ws;
};

void TestReportCache::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC));
    auto ws = Workspace::create(tmp("ws"), WorkspaceMeta::forKeychain(), testKey(9), m_clock);
    QVERIFY(ws.ok());
    m_ws = std::move(ws.value());
}

qint64 TestReportCache::importFiles(
    ReportImporter::Format format, const QStringList &files, const QString &provider)
{
    ReportCache &cache = m_ws->reports();
    ReportCache::NewPull request;
    request.provider = provider.isEmpty() ? ReportImporter::formatName(format) : provider;
    request.account = QStringLiteral("file");
    auto pullId = cache.createPull(request);
    if (!pullId)
        return -1;
    ReportImporter importer(cache);
    const Status status = importer.run(pullId.value(), format, files);
    if (!status) {
        qWarning() << errorMessage(status.error());
        return -1;
    }
    if (!cache.finishPull(pullId.value(), ReportCache::State::Complete))
        return -1;
    return pullId.value();
}

QList<QStringList> TestReportCache::exported(qint64 pullId)
{
    QList<QStringList> rows;
    const Status status = m_ws->reports().forEachRecord(
        ReportCache::Filter::ofPull(pullId), [&rows](const QStringList &row) {
            rows.append(row);
            return true;
        });
    return status ? rows : QList<QStringList> {};
}

void TestReportCache::twilioPageKeepsOnlyTheAllowList()
{
    const qint64 pull
        = importFiles(ReportImporter::Format::TwilioJson, { fixture("twilio/messages_page.json") });
    QVERIFY(pull > 0);
    const QList<QStringList> rows = exported(pull);
    QCOMPARE(rows.size(), 4);
    const QStringList columns = ReportCache::exportColumns();
    QVERIFY(!columns.contains(QStringLiteral("body")));
    QVERIFY(!columns.contains(QStringLiteral("to")));
    const auto col = [&columns](const char *name) { return columns.indexOf(QLatin1String(name)); };

    // Outbound with a messaging service: gateway is `from`.
    const QStringList &first = rows.at(0);
    QCOMPARE(first.at(col("message_id")), QStringLiteral("SMded05904ccb347238880ca9264e8fe1c"));
    QCOMPARE(first.at(col("sender")), QStringLiteral("+15550100101"));
    QCOMPARE(
        first.at(col("messaging_service")), QStringLiteral("MG11111111111111111111111111111111"));
    QCOMPARE(first.at(col("status")), QStringLiteral("delivered"));
    QCOMPARE(first.at(col("segments")), QStringLiteral("1"));
    QCOMPARE(first.at(col("price")), QStringLiteral("-0.00790"));
    QCOMPARE(first.at(col("date_sent")), QStringLiteral("2026-11-02T17:44:50Z"));
    QCOMPARE(first.at(col("channel")), QStringLiteral("sms"));

    // Inbound MMS: the client's number is `to`; the sender's is not kept.
    const QStringList &second = rows.at(1);
    QCOMPARE(second.at(col("message_id")), QStringLiteral("MMc26223853f8c46b4ab7dfaa6abba0a26"));
    QCOMPARE(second.at(col("sender")), QStringLiteral("+15550100102"));
    QCOMPARE(second.at(col("direction")), QStringLiteral("inbound"));
    QCOMPARE(second.at(col("channel")), QStringLiteral("mms"));
    QCOMPARE(second.at(col("media")), QStringLiteral("3"));
    QCOMPARE(second.at(col("price")), QString());

    // WhatsApp, unsent, with an error code: prefix kept, no date_sent.
    const QStringList &third = rows.at(2);
    QCOMPARE(third.at(col("sender")), QStringLiteral("whatsapp:+15550100109"));
    QCOMPARE(third.at(col("channel")), QStringLiteral("whatsapp"));
    QCOMPARE(third.at(col("error_code")), QStringLiteral("30007"));
    QCOMPARE(third.at(col("date_sent")), QString());
    QCOMPARE(third.at(col("segments")), QStringLiteral("2"));

    // Short code, outbound-reply, four segments.
    const QStringList &fourth = rows.at(3);
    QCOMPARE(fourth.at(col("sender")), QStringLiteral("88512"));
    QCOMPARE(fourth.at(col("direction")), QStringLiteral("outbound"));
    QCOMPARE(fourth.at(col("segments")), QStringLiteral("4"));

    for (const QStringList &row : rows) {
        for (const QString &field : row) {
            for (const QByteArray &forbidden : kForbidden)
                QVERIFY2(!field.contains(QLatin1String(forbidden)), qPrintable(field));
        }
    }
}

void TestReportCache::bulkDayFilePlainAndGzip()
{
    const qint64 plain
        = importFiles(ReportImporter::Format::TwilioBulk, { fixture("twilio/bulk_day.jsonl") });
    QVERIFY(plain > 0);
    QList<QStringList> rows = exported(plain);
    QCOMPARE(rows.size(), 3);
    const QStringList columns = ReportCache::exportColumns();
    QCOMPARE(rows.at(1).at(columns.indexOf(QStringLiteral("segments"))), QStringLiteral("3"));
    QCOMPARE(rows.at(1).at(columns.indexOf(QStringLiteral("error_code"))), QStringLiteral("30003"));
    QCOMPARE(rows.at(1).at(columns.indexOf(QStringLiteral("price"))), QStringLiteral("-0.02370"));
    QCOMPARE(
        rows.at(2).at(columns.indexOf(QStringLiteral("sender"))), QStringLiteral("+15550100101"));
    QCOMPARE(rows.at(0).at(columns.indexOf(QStringLiteral("date_created"))),
        QStringLiteral("2026-11-01T03:57:32Z"));

    // The same records gzipped, in a fresh workspace: the same rows.
    const QByteArray content = readAll(fixture("twilio/bulk_day.jsonl"));
    gzFile gz = gzopen(QFile::encodeName(tmp("day.json.gz")).constData(), "wb");
    QVERIFY(gz);
    QCOMPARE(gzwrite(gz, content.constData(), static_cast<unsigned>(content.size())),
        static_cast<int>(content.size()));
    gzclose(gz);
    m_ws.reset();
    QVERIFY(QDir(tmp("ws")).removeRecursively());
    auto ws = Workspace::create(tmp("ws"), WorkspaceMeta::forKeychain(), testKey(9), m_clock);
    QVERIFY(ws.ok());
    m_ws = std::move(ws.value());
    const qint64 gzipped = importFiles(ReportImporter::Format::TwilioBulk, { tmp("day.json.gz") });
    QVERIFY(gzipped > 0);
    QCOMPARE(exported(gzipped), rows);
}

void TestReportCache::telnyxDetailRecords()
{
    const qint64 pull
        = importFiles(ReportImporter::Format::TelnyxMdr, { fixture("telnyx/detail_records.json") });
    QVERIFY(pull > 0);
    const QList<QStringList> rows = exported(pull);
    QCOMPARE(rows.size(), 3);
    const QStringList columns = ReportCache::exportColumns();
    const auto col = [&columns](const char *name) { return columns.indexOf(QLatin1String(name)); };
    QCOMPARE(rows.at(0).at(col("provider")), QStringLiteral("telnyx"));
    QCOMPARE(
        rows.at(0).at(col("message_id")), QStringLiteral("3ca7bd3d-7d82-4e07-9df4-009123068320"));
    QCOMPARE(rows.at(0).at(col("sender")), QStringLiteral("+15550100103")); // cli on outbound
    QCOMPARE(rows.at(0).at(col("segments")), QStringLiteral("2"));
    QCOMPARE(rows.at(0).at(col("price")), QStringLiteral("0.00600"));
    QCOMPARE(rows.at(0).at(col("tags")), QStringLiteral("tag1,tag2,tag3"));
    QCOMPARE(rows.at(0).at(col("messaging_service")),
        QStringLiteral("30ef55db-c4a2-4c4a-9804-a68077973d07"));
    QCOMPARE(rows.at(1).at(col("sender")), QStringLiteral("+15550100104")); // cld on inbound
    QCOMPARE(rows.at(1).at(col("channel")), QStringLiteral("mms"));
    QCOMPARE(
        rows.at(1).at(col("date_created")), QStringLiteral("2026-11-03T11:00:00Z")); // no zone: UTC
    QCOMPARE(rows.at(1).at(col("date_updated")), QStringLiteral("2026-11-03T17:00:09Z")); // -06:00
    QCOMPARE(rows.at(2).at(col("status")), QStringLiteral("gw_reject"));
    QCOMPARE(rows.at(2).at(col("error_code")), QStringLiteral("40008"));
}

void TestReportCache::duplicatesAreRejectedAcrossPulls()
{
    const qint64 first
        = importFiles(ReportImporter::Format::TwilioJson, { fixture("twilio/messages_page.json") });
    QVERIFY(first > 0);
    // The same page twice in one import, and again in a second pull.
    const qint64 second = importFiles(ReportImporter::Format::TwilioJson,
        { fixture("twilio/messages_page.json"), fixture("twilio/messages_page.json") });
    QVERIFY(second > 0);
    auto p1 = m_ws->reports().pull(first);
    auto p2 = m_ws->reports().pull(second);
    QVERIFY(p1.ok() && p2.ok());
    QCOMPARE(p1->records, 4);
    QCOMPARE(p2->records, 0);
    QCOMPARE(p2->duplicates, 8);
    QCOMPARE(
        m_ws->database().queryInt(QStringLiteral("SELECT count(*) FROM report_record")).value(), 4);
}

void TestReportCache::breakdownsReadTheRollup()
{
    QVERIFY(
        importFiles(ReportImporter::Format::TwilioJson, { fixture("twilio/messages_page.json") })
        > 0);
    QVERIFY(
        importFiles(ReportImporter::Format::TwilioBulk, { fixture("twilio/bulk_day.jsonl") }) > 0);
    ReportCache &cache = m_ws->reports();
    const auto rows = [&cache](ReportCache::Dimension by, ReportCache::Filter filter = {}) {
        QMap<QString, QPair<qint64, qint64>> map;
        for (const auto &r : cache.breakdown(by, filter).value())
            map.insert(
                r.key.isNull() ? QStringLiteral("<null>") : r.key, { r.messages, r.segments });
        return map;
    };
    auto day = rows(ReportCache::Dimension::Day);
    // 2026-11-01: the bulk three, the short code (sent 01 Nov), the unsent
    // WhatsApp (created 01 Nov 23:59:58); 2026-11-02: the other two.
    QCOMPARE(day.value(QStringLiteral("2026-11-01")).first, 5);
    QCOMPARE(day.value(QStringLiteral("2026-11-02")).first, 2);
    auto sender = rows(ReportCache::Dimension::Sender);
    QCOMPARE(sender.value(QStringLiteral("+15550100101")).first, 3);
    QCOMPARE(sender.value(QStringLiteral("whatsapp:+15550100109")).second, 2);
    auto segments = rows(ReportCache::Dimension::Segments);
    QCOMPARE(segments.value(QStringLiteral("1")).first, 4);
    QCOMPARE(segments.value(QStringLiteral("4+")).first, 1);
    QCOMPARE(segments.value(QStringLiteral("4+")).second, 4);
    auto error = rows(ReportCache::Dimension::Error);
    QCOMPARE(error.value(QStringLiteral("<null>")).first, 5);
    QCOMPARE(error.value(QStringLiteral("30003")).first, 1);
    auto direction = rows(ReportCache::Dimension::Direction);
    QCOMPARE(direction.value(QStringLiteral("inbound")).first, 2);
    QCOMPARE(direction.value(QStringLiteral("outbound")).first, 5);
    auto channel = rows(ReportCache::Dimension::Channel);
    QCOMPARE(channel.value(QStringLiteral("whatsapp")).first, 1);
    QCOMPARE(channel.value(QStringLiteral("mms")).first, 1);
    auto status = rows(ReportCache::Dimension::StatusOf);
    QCOMPARE(status.value(QStringLiteral("delivered")).first, 2);

    ReportCache::Filter onlyTheSecond;
    onlyTheSecond.from = QDate(2026, 11, 2);
    onlyTheSecond.to = QDate(2026, 11, 2);
    auto filtered = rows(ReportCache::Dimension::Sender, onlyTheSecond);
    QCOMPARE(filtered.size(), 2);
    // Day by status in one query, summing to the one-dimensional counts.
    auto cross
        = cache.crossBreakdown(ReportCache::Dimension::Day, ReportCache::Dimension::StatusOf, {});
    QVERIFY(cross.ok());
    qint64 firstDay = 0;
    for (const auto &c : cross.value()) {
        if (c.first == QLatin1String("2026-11-01"))
            firstDay += c.messages;
    }
    QCOMPARE(firstDay, 5);
    ReportCache::Filter onePull;
    onePull.pullId = 2;
    QCOMPARE(
        rows(ReportCache::Dimension::Direction, onePull).value(QStringLiteral("outbound")).first,
        2);
}

void TestReportCache::campaignAndBrandComeFromThePullsMapping()
{
    ReportCache &cache = m_ws->reports();
    auto pullId = cache.createPull({ QStringLiteral("twilio"), QStringLiteral("ACaaaa"),
        QStringLiteral("Acme"), {}, {}, {}, {} });
    QVERIFY(pullId.ok());
    QVERIFY(cache
                .addMapping(pullId.value(),
                    { QStringLiteral("MG11111111111111111111111111111111"),
                        QStringLiteral("C1A2B3C"), QStringLiteral("B9X8Y7Z") })
                .ok());
    QVERIFY(cache
                .addMapping(pullId.value(),
                    { QStringLiteral("MG44444444444444444444444444444444"), {}, {} })
                .ok());
    ReportImporter importer(cache);
    QVERIFY(importer
                .run(pullId.value(), ReportImporter::Format::TwilioJson,
                    { fixture("twilio/messages_page.json") })
                .ok());
    auto campaigns = cache.breakdown(ReportCache::Dimension::Campaign, {});
    QVERIFY(campaigns.ok());
    QMap<QString, qint64> byCampaign;
    for (const auto &r : campaigns.value())
        byCampaign.insert(r.key.isNull() ? QStringLiteral("<null>") : r.key, r.messages);
    QCOMPARE(byCampaign.value(QStringLiteral("C1A2B3C")), 1);
    QCOMPARE(byCampaign.value(QStringLiteral("<null>")),
        3); // no service, or a service without a campaign
    auto brands = cache.breakdown(ReportCache::Dimension::Brand, {});
    QVERIFY(brands.ok());
    QMap<QString, qint64> byBrand;
    for (const auto &r : brands.value())
        byBrand.insert(r.key.isNull() ? QStringLiteral("<null>") : r.key, r.messages);
    QCOMPARE(byBrand.value(QStringLiteral("B9X8Y7Z")), 1);
    QCOMPARE(byBrand.value(QStringLiteral("<null>")), 3);
    auto mappings = cache.mappings(pullId.value());
    QVERIFY(mappings.ok());
    QCOMPARE(mappings->size(), 2);
}

void TestReportCache::ttlBoundaryWithInjectedClock()
{
    const qint64 pull
        = importFiles(ReportImporter::Format::TwilioJson, { fixture("twilio/messages_page.json") });
    QVERIFY(pull > 0);
    const QDateTime completed = m_clock.nowUtc();
    auto p = m_ws->reports().pull(pull);
    QVERIFY(p.ok());
    QCOMPARE(p->expires, completed.addDays(7));

    m_clock.set(completed.addDays(6).addSecs(23 * 3600));
    auto purged = m_ws->purgeExpired();
    QVERIFY(purged.ok());
    QCOMPARE(purged.value(), 0);
    QVERIFY(m_ws->reports().pull(pull).ok());

    m_clock.set(completed.addDays(7).addSecs(-1));
    QCOMPARE(m_ws->purgeExpired().value(), 0);

    m_clock.set(completed.addDays(7));
    QCOMPARE(m_ws->purgeExpired().value(), 1);
    QVERIFY(!m_ws->reports().pull(pull).ok());
    QCOMPARE(
        m_ws->database().queryInt(QStringLiteral("SELECT count(*) FROM report_record")).value(), 0);
    QCOMPARE(
        m_ws->database().queryInt(QStringLiteral("SELECT count(*) FROM report_rollup")).value(), 0);
    // The sending numbers, services, statuses of the purged pull go too.
    QCOMPARE(m_ws->database()
                 .queryInt(QStringLiteral("SELECT count(*) FROM report_dict WHERE kind <> 7"))
                 .value(),
        0);
    auto log = m_ws->reports().purgeLog();
    QVERIFY(log.ok());
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->first().pullId, pull);
    QCOMPARE(log->first().records, 4);
    QCOMPARE(log->first().reason, QStringLiteral("ttl"));
    auto activity = m_ws->activityLog().entries();
    QVERIFY(activity.ok());
    QCOMPARE(activity->last().action, QStringLiteral("report.purge"));
}

void TestReportCache::failedPullExpiresFromItsStart()
{
    ReportCache &cache = m_ws->reports();
    auto pullId
        = cache.createPull({ QStringLiteral("twilio"), QStringLiteral("AC1"), {}, {}, {}, {}, {} });
    QVERIFY(pullId.ok());
    const QDateTime started = m_clock.nowUtc();
    m_clock.advance(3 * 86400 * 1000LL);
    QVERIFY(cache.finishPull(pullId.value(), ReportCache::State::Failed, QStringLiteral("HTTP 500"))
                .ok());
    auto p = cache.pull(pullId.value());
    QVERIFY(p.ok());
    QCOMPARE(p->expires, started.addDays(7));
    QCOMPARE(p->error, QStringLiteral("HTTP 500"));
    m_clock.set(started.addDays(7));
    QCOMPARE(m_ws->purgeExpired().value(), 1);
}

// Interrupted, resumed and completed three days later: still gone seven
// days after it was created.
void TestReportCache::aPullCompletedDaysLaterStillExpiresFromItsCreation()
{
    ReportCache &cache = m_ws->reports();
    auto pullId
        = cache.createPull({ QStringLiteral("twilio"), QStringLiteral("AC1"), {}, {}, {}, {}, {} });
    QVERIFY(pullId.ok());
    const QDateTime created = m_clock.nowUtc();
    QVERIFY(cache.finishPull(pullId.value(), ReportCache::State::Cancelled).ok());
    m_clock.advance(3 * 86400 * 1000LL);
    QVERIFY(cache.finishPull(pullId.value(), ReportCache::State::Complete).ok());
    auto p = cache.pull(pullId.value());
    QVERIFY(p.ok());
    QCOMPARE(p->completed, m_clock.nowUtc());
    QCOMPARE(p->expires, created.addDays(7));
    m_clock.set(created.addDays(7).addSecs(-1));
    QCOMPARE(m_ws->purgeExpired().value(), 0);
    m_clock.set(created.addDays(7));
    QCOMPARE(m_ws->purgeExpired().value(), 1);
}

void TestReportCache::ttlCannotExceedSevenDays()
{
    ReportCache &cache = m_ws->reports();
    QCOMPARE(cache.ttlDays().value(), 7);
    QVERIFY(!cache.setTtlDays(8).ok());
    QVERIFY(!cache.setTtlDays(0).ok());
    QCOMPARE(cache.ttlDays().value(), 7);
    QVERIFY(cache.setTtlDays(2).ok());
    const qint64 pull
        = importFiles(ReportImporter::Format::TwilioJson, { fixture("twilio/messages_page.json") });
    QCOMPARE(cache.pull(pull)->expires, m_clock.nowUtc().addDays(2));
    // Even a value written behind the API's back is clamped to 7.
    QVERIFY(
        m_ws->database()
            .exec(QStringLiteral("UPDATE report_setting SET value = '30' WHERE key = 'ttl_days'"))
            .ok());
    QCOMPARE(cache.ttlDays().value(), 7);
}

void TestReportCache::purgeLeavesNoPagesBehind()
{
    // Enough records for many pages, then a purge.
    QFile file(tmp("many.jsonl"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 5000; ++i) {
        file.write(QStringLiteral(
            "{\"sid\": \"SM%1\", \"from\": \"+15550100101\", \"to\": \"+12025550143\", "
            "\"body\": \"MARKER-BODY %2\", \"status\": \"delivered\", \"direction\": "
            "\"outbound-api\", \"num_segments\": 1, \"date_created\": \"2026-11-01T00:00:00Z\"}\n")
                       .arg(i, 32, 16, QLatin1Char('0'))
                       .arg(i)
                       .toUtf8());
    }
    file.close();
    const qint64 pull = importFiles(ReportImporter::Format::TwilioBulk, { file.fileName() });
    QVERIFY(pull > 0);
    const qint64 before = QFileInfo(tmp("ws/workspace.db")).size();
    QVERIFY(m_ws->database().queryInt(QStringLiteral("PRAGMA secure_delete")).value() == 1);
    // The deletion and its activity entry are one transaction: when the
    // entry cannot be written, nothing is deleted.
    const auto entries = [this] { return m_ws->activityLog().entries()->size(); };
    const qsizetype logged = entries();
    auto refused
        = m_ws->reports().purge(false, pull, {}, [](const ReportCache::PurgeResult &) -> Status {
              return makeError(ErrorCode::Io, QStringLiteral("the log is full"));
          });
    QVERIFY(!refused.ok());
    QCOMPARE(entries(), logged);
    QCOMPARE(m_ws->reports().pulls()->size(), 1);
    QVERIFY(m_ws->reports().purgeLog()->isEmpty());
    auto purged = m_ws->purgePulls(pull);
    QVERIFY(purged.ok());
    QCOMPARE(entries(), logged + 1);
    QCOMPARE(m_ws->activityLog().entries()->constLast().action, QStringLiteral("report.purge"));
    QVERIFY(m_ws->activityLog().verify()->intact);
    QCOMPARE(purged->first().records, 5000);
    QCOMPARE(m_ws->database().queryInt(QStringLiteral("PRAGMA freelist_count")).value(), 0);
    const qint64 after = QFileInfo(tmp("ws/workspace.db")).size();
    QVERIFY2(after < before / 2, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QCOMPARE(m_ws->reports().purgeLog()->first().reason, QStringLiteral("manual"));
}

void TestReportCache::malformedLineStopsWithItsNumberAndKeepsEarlierBatches()
{
    QFile file(tmp("broken.jsonl"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 10; ++i) {
        file.write(QStringLiteral(
            "{\"sid\": \"SM%1\", \"from\": \"+15550100101\", \"to\": \"+12025550143\", "
            "\"status\": \"delivered\", \"direction\": \"outbound-api\", \"num_segments\": 1}\n")
                       .arg(i, 32, 16, QLatin1Char('0'))
                       .toUtf8());
    }
    file.write("{\"sid\": \"SM_broken\", \"status\": \n");
    file.close();
    ReportCache &cache = m_ws->reports();
    auto pullId = cache.createPull(
        { QStringLiteral("twilio-bulk"), QStringLiteral("file"), {}, {}, {}, {}, {} });
    QVERIFY(pullId.ok());
    ReportImporter importer(cache);
    importer.setBatchSize(4);
    const Status status
        = importer.run(pullId.value(), ReportImporter::Format::TwilioBulk, { file.fileName() });
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::InvalidInput);
    QVERIFY2(status.error().detail.contains(QLatin1String("broken.jsonl line 11")),
        qPrintable(status.error().detail));
    QCOMPARE(cache.pull(pullId.value())->records, 10);
}

void TestReportCache::badFilesGetClearErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("message");
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00",
        16) << int(ReportImporter::Format::TwilioBulk)
                            << QStringLiteral("line 1: binary data");
    QTest::newRow("not an object")
        << QByteArray("[1, 2, 3]\n") << int(ReportImporter::Format::TwilioBulk)
        << QStringLiteral("line 1: not valid JSON");
    QTest::newRow("no sid") << QByteArray(
        "{\"status\": \"sent\", \"direction\": \"outbound-api\", \"from\": \"+15550100101\"}\n")
                            << int(ReportImporter::Format::TwilioBulk)
                            << QStringLiteral("no \"sid\"");
    QTest::newRow("segments not a count")
        << QByteArray("{\"sid\": \"SMx\", \"status\": \"sent\", \"direction\": \"outbound-api\", "
                      "\"from\": \"+1\", \"num_segments\": \"two\"}\n")
        << int(ReportImporter::Format::TwilioBulk)
        << QStringLiteral("\"num_segments\" is not a count");
    QTest::newRow("bad date") << QByteArray(
        "{\"sid\": \"SMx\", \"status\": \"sent\", \"direction\": \"outbound-api\", \"from\": "
        "\"+1\", \"date_sent\": \"yesterday\"}\n")
                              << int(ReportImporter::Format::TwilioBulk)
                              << QStringLiteral(
                                     "\"date_sent\" is not an RFC 2822 or ISO 8601 date");
    QTest::newRow("page without messages")
        << QByteArray("{\"data\": []}") << int(ReportImporter::Format::TwilioJson)
        << QStringLiteral("no \"messages\" array");
    QTest::newRow("truncated page")
        << QByteArray("{\"messages\": [{\"sid\": \"SM") << int(ReportImporter::Format::TwilioJson)
        << QStringLiteral("not valid JSON");
    QTest::newRow("gzip garbage") << QByteArray("\x1f\x8b\x08\x00garbagegarbagegarbage", 25)
                                  << int(ReportImporter::Format::TwilioBulk)
                                  << QStringLiteral("gzip");
}

void TestReportCache::badFilesGetClearErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(int, format);
    QFETCH(QString, message);
    QFile file(tmp("bad.input"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    ReportCache &cache = m_ws->reports();
    auto pullId
        = cache.createPull({ QStringLiteral("x"), QStringLiteral("file"), {}, {}, {}, {}, {} });
    QVERIFY(pullId.ok());
    ReportImporter importer(cache);
    const Status status = importer.run(
        pullId.value(), static_cast<ReportImporter::Format>(format), { file.fileName() });
    QVERIFY(!status.ok());
    QVERIFY2(status.error().detail.contains(message), qPrintable(status.error().detail));
    QCOMPARE(cache.pull(pullId.value())->records, 0);
}

void TestReportCache::hugeSingleLineFailsWithBoundedMemory()
{
    // 200 MB on one line, as the issue asks: refused at the 1 MiB line limit,
    // without reading it into memory.
    QFile file(tmp("oneline.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray block(1 << 20, 'x');
    file.write("{\"sid\": \"");
    for (int i = 0; i < 200; ++i)
        file.write(block);
    file.close();
    const qint64 peakBefore = peakRssKiB();
    ReportCache &cache = m_ws->reports();
    auto pullId = cache.createPull(
        { QStringLiteral("twilio-bulk"), QStringLiteral("file"), {}, {}, {}, {}, {} });
    QVERIFY(pullId.ok());
    ReportImporter importer(cache);
    const Status status
        = importer.run(pullId.value(), ReportImporter::Format::TwilioBulk, { file.fileName() });
    QVERIFY(!status.ok());
    QVERIFY2(status.error().detail.contains(QLatin1String("line 1: the line is longer than 1 MiB")),
        qPrintable(status.error().detail));
    const qint64 grewKiB = peakRssKiB() - peakBefore;
    QVERIFY2(
        grewKiB < 64 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(grewKiB)));
    QFile::remove(file.fileName());
}

void TestReportCache::nothingForbiddenInTheDecryptedDatabase()
{
    QVERIFY(
        importFiles(ReportImporter::Format::TwilioJson, { fixture("twilio/messages_page.json") })
        > 0);
    QVERIFY(
        importFiles(ReportImporter::Format::TwilioBulk, { fixture("twilio/bulk_day.jsonl") }) > 0);
    QVERIFY(
        importFiles(ReportImporter::Format::TelnyxMdr, { fixture("telnyx/detail_records.json") })
        > 0);
    // Every text and blob value of every table, decrypted.
    Database &db = m_ws->database();
    auto tables = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QVERIFY(tables.ok());
    QStringList names;
    while (tables->step().value())
        names.append(tables->text(0));
    tables = Statement();
    int values = 0;
    for (const QString &table : names) {
        auto rows = db.prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QVERIFY(rows.ok());
        while (rows->step().value()) {
            for (int c = 0; c < 24; ++c) {
                const QByteArray value = rows->blob(c);
                ++values;
                for (const QByteArray &forbidden : kForbidden)
                    QVERIFY2(!value.contains(forbidden),
                        qPrintable(table + QStringLiteral(": ") + QString::fromUtf8(value)));
            }
        }
    }
    QVERIFY(values > 100);
    const QByteArray raw = readAll(tmp("ws/workspace.db"));
    for (const QByteArray &forbidden : kForbidden)
        QVERIFY(!raw.contains(forbidden));
}

void TestReportCache::cancelledImportIsNotComplete()
{
    ReportCache &cache = m_ws->reports();
    for (auto format : { ReportImporter::Format::TwilioBulk, ReportImporter::Format::TwilioJson }) {
        auto pullId
            = cache.createPull({ QStringLiteral("x"), QStringLiteral("file"), {}, {}, {}, {}, {} });
        QVERIFY(pullId.ok());
        ReportImporter importer(cache);
        std::atomic_bool cancel { true };
        importer.setCancelFlag(&cancel);
        const Status status = importer.run(pullId.value(), format,
            { fixture(format == ReportImporter::Format::TwilioBulk
                    ? "twilio/bulk_day.jsonl"
                    : "twilio/messages_page.json") });
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Cancelled);
    }
}

void TestReportCache::telnyxCsvMatchesTheJsonRecords()
{
    const qint64 json
        = importFiles(ReportImporter::Format::TelnyxMdr, { fixture("telnyx/detail_records.json") });
    QVERIFY(json > 0);
    QList<QStringList> fromJson = exported(json);
    QVERIFY(m_ws->reports().purge(false, json).ok());
    const qint64 csv
        = importFiles(ReportImporter::Format::TelnyxMdr, { fixture("telnyx/mdr.csv") });
    QVERIFY(csv > 0);
    QList<QStringList> fromCsv = exported(csv);
    QCOMPARE(fromCsv.size(), 3);
    const int profile = static_cast<int>(
        ReportCache::exportColumns().indexOf(QStringLiteral("messaging_service")));
    const int updated
        = static_cast<int>(ReportCache::exportColumns().indexOf(QStringLiteral("date_updated")));
    for (QList<QStringList> *rows : { &fromJson, &fromCsv }) {
        for (QStringList &row : *rows) {
            row.removeFirst(); // pull id
            row[profile - 1].clear(); // the CSV's third record names no profile
            row[updated - 1].clear(); // the JSON fixture has an offset the CSV does not
        }
    }
    QCOMPARE(fromCsv, fromJson);
    for (const QStringList &row : std::as_const(fromCsv)) {
        for (const QString &field : row)
            QVERIFY(!field.contains(QLatin1String("55501"))
                || field.startsWith(QLatin1String("+155501")));
    }

    QFile bad(tmp("bad.csv"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("When,Who,What\n2026-11-01,someone,something\n");
    bad.close();
    auto pullId = m_ws->reports().createPull(
        { QStringLiteral("telnyx-mdr"), QStringLiteral("file"), {}, {}, {}, {}, {} });
    ReportImporter importer(m_ws->reports());
    const Status status
        = importer.run(pullId.value(), ReportImporter::Format::TelnyxMdr, { bad.fileName() });
    QVERIFY(!status.ok());
    QVERIFY2(status.error().detail.contains(
                 QLatin1String("row 1: the CSV header has no message id column")),
        qPrintable(status.error().detail));
}

void TestReportCache::writingIntoAPurgedPullStoresNothing()
{
    ReportCache &cache = m_ws->reports();
    auto pullId = cache.createPull(
        { QStringLiteral("twilio-bulk"), QStringLiteral("file"), {}, {}, {}, {}, {} });
    QVERIFY(pullId.ok());
    auto session = cache.ingest(pullId.value());
    QVERIFY(session.ok());
    QVERIFY(cache.purge(false, pullId.value()).ok()); // deleted under the session's feet
    UsageRecordView record;
    record.messageId = "SM00000000000000000000000000000001";
    record.gateway = "+15550100101";
    record.status = "delivered";
    session.value()->add(record);
    const auto status = session.value()->commit(QStringLiteral("x"), 1);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::NotFound);
    QCOMPARE(
        m_ws->database().queryInt(QStringLiteral("SELECT count(*) FROM report_record")).value(), 0);
    QCOMPARE(
        m_ws->database().queryInt(QStringLiteral("SELECT count(*) FROM report_rollup")).value(), 0);
}

// A workspace written before schema 10: two imports at once stored message
// "B" twice, and pull 5 was purged (it is only in the purge log).
void TestReportCache::schemaTenStoresAMessageOnceAndNeverReusesPullIds()
{
    const Migration before[] = { { 1, ReportCache::schemaSql() }, { 2, ReportCache::tagsSql() },
        { 3, ReportCache::ownerSql() } };
    const Migration after[] = { { 1, ReportCache::schemaSql() }, { 2, ReportCache::tagsSql() },
        { 3, ReportCache::ownerSql() }, { 4, ReportCache::uniqueSql() } };
    auto db = Database::open(tmp("old.db"), testKey(4), Database::OpenMode::CreateNew);
    QVERIFY(db.ok());
    QVERIFY(migrate(db.value(), before).ok());
    const auto exec = [&](const char *sql) {
        const Status status = db->exec(QString::fromLatin1(sql));
        QVERIFY2(status.ok(), sql);
    };
    exec("INSERT INTO report_pull (id, provider, account, client, senders, state, records, "
         "segments, created_ms, requested_by) VALUES "
         "(1, 'twilio-bulk', 'file', 'acme', '', 'complete', 2, 3, 1, 'ana'), "
         "(2, 'twilio-bulk', 'file', 'acme', '', 'complete', 2, 5, 2, 'ana')");
    exec("INSERT INTO report_purge_log (pull_id, at_ms, reason, records, rollups, aggregates, "
         "mappings) VALUES (5, 3, 'ttl', 10, 1, 0, 0)");
    exec("INSERT INTO report_record (pull_id, provider, msg_id, gateway, status, direction, "
         "channel, segments, media, sent_at) VALUES "
         "(1, 1, 'A', 1, 1, 1, 1, 1, 0, 86400), (1, 1, 'B', 1, 1, 1, 1, 2, 0, 86400), "
         "(2, 1, 'B', 1, 1, 1, 1, 2, 0, 86400), (2, 1, 'C', 1, 1, 1, 1, 3, 0, -1)");
    exec("INSERT INTO report_rollup (pull_id, day, gateway, status, direction, channel, "
         "segments, messages, segments_total) VALUES "
         "(1, 1, 1, 1, 1, 1, 1, 1, 1), (1, 1, 1, 1, 1, 1, 2, 1, 2), "
         "(2, 1, 1, 1, 1, 1, 2, 1, 2), (2, -1, 1, 1, 1, 1, 3, 1, 3)");
    QVERIFY(migrate(db.value(), after).ok());

    const auto count
        = [&](const char *sql) { return db->queryInt(QString::fromLatin1(sql)).value(); };
    QCOMPARE(count("SELECT count(*) FROM report_record"), 3);
    QCOMPARE(count("SELECT count(*) FROM report_record WHERE msg_id = 'B'"), 1);
    QCOMPARE(count("SELECT pull_id FROM report_record WHERE msg_id = 'B'"), 1);
    // Pull 2's counts and roll-up hold only what it stored: C, on the day
    // before the epoch (floor, not truncation).
    QCOMPARE(count("SELECT records FROM report_pull WHERE id = 2"), 1);
    QCOMPARE(count("SELECT segments FROM report_pull WHERE id = 2"), 3);
    QCOMPARE(count("SELECT count(*) FROM report_rollup WHERE pull_id = 2"), 1);
    QCOMPARE(count("SELECT day FROM report_rollup WHERE pull_id = 2"), -1);
    QCOMPARE(count("SELECT count(*) FROM report_rollup WHERE pull_id = 1"), 2);
    QCOMPARE(count("SELECT records FROM report_pull WHERE id = 1"), 2);

    // A second copy is refused by the index.
    QVERIFY(!db->exec(QStringLiteral("INSERT INTO report_record (pull_id, provider, msg_id, "
                                     "gateway, status, direction, channel, segments, media) "
                                     "VALUES (2, 1, 'A', 1, 1, 1, 1, 1, 0)"))
                 .ok());
    // The next pull is 6, past the purged 5; deleting the newest does not
    // give its id out again.
    ReportCache cache(db.value(), m_clock);
    ReportCache::NewPull request;
    request.provider = QStringLiteral("twilio");
    request.account = QStringLiteral("AC1");
    request.client = QStringLiteral("acme");
    auto six = cache.createPull(request);
    QVERIFY(six.ok());
    QCOMPARE(six.value(), 6);
    exec("DELETE FROM report_pull WHERE id = 6");
    auto seven = cache.createPull(request);
    QVERIFY(seven.ok());
    QCOMPARE(seven.value(), 7);
}

QTEST_GUILESS_MAIN(TestReportCache)
#include "tst_reportcache.moc"
