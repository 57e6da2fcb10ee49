#include "ReportImporter.h"

#include "ingest/ImportParser.h"
#include "reports/IngestSession.h"
#include "reports/ReportCache.h"

#include <thread>

namespace relay::core {

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

    // The parser on a thread of its own; this thread owns the connection
    // and writes each batch with its checkpoint.
    BatchQueue queue(3);
    ImportParser::Shared shared;
    ImportParser parser(session, queue, format, m_batchSize, m_cancel, shared);
    std::thread parsing([&parser, &files] { parser.readAll(files); });
    Status written;
    qint64 batches = 0;
    while (auto work = queue.pop()) {
        auto stored = session.write(std::move(work->batch), work->checkpoint, ++batches);
        if (!stored) {
            written = stored.error();
            queue.abandon();
            break;
        }
        m_state.records += stored->records;
        m_state.duplicates += stored->duplicates;
        m_state.file = shared.fileIndex;
        m_state.bytes = shared.bytesRead;
        m_state.fileBytes = shared.fileBytes;
        if (m_progress)
            m_progress(m_state);
    }
    parsing.join();
    if (!written)
        return written;
    if (parser.errorCode() == ErrorCode::Cancelled && !parser.error().empty())
        return makeError(ErrorCode::Cancelled, {});
    if (!parser.error().empty())
        return makeError(parser.errorCode(), QString::fromStdString(parser.error()));
    return {};
}

} // namespace relay::core
