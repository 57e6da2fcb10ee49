// Filters, the windowed records queries and the exports, checked against
// counts computed independently from generated data.
#include "TestSupport.h"

#include "exports/ReportExport.h"
#include "providers/ErrorCatalog.h"
#include "reports/IngestSession.h"
#include "reports/ReportCache.h"
#include "workspace/Workspace.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace relay::core;
using relay::test::FakeClock;

namespace {

struct Generated {
    qint64 pull;
    QString provider; // twilio / telnyx
    std::string id;
    std::string gateway;
    std::string service;
    QString campaign; // null: none
    QString brand;
    std::string status;
    Direction direction;
    Channel channel;
    int segments;
    int error; // 0: none
    qint64 sent;
};

const char *const kGateways[]
    = { "+15550100001", "+15550100002", "88512", "whatsapp:+15550100003", "+15550100004" };
const char *const kServices[] = { "MG00000000000000000000000000000001",
    "MG00000000000000000000000000000002", "MG00000000000000000000000000000003", "" };
const char *const kStatuses[] = { "delivered", "undelivered", "failed", "sent", "received" };
const int kErrors[] = { 0, 0, 0, 30003, 30007, 21610 };

} // namespace

class TestReportFilters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filtersMatchIndependentCounts();
    void recordIdsSortAndRecordsKeepTheOrder();
    void textFilterFindsIdsAndGateways();
    void csvQuotingAndInjection_data();
    void csvQuotingAndInjection();
    void jsonExportHasHeaderBreakdownsAndRecords();
    void errorBreakdownCarriesDescriptions();
    void badFilterValuesMatchNothing();
    void coverageOfOverlappingPullsIsComplete();

private:
    static bool matches(const Generated &g, const ReportCache::Filter &f);
    QList<Generated> m_data;
    std::unique_ptr<QTemporaryDir> m_tmp;
    FakeClock m_clock;
    std::unique_ptr<Workspace> m_ws;
};

bool TestReportFilters::matches(const Generated &g, const ReportCache::Filter &f)
{
    const QDate epoch(1970, 1, 1);
    const qint64 day = g.sent / 86400;
    const auto same = [](const QString &want, const QString &have) {
        return want.isNull() || (want.isEmpty() ? have.isEmpty() : want == have);
    };
    return (f.pullId == 0 || f.pullId == g.pull)
        && (!f.from.isValid() || day >= epoch.daysTo(f.from))
        && (!f.to.isValid() || day <= epoch.daysTo(f.to))
        && same(f.gateway, QString::fromStdString(g.gateway))
        && same(f.service, QString::fromStdString(g.service)) && same(f.campaign, g.campaign)
        && same(f.brand, g.brand) && same(f.status, QString::fromStdString(g.status))
        && (!f.direction || *f.direction == g.direction) && (!f.channel || *f.channel == g.channel);
}

