#include "UnlockDialog.h"

#include "MessageBanner.h"
#include "WorkspaceUnlocker.h"
#include "pages/PageKeys.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relay::ui {

using namespace relay::core;

namespace {
constexpr int kMinimumPassphrase = 8;
}

UnlockDialog::UnlockDialog(
    Mode mode, const QString &workspaceDir, WorkspaceUnlocker &unlocker, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_dir(workspaceDir)
    , m_unlocker(unlocker)
    , m_banner(new MessageBanner(this))
    , m_passphrase(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(mode == Mode::Unlock ? tr("Unlock Workspace") : tr("Create Workspace"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(mode == Mode::Unlock
            ? tr("The workspace at <b>%1</b> is encrypted. Enter its passphrase to unlock it.")
                  .arg(m_dir.toHtmlEscaped())
            : tr("Create an encrypted workspace at <b>%1</b>. Everything Relay Audit keeps "
                 "is stored there, encrypted with SQLCipher.")
                  .arg(m_dir.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (mode == Mode::Create) {
        m_confirm = new QLineEdit(this);
        m_confirm->setEchoMode(QLineEdit::Password);
        m_confirm->setAccessibleName(tr("Repeat passphrase"));
        form->addRow(tr("&Repeat:"), m_confirm);
        m_useKeychain
            = new QCheckBox(tr("Use a random key kept in the system &keychain instead"), this);
        form->addRow(m_useKeychain);
        connect(m_useKeychain, &QCheckBox::toggled, this, [this](bool on) {
            m_passphrase->setEnabled(!on);
            m_confirm->setEnabled(!on);
            updateButtons();
        });
        connect(m_confirm, &QLineEdit::textChanged, this, &UnlockDialog::updateButtons);
    }
    layout->addLayout(form);
    m_status->setAccessibleName(tr("Status"));
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Unlock ? tr("&Unlock") : tr("&Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this, &UnlockDialog::updateButtons);
    connect(&m_unlocker, &WorkspaceUnlocker::unlocked, this, &QDialog::accept);
    connect(&m_unlocker, &WorkspaceUnlocker::failed, this, &UnlockDialog::showFailure);
    updateButtons();
    setMinimumWidth(460);
    // The form's order: the buttons were made before the fields of a new workspace.
    keys::setTabChain({ m_banner->closeButton(), m_passphrase, m_confirm, m_useKeychain,
        m_buttons->button(QDialogButtonBox::Ok), m_buttons->button(QDialogButtonBox::Cancel) });
}

void UnlockDialog::updateButtons()
{
    bool ready = !m_passphrase->text().isEmpty();
    if (m_mode == Mode::Create) {
        ready = m_useKeychain->isChecked()
            || (m_passphrase->text().size() >= kMinimumPassphrase
                && m_passphrase->text() == m_confirm->text());
        if (!m_useKeychain->isChecked() && !m_passphrase->text().isEmpty()) {
            if (m_passphrase->text().size() < kMinimumPassphrase)
                m_status->setText(
                    tr("A passphrase needs at least %n characters.", nullptr, kMinimumPassphrase));
            else if (m_passphrase->text() != m_confirm->text())
                m_status->setText(tr("The passphrases do not match yet."));
            else
                m_status->clear();
        } else {
            m_status->clear();
        }
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready && !m_unlocker.isBusy());
}

void UnlockDialog::setBusy(bool busy)
{
    const bool keychain = m_useKeychain && m_useKeychain->isChecked();
    m_passphrase->setEnabled(!busy && !keychain);
    if (m_confirm)
        m_confirm->setEnabled(!busy && !keychain);
    if (m_useKeychain)
        m_useKeychain->setEnabled(!busy);
    m_status->setText(
        busy ? (m_mode == Mode::Unlock ? tr("Unlocking…") : tr("Creating…")) : QString());
    updateButtons();
}

void UnlockDialog::submit()
{
    m_banner->dismiss();
    if (m_mode == Mode::Create && m_useKeychain->isChecked()) {
        m_unlocker.createWithKeychain(m_dir);
        setBusy(true);
        return;
    }
    SecretBytes passphrase = SecretBytes::fromUtf8(m_passphrase->text().toUtf8());
    if (m_mode == Mode::Unlock)
        m_unlocker.unlockWithPassphrase(m_dir, std::move(passphrase));
    else
        m_unlocker.createWithPassphrase(m_dir, std::move(passphrase));
    setBusy(true);
}

void UnlockDialog::showFailure(const Error &error)
{
    if (error.code == ErrorCode::WrongKey)
        ++m_failedAttempts;
    setBusy(false);
    m_banner->showMessage(errorMessage(error), MessageBanner::Kind::Error);
    m_passphrase->selectAll();
    m_passphrase->setFocus();
}

} // namespace relay::ui
