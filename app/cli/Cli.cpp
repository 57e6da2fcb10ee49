#include "Cli.h"

#include "AccessCommands.h"
#include "EngineCommands.h"
#include "LinkCommands.h"
#include "PullCommands.h"
#include "ReportCommands.h"
#include "RetentionCommands.h"
#include "WorkspaceCommand.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

namespace relay::cli {

Cli::Cli(CliContext &context, QObject *parent) : QObject(parent), m_ctx(context)
{
    m_commands.append(new WorkspaceCommand(m_ctx, this));
    m_commands.append(new PullCommand(m_ctx, this));
    m_commands.append(new ImportCommand(m_ctx, this));
    m_commands.append(new PullsCommand(m_ctx, this));
    m_commands.append(new BreakdownCommand(m_ctx, this));
    m_commands.append(new ExportCommand(m_ctx, this));
    m_commands.append(new PurgeCommand(m_ctx, this));
    m_commands.append(new SettingsCommand(m_ctx, this));
    m_commands.append(new CredentialsCommand(m_ctx, this));
    m_commands.append(new SandboxCommand(m_ctx, this));
    m_commands.append(new EngineCommand(m_ctx, this));
    m_commands.append(new HashCommand(m_ctx, this));
    m_commands.append(new DeliveriesCommand(m_ctx, this));
    m_commands.append(new RetentionCommand(m_ctx, this));
    m_commands.append(new AccessCommand(m_ctx, this));
    m_commands.append(new LinksCommand(m_ctx, this));
    m_commands.append(new SchedulerCommand(m_ctx, this));
}

QString Cli::usage() const
{
    QString text = tr("Usage: relayaudit-cli [--workspace DIR] [--json] <command> [options]\n\n"
                      "Relay Audit's headless console. Secrets come from the system keychain or the\n"
                      "environment (RELAYAUDIT_PASSPHRASE), never from the command line.\n\n"
                      "Global options:\n"
                      "  --workspace DIR  The workspace directory (default: %1).\n"
                      "  --json           Machine-readable output.\n"
                      "  -h, --help       This help; 'relayaudit-cli COMMAND --help' for a command's.\n"
                      "  -v, --version    The version.\n\n"
                      "Commands:\n")
                       .arg(core::Workspace::defaultPath());
    for (const Command *command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(14), command->summary());
    text += tr("\nExit codes: 0 success, 1 failure, 2 bad arguments, 3 wrong or missing passphrase/key.\n");
    return text;
}

void Cli::done(int code)
{
    m_ctx.out.flush();
    m_ctx.err.flush();
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

void Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption workspace(QStringLiteral("workspace"), tr("The workspace directory."),
                                       QStringLiteral("dir"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Machine-readable output."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Shows this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, tr("Shows the version."));
    parser.addOptions({workspace, json, help, version});

    if (!parser.parse(arguments)) {
        m_ctx.err << tr("relayaudit-cli: %1").arg(parser.errorText()) << Qt::endl
                  << tr("Run 'relayaudit-cli --help' for usage.") << Qt::endl;
        done(ExitUsage);
        return;
    }
    if (parser.isSet(version)) {
        m_ctx.out << QStringLiteral("relayaudit-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        done(ExitOk);
        return;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help) || positional.isEmpty()) {
        (positional.isEmpty() && !parser.isSet(help) ? m_ctx.err : m_ctx.out) << usage();
        done(parser.isSet(help) ? ExitOk : ExitUsage);
        return;
    }
    m_ctx.json = parser.isSet(json);
    m_ctx.workspaceDir = parser.isSet(workspace) ? parser.value(workspace) : core::Workspace::defaultPath();
    if (m_ctx.workspaceDir.isEmpty()) {
        m_ctx.err << tr("relayaudit-cli: --workspace needs a directory") << Qt::endl;
        done(ExitUsage);
        return;
    }

    const QString name = positional.constFirst();
    if (name == QLatin1String("help")) {
        if (positional.size() > 1) {
            run({arguments.constFirst(), positional.at(1), QStringLiteral("--help")});
            return;
        }
        m_ctx.out << usage();
        done(ExitOk);
        return;
    }
    for (Command *command : std::as_const(m_commands)) {
        if (command->name() == name) {
            connect(command, &Command::finished, this, &Cli::finished);
            command->start(positional);
            return;
        }
    }
    m_ctx.err << tr("relayaudit-cli: unknown command '%1'").arg(name) << Qt::endl
              << tr("Run 'relayaudit-cli --help' for the list of commands.") << Qt::endl;
    done(ExitUsage);
}

} // namespace relay::cli
