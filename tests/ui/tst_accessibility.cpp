// Accessibility and the keyboard: every control a screen reader or the Tab
// key reaches has a name, tables and charts say what they show, labels with
// a mnemonic have a buddy, the standard keys (Find, Refresh) work on the
// pages, and the column layouts a user sets outlive the page.
#include "AboutDialog.h"
#include "ChartView.h"
#include "CredentialsDialog.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "NewPullDialog.h"
#include "SendTestDialog.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "UnlockDialog.h"
#include "WorkspaceUnlocker.h"
#include "engine/SendPipeline.h"
#include "pages/AccessPage.h"
#include "pages/ActivityLogModel.h"
#include "pages/ActivityPage.h"
#include "pages/DeliveriesPage.h"
#include "pages/FilterBar.h"
#include "pages/HeaderState.h"
#include "pages/ReportsPage.h"
#include "pages/RetentionPage.h"
#include "privacy/RecipientHash.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>
#include <memory>

using namespace relay::core;
using namespace relay::test;
using relay::ui::HeaderState;
using relay::ui::MainWindow;

namespace {

// Where a widget sits, for a failure message a person can act on.
QString where(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        QString step = QString::fromLatin1(p->metaObject()->className());
        if (!p->accessibleName().isEmpty())
            step += QStringLiteral(" \"%1\"").arg(p->accessibleName());
        path << step;
        if (p->isWindow())
            break;
    }
    QString hint;
    if (const auto *edit = qobject_cast<const QLineEdit *>(w);
        edit && !edit->placeholderText().isEmpty())
        hint = QStringLiteral(" placeholder \"%1\"").arg(edit->placeholderText());
    if (const auto *combo = qobject_cast<const QComboBox *>(w))
        hint = QStringLiteral(" current \"%1\"").arg(combo->currentText());
    if (!w->toolTip().isEmpty())
        hint += QStringLiteral(" tooltip \"%1\"").arg(w->toolTip());
    return path.join(QStringLiteral(" < ")) + hint;
}

QString accessibleText(QWidget *w, QAccessible::Text text)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(text).trimmed() : QString();
}

// A plain-text label whose text marks a mnemonic ("&Find", not "&&" or rich text).
bool hasMnemonic(const QLabel *label)
{
    if (label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())))
        return false;
    QString text = label->text();
    text.remove(QStringLiteral("&&"));
    const qsizetype at = text.indexOf(QLatin1Char('&'));
    return at >= 0 && at + 1 < text.size() && !text.at(at + 1).isSpace();
}

// What a screen reader or keyboard user would miss in this window as it
// shows now. Each problem is one line naming the widget.
QStringList audit(QWidget *window)
{
    QStringList problems;
    auto widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *w : std::as_const(widgets)) {
        if (auto *label = qobject_cast<QLabel *>(w); label && hasMnemonic(label) && !label->buddy())
            problems << QStringLiteral("mnemonic label without a buddy: \"%1\" in %2")
                            .arg(label->text(), where(w));
        if (!w->isVisible() || !w->isEnabled() || w->isWindow())
            continue;
        // The control reached by Tab or a click: a proxy stands in for its widget.
        if (w->focusPolicy() != Qt::NoFocus && !w->focusProxy()) {
            // Buttons, labels and tab bars are named by their own text. An
            // input, a view or a chart needs a name of its own: what Qt
            // derives otherwise is a label's text with its colon, or (a combo
            // box on Linux) the current value.
            const bool namedByText = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLabel *>(w)
                || qobject_cast<QTabBar *>(w);
            if (accessibleText(w, QAccessible::Name).isEmpty())
                problems << QStringLiteral("no accessible name: %1").arg(where(w));
            else if (!namedByText && w->accessibleName().trimmed().isEmpty())
                problems << QStringLiteral("no accessible name of its own: %1").arg(where(w));
        }
        const bool table = qobject_cast<QTableView *>(w) || qobject_cast<QTreeView *>(w);
        if ((table || qobject_cast<QChartView *>(w))
            && accessibleText(w, QAccessible::Description).isEmpty())
            problems
                << QStringLiteral("no accessible description of what it shows: %1").arg(where(w));
    }
    return problems;
}

