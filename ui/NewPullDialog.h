#pragma once

#include "ingest/ProviderPull.h"
#include "reports/ReportCache.h"

#include <QDate>
#include <QDialog>
#include <QElapsedTimer>
#include <QUrl>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace relay::core {
class SecretStore;
class Workspace;
} // namespace relay::core

namespace relay::ui {

class MessageBanner;
class PullRunner;

// Pulls a provider's usage report into the cache: provider, account,
// UTC date range, sender filter and client label; credentials come from the
// keychain (File > Provider Credentials), or are the sandbox's in the
// demo. The pull runs on a worker thread with a progress bar (pages,
// records, rate, ETA) and Cancel; a cancelled pull can be resumed.
class NewPullDialog final : public QDialog
{
    Q_OBJECT
public:
    NewPullDialog(core::Workspace &workspace, core::SecretStore &secrets, QDate todayUtc,
        QWidget *parent = nullptr);
    ~NewPullDialog() override;

    // Offers the in-process sandbox as an endpoint (and picks it).
    void setSandbox(const QUrl &url, const QString &twilioAccount);
    // Resumes a cancelled or failed pull instead of creating one.
    void setResume(const core::ReportCache::Pull &pull);

    // The request as the form says it, or an error naming the problem.
    [[nodiscard]] core::Result<core::ProviderPull::Options> options() const;
    bool isRunning() const;

    QComboBox *provider() const { return m_provider; }
    QLineEdit *account() const { return m_account; }
    QDateEdit *from() const { return m_from; }
    QDateEdit *to() const { return m_to; }
    QLineEdit *senders() const { return m_senders; }
    QLineEdit *client() const { return m_client; }
    QComboBox *endpoint() const { return m_endpoint; }
    QLabel *problem() const { return m_problem; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progress() const { return m_progress; }
    QLabel *progressText() const { return m_progressText; }

public Q_SLOTS:
    void startPull();
    void cancelPull();
    void reject() override;

Q_SIGNALS:
    // The cache changed (a page landed, the pull ended): views refresh.
    void cacheChanged();
    void pullFinished(qint64 pullId, bool ok, const QString &error);

private:
    void validate();
    void run(core::ProviderPull::Options options, core::ProviderCredentials credentials);
    void showProgress(qint64 pages, qint64 records);
    void finish(bool ok, const QString &error);
    void setFormEnabled(bool enabled);

    core::Workspace &m_workspace;
    core::SecretStore &m_secrets;
    QDate m_today;
    QUrl m_sandbox;
    QString m_sandboxAccount;
    qint64 m_resumeId = 0;
    qint64 m_pullId = 0;
    PullRunner *m_runner = nullptr;
    QElapsedTimer m_clock;
    double m_fraction = -1;
    qint64 m_startRecords = 0;

    QComboBox *m_provider;
    QLineEdit *m_account;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_senders;
    QLineEdit *m_client;
    QComboBox *m_endpoint;
    QLabel *m_problem;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_close;
};

} // namespace relay::ui
