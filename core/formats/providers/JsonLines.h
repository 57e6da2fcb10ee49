#pragma once

#include <QtGlobal>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace relay::core::providers {

// Splits a byte stream (a file, a decompressed download) into lines with
// bounded memory: one fixed buffer, never a whole file. Each non-empty line
// reaches the handler with at least simdjson::SIMDJSON_PADDING readable bytes
// after it, so it can be parsed in place. A line longer than kMaxLine or
// holding a NUL byte stops the stream with an error naming the line.
class JsonLineSplitter
{
public:
    static constexpr std::size_t kMaxLine = 1 << 20;

    // Return false to stop.
    using LineHandler = std::function<bool(std::string_view line, qint64 lineNumber)>;

    explicit JsonLineSplitter(LineHandler handler);

    // False once stopped (by the handler or an error).
    bool feed(const char *data, std::size_t size);
    bool finish();

    const std::string &error() const { return m_error; }
    qint64 lineNumber() const { return m_line; }

private:
    bool drain(bool atEnd);

    LineHandler m_handler;
    std::vector<char> m_buffer;
    std::size_t m_filled = 0;
    qint64 m_line = 0;
    bool m_stopped = false;
    std::string m_error;
};

} // namespace relay::core::providers
