#include "SendTestDialog.h"

#include "engine/SendPipeline.h"
#include "messages/Segments.h"
#include "pages/PageKeys.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relay::ui {

using core::SegmentCount;
using core::SendPipeline;

namespace {

// An id, not text: a fresh 15-character record id (the length Salesforce
// ids have) for a test send, unique per millisecond.
QString testRecordId()
{
    const qint64 stamp = QDateTime::currentMSecsSinceEpoch() % 1000000000000LL;
    return QLatin1String("a0T") + QString::number(stamp).rightJustified(12, QLatin1Char('0'));
}

} // namespace

SendTestDialog::SendTestDialog(core::Workspace &workspace, SendPipeline &pipeline, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_pipeline(pipeline)
    , m_gateway(new QComboBox(this))
    , m_recipient(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_smsRecord(new QLineEdit(this))
    , m_segments(new QLabel(this))
    , m_result(new QLabel(this))
    , m_send(new QPushButton(tr("&Send"), this))
{
    setWindowTitle(tr("Send Test Message"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Runs one message through the send path: validation, segment count, recipient hash, "
           "submit, delivery log. The number and the text are kept nowhere."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto gateways = m_workspace.gateways().list();
    if (gateways) {
        for (const auto &g : gateways.value())
            m_gateway->addItem(QStringLiteral("%1 (%2)").arg(g.address, g.provider), g.address);
    }
    m_recipient->setPlaceholderText(tr("+1 202 555 0143, or whatsapp:+…"));
    m_smsRecord->setText(testRecordId());
    m_text->setPlaceholderText(tr("The message"));
    m_text->setTabChangesFocus(true);
    m_gateway->setAccessibleName(tr("Gateway"));
    m_recipient->setAccessibleName(tr("Recipient"));
    m_recipient->setAccessibleDescription(
        tr("The number to send to; it is cleared when the message is submitted"));
    m_smsRecord->setAccessibleName(tr("SMS record id"));
    m_text->setAccessibleName(tr("Text"));
    m_text->setAccessibleDescription(
        tr("The message; it is cleared when the message is submitted"));
    m_segments->setAccessibleName(tr("Segment count"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Gateway:"), m_gateway);
    form->addRow(tr("&Recipient:"), m_recipient);
    form->addRow(tr("SMS &record id:"), m_smsRecord);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(QString(), m_segments);
    layout->addLayout(form);
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Result"));
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &SendTestDialog::send);
    connect(m_text, &QPlainTextEdit::textChanged, this, &SendTestDialog::updateSegments);
    // The form's order (the text was made before the record id).
    keys::setTabChain({ m_gateway, m_recipient, m_smsRecord, m_text, m_send });
    connect(
        &m_pipeline, &SendPipeline::finished, this, [this](const SendPipeline::Outcome &outcome) {
            if (outcome.smsRecordId != m_submitted)
                return; // another send of the pipeline
            if (!outcome.ok)
                m_result->setText(tr("Not sent: %1").arg(outcome.error));
            else if (outcome.providerMessageId.isEmpty())
                m_result->setText(tr("Submitted (%1), but the provider's answer was lost: the "
                                     "message id arrives with its first status callback.")
                                      .arg(outcome.status));
            else
                m_result->setText(
                    tr("Submitted as %1 (%2). Its statuses arrive in the Deliveries log.")
                        .arg(outcome.providerMessageId, outcome.status));
            if (outcome.ok)
                Q_EMIT sent(outcome.smsRecordId);
        });
    updateSegments();
}

void SendTestDialog::updateSegments()
{
    const QString body = m_text->toPlainText();
    const SegmentCount count = SegmentCount::of(body);
    QString text = tr("%1 · %n segment(s) · %2 units", nullptr, count.segments)
                       .arg(SegmentCount::encodingName(count.encoding))
                       .arg(count.units);
    if (count.forcedUcs2Total > 0) {
        QStringList why;
        for (const auto &c : count.forcedUcs2)
            why << c.text;
        text += QStringLiteral(" · ") + tr("UCS-2 because of: %1").arg(why.join(QLatin1Char(' ')));
    } else if (count.costTwoTotal > 0) {
        text += QStringLiteral(" · ") + tr("%n character(s) cost two", nullptr, count.costTwoTotal);
    }
    m_segments->setText(text);
}

void SendTestDialog::send()
{
    SendPipeline::Request request;
    request.gateway = m_gateway->currentData().toString();
    request.recipient = m_recipient->text();
    request.text = m_text->toPlainText();
    request.smsRecordId = m_smsRecord->text().trimmed();
    const QString smsRecordId = request.smsRecordId;
    request.batchId = QStringLiteral("test");
    request.channel = request.gateway.startsWith(QLatin1String("whatsapp:"))
        ? core::Channel::WhatsApp
        : core::Channel::Sms;
    auto queued = m_pipeline.send(std::move(request));
    if (!queued) {
        m_result->setText(tr("Not sent: %1").arg(core::errorMessage(queued.error())));
        return;
    }
    m_submitted = smsRecordId;
    // Submitted: what may not be kept leaves the form.
    m_recipient->clear();
    m_text->clear();
    m_result->setText(queued->isEmpty()
            ? tr("Submitting…")
            : tr("Submitting… (%1)").arg(queued->join(QStringLiteral("; "))));
}

} // namespace relay::ui
