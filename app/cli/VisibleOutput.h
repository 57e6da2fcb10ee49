#pragma once

#include <QIODevice>
#include <QStringDecoder>

namespace relay::cli {

// The CLI's standard output or error as a device: what a command prints for
// a person goes through core::visibleText() on its way to the descriptor, so
// a control character or a bidi override inside an imported value, a client
// label or a provider's error prints as a visible escape. Tab and line feed
// pass; so does everything in pass-through mode (--json output, where
// QJsonDocument already escapes controls and the text must stay exact).
class VisibleOutput : public QIODevice
{
public:
    explicit VisibleOutput(int fd, QObject *parent = nullptr);

    void setPassThrough(bool on) { m_passThrough = on; }
    // A bare carriage return (a progress line that the next one overwrites):
    // the only way one reaches the terminal.
    void carriageReturn();

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool writeAll(const char *data, qint64 size);

    int m_fd;
    bool m_passThrough = false;
    QStringDecoder m_decoder { QStringDecoder::Utf8 };
};

} // namespace relay::cli
