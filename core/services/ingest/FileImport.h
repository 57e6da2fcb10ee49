#pragma once

#include "Result.h"
#include "ingest/ReportImporter.h"
#include "reports/ReportCache.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace relay::core {

class ActivityLog;

// Importing files an engineer was handed as a new pull, as the GUI and the
// CLI both do it: the pull is created (account "file"), the importer runs,
// the pull is marked complete, cancelled or failed (and that mark is
// checked), and a report.import entry with the counts goes to the activity
// log.
class FileImport
{
public:
    struct Request {
        ReportImporter::Format format = ReportImporter::Format::TwilioJson;
        QStringList files;
        QString client;
    };

    struct Outcome {
        qint64 pullId = 0;
        PullState state = PullState::Running;
        ReportImporter::Progress progress;
        // Why the import itself stopped (Cancelled for a cancel); the
        // records committed before it stay in the pull.
        std::optional<Error> failure;
    };

    using ProgressHandler = std::function<void(const ReportImporter::Progress &)>;

    // An error only when the bookkeeping failed (the pull could not be
    // created or marked); an import that stopped is an Outcome with its
    // failure.
    [[nodiscard]] static Result<Outcome> run(ReportCache &cache, ActivityLog &log,
        const Request &request, const std::atomic_bool *cancelled = nullptr,
        const ProgressHandler &progress = {});
};

} // namespace relay::core