void TestReportFilters::initTestCase()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC));
    auto ws = Workspace::create(m_tmp->filePath(QStringLiteral("ws")), WorkspaceMeta::forKeychain(),
        relay::test::testKey(3), m_clock);
    QVERIFY(ws.ok());
    m_ws = std::move(ws.value());
    ReportCache &cache = m_ws->reports();

    std::mt19937_64 random(20261127);
    const auto pick
        = [&random](int n) { return static_cast<int>(random() % static_cast<quint64>(n)); };
    const qint64 firstDay = QDate(1970, 1, 1).daysTo(QDate(2026, 10, 1)) * 86400;
    for (int p = 0; p < 3; ++p) {
        ReportCache::NewPull request;
        request.provider = p == 2 ? QStringLiteral("telnyx") : QStringLiteral("twilio");
        request.account = QStringLiteral("file");
        request.client = QStringLiteral("Client %1").arg(p);
        auto pullId = cache.createPull(request);
        QVERIFY(pullId.ok());
        auto session = cache.ingest(pullId.value());
        QVERIFY(session.ok());
        // Services 1 and 2 have campaigns; 3 and "none" do not.
        QMap<QString, std::pair<QString, QString>> campaigns;
        if (p != 2) {
            session.value()->setMapping(kServices[0], "CAAAAAA", "BAAAAAA");
            session.value()->setMapping(kServices[1], "CBBBBBB", "BAAAAAA");
            campaigns.insert(QLatin1String(kServices[0]),
                { QStringLiteral("CAAAAAA"), QStringLiteral("BAAAAAA") });
            campaigns.insert(QLatin1String(kServices[1]),
                { QStringLiteral("CBBBBBB"), QStringLiteral("BAAAAAA") });
        } else {
            session.value()->setMapping(kGateways[0], "CTTTTTT", "BTTTTTT");
        }
        for (int i = 0; i < 4000; ++i) {
            Generated g;
            g.pull = pullId.value();
            g.provider = p == 2 ? QStringLiteral("telnyx") : QStringLiteral("twilio");
            char id[40];
            if (p == 2) {
                std::snprintf(id, sizeof id, "40000000-0000-4000-8000-%012d", i);
            } else {
                std::snprintf(id, sizeof id, "SM%02d%030d", p, i);
            }
            g.id = id;
            g.gateway = kGateways[pick(5)];
            g.service = kServices[pick(4)];
            if (p == 2 && g.gateway == kGateways[0]) {
                g.campaign = QStringLiteral("CTTTTTT");
                g.brand = QStringLiteral("BTTTTTT");
            } else if (p != 2 && campaigns.contains(QString::fromStdString(g.service))) {
                g.campaign = campaigns.value(QString::fromStdString(g.service)).first;
                g.brand = campaigns.value(QString::fromStdString(g.service)).second;
            }
            g.status = kStatuses[pick(5)];
            g.direction = g.status == "received" ? Direction::Inbound : Direction::Outbound;
            g.channel = g.gateway.starts_with("whatsapp:") ? Channel::WhatsApp
                                                           : static_cast<Channel>(pick(2));
            g.segments = 1 + pick(6);
            g.error = kErrors[pick(6)];
            g.sent = firstDay + pick(30 * 86400);
            UsageRecordView view;
            view.provider = p == 2 ? ProviderFamily::Telnyx : ProviderFamily::Twilio;
            view.messageId = g.id;
            view.gateway = g.gateway;
            view.service = g.service;
            view.status = g.status;
            view.direction = g.direction;
            view.channel = g.channel;
            view.segments = g.segments;
            view.errorCode = g.error == 0 ? UsageRecordView::kNoError : g.error;
            view.createdAt = g.sent - 5;
            view.sentAt = g.sent;
            session.value()->add(view);
            m_data.append(g);
        }
        const auto committed = session.value()->commit(QStringLiteral(""), 1);
        QVERIFY2(committed.ok(), committed ? "" : qPrintable(errorMessage(committed.error())));
        QVERIFY(cache.finishPull(pullId.value(), ReportCache::State::Complete).ok());
    }
}

