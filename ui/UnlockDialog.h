#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace relay::core {
struct Error;
}

namespace relay::ui {

class MessageBanner;
class WorkspaceUnlocker;

// Asks for the passphrase of a workspace (or a new one, when creating) and
// drives the unlocker; wrong passphrases show inline and the dialog stays.
// Accepted once the unlocker holds an open workspace.
class UnlockDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Unlock, Create };

    UnlockDialog(Mode mode, const QString &workspaceDir, WorkspaceUnlocker &unlocker,
        QWidget *parent = nullptr);

    int failedAttempts() const { return m_failedAttempts; }

private Q_SLOTS:
    void submit();
    void showFailure(const relay::core::Error &error);

private:
    void setBusy(bool busy);
    void updateButtons();

    Mode m_mode;
    QString m_dir;
    WorkspaceUnlocker &m_unlocker;
    MessageBanner *m_banner;
    QLineEdit *m_passphrase;
    QLineEdit *m_confirm = nullptr;
    QCheckBox *m_useKeychain = nullptr;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    int m_failedAttempts = 0;
};

} // namespace relay::ui
