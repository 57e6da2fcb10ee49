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
// log. Files that hold no record, and a failed import that stored none,
// leave no pull: it is deleted again, with a report.purge entry saying why.
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
        // records committed before it stay in the pull. Files that hold no
        // record fail too (InvalidInput).
        std::optional<Error> failure;
        // The pull was deleted again: the files held no record, or the
        // import failed before storing one.
        bool removed = false;
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
