// Benchmark: the Reports page on N cached records (default 1,000,000),
// offscreen. Builds the cache straight from the sandbox's synthetic traffic
// (with its 10DLC campaigns), then measures what a user feels:
//   - a filter change refreshing every breakdown, chart and table (median,
//     p90 and max over a series of changes through the filter bar);
//   - opening the records table: time to the first rows;
//   - the reader thread sorting the ids (default order and by status);
//   - scrolling: jumps to the end and to random rows, each a window read;
//   - PDF of the whole month; peak RSS.
// Prints figures; asserts nothing about speed.
//
//   bench_reports [records=1000000]
#include "BenchSupport.h"
#include "ChartView.h"
#include "Clock.h"
#include "pages/FilterBar.h"
#include "pages/RecordsModel.h"
#include "pages/ReportsPage.h"
#include "privacy/SecretBytes.h"
#include "reports/IngestSession.h"
#include "reports/ReportCache.h"
#include "sandbox/SyntheticTraffic.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

#include <sodium.h>

using namespace relay::core;

namespace {

// Spins the event loop until the reader thread has delivered.
bool waitForIds(relay::ui::RecordsModel *model)
{
    QElapsedTimer limit;
    limit.start();
    while (model->isLoading() && limit.elapsed() < 300000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return !model->isLoading();
}

double ms(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void printStats(const char *what, std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) {
        return values.at(static_cast<std::size_t>(q * static_cast<double>(values.size() - 1)));
    };
    std::printf("%-44s median %7.1f ms  p90 %7.1f ms  max %7.1f ms  (n=%zu)\n", what, at(0.5),
        at(0.9), values.back(), values.size());
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    const qint64 records = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;

    QTemporaryDir tmp;
    SystemClock clock;
    auto workspace = Workspace::create(tmp.filePath(QStringLiteral("ws")),
        WorkspaceMeta::forKeychain(), SecretBytes::random(kKeySize), clock);
    if (!workspace)
        return 1;
    ReportCache &cache = workspace.value()->reports();
    const QDate to = QDateTime::currentDateTimeUtc().date().addDays(-1);
    const QDate from = to.addDays(-30);
    QElapsedTimer timer;
    timer.start();
    const qint64 pullId = relay::bench::fillReportCache(cache, records, from, to);
    if (pullId == 0)
        return 1;
    std::printf("cache: %lld records over %s..%s in %.1f s; database %.1f MB\n",
        static_cast<long long>(records), qPrintable(from.toString(Qt::ISODate)),
        qPrintable(to.toString(Qt::ISODate)), static_cast<double>(timer.elapsed()) / 1000.0,
        static_cast<double>(QFileInfo(tmp.filePath(QStringLiteral("ws/workspace.db"))).size())
            / 1e6);

    relay::ui::ReportsPage page;
    page.resize(1280, 900);
    timer.start();
    page.setWorkspace(workspace.value().get());
    page.show();
    QCoreApplication::processEvents();
    std::printf("%-44s %7.1f ms\n", "open the page (pulls, filters, all charts)", ms(timer));

    // Filter changes through the filter bar, each refreshing everything.
    relay::ui::FilterBar *bar = page.filterBar();
    std::vector<double> changes;
    std::mt19937 random(3);
    for (int i = 0; i < 30; ++i) {
        QComboBox *combo = std::array<QComboBox *, 4> { bar->campaign(), bar->status(),
            bar->gateway(), bar->channel() }[i % 4];
        const int index = static_cast<int>(random() % static_cast<unsigned>(combo->count()));
        timer.start();
        combo->setCurrentIndex(
            index == combo->currentIndex() ? (index + 1) % combo->count() : index);
        QCoreApplication::processEvents();
        changes.push_back(ms(timer));
    }
    printStats("filter change: every breakdown and chart", changes);
    bar->clear();

    // The records table.
    relay::ui::RecordsModel *model = page.recordsModel();
    timer.start();
    page.tabs()->setCurrentIndex(relay::ui::ReportsPage::RecordsTab);
    // The first rows come from the loader thread; the GUI thread never waits on a read.
    QString first;
    QElapsedTimer limit;
    limit.start();
    while (first.isEmpty() && limit.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (model->rowCount() > 0)
            first = model->index(0, 2).data().toString();
    }
    std::printf("%-44s %7.1f ms (%d rows shown, first %s)\n", "records table: first rows",
        ms(timer), model->rowCount(), qPrintable(first.left(12)));
    if (!waitForIds(model))
        return 1;
    std::printf("%-44s %7.1f ms (%lld ids, in the reader thread)\n",
        "records table: all ids in storage order", ms(timer),
        static_cast<long long>(model->total()));
    std::vector<double> sorts;
    for (int column : { 7, 3, 13 }) {
        timer.start();
        model->sort(column, Qt::DescendingOrder);
        if (!waitForIds(model))
            return 1;
        sorts.push_back(ms(timer));
    }
    std::printf("%-44s %7.1f / %.1f / %.1f ms (status, gateway, created)\n",
        "records table: sort 1M ids (reader thread)", sorts[0], sorts[1], sorts[2]);

    // Scrolling: the view asks for rows far apart; each is a window read.
    QTableView *view = page.records();
    std::vector<double> jumps;
    for (int i = 0; i < 40; ++i) {
        const int row = i == 0
            ? model->rowCount() - 1
            : static_cast<int>(random() % static_cast<unsigned>(model->rowCount()));
        timer.start();
        view->scrollTo(model->index(row, 0));
        view->viewport()->repaint();
        jumps.push_back(ms(timer));
    }
    printStats("scroll jump (end, then random rows): GUI stall", jumps);
    std::vector<double> steps;
    for (int i = 0; i < 200; ++i) {
        timer.start();
        view->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
        view->viewport()->repaint();
        steps.push_back(ms(timer));
    }
    printStats("page-down scrolling: GUI stall", steps);
    std::printf("%-44s %d windows of %d rows\n", "records table: rows held in memory",
        model->cachedWindows(), relay::ui::RecordsModel::kWindow);

    timer.start();
    const auto exportAndWait = [&page](const QString &path, const QString &format) {
        QSignalSpy done(&page, &relay::ui::ReportsPage::exported);
        page.startExport(path, format);
        done.wait(600000);
        return done.isEmpty()
            ? std::make_pair(qint64 { -1 }, QStringLiteral("no answer"))
            : std::make_pair(done.first().at(0).toLongLong(), done.first().at(1).toString());
    };
    auto rows = exportAndWait(tmp.filePath(QStringLiteral("report.pdf")), QStringLiteral("pdf"));
    std::printf("%-44s %7.1f ms (%s)\n", "PDF client report of the month", ms(timer),
        rows.second.isEmpty() ? "ok" : qPrintable(rows.second));
    timer.start();
    rows = exportAndWait(tmp.filePath(QStringLiteral("records.csv")), QStringLiteral("csv"));
    std::printf("%-44s %7.1f ms (%lld rows, %.1f MB)\n", "CSV of every record", ms(timer),
        rows.second.isEmpty() ? static_cast<long long>(rows.first) : -1LL,
        static_cast<double>(QFileInfo(tmp.filePath(QStringLiteral("records.csv"))).size()) / 1e6);
    std::printf("peak RSS: %.0f MiB\n", relay::bench::peakRssMiB());
    page.setWorkspace(nullptr);
    return 0;
}
