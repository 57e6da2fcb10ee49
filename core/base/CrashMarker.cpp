#include "CrashMarker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <array>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

namespace relay::core::crash {

namespace {

// Filled before any handler can run; the handler only reads them.
std::array<char, 4096> g_path {};
std::array<char, 64> g_version {};

// Every signal whose default action is a core dump.
[[maybe_unused]] constexpr std::array kSignals { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGQUIT,
    SIGSYS, SIGTRAP, SIGXCPU, SIGXFSZ };

void writeAll(int fd, const char *text, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, text, size);
        if (n <= 0)
            return;
        text += n;
        size -= static_cast<std::size_t>(n);
    }
}

extern "C" void onFatalSignal(int signal)
{
    // Async-signal-safe only: open, write, close, _exit.
    const int fd
        = ::open(g_path.data(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd >= 0) {
        char number[16];
        int length = 0;
        for (int value = signal; value > 0 && length < 15; value /= 10)
            number[length++] = static_cast<char>('0' + value % 10);
        writeAll(fd, "signal ", 7);
        for (int i = length - 1; i >= 0; --i)
            writeAll(fd, &number[i], 1);
        writeAll(fd, "\nversion ", 9);
        writeAll(fd, g_version.data(), std::strlen(g_version.data()));
        writeAll(fd, "\n", 1);
        ::close(fd);
    }
    // Not re-raised: the default action would enter the kernel's core-dump
    // path, and a core_pattern pipe (systemd-coredump) can record the
    // process's environment, where a passphrase or token may be, even with
    // RLIMIT_CORE 0. The exit status reads as the signal's, 128 + N.
    ::_exit(128 + signal);
}

} // namespace

QString markerPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/relayaudit/last-crash");
}

std::optional<Previous> takePrevious(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> lines = file.read(256).split('\n');
    file.close();
    QFile::remove(path);
    Previous previous;
    for (const QByteArray &line : lines) {
        if (line.startsWith("signal "))
            previous.signal = line.mid(7).toInt();
        else if (line.startsWith("version "))
            previous.version = QString::fromLatin1(line.mid(8)).left(32);
    }
    return previous;
}

void arm(const QString &path)
{
#ifdef RELAYAUDIT_SANITIZED
    Q_UNUSED(path);
#else
    const QByteArray encoded = QFile::encodeName(path);
    if (encoded.size() >= static_cast<qsizetype>(g_path.size()))
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::memcpy(g_path.data(), encoded.constData(), static_cast<std::size_t>(encoded.size()));
    g_path[static_cast<std::size_t>(encoded.size())] = '\0';
    std::strncpy(g_version.data(), RELAYAUDIT_VERSION, g_version.size() - 1);
    // Its own stack, so a stack overflow still leaves the marker.
    static std::array<char, 64 * 1024> alternateStack {};
    stack_t stack {};
    stack.ss_sp = alternateStack.data();
    stack.ss_size = alternateStack.size();
    sigaltstack(&stack, nullptr);
    struct sigaction action {
    };
    action.sa_handler = onFatalSignal;
    action.sa_flags = SA_ONSTACK | SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    for (const int signal : kSignals)
        sigaction(signal, &action, nullptr);
#endif
}

} // namespace relay::core::crash