void addUnique(QStringList &into, const QStringList &problems, const QString &context)
{
    for (const QString &p : problems) {
        const QString line = context + QStringLiteral(": ") + p;
        if (!into.contains(line))
            into << line;
    }
}

// Drags the right edge of a section by dx, as a user resizing a column.
void dragSectionEdge(QHeaderView *header, int logical, int dx)
{
    const int edge = header->sectionViewportPosition(logical) + header->sectionSize(logical) - 1;
    const QPoint from(edge, header->height() / 2);
    QTest::mousePress(header->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(header->viewport(), from + QPoint(dx / 2, 0));
    QTest::mouseMove(header->viewport(), from + QPoint(dx, 0));
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, from + QPoint(dx, 0));
}

QSettings appSettings()
{
    // What HeaderState uses when a page is given no settings (the app's file).
    return QSettings(QStringLiteral("relayaudit"), QStringLiteral("relayaudit"));
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void auditReportsWhatIsMissing();
    void everyPageAndTabIsNamedAndDescribed();
    void everyDialogIsNamed();
    void chartDescriptionReadsTheValues();
    void findAndRefreshKeysWorkOnEachPage();
    void tabFollowsTheReadingOrder();
    void dialogTabFollowsTheForm();
    void resizedColumnIsRestoredInANewPage();
    void sortColumnIsRestoredAndOnlyLayoutIsStored();

private:
    std::unique_ptr<Workspace> makeWorkspace();
    QString dir() const { return m_tmp->filePath(QStringLiteral("ws")); }
    void unlockWithData();

    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<QSettings> m_settings;
    MemorySecretStore m_secrets;
    FakeClock m_clock;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("relayaudit-test"));
    // The pages keep column layouts in the app's settings file: here, a
    // folder of the test's own, never the user's configuration.
    QStandardPaths::setTestModeEnabled(true);
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config->path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config->path());
    QVERIFY(appSettings().fileName().startsWith(m_config->path()));
}

