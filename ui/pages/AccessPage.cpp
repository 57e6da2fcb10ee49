#include "AccessPage.h"

#include "LiveRefresh.h"

#include "Clock.h"
#include "HeaderState.h"
#include "MessageBanner.h"
#include "PageKeys.h"
#include "PrivateFile.h"
#include "ReportPdf.h"
#include "activity/ActivityLog.h"
#include "exports/ReportExport.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace relay::ui {

using core::AccessAudit;
using core::SessionBuilder;
using core::SessionFlag;
using core::SessionFlags;

namespace {

QString shortTime(const QDateTime &t)
{
    return t.isValid()
        ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")
        : QString();
}

} // namespace

QString AccessPage::flagText(SessionFlag flag)
{
    switch (flag) {
    case SessionFlag::NoLogout:
        return tr("No logout: the session never ended in the trail; it closed after the idle gap.");
    case SessionFlag::NoLogin:
        return tr("No login: changes by vendor staff with no login row imported before them.");
    case SessionFlag::OutsideGrant:
        return tr("Outside any grant: no login-access grant of the org covered its start.");
    case SessionFlag::SensitiveSection:
        return tr("Sensitive sections: changes to users, profiles, security, sharing, connected "
                  "apps, certificates, data export or packages.");
    case SessionFlag::ManyChanges:
        return tr("Many changes: more than the limit in one session.");
    case SessionFlag::AfterHours:
        return tr("After hours: activity outside the org's business hours.");
    case SessionFlag::ReviewStale:
        return tr("Review stale: the session's rows changed after it was reviewed (an import, "
                  "another idle gap).");
    case SessionFlag::ReviewUnverified:
        return tr("Review unverified: the activity log holds no entry for this review as stored.");
    }
    return SessionFlags::name(flag);
}

