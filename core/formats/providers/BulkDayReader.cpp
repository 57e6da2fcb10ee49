#include "BulkDayReader.h"

#include "providers/JsonLines.h"
#include "providers/RecordParsers.h"

#include <simdjson.h>

#include <vector>

#include <zlib.h>

namespace relay::core::providers {

using namespace simdjson;

std::string readBulkDay(QByteArrayView gz,
    const std::function<bool(const UsageRecordView &record, qint64 line)> &record)
{
    dom::parser parser;
    UsageRecordView view;
    std::string problem;
    bool stopped = false;
    JsonLineSplitter lines([&](std::string_view text, qint64 line) {
        dom::object object;
        if (parser.parse(text.data(), text.size(), false).get_object().get(object)) {
            problem = "line " + std::to_string(line) + ": not valid JSON";
            return false;
        }
        if (const std::string why = readTwilioMessage(object, view); !why.empty()) {
            problem = "line " + std::to_string(line) + ": " + why;
            return false;
        }
        stopped = !record(view, line);
        return !stopped;
    });
    z_stream stream {};
    if (inflateInit2(&stream, 15 + 32) != Z_OK) // gzip or zlib, detected
        return "zlib could not start";
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gz.data()));
    stream.avail_in = static_cast<uInt>(gz.size());
    std::vector<char> out(1 << 20);
    int rc = Z_OK;
    bool ok = true;
    while (ok && rc != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef *>(out.data());
        stream.avail_out = static_cast<uInt>(out.size());
        rc = inflate(&stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            problem = "not a gzip file (" + std::string(stream.msg ? stream.msg : "corrupt") + ")";
            ok = false;
            break;
        }
        ok = lines.feed(out.data(), out.size() - stream.avail_out);
        if (rc == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
            problem = "the gzip stream ends early";
            ok = false;
        }
    }
    inflateEnd(&stream);
    if (ok)
        ok = lines.finish();
    if (ok || stopped)
        return {};
    return problem.empty() ? lines.error() : problem;
}

} // namespace relay::core::providers
