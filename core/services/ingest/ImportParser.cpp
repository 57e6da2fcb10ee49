#include "ImportParser.h"

#include "providers/JsonLines.h"
#include "providers/RecordParsers.h"
#include "providers/TelnyxCsv.h"
#include "reports/IngestSession.h"

#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <vector>

#include <zlib.h>

namespace relay::core {

using namespace simdjson;

namespace {

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

QString located(const QString &file, qint64 line, const std::string &what)
{
    return QStringLiteral("%1 line %2: %3")
        .arg(fileName(file))
        .arg(line)
        .arg(QString::fromStdString(what));
}

std::string jsonProblem(error_code code)
{
    return std::string("not valid JSON (") + error_message(code) + ")";
}

} // namespace

ImportParser::ImportParser(IngestSession &session, BatchQueue &queue, ReportImporter::Format format,
    int batchSize, const std::atomic_bool *cancel, Shared &shared)
    : m_session(session)
    , m_queue(queue)
    , m_format(format)
    , m_batchSize(batchSize)
    , m_cancel(cancel)
    , m_shared(shared)
{ }

void ImportParser::fail(ErrorCode code, const QString &text)
{
    m_stopped = true;
    m_code = code;
    m_error = text.toStdString();
}

bool ImportParser::handOver(const QString &checkpoint)
{
    m_sinceBatch = 0;
    return m_queue.push(IngestWork { m_session.takeBatch(), checkpoint });
}

void ImportParser::readAll(const QStringList &files)
{
    for (int f = 0; f < files.size() && !m_stopped; ++f) {
        const QString &path = files.at(f);
        m_shared.fileIndex = f + 1;
        m_shared.bytesRead = 0;
        m_shared.fileBytes = QFileInfo(path).size();
        if (!QFileInfo(path).isFile()) {
            fail(ErrorCode::NotFound, QStringLiteral("%1: no such file").arg(path));
            break;
        }
        if (m_format == ReportImporter::Format::TwilioBulk)
            readBulkFile(path, f + 1);
        else
            readPage(path, f + 1);
    }
    // What was parsed before an error or a cancel is kept, like the pages of
    // a pull that fails later.
    handOver(m_stopped ? m_lastGood : QStringLiteral("done"));
    m_queue.close();
}

bool ImportParser::added(const QString &where)
{
    m_session.add(m_view);
    m_lastGood = where;
    if (++m_sinceBatch >= m_batchSize && !handOver(m_lastGood)) {
        m_stopped = true;
        return false;
    }
    if (cancelled()) {
        fail(ErrorCode::Cancelled, QStringLiteral("cancelled"));
        return false;
    }
    return true;
}

// A BulkExport day file: JSON lines, plain or gzip (zlib reads both),
// streamed in 1 MiB chunks and committed every m_batchSize records.
void ImportParser::readBulkFile(const QString &path, int file)
{
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!gz) {
        fail(ErrorCode::Io, QStringLiteral("%1: cannot open").arg(path));
        return;
    }
    gzbuffer(gz, 1 << 18);
    providers::JsonLineSplitter lines([&](std::string_view text, qint64 line) {
        dom::object object;
        if (auto rc = m_parser.parse(text.data(), text.size(), false).get_object().get(object);
            rc) {
            fail(ErrorCode::InvalidInput, located(path, line, jsonProblem(rc)));
            return false;
        }
        if (const std::string why = providers::readTwilioMessage(object, m_view); !why.empty()) {
            fail(ErrorCode::InvalidInput, located(path, line, why));
            return false;
        }
        return added(QStringLiteral("file %1 line %2").arg(file).arg(line));
    });
    std::vector<char> chunk(1 << 20);
    for (;;) {
        if (cancelled()) {
            fail(ErrorCode::Cancelled, QStringLiteral("cancelled"));
            break;
        }
        const int n = gzread(gz, chunk.data(), static_cast<unsigned>(chunk.size()));
        if (n < 0) {
            int zerr = 0;
            fail(ErrorCode::InvalidInput,
                QStringLiteral("%1: not a readable gzip file (%2)")
                    .arg(fileName(path), QString::fromLatin1(gzerror(gz, &zerr))));
            break;
        }
        m_shared.bytesRead = gzoffset(gz);
        const bool more
            = n > 0 ? lines.feed(chunk.data(), static_cast<std::size_t>(n)) : lines.finish();
        if (!more && !m_stopped && !lines.error().empty())
            fail(ErrorCode::InvalidInput,
                QStringLiteral("%1 %2").arg(fileName(path), QString::fromStdString(lines.error())));
        if (!more || n == 0 || m_stopped)
            break;
    }
    gzclose(gz);
}

