#include "ProcessLiveness.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QList>

#include <cstring>

#include <unistd.h>

namespace relay::core {

namespace {

qint64 processStart(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces and parentheses: count from its end.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.value(19).toLongLong(); // field 22 of the whole line
}

// The boot does not change while this process runs: read once.
qint64 bootId()
{
    static const qint64 id = [] {
        QFile boot(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        if (!boot.open(QIODevice::ReadOnly))
            return qint64 { 0 };
        const QByteArray digest
            = QCryptographicHash::hash(boot.readAll().trimmed(), QCryptographicHash::Sha256);
        qint64 value = 0;
        std::memcpy(&value, digest.constData(), sizeof value);
        return value;
    }();
    return id;
}

} // namespace

ProcessIdentity ProcessIdentity::self()
{
    const qint64 pid = ::getpid();
    return { pid, processStart(pid), bootId() };
}

bool ProcessIdentity::isAlive() const
{
    if (pid <= 0 || boot != bootId())
        return false;
    const qint64 now = processStart(pid);
    return now != 0 && now == start;
}

} // namespace relay::core
