#include "MainWindow.h"

#include "workspace/WorkspaceWatcher.h"

#include "AboutDialog.h"
#include "CredentialsDialog.h"
#include "MessageBanner.h"
#include "SettingsDialog.h"
#include "UnlockDialog.h"
#include "VisibleTextDelegate.h"
#include "WorkspaceUnlocker.h"
#include "pages/AccessPage.h"
#include "pages/ActivityPage.h"
#include "pages/DeliveriesPage.h"
#include "pages/HeaderState.h"
#include "pages/ReportsPage.h"
#include "pages/RetentionPage.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace relay::ui {

using namespace relay::core;

namespace {
constexpr int kLockedView = 0;
constexpr int kWorkspaceView = 1;

struct PageSpec {
    const char *icon;
};

// The SVG in its own colour, plus a copy in the palette's highlighted-text
// colour for the selected row, so the icon stays visible on the selection.
QIcon navigationIcon(const QString &path, const QPalette &palette, int size)
{
    QIcon icon(path);
    const qreal dpr = qApp->devicePixelRatio();
    QPixmap selected = icon.pixmap(QSize(size, size), dpr);
    QPainter painter(&selected);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(selected.rect(), palette.color(QPalette::HighlightedText));
    painter.end();
    icon.addPixmap(selected, QIcon::Selected);
    return icon;
}
const PageSpec kPageIcons[MainWindow::AreaCount] = {
    { ":/icons/deliveries.svg" },
    { ":/icons/reports.svg" },
    { ":/icons/retention.svg" },
    { ":/icons/access.svg" },
    { ":/icons/activity.svg" },
};
} // namespace

