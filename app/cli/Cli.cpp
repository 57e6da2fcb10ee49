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
#include <QRegularExpression>
#include <QTextStream>
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

QString Cli::usage(const QString &defaultWorkspace) const
{
    QString text
        = tr("Usage: relayaudit-cli [--workspace DIR] [--json] <command> [options]\n\n"
             "Relay Audit's headless console. Secrets come from the system keychain or the\n"
             "environment (RELAYAUDIT_PASSPHRASE), never from the command line.\n\n"
             "Global options:\n"
             "  --workspace DIR  The workspace directory (default: %1).\n"
             "  --json           Machine-readable output.\n"
             "  -h, --help       This help; 'relayaudit-cli COMMAND --help' for a command's.\n"
             "  -v, --version    The version.\n\n"
             "Commands:\n")
              .arg(defaultWorkspace.isEmpty() ? core::Workspace::defaultPath() : defaultWorkspace);
    for (const Command *command : m_commands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(command->name().leftJustified(14), command->summary());
    text += tr("\nExit codes: 0 success, 1 failure, 2 bad arguments, 3 wrong or missing "
               "passphrase/key.\n");
    return text;
}

QString Cli::helpOf(const QString &command, const QString &action) const
{
    // Runs the command's own --help into a string: the man page is made from
    // the text the commands print, so the two cannot drift apart.
    QString text;
    QString errors;
    QTextStream out(&text);
    QTextStream err(&errors);
    CliContext context { out, err, m_ctx.workspaceDir, false, m_ctx.secrets, m_ctx.clock };
    Cli scratch(context);
    for (Command *c : std::as_const(scratch.m_commands)) {
        if (c->name() != command)
            continue;
        QStringList arguments { command };
        if (!action.isEmpty())
            arguments.append(action);
        arguments.append(QStringLiteral("--help"));
        c->start(arguments);
    }
    out.flush();
    return text;
}

QString Cli::manPage() const
{
    // The reader's default, not the build machine's home.
    static const QString kDefaultWorkspaceForReaders
        = QStringLiteral("~/.local/share/relayaudit/workspace");
    // troff: a backslash is \e, a leading dot or quote needs \&, and "-"
    // in an option is \- so it copies as a hyphen-minus.
    const auto roff = [](const QString &text) -> QString {
        QString escaped;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            QString l = line;
            l.replace(QLatin1Char('\\'), QStringLiteral("\\e"))
                .replace(QLatin1Char('-'), QStringLiteral("\\-"));
            if (l.startsWith(QLatin1Char('.')) || l.startsWith(QLatin1Char('\'')))
                l.prepend(QStringLiteral("\\&"));
            escaped += l + QLatin1Char('\n');
        }
        return escaped.trimmed();
    };
    // An "Actions:" block lists "  name  description" lines up to a blank line.
    const auto actionsIn = [](const QString &help) {
        QStringList actions;
        bool inside = false;
        static const QRegularExpression row(QStringLiteral("^  ([a-z][a-z0-9-]*)\\s"));
        const QStringList lines = help.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.endsWith(QLatin1Char(':')) && !line.startsWith(QLatin1Char(' '))) {
                inside = line == QLatin1String("Actions:");
                continue;
            }
            if (!inside)
                continue;
            const QRegularExpressionMatch match = row.match(line);
            if (match.hasMatch())
                actions.append(match.captured(1));
            else if (!line.startsWith(QLatin1String("    ")))
                inside = false;
        }
        return actions;
    };

    QString page;
    QTextStream man(&page);
    man << ".TH RELAYAUDIT\\-CLI 1 \"\" \"Relay Audit " << QCoreApplication::applicationVersion()
        << "\" \"User Commands\"\n"
        << ".SH NAME\nrelayaudit\\-cli \\- Relay Audit's headless compliance and audit console\n"
        << ".SH SYNOPSIS\n.B relayaudit\\-cli\n[\\-\\-workspace DIR] [\\-\\-json] COMMAND [ACTION] "
           "[OPTIONS]\n"
        << ".SH DESCRIPTION\n.nf\n"
        << roff(usage(kDefaultWorkspaceForReaders)) << "\n.fi\n"
        << ".SH COMMANDS\n";
    for (const Command *command : m_commands) {
        const QString help = helpOf(command->name(), {});
        man << ".SS " << command->name() << "\n"
            << roff(command->summary()) << "\n.PP\n.nf\n"
            << roff(help) << "\n.fi\n";
        const QStringList actions = actionsIn(help);
        for (const QString &action : actions) {
            man << ".SS \"" << command->name() << ' ' << roff(action) << "\"\n.nf\n"
                << roff(helpOf(command->name(), action)) << "\n.fi\n";
        }
    }
    man << ".SH ENVIRONMENT\n"
        << ".TP\n.B RELAYAUDIT_PASSPHRASE\nThe workspace passphrase, when the workspace is not "
           "keyed by the system keychain.\n"
        << ".TP\n.B RELAYAUDIT_NEW_PASSPHRASE\nThe new passphrase for \\fBworkspace rekey\\fR.\n"
        << ".TP\n.B RELAYAUDIT_NO_KEYCHAIN\nSet to 1 to use no system keychain (passphrase "
           "workspaces only).\n"
        << ".SH EXIT STATUS\n0 success, 1 failure, 2 bad arguments, 3 wrong or missing passphrase "
           "or key.\n"
        << ".SH FILES\n.TP\n"
        << roff(kDefaultWorkspaceForReaders)
        << "\nThe default workspace: an encrypted SQLCipher database and its activity log.\n"
        << ".SH SEE ALSO\n.BR relayaudit (1)\n";
    man.flush();
    return page;
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
    const QCommandLineOption workspace(
        QStringLiteral("workspace"), tr("The workspace directory."), QStringLiteral("dir"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Machine-readable output."));
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, tr("Shows this help."));
    const QCommandLineOption version(
        { QStringLiteral("v"), QStringLiteral("version") }, tr("Shows the version."));
    parser.addOptions({ workspace, json, help, version });

    if (!parser.parse(arguments)) {
        m_ctx.err << tr("relayaudit-cli: %1").arg(parser.errorText()) << Qt::endl
                  << tr("Run 'relayaudit-cli --help' for usage.") << Qt::endl;
        done(ExitUsage);
        return;
    }
    if (parser.isSet(version)) {
        m_ctx.out << QStringLiteral("relayaudit-cli %1").arg(QCoreApplication::applicationVersion())
                  << Qt::endl;
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
    m_ctx.workspaceDir
        = parser.isSet(workspace) ? parser.value(workspace) : core::Workspace::defaultPath();
    if (m_ctx.workspaceDir.isEmpty()) {
        m_ctx.err << tr("relayaudit-cli: --workspace needs a directory") << Qt::endl;
        done(ExitUsage);
        return;
    }

    const QString &name = positional.constFirst();
    if (name == QLatin1String("help")) {
        if (positional.value(1) == QLatin1String("--man")) {
            m_ctx.out << manPage();
            done(ExitOk);
            return;
        }
        if (positional.size() > 1) {
            // help COMMAND [ACTION]: the same text as COMMAND [ACTION] --help.
            run(QStringList { arguments.constFirst() } + positional.mid(1)
                + QStringList { QStringLiteral("--help") });
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
