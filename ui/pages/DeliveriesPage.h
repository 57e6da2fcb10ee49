#pragma once

#include "deliveries/DeliveryLog.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QNetworkAccessManager;
class QSettings;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace relay::core {
class WorkspaceWatcher;
class SecretStore;
class SendPipeline;
class Workspace;
} // namespace relay::core

namespace relay::ui {

class HeaderState;
class MessageBanner;

// The delivery log: find messages by SMS record id, provider message id,
// batch group id or phone number (normalised and hashed in memory; the
// field is cleared after the search and the number is kept nowhere). Shows
// each message's status timeline, error code with its meaning, segments,
// Salesforce write-back state, and the matching report-cache record when a
// pull holds the same provider message id.
class DeliveriesPage final : public QWidget
{
    Q_OBJECT
public:
    enum Key { SmsRecord, ProviderMessage, Batch, Phone };
    // What a pasted value is, by its shape: a Twilio SID (SM/MM and 32 hex
    // digits) or a Telnyx UUID is a provider message id; seven digits or
    // more with only + ( ) - . and spaces around them a phone number; 15 or
    // 18 letters and digits an SMS record id; anything else a batch id.
    static Key keyFor(const QString &value);
    // Chooses the kind for `value` (keyFor), fills the field and finds.
    void findValue(const QString &value);

    explicit DeliveriesPage(QWidget *parent = nullptr);
    ~DeliveriesPage() override;

    void setWorkspace(core::Workspace *workspace);
    // Refreshes itself when the workspace changes (LiveRefresh).
    void followChanges(core::WorkspaceWatcher *watcher);
    void setSecrets(core::SecretStore *secrets) { m_secrets = secrets; }
    // Where the page's own pipeline finds the status callback URL and (for
    // a sandbox) the providers' base URL (SettingsDialog::kCallbackKey,
    // kProviderBaseKey).
    // The column layout of the results is kept there too.
    void setSettings(QSettings *settings);
    // Where "Send Test Message" sends through: the demo's pipeline, or
    // (none set) one the page builds on first use from the workspace's
    // pepper and the provider credentials in the keychain.
    void setPipeline(core::SendPipeline *pipeline);
    QPushButton *sendTestButton() const { return m_sendTest; }

    QComboBox *key() const { return m_key; }
    QLineEdit *query() const { return m_query; }
    QPushButton *findButton() const { return m_find; }
    QTableWidget *results() const { return m_results; }
    QTextBrowser *details() const { return m_details; }
    QLabel *summary() const { return m_summary; }

public Q_SLOTS:
    void find();
    void sendTestMessage();
    void refreshSummary();

Q_SIGNALS:
    void searched(int found);

private:
    void show(const QList<core::DeliveryLog::Delivery> &deliveries);
    void showDetails();
    void openSendDialog();
    void buildPipeline();
    void prepareOwnPipeline();
    void setBuilding(bool building);

    core::Workspace *m_workspace = nullptr;
    core::SecretStore *m_secrets = nullptr;
    QList<core::DeliveryLog::Delivery> m_found;
    MessageBanner *m_banner;
    QLabel *m_summary;
    QComboBox *m_key;
    QLineEdit *m_query;
    QPushButton *m_find;
    QTableWidget *m_results;
    QTextBrowser *m_details;
    QPushButton *m_sendTest;
    HeaderState *m_headerState = nullptr;
    core::SendPipeline *m_pipeline = nullptr;
    QSettings *m_settings = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<core::SendPipeline> m_ownPipeline;
    bool m_building = false;
};

} // namespace relay::ui
