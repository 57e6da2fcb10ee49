#include "CredentialsDialog.h"

#include "privacy/ProviderKeychain.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace relay::ui {

using core::ProviderCredentials;
using core::ProviderKind;

CredentialsDialog::CredentialsDialog(core::SecretStore &secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_provider(new QComboBox(this))
    , m_account(new QLineEdit(this))
    , m_keySid(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save to Keychain"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setWindowTitle(tr("Provider Credentials"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Credentials are kept in the system keychain only, never in a file or the settings. "
           "Twilio: the account's auth token, or an API key SID and its secret. Telnyx: an API "
           "key."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_provider->addItem(tr("Twilio"), static_cast<int>(ProviderKind::Twilio));
    m_provider->addItem(tr("Telnyx"), static_cast<int>(ProviderKind::Telnyx));
    m_provider->setAccessibleName(tr("Provider"));
    m_account->setAccessibleName(tr("Account SID"));
    m_keySid->setAccessibleName(tr("API key SID"));
    m_account->setPlaceholderText(tr("AC followed by 32 hex digits"));
    m_keySid->setPlaceholderText(tr("optional: SK… API key SID"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Secret"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Account SID:"), m_account);
    form->addRow(tr("API &key SID:"), m_keySid);
    form->addRow(tr("&Secret:"), m_secret);
    layout->addLayout(form);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Result"));
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &CredentialsDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &CredentialsDialog::remove);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &CredentialsDialog::update);
    for (QLineEdit *edit : { m_account, m_keySid, m_secret })
        connect(edit, &QLineEdit::textChanged, this, &CredentialsDialog::update);
    update();
}

void CredentialsDialog::update()
{
    const bool twilio = m_provider->currentData().toInt() != static_cast<int>(ProviderKind::Telnyx);
    m_account->setEnabled(twilio);
    m_keySid->setEnabled(twilio);
    static const QRegularExpression sid(QStringLiteral("^AC[0-9a-fA-F]{32}$"));
    static const QRegularExpression key(QStringLiteral("^(SK[0-9a-fA-F]{32})?$"));
    const bool accountOk = !twilio || sid.match(m_account->text().trimmed()).hasMatch();
    const bool keyOk = !twilio || key.match(m_keySid->text().trimmed()).hasMatch();
    m_save->setEnabled(accountOk && keyOk && !m_secret->text().isEmpty());
    m_remove->setEnabled(accountOk);
    if (!accountOk && !m_account->text().isEmpty())
        m_status->setText(tr("An Account SID is AC followed by 32 hex digits."));
    else if (!keyOk)
        m_status->setText(tr("An API key SID is SK followed by 32 hex digits."));
    else
        m_status->clear();
}

void CredentialsDialog::report(bool ok, const QString &text)
{
    m_status->setText(text);
    Q_EMIT keychainDone(ok);
}

void CredentialsDialog::save()
{
    const auto provider = static_cast<ProviderKind>(m_provider->currentData().toInt());
    const QString account
        = provider == ProviderKind::Telnyx ? QStringLiteral("telnyx") : m_account->text().trimmed();
    ProviderCredentials credentials;
    credentials.user = m_keySid->text().trimmed().isEmpty() ? account : m_keySid->text().trimmed();
    credentials.secret = core::SecretBytes::fromUtf8(m_secret->text().toUtf8());
    // The field is emptied at once; the secret lives on only in locked memory until stored.
    m_secret->clear();
    m_save->setEnabled(false);
    core::ProviderKeychain::store(
        m_secrets, provider, account, credentials, [this, account](core::Status status) {
            report(status.ok(),
                status ? tr("Saved the credentials for %1 in the keychain.").arg(account)
                       : tr("The keychain did not store them: %1")
                             .arg(core::errorMessage(status.error())));
        });
}

void CredentialsDialog::remove()
{
    const auto provider = static_cast<ProviderKind>(m_provider->currentData().toInt());
    const QString account
        = provider == ProviderKind::Telnyx ? QStringLiteral("telnyx") : m_account->text().trimmed();
    core::ProviderKeychain::remove(
        m_secrets, provider, account, [this, account](core::Status status) {
            report(status.ok(),
                status ? tr("Removed the credentials for %1 from the keychain.").arg(account)
                       : tr("The keychain did not remove them: %1")
                             .arg(core::errorMessage(status.error())));
        });
}

} // namespace relay::ui
