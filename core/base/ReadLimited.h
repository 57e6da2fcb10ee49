#pragma once

#include <QByteArray>
#include <QIODevice>

namespace relay::core {

// Reads `device` to its end, or until it holds more than `cap` bytes (then
// returns cap + 1 bytes, so the caller can refuse it). For files whose size
// cannot be known first: pipes, process substitution, /dev/stdin. A read
// from a pipe may return less than asked, so it loops until the end.
inline QByteArray readLimited(QIODevice &device, qint64 cap)
{
    QByteArray bytes;
    while (bytes.size() <= cap) {
        const QByteArray chunk
            = device.read(qMin<qint64>(cap + 1 - bytes.size(), qint64 { 1 } << 20));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    return bytes;
}

} // namespace relay::core