AccessPage::AccessPage(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_summary(new QLabel(this))
    , m_org(new QComboBox(this))
    , m_staff(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_flag(new QComboBox(this))
    , m_reviewState(new QComboBox(this))
    , m_sessions(new QTableWidget(this))
    , m_details(new QTextBrowser(this))
    , m_status(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_saveReview(new QPushButton(tr("Save &Review"), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<h2>Access Audit</h2>"), this));
    header->addStretch(1);
    auto *importButton = new QPushButton(tr("&Import Audit Trail…"), this);
    auto *csvButton = new QPushButton(tr("Export &CSV…"), this);
    auto *pdfButton = new QPushButton(tr("Export &PDF…"), this);
    header->addWidget(importButton);
    header->addWidget(csvButton);
    header->addWidget(pdfButton);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *filters = new QHBoxLayout;
    m_org->setAccessibleName(tr("Org"));
    m_staff->setAccessibleName(tr("Staff user"));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_flag->addItem(tr("Any flag or none"), QString());
    m_flag->addItem(tr("Flagged"), QStringLiteral("*"));
    for (const SessionFlag flag :
        { SessionFlag::OutsideGrant, SessionFlag::NoLogout, SessionFlag::NoLogin,
            SessionFlag::SensitiveSection, SessionFlag::ManyChanges, SessionFlag::AfterHours })
        m_flag->addItem(SessionFlags::name(flag), SessionFlags::name(flag));
    m_flag->setAccessibleName(tr("Flag"));
    m_reviewState->addItem(tr("Any review state"), QString());
    m_reviewState->addItem(tr("Not reviewed"), QStringLiteral("none"));
    m_reviewState->addItem(tr("Reviewed"), QStringLiteral("reviewed"));
    m_reviewState->addItem(tr("Escalated"), QStringLiteral("escalated"));
    m_reviewState->setAccessibleName(tr("Review state"));
    filters->addWidget(m_org);
    filters->addWidget(m_staff);
    auto *fromLabel = new QLabel(tr("from"), this);
    fromLabel->setBuddy(m_from);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    auto *toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_to);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_flag);
    filters->addWidget(m_reviewState);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_sessions->setColumnCount(ColumnCount);
    m_sessions->setHorizontalHeaderLabels({ tr("Start"), tr("End"), tr("Org"), tr("Staff"),
        tr("Acting as"), tr("Changes"), tr("Flags"), tr("Review") });
    m_sessions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sessions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sessions->setAlternatingRowColors(true);
    // Tab leaves the table (arrow keys move between cells): no trap for the keyboard.
    m_sessions->setTabKeyNavigation(false);
    m_sessions->verticalHeader()->hide();
    m_sessions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sessions->horizontalHeader()->setSectionResizeMode(FlagsColumn, QHeaderView::Stretch);
    m_sessions->horizontalHeader()->setStretchLastSection(false);
    m_sessions->setAccessibleName(tr("Sessions"));
    m_sessions->setAccessibleDescription(
        tr("The vendor's subscriber-access sessions the filters match, one per row: "
           "start, end, org, staff user, acting as, changes, flags and review"));
    new HeaderState(m_sessions->horizontalHeader(), QStringLiteral("access/sessions"));
    m_details->setAccessibleName(tr("Session details"));
    m_details->setAccessibleDescription(
        tr("The selected session's grant, flags, review and timeline of changes"));

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_details, 1);
    auto *reviewRow = new QHBoxLayout;
    m_status->addItem(tr("Reviewed"), QStringLiteral("reviewed"));
    m_status->addItem(tr("Escalated"), QStringLiteral("escalated"));
    m_status->setAccessibleName(tr("Review status"));
    m_note->setPlaceholderText(tr("Why: a ticket, what was checked, who was asked"));
    m_note->setAccessibleName(tr("Review note"));
    auto *markLabel = new QLabel(tr("Mark as"), this);
    markLabel->setBuddy(m_status);
    reviewRow->addWidget(markLabel);
    reviewRow->addWidget(m_status);
    reviewRow->addWidget(m_note, 1);
    reviewRow->addWidget(m_saveReview);
    detailLayout->addLayout(reviewRow);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("accessSplitter"));
    splitter->addWidget(m_sessions);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    for (QComboBox *combo : { m_org, m_staff, m_flag, m_reviewState })
        connect(combo, &QComboBox::currentIndexChanged, this, &AccessPage::applyFilters);
    // Only the reviewer's own choice of days is kept across refreshes (the
    // refresh sets them with signals blocked).
    for (QDateEdit *edit : { m_from, m_to }) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            m_datesChosen = true;
            applyFilters();
        });
    }
    connect(m_sessions, &QTableWidget::itemSelectionChanged, this, &AccessPage::showDetails);
    connect(m_saveReview, &QPushButton::clicked, this, &AccessPage::saveReview);
    connect(m_note, &QLineEdit::returnPressed, this, &AccessPage::saveReview);
    connect(importButton, &QPushButton::clicked, this, &AccessPage::importWithDialog);
    connect(csvButton, &QPushButton::clicked, this, [this] { exportWithDialog(false); });
    connect(pdfButton, &QPushButton::clicked, this, [this] { exportWithDialog(true); });
    m_saveReview->setEnabled(false);

    // Reading order: the page's buttons, its banner, the filters, the
    // sessions, then the selected one and its review.
    keys::setTabChain(
        { importButton, csvButton, pdfButton, m_banner->closeButton(), m_org, m_staff, m_from, m_to,
            m_flag, m_reviewState, m_sessions, m_details, m_status, m_note, m_saveReview });
    // The page has no search text: Find goes to its first filter.
    keys::addPageAction(this, QKeySequence::Find, tr("Filter Sessions"),
        [this] { m_org->setFocus(Qt::ShortcutFocusReason); });
    keys::addPageAction(this, QKeySequence::Refresh, tr("Refresh"), &AccessPage::refresh);
}

void AccessPage::followChanges(core::WorkspaceWatcher *watcher)
{
    new LiveRefresh(this, watcher, [this] { refresh(); });
}

void AccessPage::setWorkspace(core::Workspace *workspace)
{
    m_workspace = workspace;
    m_datesChosen = false;
    m_banner->dismiss();
    refresh();
}

