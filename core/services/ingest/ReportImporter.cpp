#include "ReportImporter.h"

#include "providers/JsonLines.h"
#include "providers/RecordParsers.h"
#include "providers/TelnyxCsv.h"
#include "reports/IngestSession.h"
#include "reports/ReportCache.h"

#include <QFile>
#include <QFileInfo>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <zlib.h>

namespace relay::core {

using namespace simdjson;

namespace {

struct Work {
    IngestSession::Batch batch;
    QString checkpoint;
};

// A bounded hand-over between the parsing thread and the writing thread.
class BatchQueue
{
public:
    explicit BatchQueue(std::size_t capacity) : m_capacity(capacity) { }

    bool push(Work work)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_items.size() < m_capacity || m_abandoned; });
        if (m_abandoned)
            return false;
        m_items.push_back(std::move(work));
        m_ready.notify_one();
        return true;
    }
    std::optional<Work> pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_items.empty() || m_closed; });
        if (m_items.empty())
            return std::nullopt;
        Work work = std::move(m_items.front());
        m_items.pop_front();
        m_space.notify_one();
        return work;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_ready.notify_all();
    }
    void abandon()
    {
        std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_items.clear();
        m_space.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<Work> m_items;
    std::size_t m_capacity;
    bool m_closed = false;
    bool m_abandoned = false;
};

QString located(const QString &file, qint64 line, const std::string &what)
{
    return QStringLiteral("%1 line %2: %3")
        .arg(QFileInfo(file).fileName())
        .arg(line)
        .arg(QString::fromStdString(what));
}

std::string jsonProblem(error_code code)
{
    return std::string("not valid JSON (") + error_message(code) + ")";
}

} // namespace

ReportImporter::ReportImporter(ReportCache &cache) : m_cache(cache) { }

bool ReportImporter::parseFormat(const QString &name, Format *out)
{
    if (name == QLatin1String("twilio-json"))
        *out = Format::TwilioJson;
    else if (name == QLatin1String("twilio-bulk"))
        *out = Format::TwilioBulk;
    else if (name == QLatin1String("telnyx-mdr"))
        *out = Format::TelnyxMdr;
    else
        return false;
    return true;
}

QString ReportImporter::formatName(Format format)
{
    switch (format) {
    case Format::TwilioJson:
        return QStringLiteral("twilio-json");
    case Format::TwilioBulk:
        return QStringLiteral("twilio-bulk");
    case Format::TelnyxMdr:
        return QStringLiteral("telnyx-mdr");
    }
    return {};
}

