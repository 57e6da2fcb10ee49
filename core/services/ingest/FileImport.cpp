#include "FileImport.h"

#include "activity/ActivityLog.h"

#include <QJsonObject>

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
    // Files that held no record, or an import that failed before storing
    // one, leave no pull behind: the activity log keeps why.
    const bool nothingRead = outcome.progress.records == 0 && outcome.progress.duplicates == 0;
    const bool empty = imported && nothingRead;
    const bool failedEmpty = outcome.state == PullState::Failed && outcome.progress.records == 0;
    if (empty) {
        outcome.state = PullState::Failed;
        outcome.failure = makeError(ErrorCode::InvalidInput,
            QStringLiteral("the files hold no records: nothing was imported"));
    }
    QJsonObject detail { { QStringLiteral("pull"), outcome.pullId },
        { QStringLiteral("format"), ReportImporter::formatName(request.format) },
        { QStringLiteral("files"), static_cast<qint64>(request.files.size()) },
        { QStringLiteral("records"), outcome.progress.records },
        { QStringLiteral("duplicates"), outcome.progress.duplicates },
        { QStringLiteral("state"),
            empty ? QStringLiteral("empty") : pullStateName(outcome.state) } };
    if (outcome.failure) // the kind of problem; the words stay with the pull's error
        detail.insert(QStringLiteral("error"), errorCodeName(outcome.failure->code));
    if (auto logged = log.append(QStringLiteral("report.import"), detail); !logged)
        return logged.error();
    if (empty || failedEmpty) {
        const QString why
            = empty ? QStringLiteral("empty-import") : QStringLiteral("failed-import");
        auto removed = cache.purge(false, outcome.pullId, why, [&](const PullPurge &r) {
            return log.appendWithin(QStringLiteral("report.purge"),
                { { QStringLiteral("pull"), r.pullId }, { QStringLiteral("records"), r.records },
                    { QStringLiteral("why"), why } });
        });
        if (!removed)
            return removed.error();
        outcome.removed = true;
    }
    return outcome;
}

} // namespace relay::core