void TestReportFilters::filtersMatchIndependentCounts()
{
    ReportCache &cache = m_ws->reports();
    std::mt19937_64 random(7);
    const auto pick
        = [&random](int n) { return static_cast<int>(random() % static_cast<quint64>(n)); };
    const QList<ReportCache::Dimension> dimensions { ReportCache::Dimension::StatusOf,
        ReportCache::Dimension::Campaign, ReportCache::Dimension::Sender,
        ReportCache::Dimension::Day };
    for (int trial = 0; trial < 40; ++trial) {
        ReportCache::Filter f;
        if (pick(3) == 0)
            f.pullId = 1 + pick(3);
        if (pick(2) == 0) {
            f.from = QDate(2026, 10, 1).addDays(pick(15));
            f.to = f.from.addDays(pick(15));
        }
        if (pick(3) == 0)
            f.gateway = QLatin1String(kGateways[pick(5)]);
        if (pick(4) == 0)
            f.campaign = pick(3) == 0 ? QStringLiteral("") : QStringLiteral("CAAAAAA");
        if (pick(4) == 0)
            f.brand = QStringLiteral("BAAAAAA");
        if (pick(3) == 0)
            f.status = QLatin1String(kStatuses[pick(5)]);
        if (pick(4) == 0)
            f.direction = static_cast<Direction>(pick(2));
        if (pick(4) == 0)
            f.channel = static_cast<Channel>(pick(3));
        if (pick(5) == 0)
            f.service = pick(2) == 0 ? QStringLiteral("") : QLatin1String(kServices[1]);

        qint64 messages = 0, segments = 0;
        QMap<QString, qint64> byStatus, byCampaign, bySender, byDay;
        for (const Generated &g : std::as_const(m_data)) {
            if (!matches(g, f))
                continue;
            ++messages;
            segments += g.segments;
            byStatus[QString::fromStdString(g.status)] += g.segments;
            byCampaign[g.campaign] += g.segments;
            bySender[QString::fromStdString(g.gateway)] += g.segments;
            byDay[QDate(1970, 1, 1).addDays(g.sent / 86400).toString(Qt::ISODate)] += g.segments;
        }
        auto totals = cache.totals(f);
        QVERIFY(totals.ok());
        QCOMPARE(totals->messages, messages);
        QCOMPARE(totals->segments, segments);
        auto ids = cache.recordIds(f, 0, Qt::AscendingOrder);
        QVERIFY(ids.ok());
        QCOMPARE(static_cast<qint64>(ids->size()), messages);
        const QList<QMap<QString, qint64> *> expected { &byStatus, &byCampaign, &bySender, &byDay };
        for (qsizetype d = 0; d < dimensions.size(); ++d) {
            auto rows = cache.breakdown(dimensions.at(d), f);
            QVERIFY(rows.ok());
            QMap<QString, qint64> got;
            for (const auto &r : rows.value())
                got[r.key.isNull() ? QString() : r.key] = r.segments;
            QCOMPARE(got, *expected.at(d));
        }
    }
}

void TestReportFilters::recordIdsSortAndRecordsKeepTheOrder()
{
    ReportCache &cache = m_ws->reports();
    const int statusColumn
        = static_cast<int>(ReportCache::exportColumns().indexOf(QStringLiteral("status")));
    const int segmentsColumn
        = static_cast<int>(ReportCache::exportColumns().indexOf(QStringLiteral("segments")));
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        for (const int column : { statusColumn, segmentsColumn }) {
            auto ids = cache.recordIds({}, column, order);
            QVERIFY(ids.ok());
            QCOMPARE(static_cast<qsizetype>(ids->size()), m_data.size());
            // Three windows: start, middle, end.
            for (const std::size_t start :
                { std::size_t { 0 }, ids->size() / 2, ids->size() - 100 }) {
                const std::vector<qint64> window(ids->begin() + static_cast<std::ptrdiff_t>(start),
                    ids->begin() + static_cast<std::ptrdiff_t>(start + 100));
                auto rows = cache.records(window);
                QVERIFY(rows.ok());
                QCOMPARE(rows->size(), 100);
                for (qsizetype i = 1; i < rows->size(); ++i) {
                    const QString a = rows->at(i - 1).at(column);
                    const QString b = rows->at(i).at(column);
                    const bool inOrder = column == segmentsColumn
                        ? (order == Qt::AscendingOrder ? a.toInt() <= b.toInt()
                                                       : a.toInt() >= b.toInt())
                        : (order == Qt::AscendingOrder ? a <= b : a >= b);
                    QVERIFY2(inOrder, qPrintable(a + QStringLiteral(" then ") + b));
                }
            }
        }
    }
    // The order asked for is the order returned; unknown ids give empty rows.
    auto rows = cache.records({ 3, 1, 999999, 2 });
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 4);
    QCOMPARE(rows->at(0).at(2), QString::fromStdString(m_data.at(2).id));
    QCOMPARE(rows->at(1).at(2), QString::fromStdString(m_data.at(0).id));
    QVERIFY(rows->at(2).isEmpty());
    QCOMPARE(rows->at(3).at(2), QString::fromStdString(m_data.at(1).id));
}

