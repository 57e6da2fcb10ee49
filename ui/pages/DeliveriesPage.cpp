#include "DeliveriesPage.h"

#include "LiveRefresh.h"

#include "HeaderState.h"
#include "MessageBanner.h"
#include "PageKeys.h"
#include "SendTestDialog.h"
#include "SettingsDialog.h"
#include "deliveries/SmsFields.h"
#include "engine/SendPipeline.h"
#include "privacy/RecipientHash.h"
#include "providers/ErrorCatalog.h"
#include "reports/ReportCache.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace relay::ui {

using core::DeliveryLog;

namespace {

QString when(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + QStringLiteral(" UTC");
}

} // namespace

DeliveriesPage::DeliveriesPage(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_summary(new QLabel(this))
    , m_key(new QComboBox(this))
    , m_query(new QLineEdit(this))
    , m_find(new QPushButton(tr("&Find"), this))
    , m_results(new QTableWidget(this))
    , m_details(new QTextBrowser(this))
    , m_sendTest(new QPushButton(tr("Send &Test Message…"), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<h2>Deliveries</h2>"), this));
    header->addStretch(1);
    header->addWidget(m_sendTest);
    m_sendTest->hide();
    layout->addLayout(header);
    auto *intro = new QLabel(
        tr("The engine's log, both directions: per message the SMS record id, batch group id, "
           "sending gateway, the other party's number as a hash, provider message id, segments "
           "and every status change; for a reply, the SMS record the engine created for it. "
           "Never a number, a text, or the record a message was sent from."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    auto *search = new QHBoxLayout;
    m_key->addItem(tr("SMS record id"), SmsRecord);
    m_key->addItem(tr("Provider message id"), ProviderMessage);
    m_key->addItem(tr("Batch group id"), Batch);
    m_key->addItem(tr("Phone number"), Phone);
    m_key->setAccessibleName(tr("Find by"));
    m_key->setAccessibleDescription(tr("What the search text is: an id, or a phone number"));
    auto *findLabel = new QLabel(tr("Find &by:"), this);
    findLabel->setBuddy(m_key);
    m_query->setAccessibleName(tr("Search for"));
    m_query->setAccessibleDescription(
        tr("An id, or a phone number that is hashed and then cleared"));
    m_query->setClearButtonEnabled(true);
    search->addWidget(findLabel);
    search->addWidget(m_key);
    search->addWidget(m_query, 1);
    search->addWidget(m_find);
    layout->addLayout(search);

    m_results->setColumnCount(10);
    m_results->setHorizontalHeaderLabels({ tr("SMS record"), tr("Org"), tr("Direction"),
        tr("Batch"), tr("Gateway"), tr("Provider message id"), tr("Status"), tr("Error"),
        tr("Segments"), tr("Write-back") });
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setAlternatingRowColors(true);
    // Tab leaves the table (arrow keys move between cells): no trap for the keyboard.
    m_results->setTabKeyNavigation(false);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setAccessibleName(tr("Deliveries found"));
    m_results->setAccessibleDescription(
        tr("The messages the search found, one per row: SMS record, client org, batch, "
           "gateway, provider message id, status, error code, segments and Salesforce "
           "write-back"));
    m_headerState
        = new HeaderState(m_results->horizontalHeader(), QStringLiteral("deliveries/results"));
    m_details->setAccessibleName(tr("Delivery details"));
    m_details->setAccessibleDescription(
        tr("The selected message's status timeline, error and write-back"));
    m_details->setOpenLinks(false);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("deliveriesSplitter"));
    splitter->addWidget(m_results);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(m_find, &QPushButton::clicked, this, &DeliveriesPage::find);
    connect(m_sendTest, &QPushButton::clicked, this, &DeliveriesPage::sendTestMessage);
    connect(m_query, &QLineEdit::returnPressed, this, &DeliveriesPage::find);
    connect(m_key, &QComboBox::currentIndexChanged, this, [this] {
        const bool phone = m_key->currentData().toInt() == Phone;
        // A number typed here is not remembered by the field either.
        m_query->setEchoMode(QLineEdit::Normal);
        m_query->setPlaceholderText(
            phone ? tr("a number in any spelling; it is hashed, then cleared") : QString());
    });
    connect(m_results, &QTableWidget::itemSelectionChanged, this, &DeliveriesPage::showDetails);

    // Reading order: the page's button, its banner, the search, the results.
    keys::setTabChain(
        { m_sendTest, m_banner->closeButton(), m_key, m_query, m_find, m_results, m_details });
    keys::addPageAction(
        this, QKeySequence::Find, tr("Find"), [this] { keys::focusField(m_query); });
    keys::addPageAction(
        this, QKeySequence::Refresh, tr("Refresh"), &DeliveriesPage::refreshSummary);
    refreshSummary();
}

void DeliveriesPage::setSettings(QSettings *settings)
{
    m_settings = settings;
    m_headerState->setSettings(settings);
}

DeliveriesPage::~DeliveriesPage() = default;

void DeliveriesPage::followChanges(core::WorkspaceWatcher *watcher)
{
    new LiveRefresh(this, watcher, [this] { refreshSummary(); });
}

void DeliveriesPage::setWorkspace(core::Workspace *workspace)
{
    // The page's own pipeline belongs to the workspace it was built for.
    if (m_pipeline == m_ownPipeline.get())
        m_pipeline = nullptr;
    m_ownPipeline.reset();
    m_workspace = workspace;
    m_sendTest->setVisible(workspace != nullptr);
    m_found.clear();
    m_results->setRowCount(0);
    m_details->clear();
    m_query->clear();
    m_banner->dismiss();
    refreshSummary();
}

void DeliveriesPage::setPipeline(core::SendPipeline *pipeline)
{
    m_pipeline = pipeline;
    m_sendTest->setVisible(pipeline != nullptr || m_workspace != nullptr);
}

void DeliveriesPage::sendTestMessage()
{
    if (!m_workspace || m_building)
        return;
    if (m_pipeline && m_pipeline != m_ownPipeline.get()) {
        openSendDialog();
        return;
    }
    if (!m_ownPipeline) {
        buildPipeline();
        return;
    }
    prepareOwnPipeline();
}

// The pipeline a support engineer's workspace sends through: its pepper
// (created on first use, as `engine send` does), the gateways' provider
// credentials from the keychain, and the callback URL from the settings.
void DeliveriesPage::buildPipeline()
{
    if (!m_secrets)
        return;
    auto gateways = m_workspace->gateways().list();
    if (!gateways || gateways->isEmpty()) {
        m_banner->showMessage(
            tr("This workspace has no sending gateways yet. Add one with "
               "\"relayaudit-cli engine gateway add NUMBER --provider twilio|telnyx\"."),
            MessageBanner::Kind::Warning);
        return;
    }
    QUrl callback;
    QUrl providerBase;
    if (m_settings) {
        callback = QUrl(m_settings->value(QLatin1String(SettingsDialog::kCallbackKey)).toString());
        providerBase
            = QUrl(m_settings->value(QLatin1String(SettingsDialog::kProviderBaseKey)).toString());
    }
    setBuilding(true);
    core::Workspace *workspace = m_workspace;
    QPointer<DeliveriesPage> guard(this);
    core::Pepper::load(*m_secrets, workspace->meta().id, true,
        [this, guard, workspace, callback, providerBase](core::Result<core::SecretBytes> pepper) {
            if (!guard)
                return;
            setBuilding(false);
            if (workspace != m_workspace) // the workspace closed meanwhile
                return;
            if (!pepper) {
                m_banner->showMessage(tr("The recipient-hash pepper could not be read: %1")
                                          .arg(core::errorMessage(pepper.error())),
                    MessageBanner::Kind::Error);
                return;
            }
            core::SendPipeline::Options options;
            options.baseUrl = providerBase;
            if (callback.isValid() && !callback.isEmpty()) {
                options.twilioStatusCallback
                    = callback.resolved(QUrl(QStringLiteral("twilio/status")));
                options.telnyxWebhook = callback.resolved(QUrl(QStringLiteral("telnyx/webhook")));
            }
            if (!m_network)
                m_network = new QNetworkAccessManager(this);
            m_ownPipeline = std::make_unique<core::SendPipeline>(
                core::SendPipeline::Stores {
                    workspace->gateways(), workspace->deliveries(), workspace->links() },
                *m_network, core::RecipientHasher(std::move(pepper.value())), options);
            m_pipeline = m_ownPipeline.get();
            prepareOwnPipeline();
        });
}

// Credentials added since the last send (File > Provider Credentials) are
// picked up each time; what is still missing is said before the dialog.
void DeliveriesPage::prepareOwnPipeline()
{
    setBuilding(true);
    QPointer<DeliveriesPage> guard(this);
    const bool noCallback = m_ownPipeline->options().twilioStatusCallback.isEmpty();
    m_ownPipeline->loadCredentials(
        *m_secrets, [this, guard, noCallback](const QStringList &missing) {
            if (!guard || !m_ownPipeline)
                return;
            setBuilding(false);
            QStringList notes;
            if (!missing.isEmpty())
                notes << tr("No credentials in the keychain for %1: add them in File > Provider "
                            "Credentials, or its "
                            "sends are refused.")
                             .arg(missing.join(QStringLiteral(", ")));
            if (noCallback)
                notes << tr("No status callback URL is set (Settings > Messaging engine): the "
                            "message is sent, but "
                            "its delivery status will not reach the log.");
            if (notes.isEmpty())
                m_banner->dismiss();
            else
                m_banner->showMessage(notes.join(QLatin1Char(' ')), MessageBanner::Kind::Warning);
            openSendDialog();
        });
}

void DeliveriesPage::setBuilding(bool building)
{
    m_building = building;
    m_sendTest->setEnabled(!building);
}

void DeliveriesPage::openSendDialog()
{
    auto *dialog = new SendTestDialog(*m_workspace, *m_pipeline, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SendTestDialog::sent, this, [this](const QString &smsRecordId) {
        refreshSummary();
        m_key->setCurrentIndex(m_key->findData(SmsRecord));
        m_query->setText(smsRecordId);
        find();
    });
    dialog->open();
}

void DeliveriesPage::refreshSummary()
{
    if (!m_workspace) {
        m_summary->clear();
        return;
    }
    auto counts = m_workspace->deliveries().counts();
    if (!counts)
        return;
    m_summary->setText(
        tr("%1 messages sent · %2 status events · %3 written back to Salesforce · %4 write-backs "
           "failed · %5 replies received, %6 waiting for their SMS record")
            .arg(QLocale().toString(counts->deliveries), QLocale().toString(counts->events),
                QLocale().toString(counts->writtenBack),
                QLocale().toString(counts->writeBackFailed), QLocale().toString(counts->incoming),
                QLocale().toString(counts->incomingPending)));
}

DeliveriesPage::Key DeliveriesPage::keyFor(const QString &value)
{
    static const QRegularExpression providerId(QStringLiteral(
        "^(?:[SM]M[0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
        "[0-9a-fA-F]{12})$"));
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ().\\-]+$"));
    const QString v = value.trimmed();
    if (providerId.match(v).hasMatch())
        return ProviderMessage;
    qsizetype digits = 0;
    for (const QChar c : v)
        digits += c.isDigit() ? 1 : 0;
    // Digits alone are a number, even fifteen of them: a record id has
    // letters in its key prefix.
    const bool number = digits >= 7 && phone.match(v).hasMatch();
    if (number)
        return Phone;
    if (core::isSalesforceId(v))
        return SmsRecord;
    return Batch;
}

void DeliveriesPage::findValue(const QString &value)
{
    m_key->setCurrentIndex(m_key->findData(keyFor(value)));
    m_query->setText(value.trimmed());
    find();
}

void DeliveriesPage::find()
{
    if (!m_workspace)
        return;
    m_banner->dismiss();
    QString value = m_query->text().trimmed();
    const int key = m_key->currentData().toInt();
    if (value.isEmpty())
        return;
    if (key != Phone) {
        const DeliveryLog::Key by = key == SmsRecord ? DeliveryLog::Key::SmsRecord
            : key == ProviderMessage                 ? DeliveryLog::Key::ProviderMessage
                                                     : DeliveryLog::Key::Batch;
        auto found = m_workspace->deliveries().find(by, value);
        if (!found) {
            m_banner->showMessage(core::errorMessage(found.error()), MessageBanner::Kind::Error);
            return;
        }
        (void)m_workspace->activityLog().append(QStringLiteral("deliveries.find"),
            { { QStringLiteral("by"), QStringLiteral("id") },
                { QStringLiteral("found"), static_cast<qint64>(found->size()) } });
        show(found.value());
        return;
    }
    // A phone number: normalised and hashed here, then gone from the field.
    m_query->clear();
    auto region = m_workspace->gateways().defaultRegion();
    auto number
        = core::RecipientNumber::parse(value, region ? region.value() : QStringLiteral("US"));
    value.fill(QLatin1Char(' '));
    value.clear();
    if (!number) {
        m_banner->showMessage(core::errorMessage(number.error()), MessageBanner::Kind::Error);
        return;
    }
    if (!m_secrets) {
        m_banner->showMessage(
            tr("No keychain to read the workspace's pepper from."), MessageBanner::Kind::Error);
        return;
    }
    const core::RecipientNumber recipient = number.value();
    core::Pepper::load(*m_secrets, m_workspace->meta().id, false,
        [this, recipient](core::Result<core::SecretBytes> pepper) {
            if (!m_workspace)
                return;
            if (!pepper) {
                m_banner->showMessage(
                    core::errorMessage(pepper.error()), MessageBanner::Kind::Error);
                return;
            }
            const QString hash = core::RecipientHasher(std::move(pepper.value())).hash(recipient);
            auto found = m_workspace->deliveries().find(DeliveryLog::Key::RecipientHash, hash);
            if (!found) {
                m_banner->showMessage(
                    core::errorMessage(found.error()), MessageBanner::Kind::Error);
                return;
            }
            (void)m_workspace->activityLog().append(QStringLiteral("deliveries.find"),
                { { QStringLiteral("by"), QStringLiteral("phone-hash") },
                    { QStringLiteral("found"), static_cast<qint64>(found->size()) } });
            show(found.value());
        });
}

void DeliveriesPage::show(const QList<DeliveryLog::Delivery> &deliveries)
{
    m_found = deliveries;
    m_results->setRowCount(static_cast<int>(deliveries.size()));
    for (int r = 0; r < deliveries.size(); ++r) {
        const DeliveryLog::Delivery &d = deliveries.at(r);
        // The default org: the gateways that belong to none.
        const bool incoming = d.direction == DeliveryLog::Direction::Incoming;
        const QStringList cells { d.smsRecordId.isEmpty() ? tr("(not created)") : d.smsRecordId,
            d.org.isEmpty() ? tr("(default)") : d.org, incoming ? tr("Incoming") : tr("Outgoing"),
            d.batchId, d.gateway,
            d.providerMessageId.isEmpty() ? tr("(not accepted)") : d.providerMessageId, d.status,
            d.errorCode == core::UsageRecordView::kNoError ? QString()
                                                           : QString::number(d.errorCode),
            QString::number(d.segments), DeliveryLog::writeBackName(d.writeBack) };
        for (int c = 0; c < cells.size(); ++c)
            m_results->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    if (deliveries.isEmpty()) {
        m_details->setHtml(tr("<p>No delivery in the log matches.</p>"));
    } else {
        // The same row index may already be selected: show its details anyway.
        const QSignalBlocker blocker(m_results);
        m_results->selectRow(0);
    }
    if (!deliveries.isEmpty())
        showDetails();
    Q_EMIT searched(static_cast<int>(deliveries.size()));
}

void DeliveriesPage::showDetails()
{
    const auto selected = m_results->selectionModel()->selectedRows();
    const int row = selected.isEmpty() ? m_results->currentRow() : selected.first().row();
    if (row < 0 || row >= m_found.size() || !m_workspace)
        return;
    const DeliveryLog::Delivery &d = m_found.at(row);
    const QString org = d.org.isEmpty() ? tr("In the default org (its gateway belongs to no org).")
                                        : tr("In org %1.").arg(d.org);
    if (d.direction == DeliveryLog::Direction::Incoming) {
        // A reply: no batch, no status timeline; the record the engine created.
        const QString state = d.writeBack == DeliveryLog::WriteBack::Written
            ? tr("SMS record %1 created in the org.").arg(d.smsRecordId)
            : d.writeBack == DeliveryLog::WriteBack::Failed
            ? tr("No SMS record: given up after %n attempt(s): %1.", nullptr, d.writeBackAttempts)
                  .arg(d.writeBackError)
            : tr("SMS record not created yet (%n attempt(s)%1); the engine fetches the message "
                 "again from the provider and retries.",
                nullptr, d.writeBackAttempts)
                  .arg(d.writeBackError.isEmpty() ? QString()
                                                  : QStringLiteral(": ") + d.writeBackError);
        m_details->setHtml(
            QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p>")
                .arg(tr("Incoming message %1").arg(d.providerMessageId).toHtmlEscaped(),
                    org.toHtmlEscaped(),
                    tr("Received %1 at gateway %2 through %3, %n segment(s). Sender "
                       "hash: %4.",
                        nullptr, d.segments)
                        .arg(QLocale().toString(d.created.toLocalTime(), QLocale::ShortFormat),
                            d.gateway, d.provider, d.recipientHash)
                        .toHtmlEscaped(),
                    state.toHtmlEscaped()));
        return;
    }
    QString html
        = QStringLiteral("<h3>%1</h3>").arg(tr("SMS record %1").arg(d.smsRecordId).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(org.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Sent from %1 through %2 as %3, %n segment(s). Recipient hash: %4.",
                    nullptr, d.segments)
                         .arg(d.gateway, d.provider,
                             d.providerMessageId.isEmpty() ? tr("(not accepted)")
                                                           : d.providerMessageId,
                             d.recipientHash)
                         .toHtmlEscaped());
    if (d.errorCode != core::UsageRecordView::kNoError) {
        const auto entry = core::ErrorCatalog::instance().lookup(d.provider, d.errorCode);
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Error %1: %2")
                             .arg(d.errorCode)
                             .arg(entry.title.isEmpty() ? tr("(not in the table)") : entry.title)
                             .toHtmlEscaped(),
                        entry.description.toHtmlEscaped());
    }
    html
        += QStringLiteral("<p>%1</p>")
               .arg(tr("Salesforce write-back: %1%2 (%n attempt(s)).", nullptr, d.writeBackAttempts)
                        .arg(DeliveryLog::writeBackName(d.writeBack),
                            d.writeBackError.isEmpty() ? QString()
                                                       : QStringLiteral(", ") + d.writeBackError)
                        .toHtmlEscaped());
    html += QStringLiteral("<h4>%1</h4><table cellpadding=\"3\">")
                .arg(tr("Status timeline").toHtmlEscaped());
    for (const auto &e : d.events) {
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td></tr>")
                    .arg(when(e.at).toHtmlEscaped(), e.status.toHtmlEscaped(),
                        e.errorCode == core::UsageRecordView::kNoError
                            ? QString()
                            : QString::number(e.errorCode),
                        e.source.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    // The same provider message in a cached usage report, if a pull holds it.
    if (!d.providerMessageId.isEmpty()) {
        core::ReportCache::Filter filter;
        filter.text = d.providerMessageId;
        auto ids = m_workspace->reports().recordIds(filter, -1, Qt::AscendingOrder);
        if (ids && !ids->empty()) {
            auto rows = m_workspace->reports().records({ ids->front() });
            if (rows && !rows->isEmpty() && !rows->first().isEmpty()) {
                const QStringList &record = rows->first();
                html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                            .arg(tr("In the report cache").toHtmlEscaped(),
                                tr("Pull %1: status %2, %3 segment(s), sent %4.")
                                    .arg(record.at(0), record.at(7), record.at(10), record.at(14))
                                    .toHtmlEscaped());
            }
        }
    }
    m_details->setHtml(html);
}

} // namespace relay::ui
