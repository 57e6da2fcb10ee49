#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSettings;

namespace relay::ui {

// User preferences (language, workspace folder), kept in the settings file.
// Keys live in the keychain or come from the passphrase, never in there.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr const char *kLanguageKey = "app/language";
    static constexpr const char *kWorkspaceKey = "app/workspace";

    SettingsDialog(QSettings &settings, QWidget *parent = nullptr);

    void accept() override;

private:
    QSettings &m_settings;
    QComboBox *m_language;
    QComboBox *m_appearance;
    QLineEdit *m_workspace;
};

} // namespace relay::ui