Status ReportImporter::run(qint64 pullId, Format format, const QStringList &files)
{
    auto opened = m_cache.ingest(pullId);
    if (!opened)
        return opened.error();
    IngestSession &session = *opened.value();
    m_state = Progress {};
    m_state.files = static_cast<int>(files.size());
    const auto cancelled = [this] { return m_cancel && m_cancel->load(); };

    BatchQueue queue(3);
    std::string producerError;
    ErrorCode producerCode = ErrorCode::InvalidInput;
    std::atomic<qint64> bytesRead { 0 };
    std::atomic<qint64> fileBytes { 0 };
    std::atomic<int> fileIndex { 0 };

    // The producer: reads, parses, compacts; never touches the database.
    std::thread producer([&] {
        dom::parser parser;
        UsageRecordView view;
        qint64 sinceBatch = 0;
        const auto handOver = [&](const QString &checkpoint) {
            sinceBatch = 0;
            return queue.push(Work { session.takeBatch(), checkpoint });
        };
        bool stopped = false;
        QString lastGood = QStringLiteral("start");
        const auto fail = [&](ErrorCode code, QString text) {
            stopped = true;
            producerCode = code;
            producerError = text.toStdString();
        };

        for (int f = 0; f < files.size() && !stopped; ++f) {
            const QString &path = files.at(f);
            fileIndex = f + 1;
            bytesRead = 0;
            fileBytes = QFileInfo(path).size();
            if (!QFileInfo(path).isFile()) {
                fail(ErrorCode::NotFound, QStringLiteral("%1: no such file").arg(path));
                break;
            }

            if (format == Format::TwilioBulk) {
                gzFile gz = gzopen(QFile::encodeName(path).constData(), "rb");
                if (!gz) {
                    fail(ErrorCode::Io, QStringLiteral("%1: cannot open").arg(path));
                    break;
                }
                gzbuffer(gz, 1 << 18);
                providers::JsonLineSplitter lines([&](std::string_view text, qint64 line) {
                    dom::object object;
                    if (auto rc
                        = parser.parse(text.data(), text.size(), false).get_object().get(object);
                        rc) {
                        fail(ErrorCode::InvalidInput, located(path, line, jsonProblem(rc)));
                        return false;
                    }
                    const std::string why = providers::readTwilioMessage(object, view);
                    if (!why.empty()) {
                        fail(ErrorCode::InvalidInput, located(path, line, why));
                        return false;
                    }
                    session.add(view);
                    lastGood = QStringLiteral("file %1 line %2").arg(f + 1).arg(line);
                    if (++sinceBatch >= m_batchSize && !handOver(lastGood)) {
                        stopped = true;
                        return false;
                    }
                    if (cancelled()) {
                        fail(ErrorCode::Cancelled, QStringLiteral("cancelled"));
                        return false;
                    }
                    return true;
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
                                .arg(QFileInfo(path).fileName(),
                                    QString::fromLatin1(gzerror(gz, &zerr))));
                        break;
                    }
                    bytesRead = gzoffset(gz);
                    const bool more = n > 0 ? lines.feed(chunk.data(), static_cast<std::size_t>(n))
                                            : lines.finish();
                    if (!more && !stopped && !lines.error().empty())
                        fail(ErrorCode::InvalidInput,
                            QStringLiteral("%1 %2").arg(
                                QFileInfo(path).fileName(), QString::fromStdString(lines.error())));
                    if (!more || n == 0 || stopped)
                        break;
                }
                gzclose(gz);
            } else {
                // One JSON document per file: a saved page.
                if (fileBytes > kMaxDocumentBytes) {
                    // In MiB: the error is stored with the pull, and a
                    // ten-digit byte count reads like a phone number.
                    fail(ErrorCode::InvalidInput,
                        QStringLiteral("%1: %2 MiB is more than a saved page can be (64 MiB)")
                            .arg(QFileInfo(path).fileName())
                            .arg(static_cast<double>(fileBytes.load()) / (1 << 20), 0, 'f', 1));
                    break;
                }
                padded_string json;
                if (padded_string::load(QFile::encodeName(path).toStdString()).get(json)) {
                    fail(ErrorCode::Io, QStringLiteral("%1: cannot read").arg(path));
                    break;
                }
                bytesRead = static_cast<qint64>(json.size());
                const std::string_view content(json.data(), json.size());
                const auto first = content.find_first_not_of(" \t\r\n");
                if (format == Format::TelnyxMdr && first != std::string_view::npos
                    && content[first] != '{') {
                    // Telnyx's MDR report as CSV.
                    providers::TelnyxCsvReader csv;
                    const std::string why
                        = csv.read(QByteArray(json.data(), static_cast<qsizetype>(json.size())),
                            [&](const UsageRecordView &record, qint64 row) {
                                session.add(record);
                                lastGood = QStringLiteral("file %1 row %2").arg(f + 1).arg(row);
                                return !cancelled();
                            });
                    if (cancelled()) {
                        fail(ErrorCode::Cancelled, QStringLiteral("cancelled"));
                        break;
                    }
                    if (!why.empty()) {
                        fail(ErrorCode::InvalidInput,
                            QStringLiteral("%1 %2").arg(
                                QFileInfo(path).fileName(), QString::fromStdString(why)));
                        break;
                    }
                    continue;
                }
                if (std::memchr(json.data(), '\0', json.size())) {
                    fail(ErrorCode::InvalidInput,
                        QStringLiteral("%1: binary data, not a JSON page")
                            .arg(QFileInfo(path).fileName()));
                    break;
                }
                dom::object root;
                auto rc = parser.parse(json).get_object().get(root);
                dom::array records;
                if (!rc) {
                    const char *key = format == Format::TwilioJson ? "messages" : "data";
                    rc = root[key].get_array().get(records);
                    if (rc == NO_SUCH_FIELD) {
                        fail(ErrorCode::InvalidInput,
                            QStringLiteral("%1: no \"%2\" array; is this a %3 page?")
                                .arg(QFileInfo(path).fileName(), QLatin1String(key),
                                    formatName(format)));
                        break;
                    }
                }
                if (rc) {
                    fail(ErrorCode::InvalidInput,
                        QStringLiteral("%1: %2").arg(
                            QFileInfo(path).fileName(), QString::fromStdString(jsonProblem(rc))));
                    break;
                }
                qint64 index = 0;
                for (dom::element element : records) {
                    ++index;
                    if (cancelled()) {
                        fail(ErrorCode::Cancelled, QStringLiteral("cancelled"));
                        break;
                    }
                    dom::object object;
                    if (auto e = element.get_object().get(object); e) {
                        fail(ErrorCode::InvalidInput,
                            QStringLiteral("%1 record %2: %3")
                                .arg(QFileInfo(path).fileName())
                                .arg(index)
                                .arg(QString::fromStdString(jsonProblem(e))));
                        break;
                    }
                    const std::string why = format == Format::TwilioJson
                        ? providers::readTwilioMessage(object, view)
                        : providers::readTelnyxRecord(object, view);
                    if (!why.empty()) {
                        fail(ErrorCode::InvalidInput,
                            QStringLiteral("%1 record %2: %3")
                                .arg(QFileInfo(path).fileName())
                                .arg(index)
                                .arg(QString::fromStdString(why)));
                        break;
                    }
                    session.add(view);
                    lastGood = QStringLiteral("file %1 record %2").arg(f + 1).arg(index);
                }
            }
        }
        // What was parsed before an error or a cancel is kept, like the pages
        // of a pull that fails later.
        handOver(stopped ? lastGood : QStringLiteral("done"));
        queue.close();
    });

    // The writer: this thread owns the database connection.
    Status written;
    qint64 batches = 0;
    while (auto work = queue.pop()) {
        m_state.records += static_cast<qint64>(work->batch.records.size());
        m_state.duplicates += work->batch.duplicates;
        written = session.write(std::move(work->batch), work->checkpoint, ++batches);
        if (!written) {
            queue.abandon();
            break;
        }
        m_state.file = fileIndex;
        m_state.bytes = bytesRead;
        m_state.fileBytes = fileBytes;
        if (m_progress)
            m_progress(m_state);
    }
    producer.join();
    if (!written)
        return written;
    if (producerCode == ErrorCode::Cancelled)
        return makeError(ErrorCode::Cancelled, {});
    if (!producerError.empty())
        return makeError(producerCode, QString::fromStdString(producerError));
    return {};
}

} // namespace relay::core