void AccessPage::refresh()
{
    m_all.clear();
    m_rows.clear();
    if (!m_workspace) {
        applyFilters();
        return;
    }
    auto rows = m_workspace->access().rows();
    auto sessions = m_workspace->access().sessions({}, {});
    auto staff = m_workspace->access().staff();
    if (!rows || !sessions || !staff) {
        m_banner->showMessage(tr("The audit store could not be read."), MessageBanner::Kind::Error);
        return;
    }
    for (const AccessAudit::Row &r : rows.value())
        m_rows.insert(r.id, r);
    m_all = sessions.value();
    QStringList orgs;
    QStringList people;
    QDate first;
    QDate last;
    for (const AccessAudit::Row &r : rows.value()) {
        if (!orgs.contains(r.org))
            orgs.append(r.org);
        first = first.isValid() ? qMin(first, r.at.date()) : r.at.date();
        last = last.isValid() ? qMax(last, r.at.date()) : r.at.date();
    }
    for (const AccessAudit::Session &s : std::as_const(m_all)) {
        if (!people.contains(s.staffUser))
            people.append(s.staffUser);
    }
    orgs.sort();
    people.sort();
    const QSignalBlocker blockOrg(m_org);
    const QSignalBlocker blockStaff(m_staff);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    const QString org = m_org->currentData().toString();
    const QString person = m_staff->currentData().toString();
    m_org->clear();
    m_org->addItem(tr("All orgs"), QString());
    for (const QString &o : std::as_const(orgs))
        m_org->addItem(o, o);
    m_org->setCurrentIndex(qMax(0, m_org->findData(org)));
    m_staff->clear();
    m_staff->addItem(tr("All staff"), QString());
    for (const QString &p : std::as_const(people))
        m_staff->addItem(p, p);
    m_staff->setCurrentIndex(qMax(0, m_staff->findData(person)));
    if (first.isValid()) {
        // A refresh (after a review, an import) keeps the reviewer's days.
        const QDate keptFrom = m_datesChosen ? m_from->date() : first;
        const QDate keptTo = m_datesChosen ? m_to->date() : last;
        m_from->setDateRange(first, last);
        m_to->setDateRange(first, last);
        m_from->setDate(qBound(first, keptFrom, last));
        m_to->setDate(qBound(first, keptTo, last));
    }
    if (rows->isEmpty()) {
        m_summary->setText(tr("No Setup Audit Trail is imported yet. Import a trail (the CSV the "
                              "Setup page downloads, or "
                              "saved REST query pages), or run \"relayaudit-cli access pull\"; "
                              "then say who the vendor staff "
                              "are with \"relayaudit-cli access staff add\"."));
    } else if (staff->isEmpty()) {
        m_summary->setText(tr("%n audit-trail row(s) imported, but no vendor staff is configured: "
                              "add their usernames or "
                              "domain with \"relayaudit-cli access staff add\".",
            nullptr, static_cast<int>(rows->size())));
    }
    applyFilters();
}

