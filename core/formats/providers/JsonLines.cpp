#include "JsonLines.h"

#include <simdjson.h>

#include <cstring>

namespace relay::core::providers {

namespace {
constexpr std::size_t kCapacity = 8 << 20;
}

JsonLineSplitter::JsonLineSplitter(LineHandler handler)
    : m_handler(std::move(handler)), m_buffer(kCapacity + simdjson::SIMDJSON_PADDING)
{ }

bool JsonLineSplitter::feed(const char *data, std::size_t size)
{
    while (size > 0 && !m_stopped) {
        const std::size_t take = std::min(size, kCapacity - m_filled);
        std::memcpy(m_buffer.data() + m_filled, data, take);
        m_filled += take;
        data += take;
        size -= take;
        if (!drain(false))
            return false;
    }
    return !m_stopped;
}

bool JsonLineSplitter::finish()
{
    return !m_stopped && drain(true);
}

bool JsonLineSplitter::drain(bool atEnd)
{
    std::size_t start = 0;
    while (start < m_filled) {
        const void *newline = std::memchr(m_buffer.data() + start, '\n', m_filled - start);
        if (!newline && !atEnd)
            break;
        const std::size_t end = newline
            ? static_cast<std::size_t>(static_cast<const char *>(newline) - m_buffer.data())
            : m_filled;
        ++m_line;
        if (end - start > kMaxLine) {
            m_error = "line " + std::to_string(m_line)
                + ": the line is longer than 1 MiB; is this a BulkExport day file?";
            m_stopped = true;
            return false;
        }
        std::string_view line(m_buffer.data() + start, end - start);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.remove_suffix(1);
        if (!line.empty()) {
            if (std::memchr(line.data(), '\0', line.size())) {
                m_error = "line " + std::to_string(m_line) + ": binary data, not JSON lines";
                m_stopped = true;
                return false;
            }
            if (!m_handler(line, m_line)) {
                m_stopped = true;
                return false;
            }
        }
        start = end + 1;
    }
    if (start >= m_filled) {
        m_filled = 0;
    } else {
        if (m_filled - start > kMaxLine) {
            m_error = "line " + std::to_string(m_line + 1)
                + ": the line is longer than 1 MiB; is this a BulkExport day file?";
            m_stopped = true;
            return false;
        }
        std::memmove(m_buffer.data(), m_buffer.data() + start, m_filled - start);
        m_filled -= start;
    }
    return true;
}

} // namespace relay::core::providers
