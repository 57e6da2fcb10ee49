#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace relay::core {

class ReportCache;

// Imports files an engineer was handed into a pull of the report cache:
// saved Twilio Messages list pages, Twilio BulkExport day files (JSON lines,
// plain or gzip) and Telnyx detail-record pages. Large files are streamed
// (bounded memory); day files are parsed on a second thread while the
// calling thread writes, and committed in batches. A malformed line stops the
// import naming file, line and problem; batches already committed stay.
class ReportImporter
{
public:
    enum class Format { TwilioJson, TwilioBulk, TelnyxMdr };

    struct Progress {
        int file = 0; // 1-based
        int files = 0;
        qint64 bytes = 0; // of the current file, as read (compressed for gzip)
        qint64 fileBytes = 0;
        qint64 records = 0;
        qint64 duplicates = 0;
    };

    static constexpr qint64 kMaxDocumentBytes = 64
        << 20; // one saved JSON page (Twilio: 1,000 messages, ~1.5 MB)

    explicit ReportImporter(ReportCache &cache);

    static bool parseFormat(const QString &name, Format *out);
    static QString formatName(Format format);

    // The handler may refer to the caller's locals: the caller keeps them
    // alive while the importer lives (run() is synchronous).
    // cppcheck-suppress danglingLifetime
    void setProgressHandler(std::function<void(const Progress &)> handler)
    {
        m_progress = std::move(handler);
    }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setBatchSize(int records) { m_batchSize = records; }

    [[nodiscard]] Status run(qint64 pullId, Format format, const QStringList &files);

    const Progress &progress() const { return m_state; }

private:
    ReportCache &m_cache;
    std::function<void(const Progress &)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    int m_batchSize = 20000;
    Progress m_state;
};

} // namespace relay::core
