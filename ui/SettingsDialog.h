#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;

namespace relay::ui {

// User preferences (language, appearance, workspace folder, the messaging
// engine's callback and provider URLs), kept in the settings file.
// Keys live in the keychain or come from the passphrase, never in there.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr const char *kLanguageKey = "app/language";
    static constexpr const char *kWorkspaceKey = "app/workspace";
    // The public base URL where `relayaudit-cli engine serve` takes the
    // providers' callbacks; Send Test Message puts it in each submit.
    static constexpr const char *kCallbackKey = "engine/callbackUrl";
    // Empty: api.twilio.com and api.telnyx.com; a sandbox's address to test.
    static constexpr const char *kProviderBaseKey = "engine/providerBaseUrl";

    SettingsDialog(QSettings &settings, QWidget *parent = nullptr);

    void accept() override;

private:
    QSettings &m_settings;
    QComboBox *m_language;
    QComboBox *m_appearance;
    QLineEdit *m_workspace;
    QLineEdit *m_callback;
    QLineEdit *m_providerBase;
    QLabel *m_error;
};

} // namespace relay::ui
