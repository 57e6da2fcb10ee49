#pragma once

#include "Command.h"

#include <QList>
#include <QObject>

namespace relay::cli {

// Parses the global options, picks the command and runs it. Emits finished()
// with the process exit code once the command is done.
class Cli final : public QObject
{
    Q_OBJECT
public:
    Cli(CliContext &context, QObject *parent = nullptr);

    void run(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    // The overview; defaultWorkspace replaces the path shown as the default.
    QString usage(const QString &defaultWorkspace = {}) const;
    // `help --man`: a man page made of every command's and action's --help.
    QString manPage() const;
    QString helpOf(const QString &command, const QString &action) const;
    void done(int code);

    CliContext &m_ctx;
    QList<Command *> m_commands;
};

} // namespace relay::cli
