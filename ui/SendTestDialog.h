#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace relay::core {
class SendPipeline;
class Workspace;
} // namespace relay::core

namespace relay::ui {

// Deliveries > Send Test Message: one message through the real pipeline
// (validation, segments, hashing, submit, log), with the segment count
// explained as the text is typed. The recipient and the text are kept
// nowhere; the fields are cleared when the message is submitted.
class SendTestDialog final : public QDialog
{
    Q_OBJECT
public:
    SendTestDialog(
        core::Workspace &workspace, core::SendPipeline &pipeline, QWidget *parent = nullptr);

    QComboBox *gateway() const { return m_gateway; }
    QLineEdit *recipient() const { return m_recipient; }
    QPlainTextEdit *text() const { return m_text; }
    QLineEdit *smsRecord() const { return m_smsRecord; }
    QLabel *segments() const { return m_segments; }
    QLabel *result() const { return m_result; }
    QPushButton *sendButton() const { return m_send; }

public Q_SLOTS:
    void send();

Q_SIGNALS:
    void sent(const QString &smsRecordId);

private:
    void updateSegments();

    core::Workspace &m_workspace;
    core::SendPipeline &m_pipeline;
    QComboBox *m_gateway;
    QLineEdit *m_recipient;
    QPlainTextEdit *m_text;
    QLineEdit *m_smsRecord;
    QLabel *m_segments;
    QLabel *m_result;
    QPushButton *m_send;
    QString m_submitted;
};

} // namespace relay::ui
