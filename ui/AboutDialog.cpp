#include "AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace relay::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Relay Audit"));
    auto *layout = new QVBoxLayout(this);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/relayaudit.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignHCenter);
    layout->addWidget(icon);
    auto *text = new QLabel(
        tr("<h2>Relay Audit %1</h2>"
           "<p>The compliance and audit console for SMS and WhatsApp relaying: deliveries, "
           "provider usage "
           "reports, retention checks and subscriber-access audits.</p>"
           "<p>Everything it keeps is encrypted at rest (SQLCipher). Raw recipient numbers and "
           "message "
           "bodies are never stored.</p>"
           "<p>Built with Qt %2, SQLCipher, libsodium, libphonenumber and QtKeychain.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())),
        this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace relay::ui