void TestAccessibility::init()
{
    appSettings().clear();
    m_tmp = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(
        m_tmp->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_window = std::make_unique<MainWindow>(m_secrets, m_clock, *m_settings);
    m_window->setWorkspaceDir(dir());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_tmp.reset();
}

std::unique_ptr<Workspace> TestAccessibility::makeWorkspace()
{
    const WorkspaceMeta meta = WorkspaceMeta::forPassphrase(fastKdf());
    auto key = Workspace::passphraseKey(meta, secret("a long passphrase"));
    if (!key)
        return {};
    auto ws = Workspace::create(dir(), meta, key.value(), m_clock);
    return ws ? std::move(ws.value()) : nullptr;
}

// A workspace with a pull in the report cache and a sending gateway, so the
// pages show (and enable) what they have.
void TestAccessibility::unlockWithData()
{
    auto ws = makeWorkspace();
    QVERIFY(ws);
    QVERIFY(importTwilioPage(ws->reports(),
                QStringLiteral(RELAYAUDIT_FIXTURES "/twilio/messages_page.json"),
                QStringLiteral("Acme"))
        > 0);
    QVERIFY(ws->gateways()
                .add({ QStringLiteral("+15550100001"), QStringLiteral("twilio"),
                    QStringLiteral("AC00000000000000000000000000000000"), {} })
                .ok());
    m_window->setWorkspace(std::move(ws));
    QVERIFY(m_window->isUnlocked());
}

// The audit itself catches a control without a name, an input named only
// through its label, a table without a description and a mnemonic label
// without a buddy.
void TestAccessibility::auditReportsWhatIsMissing()
{
    QWidget window;
    auto *unnamed = new QLineEdit(&window);
    auto *labelled = new QComboBox(&window);
    labelled->addItem(QStringLiteral("First"));
    auto *label = new QLabel(QStringLiteral("&Choice:"), &window);
    label->setBuddy(labelled);
    auto *table = new QTableWidget(2, 2, &window);
    table->setAccessibleName(QStringLiteral("Numbers"));
    auto *orphan = new QLabel(QStringLiteral("&Orphan:"), &window);
    auto *button = new QPushButton(QStringLiteral("&Go"), &window); // named by its text
    auto *layout = new QVBoxLayout(&window);
    for (QWidget *w :
        std::initializer_list<QWidget *> { unnamed, label, labelled, table, orphan, button })
        layout->addWidget(w);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList problems = audit(&window);
    QVERIFY2(problems.size() == 4, qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(problems.filter(QStringLiteral("no accessible name: QLineEdit")).size(), 1);
    QCOMPARE(problems.filter(QStringLiteral("no accessible name of its own: QComboBox")).size(), 1);
    QCOMPARE(
        problems.filter(QStringLiteral("no accessible description of what it shows: QTableWidget"))
            .size(),
        1);
    QCOMPARE(
        problems.filter(QStringLiteral("mnemonic label without a buddy: \"&Orphan:\"")).size(), 1);

    unnamed->setAccessibleName(QStringLiteral("Name"));
    labelled->setAccessibleName(QStringLiteral("Choice"));
    table->setAccessibleDescription(QStringLiteral("Two by two"));
    orphan->setBuddy(unnamed);
    QVERIFY2(audit(&window).isEmpty(), qPrintable(audit(&window).join(QLatin1Char('\n'))));
}

void TestAccessibility::everyPageAndTabIsNamedAndDescribed()
{
    // Locked first: the locked view.
    QStringList problems;
    addUnique(problems, audit(m_window.get()), QStringLiteral("locked"));

    unlockWithData();
    auto *reports = qobject_cast<relay::ui::ReportsPage *>(m_window->page(MainWindow::ReportsArea));
    QVERIFY(reports);
    reports->pulls()->selectRow(0); // enables what acts on a pull
    // Each banner shows, so its Dismiss button is checked too.
    const auto banners = m_window->findChildren<relay::ui::MessageBanner *>();
    for (relay::ui::MessageBanner *banner : banners)
        banner->showMessage(
            QStringLiteral("A message"), relay::ui::MessageBanner::Kind::Information);

    for (int p = 0; p < MainWindow::AreaCount; ++p) {
        m_window->showPage(static_cast<MainWindow::Page>(p));
        QWidget *page = m_window->page(static_cast<MainWindow::Page>(p));
        QVERIFY(page->isVisible());
        const QString context = QString::fromLatin1(page->metaObject()->className());
        addUnique(problems, audit(m_window.get()), context);
        const auto tabWidgets = page->findChildren<QTabWidget *>();
        for (QTabWidget *tabs : tabWidgets) {
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                addUnique(problems, audit(m_window.get()),
                    context + QStringLiteral(" tab \"%1\"").arg(tabs->tabText(t)));
            }
            tabs->setCurrentIndex(0);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::everyDialogIsNamed()
{
    unlockWithData();
    Workspace &ws = *m_window->workspace();
    QNetworkAccessManager network;
    SendPipeline pipeline(
        { ws.gateways(), ws.deliveries(), ws.links() }, network, RecipientHasher(testKey(9)), {});
    relay::ui::WorkspaceUnlocker unlocker(m_secrets, m_clock);

    std::vector<std::pair<QString, std::function<QDialog *()>>> dialogs;
    dialogs.emplace_back(QStringLiteral("CredentialsDialog"),
        [&] { return new relay::ui::CredentialsDialog(m_secrets, m_window.get()); });
    dialogs.emplace_back(QStringLiteral("NewPullDialog"), [&] {
        return new relay::ui::NewPullDialog(ws, m_secrets, QDate(2026, 11, 20), m_window.get());
    });
    dialogs.emplace_back(QStringLiteral("SendTestDialog"),
        [&] { return new relay::ui::SendTestDialog(ws, pipeline, m_window.get()); });
    dialogs.emplace_back(QStringLiteral("SettingsDialog"),
        [&] { return new relay::ui::SettingsDialog(*m_settings, m_window.get()); });
    dialogs.emplace_back(QStringLiteral("UnlockDialog (unlock)"), [&] {
        return new relay::ui::UnlockDialog(
            relay::ui::UnlockDialog::Mode::Unlock, dir(), unlocker, m_window.get());
    });
    dialogs.emplace_back(QStringLiteral("UnlockDialog (create)"), [&] {
        return new relay::ui::UnlockDialog(
            relay::ui::UnlockDialog::Mode::Create, dir(), unlocker, m_window.get());
    });
    dialogs.emplace_back(
        QStringLiteral("AboutDialog"), [&] { return new relay::ui::AboutDialog(m_window.get()); });

    QStringList problems;
    for (const auto &[name, make] : dialogs) {
        std::unique_ptr<QDialog> dialog(make());
        for (relay::ui::MessageBanner *banner : dialog->findChildren<relay::ui::MessageBanner *>())
            banner->showMessage(QStringLiteral("A message"), relay::ui::MessageBanner::Kind::Error);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QVERIFY2(!dialog->windowTitle().isEmpty(), qPrintable(name));
        addUnique(problems, audit(dialog.get()), name);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

// A chart's description reads out what is plotted, not only its title.
void TestAccessibility::chartDescriptionReadsTheValues()
{
    unlockWithData();
    auto *reports = qobject_cast<relay::ui::ReportsPage *>(m_window->page(MainWindow::ReportsArea));
    QVERIFY(reports);
    const QString gateways = reports->gatewayChart()->accessibleDescription();
    QVERIFY2(
        gateways.startsWith(QLatin1String("Segments by sending gateway")), qPrintable(gateways));
    QVERIFY2(gateways.contains(QLatin1String("Segments: ")), qPrintable(gateways));
    // Rates read as percentages, by UTC day.
    const QString rate = reports->deliveryChart()->accessibleDescription();
    QVERIFY2(rate.contains(QLatin1String("11-01 0%; 11-02 100%")), qPrintable(rate));
    const QString distribution = reports->segmentChart()->accessibleDescription();
    QVERIFY2(distribution.contains(QLatin1String("Messages: ")), qPrintable(distribution));
    // It follows the chart: counting messages instead of segments.
    reports->measure()->setCurrentIndex(1);
    QVERIFY2(reports->gatewayChart()->accessibleDescription().startsWith(
                 QLatin1String("Messages by sending gateway")),
        qPrintable(reports->gatewayChart()->accessibleDescription()));
    QCOMPARE(accessibleText(reports->gatewayChart(), QAccessible::Description),
        reports->gatewayChart()->accessibleDescription());
}

void TestAccessibility::findAndRefreshKeysWorkOnEachPage()
{
    unlockWithData();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QKeySequence find(QKeySequence::Find);
    const QKeySequence refresh(QKeySequence::Refresh);

    m_window->showPage(MainWindow::DeliveriesArea);
    auto *deliveries
        = qobject_cast<relay::ui::DeliveriesPage *>(m_window->page(MainWindow::DeliveriesArea));
    m_window->navigation()->setFocus();
    QTest::keySequence(m_window.get(), find);
    QTRY_COMPARE(QApplication::focusWidget(), deliveries->query());

    m_window->showPage(MainWindow::ReportsArea);
    auto *reports = qobject_cast<relay::ui::ReportsPage *>(m_window->page(MainWindow::ReportsArea));
    m_window->navigation()->setFocus();
    QTest::keySequence(m_window.get(), find);
    QCOMPARE(reports->tabs()->currentIndex(), int { relay::ui::ReportsPage::RecordsTab });
    QTRY_COMPARE(QApplication::focusWidget(), reports->recordsSearch());
    // Refresh: a pull that arrived meanwhile shows.
    QCOMPARE(reports->pulls()->rowCount(), 1);
    QVERIFY(importTwilioPage(m_window->workspace()->reports(),
                QStringLiteral(RELAYAUDIT_FIXTURES "/twilio/messages_page.json"),
                QStringLiteral("Beta"))
        > 0);
    QTest::keySequence(m_window.get(), refresh);
    QCOMPARE(reports->pulls()->rowCount(), 2);

    m_window->showPage(MainWindow::RetentionArea);
    auto *retention
        = qobject_cast<relay::ui::RetentionPage *>(m_window->page(MainWindow::RetentionArea));
    m_window->navigation()->setFocus();
    QTest::keySequence(m_window.get(), find);
    QCOMPARE(retention->tabs()->currentIndex(), int { relay::ui::RetentionPage::LookupTab });
    QTRY_COMPARE(QApplication::focusWidget(), retention->lookupQuery());

    m_window->showPage(MainWindow::AccessAuditArea);
    auto *access
        = qobject_cast<relay::ui::AccessPage *>(m_window->page(MainWindow::AccessAuditArea));
    m_window->navigation()->setFocus();
    QTest::keySequence(m_window.get(), find);
    QTRY_COMPARE(QApplication::focusWidget(), access->orgFilter());

    m_window->showPage(MainWindow::ActivityArea);
    auto *activity
        = qobject_cast<relay::ui::ActivityPage *>(m_window->page(MainWindow::ActivityArea));
    const int entries = activity->model()->rowCount();
    QVERIFY(m_window->workspace()->activityLog().append(QStringLiteral("test.action"), {}).ok());
    QTest::keySequence(m_window.get(), refresh);
    QCOMPARE(activity->model()->rowCount(), entries + 1);
    // Find means nothing on the Activity page, and the other pages' Find stays theirs.
    QWidget *before = QApplication::focusWidget();
    QTest::keySequence(m_window.get(), find);
    QCOMPARE(QApplication::focusWidget(), before);
    QCOMPARE(m_window->currentPage(), MainWindow::ActivityArea);
}

// Tab goes from the page's buttons through its banner, filters and tables
// in the order they are read, not the order they were made, and comes back
// to the navigation: no control left out, no loop, no table that keeps it.
void TestAccessibility::tabFollowsTheReadingOrder()
{
    unlockWithData();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *deliveries
        = qobject_cast<relay::ui::DeliveriesPage *>(m_window->page(MainWindow::DeliveriesArea));
    auto *reports = qobject_cast<relay::ui::ReportsPage *>(m_window->page(MainWindow::ReportsArea));
    auto *retention
        = qobject_cast<relay::ui::RetentionPage *>(m_window->page(MainWindow::RetentionArea));
    auto *access
        = qobject_cast<relay::ui::AccessPage *>(m_window->page(MainWindow::AccessAuditArea));
    QWidget *activity = m_window->page(MainWindow::ActivityArea);
    const auto button = [](QWidget *page, const char *text) {
        const auto buttons = page->findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->text() == QString::fromUtf8(text))
                return b;
        }
        return static_cast<QPushButton *>(nullptr);
    };
    reports->pulls()->selectRow(0);

    const std::pair<MainWindow::Page, QList<QWidget *>> expected[] = {
        { MainWindow::DeliveriesArea,
            { deliveries->sendTestButton(), deliveries->key(), deliveries->query(),
                deliveries->findButton(), deliveries->results(), deliveries->details() } },
        { MainWindow::ReportsArea,
            { button(reports, "&New Pull…"), button(reports, "&Refresh"), reports->pulls(),
                reports->filterBar()->from(), reports->filterBar()->channel(),
                reports->tabs()->tabBar(), reports->measure(), reports->dailyChart(),
                reports->segmentChart() } },
        { MainWindow::RetentionArea,
            { retention->runButton(), retention->tabs()->tabBar(), retention->checks() } },
        { MainWindow::RetentionArea,
            { retention->tabs()->tabBar(), retention->lookupKey(), retention->lookupQuery(),
                button(retention, "&Look Up"), retention->lookupResult() } },
        { MainWindow::AccessAuditArea,
            { button(access, "&Import Audit Trail…"), access->orgFilter(), access->fromDate(),
                access->reviewFilter(), access->sessions(), access->details(),
                access->reviewStatus(), access->reviewNote() } },
        { MainWindow::ActivityArea,
            { button(activity, "&Refresh"), button(activity, "&Verify Log"),
                activity->findChild<QTableView *>() } },
    };
    // Tab from the navigation until it is back there: what it visits.
    const auto tabCycle = [this](QList<QWidget *> &visited) {
        visited.clear();
        m_window->navigation()->setFocus();
        if (QApplication::focusWidget() != m_window->navigation())
            return false;
        for (int i = 0; i < 150; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QApplication::focusWidget() == m_window->navigation())
                return true;
            visited << QApplication::focusWidget();
        }
        return false;
    };
    const auto names = [](const QList<QWidget *> &widgets) {
        QStringList steps;
        for (QWidget *w : widgets)
            steps << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ')
                    + accessibleText(w, QAccessible::Name);
        return steps.join(QStringLiteral(" > "));
    };

    for (const auto &[page, order] : expected) {
        m_window->showPage(page);
        // The second Retention round goes through the Look Up tab.
        if (page == MainWindow::RetentionArea && order.contains(retention->lookupQuery()))
            retention->tabs()->setCurrentIndex(relay::ui::RetentionPage::LookupTab);
        const QString context
            = QString::fromLatin1(m_window->page(page)->metaObject()->className());
        QList<QWidget *> visited;
        QVERIFY2(tabCycle(visited),
            qPrintable(context + QStringLiteral(": Tab never comes back to the navigation: ")
                + names(visited)));
        qsizetype at = -1;
        for (QWidget *w : order) {
            QVERIFY2(w, qPrintable(context));
            const qsizetype found = visited.indexOf(w, at + 1);
            QVERIFY2(found > at,
                qPrintable(context
                    + QStringLiteral(": %1 not reached after the one before it: ").arg(names({ w }))
                    + names(visited)));
            at = found;
        }
    }

    // On every page and every tab, each control that takes Tab is reached.
    for (int p = 0; p < MainWindow::AreaCount; ++p) {
        m_window->showPage(static_cast<MainWindow::Page>(p));
        QWidget *page = m_window->page(static_cast<MainWindow::Page>(p));
        QTabWidget *tabs = page->findChild<QTabWidget *>();
        for (int t = 0; t < (tabs ? tabs->count() : 1); ++t) {
            if (tabs)
                tabs->setCurrentIndex(t);
            QList<QWidget *> visited;
            const QString context = QString::fromLatin1(page->metaObject()->className())
                + (tabs ? QStringLiteral(" tab %1").arg(tabs->tabText(t)) : QString());
            QVERIFY2(tabCycle(visited),
                qPrintable(context + QStringLiteral(": Tab never comes back: ") + names(visited)));
            const auto widgets = page->findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                const bool takesTab
                    = (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy();
                if (takesTab && w->isVisible() && w->isEnabled())
                    QVERIFY2(visited.contains(w),
                        qPrintable(context + QStringLiteral(": Tab never reaches ") + names({ w })
                            + QStringLiteral(": ") + names(visited)));
            }
        }
    }
}

// Where a dialog's widgets were made in another order than its form shows
// them, Tab still goes down the form.
void TestAccessibility::dialogTabFollowsTheForm()
{
    unlockWithData();
    Workspace &ws = *m_window->workspace();
    QNetworkAccessManager network;
    SendPipeline pipeline(
        { ws.gateways(), ws.deliveries(), ws.links() }, network, RecipientHasher(testKey(9)), {});
    relay::ui::WorkspaceUnlocker unlocker(m_secrets, m_clock);
    const auto walk = [](QDialog *dialog, const QList<QWidget *> &order) {
        dialog->show();
        dialog->activateWindow();
        if (!QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }))
            return QStringLiteral("not active");
        order.first()->setFocus();
        for (QWidget *next : order.mid(1)) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QApplication::focusWidget() != next) {
                return QStringLiteral("expected %1 \"%2\", got %3 \"%4\"")
                    .arg(QString::fromLatin1(next->metaObject()->className()),
                        accessibleText(next, QAccessible::Name),
                        QString::fromLatin1(QApplication::focusWidget()->metaObject()->className()),
                        accessibleText(QApplication::focusWidget(), QAccessible::Name));
            }
        }
        return QString();
    };
    const auto named = [](QWidget *dialog, const char *name) {
        const auto widgets = dialog->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (accessibleText(w, QAccessible::Name) == QString::fromUtf8(name))
                return w;
        }
        return static_cast<QWidget *>(nullptr);
    };

    relay::ui::SendTestDialog send(ws, pipeline, m_window.get());
    QCOMPARE(
        walk(&send,
            { send.gateway(), send.recipient(), send.smsRecord(), send.text(), send.sendButton() }),
        QString());
    send.close();

    relay::ui::SettingsDialog settings(*m_settings, m_window.get());
    QCOMPARE(walk(&settings,
                 { named(&settings, "Workspace folder"), named(&settings, "Browse…"),
                     named(&settings, "Status callback URL"),
                     named(&settings, "Provider API base URL") }),
        QString());
    settings.close();

    relay::ui::UnlockDialog create(
        relay::ui::UnlockDialog::Mode::Create, dir(), unlocker, m_window.get());
    auto *keychain = create.findChild<QCheckBox *>();
    QVERIFY(keychain);
    keychain->setChecked(true); // enables OK
    keychain->setChecked(false);
    QCOMPARE(walk(&create,
                 { named(&create, "Passphrase"), named(&create, "Repeat passphrase"), keychain }),
        QString());
    create.close();
}

