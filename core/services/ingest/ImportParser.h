#pragma once

#include "Result.h"
#include "ingest/BatchQueue.h"
#include "ingest/ReportImporter.h"

#include <simdjson.h>

#include <QString>
#include <QStringList>

#include <atomic>
#include <string>

namespace relay::core {

class IngestSession;

// The parsing half of an import: reads the files, turns each record into
// the allow-listed UsageRecordView, compacts it through the session's
// producer side and hands batches over the queue. Never touches the
// database. Runs on its own thread while ReportImporter writes.
class ImportParser
{
public:
    struct Shared {
        std::atomic<qint64> bytesRead { 0 };
        std::atomic<qint64> fileBytes { 0 };
        std::atomic<int> fileIndex { 0 };
    };

    ImportParser(IngestSession &session, BatchQueue &queue, ReportImporter::Format format,
        int batchSize, const std::atomic_bool *cancel, Shared &shared);

    // Reads every file, then hands over what is left and closes the queue.
    void readAll(const QStringList &files);

    // Why it stopped early (Cancelled for a cancel); empty detail when it did not.
    ErrorCode errorCode() const { return m_code; }
    const std::string &error() const { return m_error; }

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void fail(ErrorCode code, const QString &text);
    bool handOver(const QString &checkpoint);
    // One record read; false to stop.
    bool added(const QString &where);

    void readBulkFile(const QString &path, int file);
    void readPage(const QString &path, int file);
    void readTelnyxCsv(const QString &path, int file, std::string_view content);
    void readRecords(const QString &path, int file, simdjson::dom::array records);

    IngestSession &m_session;
    BatchQueue &m_queue;
    ReportImporter::Format m_format;
    int m_batchSize;
    const std::atomic_bool *m_cancel;
    Shared &m_shared;
    simdjson::dom::parser m_parser;
    UsageRecordView m_view;
    qint64 m_sinceBatch = 0;
    bool m_stopped = false;
    QString m_lastGood = QStringLiteral("start");
    ErrorCode m_code = ErrorCode::InvalidInput;
    std::string m_error;
};

} // namespace relay::core
