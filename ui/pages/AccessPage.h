#pragma once

#include "access/AccessAudit.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace relay::core {
class WorkspaceWatcher;
class Workspace;
} // namespace relay::core

namespace relay::ui {

class MessageBanner;

// Who from the vendor logged in to which client org, when, for how long,
// what they changed, and whether a grant covered it: the subscriber-access
// sessions rebuilt from imported Setup Audit Trails. Filters (org, staff,
// days, flag, review state); a session's rows as a timeline with the grant
// and its flags in words; review actions (into the activity log); export
// of the filtered sessions and their rows as CSV or PDF.
class AccessPage final : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        StartColumn,
        EndColumn,
        OrgColumn,
        StaffColumn,
        ActingColumn,
        ChangesColumn,
        FlagsColumn,
        ReviewColumn,
        ColumnCount
    };

    explicit AccessPage(QWidget *parent = nullptr);

    void setWorkspace(core::Workspace *workspace);
    // Refreshes itself when the workspace changes (LiveRefresh).
    void followChanges(core::WorkspaceWatcher *watcher);

    QTableWidget *sessions() const { return m_sessions; }
    QTextBrowser *details() const { return m_details; }
    QComboBox *orgFilter() const { return m_org; }
    QComboBox *flagFilter() const { return m_flag; }
    QComboBox *reviewFilter() const { return m_reviewState; }
    QDateEdit *fromDate() const { return m_from; }
    QDateEdit *toDate() const { return m_to; }
    QComboBox *reviewStatus() const { return m_status; }
    QLineEdit *reviewNote() const { return m_note; }
    QPushButton *saveReviewButton() const { return m_saveReview; }
    const QList<core::AccessAudit::Session> &shown() const { return m_shown; }

    // For the tests and the buttons.
    [[nodiscard]] core::Status importFiles(
        const QStringList &files, const QString &org, const core::AccessAudit::CsvOptions &options);
    [[nodiscard]] core::Status exportCsv(const QString &path);
    [[nodiscard]] core::Status exportPdf(const QString &path);
    static QString flagText(core::SessionFlag flag);

public Q_SLOTS:
    void refresh();
    void saveReview();

private:
    void applyFilters();
    void showDetails();
    void importWithDialog();
    void exportWithDialog(bool pdf);
    QString reviewText(const core::AccessAudit::Session &s) const;

    core::Workspace *m_workspace = nullptr;
    QList<core::AccessAudit::Session> m_all;
    QList<core::AccessAudit::Session> m_shown;
    QHash<qint64, core::AccessAudit::Row> m_rows;
    bool m_datesChosen = false;

    MessageBanner *m_banner;
    QLabel *m_summary;
    QComboBox *m_org;
    QComboBox *m_staff;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_flag;
    QComboBox *m_reviewState;
    QTableWidget *m_sessions;
    QTextBrowser *m_details;
    QComboBox *m_status;
    QLineEdit *m_note;
    QPushButton *m_saveReview;
};

} // namespace relay::ui
