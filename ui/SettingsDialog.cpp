#include "SettingsDialog.h"

#include "Appearance.h"
#include "I18n.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace relay::ui {

SettingsDialog::SettingsDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent),
      m_settings(settings),
      m_language(new QComboBox(this)),
      m_appearance(new QComboBox(this)),
      m_workspace(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_language->addItem(tr("System default"), QString());
    for (const QString &code : relay::i18n::availableLanguages()) {
        const QLocale locale(code);
        m_language->addItem(locale.nativeLanguageName(), code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.value(QLatin1String(kLanguageKey)).toString())));
    m_language->setAccessibleName(tr("Language"));
    form->addRow(tr("&Language:"), m_language);

    m_appearance->addItem(tr("System"), QStringLiteral("system"));
    m_appearance->addItem(tr("Light"), QStringLiteral("light"));
    m_appearance->addItem(tr("Dark"), QStringLiteral("dark"));
    m_appearance->setCurrentIndex(
        qMax(0, m_appearance->findData(m_settings.value(QLatin1String(appearance::kSettingsKey)).toString())));
    m_appearance->setAccessibleName(tr("Appearance"));
    form->addRow(tr("&Appearance:"), m_appearance);

    auto *workspaceRow = new QHBoxLayout;
    m_workspace->setText(m_settings.value(QLatin1String(kWorkspaceKey), core::Workspace::defaultPath()).toString());
    m_workspace->setAccessibleName(tr("Workspace folder"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Workspace Folder"), m_workspace->text());
        if (!dir.isEmpty())
            m_workspace->setText(dir);
    });
    workspaceRow->addWidget(m_workspace, 1);
    workspaceRow->addWidget(browse);
    form->addRow(tr("&Workspace:"), workspaceRow);
    layout->addLayout(form);

    auto *note = new QLabel(tr("A new language applies the next time Relay Audit starts. Keys and passphrases "
                               "are never stored in settings."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void SettingsDialog::accept()
{
    m_settings.setValue(QLatin1String(kLanguageKey), m_language->currentData().toString());
    m_settings.setValue(QLatin1String(kWorkspaceKey), m_workspace->text());
    const QString mode = m_appearance->currentData().toString();
    if (mode != m_settings.value(QLatin1String(appearance::kSettingsKey)).toString()) {
        m_settings.setValue(QLatin1String(appearance::kSettingsKey), mode);
        appearance::apply(mode);
    }
    QDialog::accept();
}

} // namespace relay::ui