void TestReportFilters::textFilterFindsIdsAndGateways()
{
    ReportCache &cache = m_ws->reports();
    for (const qsizetype index : { qsizetype { 5 }, qsizetype { 4000 * 2 + 17 } }) {
        ReportCache::Filter f;
        f.text = QString::fromStdString(m_data.at(index).id);
        auto ids = cache.recordIds(f, 0, Qt::AscendingOrder);
        QVERIFY(ids.ok());
        QCOMPARE(ids->size(), std::size_t { 1 });
        auto rows = cache.records(ids.value());
        QVERIFY(rows.ok());
        QCOMPARE(rows->first().at(2), f.text);
    }
    ReportCache::Filter part;
    part.text = QStringLiteral("WHATSAPP:"); // case-insensitive part of a gateway
    qint64 expected = 0;
    for (const Generated &g : std::as_const(m_data))
        expected += g.gateway.starts_with("whatsapp:") ? 1 : 0;
    auto ids = cache.recordIds(part, 0, Qt::AscendingOrder);
    QVERIFY(ids.ok());
    QCOMPARE(static_cast<qint64>(ids->size()), expected);
    part.text = QStringLiteral("SM99000000000000000000000000000000");
    ids = cache.recordIds(part, 0, Qt::AscendingOrder);
    QVERIFY(ids.ok());
    QVERIFY(ids->empty());
}

void TestReportFilters::csvQuotingAndInjection_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("csv");
    QTest::newRow("plain") << QStringLiteral("delivered") << QStringLiteral("delivered");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")")
                             << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("\"'@SUM(A1)\"");
    QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("\"'\tx\"");
    QTest::newRow("cr") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
    QTest::newRow("plus-expression")
        << QStringLiteral("+1+cmd|' /C calc'!A0") << QStringLiteral("\"'+1+cmd|' /C calc'!A0\"");
    QTest::newRow("minus-expression") << QStringLiteral("-2+3") << QStringLiteral("\"'-2+3\"");
    QTest::newRow("e164 kept") << QStringLiteral("+15550100001") << QStringLiteral("+15550100001");
    QTest::newRow("negative price kept")
        << QStringLiteral("-0.00790") << QStringLiteral("-0.00790");
    QTest::newRow("empty") << QString() << QString();
}

void TestReportFilters::csvQuotingAndInjection()
{
    QFETCH(QString, field);
    QFETCH(QString, csv);
    QCOMPARE(ReportExport::csvField(field), csv);
    QCOMPARE(ReportExport::csvLine({ field, QStringLiteral("x") }),
        (csv + QStringLiteral(",x\r\n")).toUtf8());
}

