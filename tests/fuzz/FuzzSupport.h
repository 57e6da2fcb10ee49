#pragma once

// Shared bits of the libFuzzer targets: invariant checks that abort (so
// libFuzzer keeps the input as a crash), a quiet Qt, and splitting one fuzz
// input into several fields.

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace relay::fuzz {

[[noreturn]] inline void violated(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "\n==FUZZ INVARIANT== %s:%d: %s\n", file, line, what);
    std::fflush(stderr);
    std::abort();
}

// Drops Qt's warnings (a fuzzer feeds garbage on purpose; printing every
// complaint would make the runs I/O bound). Fatal messages still abort.
inline void quietQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
            std::abort();
        }
    });
}

// The fuzz bytes as a string_view.
inline std::string_view bytes(const uint8_t *data, size_t size)
{
    return { reinterpret_cast<const char *>(data), size };
}

inline QByteArray qbytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Splits at `separator` into at most `count` fields; the last field keeps
// the rest (separators included). Missing fields are empty.
inline std::vector<QByteArray> split(const uint8_t *data, size_t size, char separator, size_t count)
{
    std::vector<QByteArray> fields;
    const std::string_view text = bytes(data, size);
    std::size_t start = 0;
    while (fields.size() + 1 < count) {
        const std::size_t end = text.find(separator, start);
        if (end == std::string_view::npos)
            break;
        fields.emplace_back(text.data() + start, static_cast<qsizetype>(end - start));
        start = end + 1;
    }
    if (start <= text.size())
        fields.emplace_back(text.data() + start, static_cast<qsizetype>(text.size() - start));
    fields.resize(count);
    return fields;
}

} // namespace relay::fuzz

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::relay::fuzz::violated(#condition, __FILE__, __LINE__);                               \
    } while (false)
