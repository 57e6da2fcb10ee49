#include "SettingsDialog.h"

#include "Appearance.h"
#include "I18n.h"
#include "pages/PageKeys.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace relay::ui {

SettingsDialog::SettingsDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_appearance(new QComboBox(this))
    , m_workspace(new QLineEdit(this))
    , m_callback(new QLineEdit(this))
    , m_providerBase(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_language->addItem(tr("System default"), QString());
    for (const QString &code : relay::i18n::availableLanguages()) {
        const QLocale locale(code);
        m_language->addItem(locale.nativeLanguageName(), code);
    }
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(m_settings.value(QLatin1String(kLanguageKey)).toString())));
    m_language->setAccessibleName(tr("Language"));
    form->addRow(tr("&Language:"), m_language);

    m_appearance->addItem(tr("System"), QStringLiteral("system"));
    m_appearance->addItem(tr("Light"), QStringLiteral("light"));
    m_appearance->addItem(tr("Dark"), QStringLiteral("dark"));
    m_appearance->addItem(tr("High contrast"), QStringLiteral("high-contrast"));
    m_appearance->setCurrentIndex(qMax(0,
        m_appearance->findData(
            m_settings.value(QLatin1String(appearance::kSettingsKey)).toString())));
    m_appearance->setAccessibleName(tr("Appearance"));
    form->addRow(tr("&Appearance:"), m_appearance);

    auto *workspaceRow = new QHBoxLayout;
    m_workspace->setText(
        m_settings.value(QLatin1String(kWorkspaceKey), core::Workspace::defaultPath()).toString());
    m_workspace->setAccessibleName(tr("Workspace folder"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleDescription(tr("Choose the workspace folder"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir
            = QFileDialog::getExistingDirectory(this, tr("Workspace Folder"), m_workspace->text());
        if (!dir.isEmpty())
            m_workspace->setText(dir);
    });
    workspaceRow->addWidget(m_workspace, 1);
    workspaceRow->addWidget(browse);
    // A row holding a layout gets no buddy from addRow: the label is made here.
    auto *workspaceLabel = new QLabel(tr("&Workspace:"), this);
    workspaceLabel->setBuddy(m_workspace);
    form->addRow(workspaceLabel, workspaceRow);
    layout->addLayout(form);

    auto *engine = new QGroupBox(tr("Messaging engine"), this);
    auto *engineForm = new QFormLayout(engine);
    m_callback->setText(m_settings.value(QLatin1String(kCallbackKey)).toString());
    m_callback->setPlaceholderText(tr("https://relay.example.com/"));
    m_callback->setToolTip(tr("The public address where \"relayaudit-cli engine serve\" takes the "
                              "providers' status callbacks."));
    m_callback->setAccessibleName(tr("Status callback URL"));
    engineForm->addRow(tr("Status &callback URL:"), m_callback);
    m_providerBase->setText(m_settings.value(QLatin1String(kProviderBaseKey)).toString());
    m_providerBase->setPlaceholderText(tr("blank: api.twilio.com and api.telnyx.com"));
    m_providerBase->setAccessibleName(tr("Provider API base URL"));
    engineForm->addRow(tr("Provider &API base URL:"), m_providerBase);
    layout->addWidget(engine);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Settings error"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *note = new QLabel(
        tr("A new language applies the next time Relay Audit starts. Keys and passphrases "
           "are never stored in settings."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    // The form's order (Browse… was made after the engine's fields).
    keys::setTabChain(
        { m_language, m_appearance, m_workspace, browse, m_callback, m_providerBase });
}

void SettingsDialog::accept()
{
    // Both URLs: empty, or http(s) with a host.
    const auto urlError = [](const QLineEdit *field, const QString &name) -> QString {
        const QString text = field->text().trimmed();
        if (text.isEmpty())
            return {};
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            return tr("%1 must be an http:// or https:// address, not \"%2\".").arg(name, text);
        return {};
    };
    QString error = urlError(m_callback, tr("The status callback URL"));
    if (error.isEmpty())
        error = urlError(m_providerBase, tr("The provider API base URL"));
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_settings.setValue(QLatin1String(kCallbackKey), m_callback->text().trimmed());
    m_settings.setValue(QLatin1String(kProviderBaseKey), m_providerBase->text().trimmed());
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
