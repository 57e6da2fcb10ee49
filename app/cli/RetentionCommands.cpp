#include "RetentionCommands.h"

#include "retention/Inventory.h"
#include "retention/Verifier.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSettings>

namespace relay::cli {

using namespace relay::core;

QString RetentionCommand::summary() const
{
    return tr("Check the workspace against the data policy's retention inventory.");
}

void RetentionCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("retention verify: runs every check of the retention inventory on the live workspace (tables and "
           "columns, phone numbers, message text, retention, hashes, encryption and file modes, secrets) and "
           "prints each with its counts and evidence. Exit status 0 only when all pass."));
    parser.addPositionalArgument(QStringLiteral("verify"), tr("The action."));
    const QCommandLineOption settings(QStringLiteral("settings"), tr("The settings file to check (default: Relay Audit's own)."),
                                      QStringLiteral("file"));
    parser.addOption(settings);
    if (!parse(parser, arguments))
        return;
    if (parser.positionalArguments() != QStringList{QStringLiteral("verify")}) {
        usageError(tr("retention takes: verify"));
        return;
    }
    auto inventory = RetentionInventory::builtIn();
    if (!inventory) {
        fail(inventory.error());
        return;
    }
    RetentionVerifier::Options options;
    options.settingsFile = parser.isSet(settings) ? parser.value(settings)
                                                  : QSettings(QStringLiteral("relayaudit"), QStringLiteral("relayaudit")).fileName();
    options.tempDir = QDir::tempPath();
    withWorkspace([this, inventory = inventory.value(), options](std::unique_ptr<Workspace> workspace) {
        QElapsedTimer timer;
        timer.start();
        RetentionVerifier verifier(*workspace, inventory, m_ctx.clock);
        auto checks = verifier.run(options);
        if (!checks) {
            fail(checks.error());
            return;
        }
        const qint64 ms = timer.elapsed();
        bool all = true;
        qint64 findings = 0;
        for (const RetentionVerifier::Check &c : checks.value()) {
            all = all && c.passed;
            findings += c.findings;
        }
        logActivity(*workspace, QStringLiteral("retention.verify"),
                    {{QStringLiteral("passed"), all}, {QStringLiteral("findings"), findings}, {QStringLiteral("inventory"), inventory.version()}});
        if (m_ctx.json) {
            QJsonObject json = RetentionVerifier::toJson(checks.value());
            json.insert(QStringLiteral("inventory_version"), inventory.version());
            json.insert(QStringLiteral("workspace"), workspace->meta().id);
            json.insert(QStringLiteral("elapsed_ms"), ms);
            printJson(json);
        } else {
            m_ctx.out << tr("Retention inventory v%1 against %2").arg(inventory.version()).arg(workspace->path()) << Qt::endl;
            for (const RetentionVerifier::Check &c : checks.value()) {
                QStringList counts;
                for (auto it = c.counts.constBegin(); it != c.counts.constEnd(); ++it)
                    counts.append(QStringLiteral("%1 %2").arg(it.key(), it.value().isArray() ? QStringLiteral("v1")
                                                                                           : QString::number(it.value().toInteger())));
                m_ctx.out << (c.passed ? tr("PASS") : tr("FAIL")) << QStringLiteral("  ") << c.title << QStringLiteral("  (")
                          << counts.join(QStringLiteral(", ")) << QStringLiteral(")") << Qt::endl;
                for (const RetentionVerifier::Finding &f : c.evidence)
                    m_ctx.out << QStringLiteral("      ") << f.where << QStringLiteral(": ") << f.what << Qt::endl;
                if (c.findings > c.evidence.size())
                    m_ctx.out << QStringLiteral("      ") << tr("… and %1 more").arg(c.findings - c.evidence.size()) << Qt::endl;
            }
            m_ctx.out << (all ? tr("All checks pass (%1 ms).").arg(ms) : tr("%n finding(s) (%1 ms).", nullptr, static_cast<int>(findings)).arg(ms))
                      << Qt::endl;
        }
        finish(all ? ExitOk : ExitFailure);
    });
}

} // namespace relay::cli
