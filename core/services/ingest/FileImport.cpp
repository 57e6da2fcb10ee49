#include "FileImport.h"

#include "activity/ActivityLog.h"

namespace relay::core {

Result<FileImport::Outcome> FileImport::run(ReportCache &cache, ActivityLog &log,
    const Request &request, const std::atomic_bool *cancelled, const ProgressHandler &progress)
{
    ReportCache::NewPull pull;
    pull.provider = ReportImporter::formatName(request.format);
    pull.account = QStringLiteral("file");
    pull.client = request.client;
    auto pullId = cache.createPull(pull);
    if (!pullId)
        return pullId.error();
    Outcome outcome;
    outcome.pullId = pullId.value();
    ReportImporter importer(cache);
    importer.setCancelFlag(cancelled);
    if (progress)
        importer.setProgressHandler(progress);
    const Status imported = importer.run(outcome.pullId, request.format, request.files);
    outcome.progress = importer.progress();
    outcome.state = imported                            ? PullState::Complete
        : imported.error().code == ErrorCode::Cancelled ? PullState::Cancelled
                                                        : PullState::Failed;
    if (!imported)
        outcome.failure = imported.error();
    if (auto finished = cache.finishPull(
            outcome.pullId, outcome.state, imported ? QString() : errorMessage(imported.error()));
        !finished)
        return finished.error();
    if (auto logged = log.append(QStringLiteral("report.import"),
            { { QStringLiteral("pull"), outcome.pullId },
                { QStringLiteral("format"), ReportImporter::formatName(request.format) },
                { QStringLiteral("files"), static_cast<qint64>(request.files.size()) },
                { QStringLiteral("records"), outcome.progress.records },
                { QStringLiteral("duplicates"), outcome.progress.duplicates },
                { QStringLiteral("state"), pullStateName(outcome.state) } });
        !logged)
        return logged.error();
    return outcome;
}

} // namespace relay::core
