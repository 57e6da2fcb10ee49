#include "Terminal.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace relay::cli {

using core::ErrorCode;
using core::makeError;
using core::Result;
using core::SecretBytes;

namespace {

Result<SecretBytes> fromEnvironment(const char *name)
{
    const char *value = std::getenv(name);
    if (!value)
        return makeError(ErrorCode::NoPassphrase, {});
    return SecretBytes::fromUtf8(QByteArrayView(value, static_cast<qsizetype>(std::strlen(value))));
}

Result<SecretBytes> checkLength(SecretBytes passphrase)
{
    if (QString::fromUtf8(reinterpret_cast<const char *>(passphrase.data()),
            static_cast<qsizetype>(passphrase.size()))
            .size()
        < Terminal::kMinimumLength) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "relay::cli::Terminal", "a passphrase needs at least %1 characters")
                .arg(Terminal::kMinimumLength));
    }
    return passphrase;
}

} // namespace

bool Terminal::hasTerminal()
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

Result<SecretBytes> Terminal::readHidden(const QString &prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::NoPassphrase, {});
    const QByteArray promptBytes = prompt.toLocal8Bit();
    (void)!::write(fd, promptBytes.constData(), static_cast<std::size_t>(promptBytes.size()));

    termios saved {};
    const bool restore = tcgetattr(fd, &saved) == 0;
    if (restore) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    SecretBytes buffer(1024);
    std::size_t length = 0;
    char c = 0;
    while (length < buffer.size() && ::read(fd, &c, 1) == 1 && c != '\n')
        buffer.data()[length++] = static_cast<unsigned char>(c);
    c = 0;
    if (restore)
        tcsetattr(fd, TCSAFLUSH, &saved);
    ::close(fd);
    if (length == 0)
        return makeError(ErrorCode::NoPassphrase, {});
    return SecretBytes(buffer.data(), length);
}

Result<SecretBytes> Terminal::existingPassphrase(const QString &prompt)
{
    auto fromEnv = fromEnvironment("RELAYAUDIT_PASSPHRASE");
    if (fromEnv)
        return fromEnv;
    return readHidden(prompt);
}

Result<SecretBytes> Terminal::newPassphrase(
    const char *envName, const QString &prompt, const QString &confirmPrompt)
{
    auto fromEnv = fromEnvironment(envName);
    if (fromEnv)
        return checkLength(std::move(fromEnv.value()));
    auto first = readHidden(prompt);
    if (!first)
        return first;
    auto second = readHidden(confirmPrompt);
    if (!second)
        return second;
    if (!first->equals(second.value())) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("relay::cli::Terminal", "the passphrases do not match"));
    }
    return checkLength(std::move(first.value()));
}

} // namespace relay::cli