void TestReportFilters::jsonExportHasHeaderBreakdownsAndRecords()
{
    ReportCache &cache = m_ws->reports();
    ReportCache::Filter f = ReportCache::Filter::ofPull(2);
    f.status = QStringLiteral("delivered");
    auto header = ReportExport::header(cache, f, m_clock.nowUtc(), QStringLiteral("9.9.9"));
    QVERIFY(header.ok());
    QCOMPARE(header->client, QStringLiteral("Client 1"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto rows
        = ReportExport::writeRecords(cache, f, ReportExport::Format::Json, header.value(), buffer);
    QVERIFY(rows.ok());
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(buffer.data(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject h = root.value(QStringLiteral("header")).toObject();
    for (const char *key :
        { "client", "provider", "from", "to", "generated_at", "app_version", "filter" })
        QVERIFY2(h.contains(QLatin1String(key)), key);
    QCOMPARE(h.value(QStringLiteral("app_version")).toString(), QStringLiteral("9.9.9"));
    QCOMPARE(
        h.value(QStringLiteral("filter")).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("delivered"));
    const QJsonArray records = root.value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), rows.value());
    QCOMPARE(root.value(QStringLiteral("totals"))
                 .toObject()
                 .value(QStringLiteral("messages"))
                 .toInteger(),
        rows.value());
    for (const QJsonValue &r : records) {
        QCOMPARE(
            r.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
        QCOMPARE(r.toObject().value(QStringLiteral("pull_id")).toInt(), 2);
        QVERIFY(r.toObject().value(QStringLiteral("segments")).isDouble());
    }
    const QJsonObject breakdowns = root.value(QStringLiteral("breakdowns")).toObject();
    for (const ReportCache::Dimension d : ReportExport::reportDimensions())
        QVERIFY(breakdowns.contains(ReportCache::dimensionName(d)));
    // The campaign table names the messaging services behind each campaign.
    bool sawService = false;
    for (const QJsonValue &row : breakdowns.value(QStringLiteral("campaign")).toArray()) {
        if (row.toObject().value(QStringLiteral("campaign")).toString()
            == QLatin1String("CAAAAAA")) {
            QCOMPARE(row.toObject().value(QStringLiteral("messaging_services")).toString(),
                QLatin1String(kServices[0]));
            sawService = true;
        }
    }
    QVERIFY(sawService);

    // An empty filter still gives valid JSON.
    ReportCache::Filter none;
    none.status = QStringLiteral("no-such-status");
    QBuffer empty;
    empty.open(QIODevice::WriteOnly);
    auto zero = ReportExport::writeRecords(
        cache, none, ReportExport::Format::Json, header.value(), empty);
    QVERIFY(zero.ok());
    QCOMPARE(zero.value(), 0);
    QCOMPARE(QJsonDocument::fromJson(empty.data(), &error)
                 .object()
                 .value(QStringLiteral("records"))
                 .toArray()
                 .size(),
        0);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestReportFilters::errorBreakdownCarriesDescriptions()
{
    QVERIFY(ErrorCatalog::instance().size() > 40);
    QCOMPARE(ErrorCatalog::instance().lookup(QStringLiteral("twilio"), 30003).title,
        QStringLiteral("Unreachable destination handset"));
    QVERIFY(ErrorCatalog::instance().lookup(QStringLiteral("twilio"), 1).title.isNull());
    // Descriptions reach exports: not even an example phone number in them.
    QFile catalog(QStringLiteral(":/relayaudit/error-codes.json"));
    QVERIFY(catalog.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(catalog.readAll()).object();
    static const QRegularExpression digits(QStringLiteral("\\d{7,}"));
    for (const char *provider : { "twilio", "telnyx" }) {
        const QJsonObject codes = root.value(QLatin1String(provider)).toObject();
        QVERIFY(codes.size() > 30);
        for (auto it = codes.begin(); it != codes.end(); ++it) {
            const QString text = it.value().toObject().value(QStringLiteral("title")).toString()
                + QLatin1Char(' ')
                + it.value().toObject().value(QStringLiteral("description")).toString();
            QVERIFY2(!digits.match(text).hasMatch(), qPrintable(it.key()));
            QVERIFY2(
                !it.value().toObject().value(QStringLiteral("description")).toString().isEmpty(),
                qPrintable(it.key()));
        }
    }
    auto table = ReportExport::breakdownTable(m_ws->reports(), ReportCache::Dimension::Error, {});
    QVERIFY(table.ok());
    QCOMPARE(table->columns.at(0), QStringLiteral("error_code"));
    qint64 with30003Twilio = 0;
    for (const Generated &g : std::as_const(m_data))
        with30003Twilio += g.error == 30003 && g.provider == QLatin1String("twilio") ? 1 : 0;
    bool found = false;
    for (const QStringList &row : table->rows) {
        QVERIFY(!row.at(0).isEmpty()); // messages without an error are not error rows
        if (row.at(0) == QLatin1String("30003") && row.at(1) == QLatin1String("twilio")) {
            found = true;
            QCOMPARE(row.at(2).toLongLong(), with30003Twilio);
            QCOMPARE(row.at(5), QStringLiteral("Unreachable destination handset"));
            QVERIFY(!row.at(6).isEmpty());
        }
    }
    QVERIFY(found);
}

void TestReportFilters::badFilterValuesMatchNothing()
{
    ReportCache &cache = m_ws->reports();
    for (const QString &value : { QStringLiteral("'; DROP TABLE report_record; --"),
             QStringLiteral("%"), QStringLiteral("\u00e9\u0000x") }) {
        ReportCache::Filter f;
        f.gateway = value;
        auto totals = cache.totals(f);
        QVERIFY(totals.ok());
        QCOMPARE(totals->messages, 0);
        f = {};
        f.text = value;
        auto ids = cache.recordIds(f, 3, Qt::DescendingOrder);
        QVERIFY(ids.ok());
        QVERIFY(ids->empty());
    }
    auto all = cache.totals({});
    QVERIFY(all.ok());
    QCOMPARE(all->messages, m_data.size());
}

void TestReportFilters::coverageOfOverlappingPullsIsComplete()
{
    QTemporaryDir dir;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("ws")), WorkspaceMeta::forKeychain(),
        relay::test::testKey(4), m_clock);
    QVERIFY(ws.ok());
    ReportCache &cache = ws.value()->reports();
    const qint64 day0 = QDate(1970, 1, 1).daysTo(QDate(2026, 11, 1)) * 86400;
    // Thirty days of one message a day per gateway, as an account's provider holds them.
    const auto pull
        = [&](const QString &account, QDate from, QDate to, const QStringList &senders) -> qint64 {
        ReportCache::NewPull request { QStringLiteral("twilio"), account, QStringLiteral("c"), from,
            to, senders, {} };
        auto id = cache.createPull(request);
        auto session = cache.ingest(id.value());
        for (int d = QDate(2026, 11, 1).daysTo(from); d <= QDate(2026, 11, 1).daysTo(to); ++d) {
            for (const char *gateway : { "+15550100001", "+15550100002" }) {
                if (!senders.isEmpty() && !senders.contains(QLatin1String(gateway)))
                    continue;
                char sid[40];
                std::snprintf(sid, sizeof sid, "SM%s%02d%028d", gateway + 11, d, 0);
                UsageRecordView v;
                v.messageId = sid;
                v.gateway = gateway;
                v.status = "delivered";
                v.segments = 1;
                v.sentAt = day0 + d * 86400 + 60;
                session.value()->add(v);
            }
        }
        (void)session.value()->commit(QStringLiteral(""), 1);
        (void)cache.finishPull(id.value(), ReportCache::State::Complete);
        return id.value();
    };
    const QString account = QStringLiteral("AC00000000000000000000000000000001");
    const qint64 week = pull(account, QDate(2026, 11, 24), QDate(2026, 11, 30), {});
    const qint64 month = pull(account, QDate(2026, 11, 1), QDate(2026, 11, 30), {});
    const qint64 other = pull(QStringLiteral("AC00000000000000000000000000000002"),
        QDate(2026, 11, 1), QDate(2026, 11, 30), {});
    const qint64 oneSender = pull(
        account, QDate(2026, 11, 1), QDate(2026, 11, 10), { QStringLiteral("+15550100002") });

    // The month pull stored only what the week pull did not hold...
    auto stored = cache.totals(ReportCache::Filter::ofPull(month));
    QVERIFY(stored.ok());
    QCOMPARE(stored->messages, 23 * 2);
    // ...but what it covers is the whole month of its account.
    auto monthCoverage = cache.coverage(month);
    QVERIFY(monthCoverage.ok());
    auto covered = cache.totals(monthCoverage.value());
    QVERIFY(covered.ok());
    QCOMPARE(covered->messages, 30 * 2);
    auto ids = cache.recordIds(monthCoverage.value(), 0, Qt::AscendingOrder);
    QVERIFY(ids.ok());
    QCOMPARE(ids->size(), std::size_t { 60 });
    QVERIFY(!monthCoverage->storedIn.contains(other)); // another account is another client's data
    auto weekCoverage = cache.coverage(week);
    QVERIFY(weekCoverage.ok());
    covered = cache.totals(weekCoverage.value());
    QCOMPARE(covered->messages, 7 * 2);
    // A pull of one sender covers that sender only; narrowing keeps the scope.
    auto senderCoverage = cache.coverage(oneSender);
    QVERIFY(senderCoverage.ok());
    covered = cache.totals(senderCoverage.value());
    QCOMPARE(covered->messages, 10);
    ReportCache::Filter narrowing;
    narrowing.from = QDate(2026, 11, 9);
    narrowing.to = QDate(2026, 12, 31);
    covered = cache.totals(senderCoverage->narrowedBy(narrowing));
    QCOMPARE(covered->messages, 2);
    QVERIFY(!cache.coverage(999).ok());
}

QTEST_GUILESS_MAIN(TestReportFilters)
#include "tst_reportfilters.moc"
