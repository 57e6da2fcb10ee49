#include "NewPullDialog.h"

#include "MessageBanner.h"
#include "PullRunner.h"
#include "privacy/ProviderKeychain.h"
#include "privacy/SecretStore.h"
#include "sandbox/SandboxServer.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace relay::ui {

using core::ProviderCredentials;
using core::ProviderKind;
using core::ProviderPull;

namespace {

QString duration(qint64 seconds)
{
    return seconds >= 3600
        ? QStringLiteral("%1:%2:%3")
              .arg(seconds / 3600)
              .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
              .arg(seconds % 60, 2, 10, QLatin1Char('0'))
        : QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

NewPullDialog::NewPullDialog(
    core::Workspace &workspace, core::SecretStore &secrets, QDate todayUtc, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_today(todayUtc)
    , m_provider(new QComboBox(this))
    , m_account(new QLineEdit(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_senders(new QLineEdit(this))
    , m_client(new QLineEdit(this))
    , m_endpoint(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_start(new QPushButton(tr("&Start pull"), this))
    , m_cancel(new QPushButton(tr("&Cancel pull"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("New Provider Pull"));
    setMinimumWidth(600);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Pulls the provider's message records for UTC days into the encrypted cache: sending "
           "gateway, segments, statuses, ids, campaign and brand. Bodies and recipients are "
           "never kept. The pull deletes itself 7 days after it completes."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_provider->addItem(tr("Twilio (Messages API)"), static_cast<int>(ProviderKind::Twilio));
    m_provider->addItem(
        tr("Twilio (BulkExport day files)"), static_cast<int>(ProviderKind::TwilioBulk));
    m_provider->addItem(tr("Telnyx (detail records)"), static_cast<int>(ProviderKind::Telnyx));
    m_account->setPlaceholderText(tr("AC followed by 32 hex digits"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMaximumDate(
            m_today.addYears(1)); // out-of-range days are reported, not silently clamped
    }
    m_from->setDate(m_today.addDays(-7));
    m_to->setDate(m_today.addDays(-1));
    m_senders->setPlaceholderText(tr("all sending gateways; or e.g. +15550100001, 88512"));
    m_client->setPlaceholderText(tr("e.g. Acme Health"));
    m_endpoint->addItem(tr("The provider's servers"));
    m_provider->setAccessibleName(tr("Provider"));
    m_account->setAccessibleName(tr("Account"));
    m_from->setAccessibleName(tr("First day (UTC)"));
    m_to->setAccessibleName(tr("Last day (UTC)"));
    m_senders->setAccessibleName(tr("Sending gateways"));
    m_senders->setAccessibleDescription(
        tr("Blank for all sending gateways, or numbers, short codes and sender ids "
           "separated by commas"));
    m_client->setAccessibleName(tr("Client"));
    m_endpoint->setAccessibleName(tr("Endpoint"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("&First day (UTC):"), m_from);
    form->addRow(tr("&Last day (UTC):"), m_to);
    form->addRow(tr("&Sending gateways:"), m_senders);
    form->addRow(tr("C&lient:"), m_client);
    form->addRow(tr("&Endpoint:"), m_endpoint);
    layout->addLayout(form);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(
        QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 4px;"));
    m_problem->setAccessibleName(tr("Problem with the request"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setAccessibleName(tr("Pull progress"));
    m_progressText->setAccessibleName(tr("Pull progress details"));
    m_progress->hide();
    m_progressText->hide();
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_cancel->setEnabled(false);
    m_start->setDefault(true);
    layout->addWidget(buttons);

    connect(m_start, &QPushButton::clicked, this, &NewPullDialog::startPull);
    connect(m_cancel, &QPushButton::clicked, this, &NewPullDialog::cancelPull);
    connect(m_close, &QPushButton::clicked, this, &NewPullDialog::reject);
    for (QLineEdit *edit : { m_account, m_senders, m_client })
        connect(edit, &QLineEdit::textChanged, this, &NewPullDialog::validate);
    connect(m_from, &QDateEdit::dateChanged, this, &NewPullDialog::validate);
    connect(m_to, &QDateEdit::dateChanged, this, &NewPullDialog::validate);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &NewPullDialog::validate);
    connect(m_endpoint, &QComboBox::currentIndexChanged, this, &NewPullDialog::validate);
    validate();
}

NewPullDialog::~NewPullDialog() = default;

void NewPullDialog::setSandbox(const QUrl &url, const QString &twilioAccount)
{
    m_sandbox = url;
    m_sandboxAccount = twilioAccount;
    m_endpoint->addItem(tr("Sandbox (demo, on this computer)"));
    m_endpoint->setCurrentIndex(1);
    if (m_account->text().isEmpty())
        m_account->setText(twilioAccount);
    validate();
}

void NewPullDialog::setResume(const core::ReportCache::Pull &pull)
{
    m_resumeId = pull.id;
    setWindowTitle(tr("Resume Pull %1").arg(pull.id));
    const ProviderKind provider = pull.provider == QLatin1String("telnyx") ? ProviderKind::Telnyx
        : pull.provider == QLatin1String("twilio-bulk") ? ProviderKind::TwilioBulk
                                                        : ProviderKind::Twilio;
    m_provider->setCurrentIndex(m_provider->findData(static_cast<int>(provider)));
    m_account->setText(pull.account);
    m_from->setDate(pull.from);
    m_to->setDate(pull.to);
    m_senders->setText(pull.senders.join(QStringLiteral(", ")));
    m_client->setText(pull.client);
    if (!m_sandbox.isEmpty())
        m_endpoint->setCurrentIndex(pull.baseUrl.isEmpty() ? 0 : 1);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_provider, m_account, m_from, m_to, m_senders, m_client })
        w->setEnabled(false);
    m_start->setText(tr("&Resume pull"));
    validate();
}

core::Result<ProviderPull::Options> NewPullDialog::options() const
{
    ProviderPull::Options o;
    o.provider = static_cast<ProviderKind>(m_provider->currentData().toInt());
    o.account = m_account->text().trimmed();
    o.from = m_from->date();
    o.to = m_to->date();
    if (o.provider == ProviderKind::Telnyx) {
        if (o.account.isEmpty())
            o.account = QStringLiteral("telnyx");
    } else {
        static const QRegularExpression sid(QStringLiteral("^AC[0-9a-fA-F]{32}$"));
        if (!sid.match(o.account).hasMatch()) {
            return core::makeError(core::ErrorCode::InvalidInput,
                o.account.isEmpty()
                    ? tr("Enter the Twilio Account SID (AC followed by 32 hex digits).")
                    : tr("'%1' is not a Twilio Account SID (AC followed by 32 hex digits).")
                          .arg(o.account));
        }
    }
    if (m_resumeId == 0) {
        if (auto range = ProviderPull::validateRange(o.from, o.to, m_today); !range)
            return core::makeError(
                core::ErrorCode::InvalidInput, tr("Dates: %1.").arg(range.error().detail));
    }
    static const QRegularExpression gateway(
        QStringLiteral("^(whatsapp:)?\\+?[0-9]{3,15}$|^[A-Za-z0-9][A-Za-z0-9 ]{0,10}$"));
    for (QString sender :
        m_senders->text().split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
        sender = sender.trimmed();
        if (sender.isEmpty())
            continue;
        if (!gateway.match(sender).hasMatch()) {
            return core::makeError(core::ErrorCode::InvalidInput,
                tr("'%1' is not a sending gateway (a number such as +15550100001, a short code, "
                   "whatsapp:+… or an alphanumeric sender id).")
                    .arg(sender));
        }
        o.senders.append(sender);
    }
    if (m_endpoint->currentIndex() == 1 && !m_sandbox.isEmpty())
        o.baseUrl = m_sandbox;
    return o;
}

bool NewPullDialog::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void NewPullDialog::validate()
{
    if (isRunning())
        return;
    auto o = options();
    m_problem->setVisible(!o);
    m_problem->setText(o ? QString() : o.error().detail);
    m_start->setEnabled(o.ok());
}

void NewPullDialog::setFormEnabled(bool enabled)
{
    const bool editable = enabled && m_resumeId == 0;
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_provider, m_account, m_from, m_to, m_senders, m_client })
        w->setEnabled(editable);
    m_endpoint->setEnabled(enabled);
}

void NewPullDialog::startPull()
{
    auto o = options();
    if (!o) {
        validate();
        return;
    }
    setFormEnabled(false);
    m_start->setEnabled(false);
    m_problem->hide();
    if (!o->baseUrl.isEmpty() && o->baseUrl == m_sandbox) {
        // The sandbox's published stand-in credentials.
        ProviderCredentials credentials;
        credentials.user = o->account;
        credentials.secret = o->provider == ProviderKind::Telnyx
            ? core::SecretBytes::fromUtf8(core::sandbox::SandboxServer::telnyxApiKey())
            : core::SecretBytes::fromUtf8(core::sandbox::SandboxServer::twilioAuthToken());
        run(o.value(), std::move(credentials));
        return;
    }
    const ProviderPull::Options request = o.value();
    core::ProviderKeychain::load(m_secrets, request.provider, request.account,
        [this, request](core::Result<ProviderCredentials> stored) {
            if (!stored) {
                finish(false,
                    tr("No credentials for %1 in the keychain (%2). Add them in File > Provider "
                       "Credentials.")
                        .arg(request.account, core::errorMessage(stored.error())));
                return;
            }
            run(request, std::move(stored.value()));
        });
}

void NewPullDialog::run(ProviderPull::Options options, ProviderCredentials credentials)
{
    delete m_runner;
    m_runner = new PullRunner(m_workspace, this);
    m_fraction = -1;
    m_progress->setRange(0, 0); // busy until the first estimate
    m_progress->show();
    m_progressText->setText(tr("Connecting…"));
    m_progressText->show();
    m_cancel->setEnabled(true);
    m_clock.start();
    connect(m_runner, &PullRunner::started, this, [this](qint64 id) {
        m_pullId = id;
        auto pull = m_workspace.reports().pull(id);
        m_startRecords = pull ? pull->records : 0;
    });
    connect(m_runner, &PullRunner::estimated, this, [this](double fraction) {
        m_fraction = fraction;
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(fraction * 1000));
    });
    connect(m_runner, &PullRunner::progressed, this, &NewPullDialog::showProgress);
    connect(m_runner, &PullRunner::finished, this, &NewPullDialog::finish);
    m_runner->start(options, m_client->text().trimmed(), m_resumeId, std::move(credentials));
}

void NewPullDialog::showProgress(qint64 pages, qint64 records)
{
    const double seconds = qMax<qint64>(1, m_clock.elapsed()) / 1000.0;
    const qint64 rate
        = static_cast<qint64>(static_cast<double>(records - m_startRecords) / seconds);
    QString text = tr("%n page(s)", nullptr, static_cast<int>(pages)) + QStringLiteral(" · ")
        + tr("%1 new records").arg(QLocale().toString(records)) + QStringLiteral(" · ")
        + tr("%1 records/s").arg(QLocale().toString(rate));
    if (m_fraction > 0.02 && m_fraction < 1.0) {
        const auto left = static_cast<qint64>(seconds * (1.0 - m_fraction) / m_fraction);
        text += QStringLiteral(" · ") + tr("about %1 left").arg(duration(left));
    }
    m_progressText->setText(text);
    Q_EMIT cacheChanged();
}

void NewPullDialog::cancelPull()
{
    if (!isRunning())
        return;
    m_cancel->setEnabled(false);
    m_progressText->setText(tr("Stopping after the current page…"));
    m_runner->cancel();
}

void NewPullDialog::finish(bool ok, const QString &error)
{
    m_cancel->setEnabled(false);
    setFormEnabled(true);
    if (ok) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(1000);
        auto pull = m_workspace.reports().pull(m_pullId);
        m_progressText->setText(pull
                ? tr("Pull %1 complete: %2 records, %3 segments.")
                      .arg(pull->id)
                      .arg(QLocale().toString(pull->records), QLocale().toString(pull->segments))
                : tr("Pull complete."));
        m_start->setEnabled(false);
        m_close->setFocus();
    } else {
        m_progress->setRange(0, 1000);
        if (!error.isEmpty()) {
            m_problem->setText(error);
            m_problem->show();
        }
        if (m_pullId > 0) {
            // What it stored stays; Start now resumes this pull.
            m_progressText->setText(error.isEmpty()
                    ? tr("Pull %1 cancelled. Resume it here or from the pulls list.").arg(m_pullId)
                    : tr("Pull %1 stopped; what it stored so far stays, and it can be resumed.")
                          .arg(m_pullId));
            m_resumeId = m_pullId;
            setFormEnabled(true);
            m_start->setText(tr("&Resume pull"));
        }
        m_start->setEnabled(true);
    }
    Q_EMIT cacheChanged();
    Q_EMIT pullFinished(m_pullId, ok, error);
}

void NewPullDialog::reject()
{
    // Closing stops a running pull; it stays resumable.
    delete m_runner;
    m_runner = nullptr;
    Q_EMIT cacheChanged();
    QDialog::reject();
}

} // namespace relay::ui
