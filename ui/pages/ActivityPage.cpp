#include "ActivityPage.h"

#include "LiveRefresh.h"

#include "ActivityLogModel.h"
#include "HeaderState.h"
#include "MessageBanner.h"
#include "PageKeys.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace relay::ui {

ActivityPage::ActivityPage(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_model(new ActivityLogModel(this))
    , m_view(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("<h2>Activity</h2>"), this);
    header->addWidget(title);
    header->addStretch(1);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    auto *verifyButton = new QPushButton(tr("&Verify Log"), this);
    verifyButton->setToolTip(tr("Check that no entry was altered, inserted or removed"));
    header->addWidget(refreshButton);
    header->addWidget(verifyButton);
    layout->addLayout(header);
    auto *intro = new QLabel(
        tr("Every action taken in this workspace, with who, when and counts; never content "
           "and never a phone number. Each entry is chained to the previous one by its hash."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    // Tab leaves the table (arrow keys move between cells): no trap for the keyboard.
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Activity log"));
    m_view->setAccessibleDescription(
        tr("Every action taken in this workspace, oldest first: sequence number, time, "
           "user, action and its details"));
    m_headerState = new HeaderState(m_view->horizontalHeader(), QStringLiteral("activity/log"));
    layout->addWidget(m_view, 1);

    connect(refreshButton, &QPushButton::clicked, this, &ActivityPage::refresh);
    connect(verifyButton, &QPushButton::clicked, this, &ActivityPage::verify);
    keys::setTabChain({ refreshButton, verifyButton, m_banner->closeButton(), m_view });
    keys::addPageAction(this, QKeySequence::Refresh, tr("Refresh"), &ActivityPage::refresh);
}

void ActivityPage::followChanges(core::WorkspaceWatcher *watcher)
{
    new LiveRefresh(this, watcher, [this] { refresh(); });
}

void ActivityPage::setWorkspace(core::Workspace *workspace)
{
    m_workspace = workspace;
    m_banner->dismiss();
    refresh();
}

void ActivityPage::refresh()
{
    if (!m_workspace) {
        m_model->setEntries({});
        return;
    }
    auto entries = m_workspace->activityLog().entries();
    if (!entries) {
        m_banner->showMessage(core::errorMessage(entries.error()), MessageBanner::Kind::Error);
        return;
    }
    m_model->setEntries(std::move(entries.value()));
    // Widths the user set (or kept from the last run) stay as they are.
    if (!m_headerState->isCustomised())
        m_view->resizeColumnsToContents();
    m_view->scrollToBottom();
}

void ActivityPage::verify()
{
    if (!m_workspace)
        return;
    auto result = m_workspace->activityLog().verify();
    if (!result) {
        m_banner->showMessage(core::errorMessage(result.error()), MessageBanner::Kind::Error);
        return;
    }
    if (result->intact) {
        m_banner->showMessage(tr("The activity log is intact: %n entries, hash chain verified.",
                                  nullptr, static_cast<int>(result->entries)),
            MessageBanner::Kind::Positive);
    } else {
        m_banner->showMessage(tr("The activity log was tampered with: %1.").arg(result->problem),
            MessageBanner::Kind::Error);
    }
}

} // namespace relay::ui