void TestAccessibility::resizedColumnIsRestoredInANewPage()
{
    const QString group = HeaderState::settingsGroup(QStringLiteral("activity/log"));
    int resized = 0;
    {
        relay::ui::ActivityPage page;
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QHeaderView *header = page.findChild<QTableView *>()->horizontalHeader();
        QVERIFY(HeaderState::of(header));
        QVERIFY(!HeaderState::of(header)->isCustomised());
        const int before = header->sectionSize(relay::ui::ActivityLogModel::TimeColumn);
        dragSectionEdge(header, relay::ui::ActivityLogModel::TimeColumn, 60);
        resized = header->sectionSize(relay::ui::ActivityLogModel::TimeColumn);
        QCOMPARE(resized, before + 60);
        // Written once the drag is over.
        QTRY_VERIFY(appSettings().contains(group + QStringLiteral("/state")));
        QVERIFY(HeaderState::of(header)->isCustomised());
    }

    // The next start: a new page has the width, and its refresh (which fits
    // columns to their contents) leaves the user's width alone.
    auto ws = makeWorkspace();
    QVERIFY(ws);
    relay::ui::ActivityPage again;
    again.resize(900, 500);
    QHeaderView *header = again.findChild<QTableView *>()->horizontalHeader();
    QCOMPARE(header->sectionSize(relay::ui::ActivityLogModel::TimeColumn), resized);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    again.setWorkspace(ws.get());
    QVERIFY(again.model()->rowCount() > 0);
    QCOMPARE(header->sectionSize(relay::ui::ActivityLogModel::TimeColumn), resized);
    again.setWorkspace(nullptr);

    // A page whose layout nobody touched still fits its columns to their contents.
    appSettings().clear();
    relay::ui::ActivityPage fresh;
    fresh.setWorkspace(ws.get());
    QVERIFY(!HeaderState::of(fresh.findChild<QTableView *>()->horizontalHeader())->isCustomised());
    fresh.setWorkspace(nullptr);
}