// One JSON document per file (a saved page), or Telnyx's MDR report as CSV.
void ImportParser::readPage(const QString &path, int file)
{
    if (m_shared.fileBytes > ReportImporter::kMaxDocumentBytes) {
        // In MiB: the error is stored with the pull, and a ten-digit byte
        // count reads like a phone number.
        fail(ErrorCode::InvalidInput,
            QStringLiteral("%1: %2 MiB is more than a saved page can be (64 MiB)")
                .arg(fileName(path))
                .arg(static_cast<double>(m_shared.fileBytes.load()) / (1 << 20), 0, 'f', 1));
        return;
    }
    padded_string json;
    if (padded_string::load(QFile::encodeName(path).toStdString()).get(json)) {
        fail(ErrorCode::Io, QStringLiteral("%1: cannot read").arg(path));
        return;
    }
    m_shared.bytesRead = static_cast<qint64>(json.size());
    const std::string_view content(json.data(), json.size());
    const auto first = content.find_first_not_of(" \t\r\n");
    if (m_format == ReportImporter::Format::TelnyxMdr && first != std::string_view::npos
        && content[first] != '{') {
        readTelnyxCsv(path, file, content);
        return;
    }
    if (std::memchr(json.data(), '\0', json.size())) {
        fail(ErrorCode::InvalidInput,
            QStringLiteral("%1: binary data, not a JSON page").arg(fileName(path)));
        return;
    }
    dom::object root;
    auto rc = m_parser.parse(json).get_object().get(root);
    dom::array records;
    if (!rc) {
        const char *key = m_format == ReportImporter::Format::TwilioJson ? "messages" : "data";
        rc = root[key].get_array().get(records);
        if (rc == NO_SUCH_FIELD) {
            fail(ErrorCode::InvalidInput,
                QStringLiteral("%1: no \"%2\" array; is this a %3 page?")
                    .arg(fileName(path), QLatin1String(key), ReportImporter::formatName(m_format)));
            return;
        }
    }
    if (rc) {
        fail(ErrorCode::InvalidInput,
            QStringLiteral("%1: %2").arg(fileName(path), QString::fromStdString(jsonProblem(rc))));
        return;
    }
    readRecords(path, file, records);
}

void ImportParser::readTelnyxCsv(const QString &path, int file, std::string_view content)
{
    providers::TelnyxCsvReader csv;
    const std::string why
        = csv.read(QByteArray(content.data(), static_cast<qsizetype>(content.size())),
            [&](const UsageRecordView &record, qint64 row) {
                m_session.add(record);
                m_lastGood = QStringLiteral("file %1 row %2").arg(file).arg(row);
                return !cancelled();
            });
    if (cancelled())
        fail(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    else if (!why.empty())
        fail(ErrorCode::InvalidInput,
            QStringLiteral("%1 %2").arg(fileName(path), QString::fromStdString(why)));
}

void ImportParser::readRecords(const QString &path, int file, dom::array records)
{
    const auto recordError = [&](qint64 index, const std::string &what) {
        fail(ErrorCode::InvalidInput,
            QStringLiteral("%1 record %2: %3")
                .arg(fileName(path))
                .arg(index)
                .arg(QString::fromStdString(what)));
    };
    qint64 index = 0;
    for (dom::element element : records) {
        ++index;
        if (cancelled()) {
            fail(ErrorCode::Cancelled, QStringLiteral("cancelled"));
            return;
        }
        dom::object object;
        if (auto e = element.get_object().get(object); e) {
            recordError(index, jsonProblem(e));
            return;
        }
        const std::string why = m_format == ReportImporter::Format::TwilioJson
            ? providers::readTwilioMessage(object, m_view)
            : providers::readTelnyxRecord(object, m_view);
        if (!why.empty()) {
            recordError(index, why);
            return;
        }
        m_session.add(m_view);
        m_lastGood = QStringLiteral("file %1 record %2").arg(file).arg(index);
    }
}

} // namespace relay::core