MainWindow::MainWindow(
    SecretStore &secrets, const Clock &clock, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_settings(settings)
    , m_unlocker(new WorkspaceUnlocker(secrets, clock, this))
    , m_watcher(new core::WorkspaceWatcher(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/relayaudit.svg")));
    m_root = new QStackedWidget(this);
    m_root->addWidget(buildLockedPage());
    m_root->addWidget(buildWorkspaceView());
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new MessageBanner(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_root, 1);
    setCentralWidget(central);

    m_statusWorkspace = new QLabel(this);
    m_statusLock = new QLabel(this);
    statusBar()->addWidget(m_statusWorkspace, 1);
    statusBar()->addPermanentWidget(m_statusLock);
    buildMenus();

    connect(m_unlocker, &WorkspaceUnlocker::failed, this, [this](const Error &error) {
        // Dialog unlocks show their own errors; this is for the demo path.
        if (!findChild<UnlockDialog *>())
            showError(error);
    });
    connect(m_unlocker, &WorkspaceUnlocker::unlocked, this, [this] {
        if (!findChild<UnlockDialog *>())
            setWorkspace(m_unlocker->takeWorkspace());
    });

    // The 7-day promise holds while the app stays open: purge hourly.
    auto *purge = new QTimer(this);
    purge->setInterval(3600 * 1000);
    connect(purge, &QTimer::timeout, this, [this] {
        if (!m_workspace)
            return;
        if (auto purged = m_workspace->purgeExpired(); !purged)
            showError(purged.error());
    });
    purge->start();

    resize(1280, 860);
    restoreGeometry(m_settings.value(QStringLiteral("ui/geometry")).toByteArray());
    // The pages' splitters come back where the user left them.
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(
                m_settings.value(QStringLiteral("ui/splitters/") + splitter->objectName())
                    .toByteArray());
    }
    updateState();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_unlockAction = file->addAction(tr("&Unlock Workspace…"), this, &MainWindow::unlock);
    m_unlockAction->setShortcut(QKeySequence(tr("Ctrl+U")));
    m_lockAction = file->addAction(tr("&Lock Workspace"), this, &MainWindow::lock);
    m_lockAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    file->addAction(tr("&Open Workspace Folder…"), this, &MainWindow::openWorkspaceFolder)
        ->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addAction(tr("Provider &Credentials…"), this, &MainWindow::showCredentials);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int p = 0; p < AreaCount; ++p) {
        QAction *action = view->addAction(m_navigation->item(p)->icon(),
            m_navigation->item(p)->text(), this, [this, p] { showPage(static_cast<Page>(p)); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + p)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("User &Guide"), this, &MainWindow::showUserGuide)
        ->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Relay Audit"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

QWidget *MainWindow::buildLockedPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    auto *icon = new QLabel(page);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/locked.svg")).pixmap(80, 80));
    icon->setAlignment(Qt::AlignHCenter);
    layout->addWidget(icon);
    m_lockedTitle = new QLabel(page);
    m_lockedTitle->setAlignment(Qt::AlignHCenter);
    layout->addWidget(m_lockedTitle);
    m_lockedText = new QLabel(page);
    m_lockedText->setAlignment(Qt::AlignHCenter);
    m_lockedText->setWordWrap(true);
    layout->addWidget(m_lockedText);
    m_unlockButton = new QPushButton(page);
    m_unlockButton->setDefault(true);
    connect(m_unlockButton, &QPushButton::clicked, this, &MainWindow::unlock);
    layout->addWidget(m_unlockButton, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

QWidget *MainWindow::buildWorkspaceView()
{
    auto *view = new QWidget(this);
    auto *layout = new QHBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    m_navigation = new QListWidget(view);
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setUniformItemSizes(true);
    m_navigation->setFixedWidth(190);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    const QString names[AreaCount]
        = { tr("Deliveries"), tr("Reports"), tr("Retention"), tr("Access Audit"), tr("Activity") };
    for (int p = 0; p < AreaCount; ++p)
        new QListWidgetItem(navigationIcon(QString::fromLatin1(kPageIcons[p].icon), palette(), 24),
            names[p], m_navigation);

    m_pages = new QStackedWidget(view);
    m_deliveries = new DeliveriesPage(m_pages);
    m_deliveries->setSecrets(&m_secrets);
    m_deliveries->setSettings(&m_settings);
    m_pages->addWidget(m_deliveries);
    m_reports = new ReportsPage(m_pages);
    m_reports->setSecrets(&m_secrets);
    m_pages->addWidget(m_reports);
    m_retention = new RetentionPage(m_pages);
    m_retention->setSecrets(&m_secrets);
    m_retention->setClock(&m_clock);
    m_retention->setSettingsFile(m_settings.fileName());
    m_pages->addWidget(m_retention);
    m_access = new AccessPage(m_pages);
    m_pages->addWidget(m_access);
    m_activity = new ActivityPage(m_pages);
    m_pages->addWidget(m_activity);
    showControlsVisibly(m_pages);
    // Each page follows the workspace's changes, whoever makes them.
    m_deliveries->followChanges(m_watcher);
    m_reports->followChanges(m_watcher);
    m_retention->followChanges(m_watcher);
    m_access->followChanges(m_watcher);
    m_activity->followChanges(m_watcher);
    // Every table's column layout in this window's settings (the tests'
    // own file, not the user's).
    for (HeaderState *columns : m_pages->findChildren<HeaderState *>())
        columns->setSettings(&m_settings);

    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    connect(
        m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
    return view;
}

void MainWindow::setWorkspaceDir(const QString &dir)
{
    if (m_workspace)
        Q_EMIT workspaceClosing();
    m_workspace.reset();
    m_dir = dir;
    (void)m_watcher->watch(nullptr);
    m_deliveries->setWorkspace(nullptr);
    m_reports->setWorkspace(nullptr);
    m_retention->setWorkspace(nullptr);
    m_access->setWorkspace(nullptr);
    m_activity->setWorkspace(nullptr);
    updateState();
}

void MainWindow::setDemo(bool demo)
{
    m_demo = demo;
    updateState();
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace, int failedAttempts)
{
    m_workspace = std::move(workspace);
    m_dir = m_workspace->path();
    // Failed attempts cannot be logged while locked (that would change the
    // workspace without its key); they are recorded with the unlock.
    if (auto status = m_workspace->activityLog().append(QStringLiteral("workspace.unlock"),
            { { QStringLiteral("failedAttempts"), failedAttempts },
                { QStringLiteral("via"), QStringLiteral("gui") } });
        !status) {
        showError(status.error());
    }
    m_deliveries->setWorkspace(m_workspace.get());
    m_reports->setWorkspace(m_workspace.get());
    m_retention->setWorkspace(m_workspace.get());
    m_access->setWorkspace(m_workspace.get());
    m_activity->setWorkspace(m_workspace.get());
    if (auto watching = m_watcher->watch(m_workspace.get()); !watching)
        showError(watching.error());
    updateState();
    Q_EMIT workspaceUnlocked();
}

void MainWindow::unlockWithPassphrase(const QByteArray &passphrase)
{
    if (!Workspace::exists(m_dir))
        m_unlocker->createWithPassphrase(m_dir, SecretBytes::fromUtf8(passphrase));
    else
        m_unlocker->unlockWithPassphrase(m_dir, SecretBytes::fromUtf8(passphrase));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

QWidget *MainWindow::page(Page page) const
{
    return m_pages->widget(page);
}

void MainWindow::showPage(Page page)
{
    if (isUnlocked())
        m_navigation->setCurrentRow(page);
}

void MainWindow::unlock()
{
    if (isUnlocked() || m_unlocker->isBusy())
        return;
    m_banner->dismiss();
    const bool exists = Workspace::exists(m_dir);
    if (exists) {
        auto meta = Workspace::inspect(m_dir);
        if (!meta) {
            showError(meta.error());
            return;
        }
        if (meta->keySource == KeySource::Keychain) {
            m_unlocker->unlockWithKeychain(m_dir);
            return;
        }
    }
    UnlockDialog dialog(
        exists ? UnlockDialog::Mode::Unlock : UnlockDialog::Mode::Create, m_dir, *m_unlocker, this);
    if (dialog.exec() == QDialog::Accepted)
        setWorkspace(m_unlocker->takeWorkspace(), dialog.failedAttempts());
}

void MainWindow::lock()
{
    if (!isUnlocked())
        return;
    setWorkspaceDir(m_dir);
}

void MainWindow::openWorkspaceFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Workspace Folder"), m_dir);
    if (dir.isEmpty())
        return;
    setDemo(false);
    setWorkspaceDir(dir);
    unlock();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::showCredentials()
{
    CredentialsDialog dialog(m_secrets, this);
    dialog.exec();
}

void MainWindow::showUserGuide()
{
    if (m_guide) {
        m_guide->raise();
        m_guide->activateWindow();
        return;
    }
    // docs/user-guide.md, built into the executable with its screenshots, so
    // it is there offline and matches this version.
    m_guide = new QDialog(this);
    m_guide->setAttribute(Qt::WA_DeleteOnClose);
    m_guide->setWindowTitle(tr("Relay Audit User Guide"));
    auto *layout = new QVBoxLayout(m_guide);
    auto *browser = new QTextBrowser(m_guide);
    browser->setObjectName(QStringLiteral("userGuide"));
    browser->setAccessibleName(tr("User guide"));
    browser->setOpenExternalLinks(true);
    browser->setSource(
        QUrl(QStringLiteral("qrc:/guide/user-guide.md")), QTextDocument::MarkdownResource);
    // Screenshots are full windows: shown at the guide's reading width.
    constexpr int kImageWidth = 720;
    QList<QTextFragment> images;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                images.append(it.fragment());
        }
    }
    for (const QTextFragment &fragment : std::as_const(images)) {
        QTextImageFormat image = fragment.charFormat().toImageFormat();
        image.setWidth(kImageWidth);
        QTextCursor cursor(browser->document());
        cursor.setPosition(fragment.position());
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
        cursor.setCharFormat(image);
    }
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_guide);
    connect(buttons, &QDialogButtonBox::rejected, m_guide, &QDialog::close);
    layout->addWidget(buttons);
    m_guide->resize(820, 760);
    m_guide->show();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showError(const Error &error)
{
    m_banner->showMessage(errorMessage(error), MessageBanner::Kind::Error);
}

void MainWindow::updateState()
{
    const bool unlocked = isUnlocked();
    m_root->setCurrentIndex(unlocked ? kWorkspaceView : kLockedView);
    const bool exists = Workspace::exists(m_dir);
    m_lockedTitle->setText(
        exists ? tr("<h2>Workspace locked</h2>") : tr("<h2>No workspace yet</h2>"));
    m_lockedText->setText(exists ? tr("The workspace at %1 is encrypted.").arg(m_dir)
                                 : tr("Create an encrypted workspace at %1 to start.").arg(m_dir));
    m_unlockButton->setText(exists ? tr("&Unlock…") : tr("&Create Workspace…"));
    m_lockAction->setEnabled(unlocked);
    m_unlockAction->setEnabled(!unlocked);

    const QString place = m_demo ? tr("Demo workspace") : m_dir;
    if (m_demo) {
        setWindowTitle(tr("Relay Audit — Demo workspace (passphrase: %1)")
                           .arg(QString::fromLatin1(Workspace::kDemoPassphrase)));
    } else {
        setWindowTitle(tr("%1 — Relay Audit").arg(m_dir));
    }
    m_statusWorkspace->setText(unlocked
            ? tr("%1 · key: %2 · schema %3")
                  .arg(m_dir,
                      m_workspace->meta().keySource == KeySource::Keychain ? tr("system keychain")
                                                                           : tr("passphrase"))
                  .arg(Workspace::latestSchemaVersion())
            : place);
    m_statusLock->setText(unlocked ? tr("Unlocked") : tr("Locked"));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // The navigation icons are tinted from the palette: tint them again.
    if (event->type() == QEvent::PaletteChange && m_navigation) {
        for (int p = 0; p < AreaCount && p < m_navigation->count(); ++p)
            m_navigation->item(p)->setIcon(
                navigationIcon(QString::fromLatin1(kPageIcons[p].icon), palette(), 24));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    for (const QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            m_settings.setValue(
                QStringLiteral("ui/splitters/") + splitter->objectName(), splitter->saveState());
    }
    setWorkspaceDir(m_dir);
    event->accept();
}

} // namespace relay::ui