void TestAccessibility::sortColumnIsRestoredAndOnlyLayoutIsStored()
{
    unlockWithData();
    m_window->showPage(MainWindow::RetentionArea);
    auto *retention
        = qobject_cast<relay::ui::RetentionPage *>(m_window->page(MainWindow::RetentionArea));
    retention->tabs()->setCurrentIndex(relay::ui::RetentionPage::LinksTab);
    QHeaderView *header = retention->links()->header();
    QTRY_VERIFY(header->isVisible());
    // A click on "Created" sorts by it.
    const int created = 3;
    const QPoint middle(header->sectionViewportPosition(created) + header->sectionSize(created) / 2,
        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
    QCOMPARE(header->sortIndicatorSection(), created);
    const Qt::SortOrder order = header->sortIndicatorOrder();
    // In the window's own settings (the ones main() gives it).
    QTRY_VERIFY(m_settings->contains(
        HeaderState::settingsGroup(QStringLiteral("retention/links")) + QStringLiteral("/state")));

    // A new window (the next start) sorts the links the same way.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_secrets, m_clock, *m_settings);
    auto *again
        = qobject_cast<relay::ui::RetentionPage *>(m_window->page(MainWindow::RetentionArea));
    QCOMPARE(again->links()->header()->sortIndicatorSection(), created);
    QCOMPARE(again->links()->header()->sortIndicatorOrder(), order);

    // Only layout goes to the settings: no cell, no number, no secret.
    const QStringList keys = m_settings->allKeys();
    QVERIFY(!keys.isEmpty());
    for (const QString &key : keys)
        QVERIFY2(key.startsWith(QLatin1String("ui/")), qPrintable(key));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