void AccessPage::applyFilters()
{
    m_shown.clear();
    const QString org = m_org->currentData().toString();
    const QString person = m_staff->currentData().toString();
    const QString flag = m_flag->currentData().toString();
    const QString review = m_reviewState->currentData().toString();
    for (const AccessAudit::Session &s : std::as_const(m_all)) {
        if (!org.isEmpty() && s.org != org)
            continue;
        if (!person.isEmpty() && s.staffUser != person)
            continue;
        if (m_from->date().isValid() && s.start.date() < m_from->date())
            continue;
        if (m_to->date().isValid() && s.start.date() > m_to->date())
            continue;
        const std::optional<SessionFlag> wanted = SessionFlags::fromName(flag);
        if (flag == QLatin1String("*") ? s.flags.isEmpty() : (wanted && !s.flags.contains(*wanted)))
            continue;
        const QString state = s.review ? SessionBuilder::reviewStatusName(s.review->status)
                                       : QStringLiteral("none");
        if (!review.isEmpty() && review != state)
            continue;
        m_shown.append(s);
    }
    m_sessions->setRowCount(0);
    m_sessions->setRowCount(static_cast<int>(m_shown.size()));
    for (int i = 0; i < m_shown.size(); ++i) {
        const AccessAudit::Session &s = m_shown.at(i);
        const QStringList cells { shortTime(s.start),
            s.end.isValid() ? shortTime(s.end) : tr("no logout"), s.org, s.staffUser, s.actingAs,
            QString::number(s.changes), s.flags.names().join(QStringLiteral(", ")), reviewText(s) };
        for (int c = 0; c < ColumnCount; ++c)
            m_sessions->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        if (!s.flags.isEmpty())
            m_sessions->item(i, FlagsColumn)
                ->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    if (!m_all.isEmpty()) {
        int flagged = 0;
        int unreviewed = 0;
        for (const AccessAudit::Session &s : std::as_const(m_shown)) {
            flagged += s.flags.isEmpty() ? 0 : 1;
            unreviewed += s.review ? 0 : 1;
        }
        m_summary->setText(tr("%1 of %2 sessions shown · %3 flagged · %4 not reviewed")
                               .arg(m_shown.size())
                               .arg(m_all.size())
                               .arg(flagged)
                               .arg(unreviewed));
    }
    m_details->clear();
    m_saveReview->setEnabled(false);
}

QString AccessPage::reviewText(const AccessAudit::Session &s) const
{
    if (!s.review)
        return tr("not reviewed");
    return s.review->status == AccessAudit::ReviewStatus::Reviewed ? tr("reviewed")
                                                                   : tr("escalated");
}

void AccessPage::showDetails()
{
    const int row = m_sessions->currentRow();
    if (row < 0 || row >= m_shown.size()) {
        m_details->clear();
        m_saveReview->setEnabled(false);
        return;
    }
    const AccessAudit::Session &s = m_shown.at(row);
    QString html
        = QStringLiteral("<h3>%1</h3>")
              .arg(tr("%1 in %2, acting as %3")
                       .arg(s.staffUser, s.org, s.actingAs.isEmpty() ? tr("(unknown)") : s.actingAs)
                       .toHtmlEscaped());
    const qint64 minutes = s.start.secsTo(s.end.isValid() ? s.end : s.lastActivity) / 60;
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("From %1 to %2: %n minute(s), %3 change(s).", nullptr,
                    static_cast<int>(minutes))
                         .arg(shortTime(s.start),
                             s.end.isValid() ? shortTime(s.end) : tr("no logout"))
                         .arg(s.changes)
                         .toHtmlEscaped());
    html
        += QStringLiteral("<p><b>%1</b> %2</p>")
               .arg(tr("Grant:").toHtmlEscaped(),
                   (s.grant.isEmpty() ? tr("none covered this session") : s.grant).toHtmlEscaped());
    if (!s.flags.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const SessionFlag flag : SessionFlags::all()) {
            if (s.flags.contains(flag))
                html += QStringLiteral("<li>%1</li>").arg(flagText(flag).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    if (s.review) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Review:").toHtmlEscaped(),
                        tr("%1 by %2 at %3: %4")
                            .arg(reviewText(s), s.review->reviewer, shortTime(s.review->at),
                                s.review->note)
                            .toHtmlEscaped());
    }
    html += QStringLiteral("<h4>%1</h4><table cellpadding=\"3\">")
                .arg(tr("Timeline").toHtmlEscaped());
    for (const qint64 id : s.rowIds) {
        const AccessAudit::Row r = m_rows.value(id);
        html
            += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                   .arg(shortTime(r.at).toHtmlEscaped(), r.section.toHtmlEscaped(),
                       r.display.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                       r.namespacePrefix.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
    m_saveReview->setEnabled(true);
}

void AccessPage::saveReview()
{
    const int row = m_sessions->currentRow();
    if (!m_workspace || row < 0 || row >= m_shown.size())
        return;
    const AccessAudit::Session s = m_shown.at(row);
    const AccessAudit::Review review { s.id,
        m_status->currentData().toString() == QLatin1String("reviewed")
            ? AccessAudit::ReviewStatus::Reviewed
            : AccessAudit::ReviewStatus::Escalated,
        m_note->text(), core::ActivityLog::currentOsUser(), {} };
    if (auto status = m_workspace->access().review(s, review); !status) {
        m_banner->showMessage(core::errorMessage(status.error()), MessageBanner::Kind::Error);
        return;
    }
    if (auto logged = m_workspace->activityLog().append(
            QStringLiteral("access.review"), SessionBuilder::reviewLogDetail(review));
        !logged) {
        m_banner->showMessage(
            tr("The review is kept but the activity log refused it (%1); it shows as unverified.")
                .arg(core::errorMessage(logged.error())),
            MessageBanner::Kind::Error);
        refresh();
        return;
    }
    m_note->clear();
    m_banner->showMessage(tr("Session of %1 marked %2.")
                              .arg(s.staffUser, SessionBuilder::reviewStatusName(review.status)),
        MessageBanner::Kind::Positive);
    refresh();
    for (int i = 0; i < m_shown.size(); ++i) {
        if (m_shown.at(i).id == s.id)
            m_sessions->selectRow(i);
    }
}

core::Status AccessPage::importFiles(
    const QStringList &files, const QString &org, const AccessAudit::CsvOptions &options)
{
    if (!m_workspace)
        return core::makeError(core::ErrorCode::NotFound, tr("no workspace is open"));
    auto result = m_workspace->access().importFiles(org, files, options);
    if (!result)
        return result.error();
    const qint64 rows = result->rows;
    const qint64 added = result->added;
    (void)m_workspace->activityLog().append(QStringLiteral("access.import"),
        { { QStringLiteral("files"), static_cast<qint64>(files.size()) },
            { QStringLiteral("rows"), rows }, { QStringLiteral("added"), added } });
    m_banner->showMessage(
        tr("Read %1 audit-trail rows for %2; %3 new.").arg(rows).arg(org).arg(added),
        MessageBanner::Kind::Positive);
    refresh();
    return {};
}

void AccessPage::importWithDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Setup Audit Trail"),
        QString(), tr("Audit trail (*.csv *.json);;All files (*)"));
    if (files.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Import Setup Audit Trail"));
    auto *form = new QFormLayout(&dialog);
    auto *org = new QLineEdit(&dialog);
    org->setPlaceholderText(tr("the client org, e.g. Acme Health"));
    org->setAccessibleName(tr("Org"));
    auto *zone = new QComboBox(&dialog);
    zone->setEditable(true);
    zone->setAccessibleName(tr("CSV time zone"));
    // First: let each time's abbreviation (PST, EDT, UTC…) fix its offset.
    zone->addItem(tr("From the times (PST, EDT, UTC…)"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    zone->setCurrentIndex(0);
    auto *dayFirst = new QCheckBox(tr("Dates read day first (D/M/YYYY)"), &dialog);
    form->addRow(tr("&Org:"), org);
    form->addRow(tr("CSV &time zone:"), zone);
    form->addRow(QString(), dayFirst);
    auto *note = new QLabel(tr("The CSV's times are in the Salesforce time zone of the user who "
                               "downloaded it. A US zone's abbreviation, UTC or GMT on each time "
                               "fixes it; for any other, choose the zone. JSON query pages "
                               "carry UTC times and need neither."),
        &dialog);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (org->text().trimmed().isEmpty()) {
        m_banner->showMessage(
            tr("Name the org the trail comes from."), MessageBanner::Kind::Warning);
        return;
    }
    // Index 0 (or text that names no zone) leaves the zone unnamed.
    const QString zoneId = zone->currentIndex() == 0 && zone->currentText() == zone->itemText(0)
        ? QString()
        : zone->currentText();
    const AccessAudit::CsvOptions options {
        zoneId.isEmpty() ? QTimeZone() : QTimeZone(zoneId.toUtf8()), dayFirst->isChecked()
    };
    if (auto s = importFiles(files, org->text().trimmed(), options); !s)
        m_banner->showMessage(tr("Nothing was imported: %1").arg(core::errorMessage(s.error())),
            MessageBanner::Kind::Error);
}

core::Status AccessPage::exportCsv(const QString &path)
{
    core::PrivateFile file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    file.device().write(core::ReportExport::csvLine({ QStringLiteral("session_id"),
        QStringLiteral("org"), QStringLiteral("staff_user"), QStringLiteral("acting_as"),
        QStringLiteral("session_start"), QStringLiteral("session_end"), QStringLiteral("flags"),
        QStringLiteral("grant"), QStringLiteral("review"), QStringLiteral("review_note"),
        QStringLiteral("row_time"), QStringLiteral("row_user"), QStringLiteral("row_section"),
        QStringLiteral("row_action") }));
    qint64 lines = 0;
    for (const AccessAudit::Session &s : std::as_const(m_shown)) {
        for (const qint64 id : s.rowIds) {
            const AccessAudit::Row r = m_rows.value(id);
            file.device().write(core::ReportExport::csvLine({ QString::number(s.id), s.org,
                s.staffUser, s.actingAs, s.start.toUTC().toString(Qt::ISODate),
                s.end.isValid() ? s.end.toUTC().toString(Qt::ISODate) : QString(),
                s.flags.names().join(QLatin1Char(' ')), s.grant,
                s.review ? SessionBuilder::reviewStatusName(s.review->status) : QString(),
                s.review ? s.review->note : QString(), r.at.toUTC().toString(Qt::ISODate), r.user,
                r.section, r.display }));
            ++lines;
        }
    }
    if (auto committed = file.commit(); !committed)
        return committed;
    return m_workspace ? m_workspace->activityLog().append(QStringLiteral("access.export"),
               { { QStringLiteral("format"), QStringLiteral("csv") },
                   { QStringLiteral("sessions"), static_cast<qint64>(m_shown.size()) },
                   { QStringLiteral("rows"), lines } })
                       : core::Status {};
}

core::Status AccessPage::exportPdf(const QString &path)
{
    QString html = QStringLiteral("<h1>%1</h1><p>%2</p>")
                       .arg(tr("Subscriber-access sessions").toHtmlEscaped(),
                           m_summary->text().toHtmlEscaped());
    for (const AccessAudit::Session &s : std::as_const(m_shown)) {
        html += QStringLiteral("<h3>%1</h3><p>%2<br>%3<br>%4</p>")
                    .arg(tr("%1 in %2, acting as %3")
                             .arg(s.staffUser, s.org, s.actingAs)
                             .toHtmlEscaped(),
                        tr("%1 to %2, %3 change(s)")
                            .arg(shortTime(s.start),
                                s.end.isValid() ? shortTime(s.end) : tr("no logout"))
                            .arg(s.changes)
                            .toHtmlEscaped(),
                        tr("Flags: %1")
                            .arg(s.flags.isEmpty() ? tr("none")
                                                   : s.flags.names().join(QStringLiteral(", ")))
                            .toHtmlEscaped(),
                        tr("Review: %1")
                            .arg(s.review ? reviewText(s) + QStringLiteral(" — ") + s.review->note
                                          : reviewText(s))
                            .toHtmlEscaped());
        html += QStringLiteral("<table cellpadding=\"2\">");
        for (const qint64 id : s.rowIds) {
            const AccessAudit::Row r = m_rows.value(id);
            html += QStringLiteral("<tr><td><small>%1</small></td><td><small>%2</small></"
                                   "td><td><small>%3</small></td></tr>")
                        .arg(shortTime(r.at).toHtmlEscaped(), r.section.toHtmlEscaped(),
                            r.display.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    QTextDocument document;
    document.setHtml(html);
    if (auto s = printPdf(document, path, tr("Subscriber-access sessions"),
            QStringLiteral("Relay Audit %1").arg(QStringLiteral(RELAYAUDIT_VERSION)));
        !s)
        return s;
    return m_workspace ? m_workspace->activityLog().append(QStringLiteral("access.export"),
               { { QStringLiteral("format"), QStringLiteral("pdf") },
                   { QStringLiteral("sessions"), static_cast<qint64>(m_shown.size()) } })
                       : core::Status {};
}

void AccessPage::exportWithDialog(bool pdf)
{
    if (!m_workspace)
        return;
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("access-sessions-%1.%2")
                            .arg(m_workspace->clock().nowUtc().date().toString(Qt::ISODate),
                                pdf ? QStringLiteral("pdf") : QStringLiteral("csv")));
    const QString path = QFileDialog::getSaveFileName(this,
        pdf ? tr("Export Sessions as PDF") : tr("Export Sessions as CSV"), suggested,
        pdf ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto s = pdf ? exportPdf(path) : exportCsv(path); !s) {
        m_banner->showMessage(tr("The export failed: %1").arg(core::errorMessage(s.error())),
            MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(
        tr("Exported %n session(s) to %1.", nullptr, static_cast<int>(m_shown.size()))
            .arg(QDir::toNativeSeparators(path)),
        MessageBanner::Kind::Positive);
}

} // namespace relay::ui
