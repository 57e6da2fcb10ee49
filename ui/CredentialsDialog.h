#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace relay::core {
class SecretStore;
}

namespace relay::ui {

// File > Provider Credentials: stores a Twilio account's auth token (or
// an API key and secret) or the Telnyx API key in the OS keychain, or
// removes it. The secret field never shows what is stored; nothing goes to
// the settings file.
class CredentialsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit CredentialsDialog(core::SecretStore &secrets, QWidget *parent = nullptr);

    QComboBox *provider() const { return m_provider; }
    QLineEdit *account() const { return m_account; }
    QLineEdit *keySid() const { return m_keySid; }
    QLineEdit *secret() const { return m_secret; }
    QLabel *status() const { return m_status; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *removeButton() const { return m_remove; }

public Q_SLOTS:
    void save();
    void remove();

Q_SIGNALS:
    // The keychain answered a save or a remove.
    void keychainDone(bool ok);

private:
    void update();
    void report(bool ok, const QString &text);

    core::SecretStore &m_secrets;
    QComboBox *m_provider;
    QLineEdit *m_account;
    QLineEdit *m_keySid;
    QLineEdit *m_secret;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_remove;
};

} // namespace relay::ui
