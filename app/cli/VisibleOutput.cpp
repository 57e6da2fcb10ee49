#include "VisibleOutput.h"

#include "VisibleText.h"

#include <cerrno>

#include <unistd.h>

namespace relay::cli {

VisibleOutput::VisibleOutput(int fd, QObject *parent) : QIODevice(parent), m_fd(fd)
{
    // A QIODevice over a descriptor: opening it only sets the mode, and cannot fail.
    [[maybe_unused]] const bool opened = open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    Q_ASSERT(opened);
}

void VisibleOutput::carriageReturn()
{
    writeAll("\r", 1);
}

qint64 VisibleOutput::writeData(const char *data, qint64 size)
{
    if (m_passThrough)
        return writeAll(data, size) ? size : -1;
    // The decoder keeps a sequence split between two writes for the next.
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray shown = core::visibleText(text, core::VisibleLines::Keep).toUtf8();
    return writeAll(shown.constData(), shown.size()) ? size : -1;
}

bool VisibleOutput::writeAll(const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(m_fd, data, static_cast<size_t>(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

} // namespace relay::cli
