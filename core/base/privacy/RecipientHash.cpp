#include "RecipientHash.h"

#include "privacy/SecretStore.h"

#include <phonenumbers/phonenumberutil.h>
#include <sodium.h>

#include <QFile>

#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace relay::core {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

Result<RecipientNumber> RecipientNumber::parse(const QString &input, const QString &defaultRegion)
{
    RecipientNumber number;
    QString text = input.trimmed();
    if (text.startsWith(QLatin1String("whatsapp:"), Qt::CaseInsensitive)) {
        number.channelPrefix = QStringLiteral("whatsapp:");
        text = text.mid(9).trimmed();
    }
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the recipient is empty"));
    for (const QChar c : std::as_const(text)) {
        if (c.isLetter()) {
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("the recipient is not a phone number (it contains letters)"));
        }
    }
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber parsed;
    const QByteArray utf8 = text.toUtf8();
    const QByteArray region = defaultRegion.toUpper().toLatin1();
    const auto error
        = util->Parse(std::string(utf8.constData(), static_cast<std::size_t>(utf8.size())),
            std::string(region.constData(), static_cast<std::size_t>(region.size())), &parsed);
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the recipient has no valid country code (and the default region %1 "
                           "does not apply)")
                .arg(defaultRegion));
    case PhoneNumberUtil::TOO_SHORT_NSN:
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the recipient is too short to be a phone number"));
    case PhoneNumberUtil::TOO_LONG_NSN:
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the recipient is too long to be a phone number"));
    default:
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("the recipient is not a phone number"));
    }
    if (!util->IsPossibleNumber(parsed)) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral(
                "the recipient is not a possible number for its country (wrong length)"));
    }
    std::string e164;
    util->Format(parsed, PhoneNumberUtil::E164, &e164);
    // libphonenumber strips a national prefix even from a number in
    // international form ("+55 0…" for Brazil), so its E.164 output is not
    // always a fixed point (each pass strips one more "0" after "+49").
    // Parse it again until it is: the E.164 form (and the hash) must not
    // depend on whether the input was already E.164. A pass that changes it
    // strips digits, so a form that is still moving after as many passes as
    // E.164 has digits is refused like an impossible number.
    for (int pass = 0, stable = 0; !stable; ++pass) {
        PhoneNumber again;
        std::string next;
        if (pass > 16 || util->Parse(e164, "ZZ", &again) != PhoneNumberUtil::NO_PARSING_ERROR
            || !util->IsPossibleNumber(again)) {
            std::memset(e164.data(), 0, e164.size());
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral(
                    "the recipient is not a possible number for its country (wrong length)"));
        }
        util->Format(again, PhoneNumberUtil::E164, &next);
        stable = next == e164;
        std::memset(e164.data(), 0, e164.size());
        e164 = std::move(next);
        parsed = again;
    }
    number.e164 = QString::fromStdString(e164);
    number.assigned = util->IsValidNumber(parsed);
    std::memset(e164.data(), 0, e164.size());
    return number;
}

RecipientHasher::RecipientHasher(SecretBytes pepper) : m_pepper(std::move(pepper)) { }

QString RecipientHasher::hash(const RecipientNumber &number) const
{
    const QByteArray message = number.e164.toUtf8();
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, m_pepper.data(), m_pepper.size());
    crypto_auth_hmacsha256_update(&state,
        reinterpret_cast<const unsigned char *>(message.constData()),
        static_cast<unsigned long long>(message.size()));
    crypto_auth_hmacsha256_final(&state, mac);
    sodium_memzero(&state, sizeof state);
    char hex[crypto_auth_hmacsha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
    return QStringLiteral("v%1:").arg(kVersion) + QLatin1String(hex);
}

bool RecipientHasher::isWellFormed(const QString &hash)
{
    if (hash.size() != 3 + 64 || !hash.startsWith(QStringLiteral("v%1:").arg(kVersion)))
        return false;
    for (qsizetype i = 3; i < hash.size(); ++i) {
        const QChar c = hash.at(i);
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

QString RecipientHasher::schemeDescription()
{
    return QStringLiteral(
        "v1: HMAC-SHA-256, keyed with the workspace's 256-bit pepper (key version 1, kept in the "
        "OS keychain), over the E.164 form of the number as libphonenumber formats it");
}

QString Pepper::entryName(const QString &workspaceId, int version)
{
    return QStringLiteral("relayaudit-pepper:%1:v%2").arg(workspaceId).arg(version);
}

namespace {

// 64 hex digits, the 32 bytes of a pepper; `what` names where they came from.
Result<SecretBytes> pepperFromHex(const char *text, std::size_t size, const QString &what)
{
    SecretBytes pepper(RecipientHasher::kPepperSize);
    std::size_t length = 0;
    if (size != RecipientHasher::kPepperSize * 2
        || sodium_hex2bin(pepper.data(), pepper.size(), text, size, nullptr, &length, nullptr) != 0
        || length != RecipientHasher::kPepperSize) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("%1 must be 64 hex digits (32 bytes)").arg(what));
    }
    return pepper;
}

} // namespace

Result<SecretBytes> Pepper::fromEnvironment()
{
    const char *value = std::getenv("RELAYAUDIT_PEPPER");
    if (!value || !*value)
        return makeError(ErrorCode::NotFound, QStringLiteral("RELAYAUDIT_PEPPER is not set"));
    return pepperFromHex(value, std::strlen(value), QStringLiteral("RELAYAUDIT_PEPPER"));
}

Result<SecretBytes> Pepper::fromFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st {
    };
    if (::stat(native.constData(), &st) != 0 || !S_ISREG(st.st_mode)) {
        return makeError(
            ErrorCode::NotFound, QStringLiteral("the pepper file %1 cannot be read").arg(path));
    }
    if ((st.st_mode & 077) != 0) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the pepper file %1 can be read by others: chmod 600 it").arg(path));
    }
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return makeError(
            ErrorCode::NotFound, QStringLiteral("the pepper file %1 cannot be read").arg(path));
    }
    // Read into locked memory: a line of 64 hex digits, its newline allowed.
    SecretBytes text(RecipientHasher::kPepperSize * 2 + 3);
    std::size_t size = 0;
    for (;;) {
        const ssize_t got = ::read(fd, text.data() + size, text.size() - size);
        if (got <= 0)
            break;
        size += static_cast<std::size_t>(got);
        if (size == text.size())
            break;
    }
    ::close(fd);
    while (size > 0 && (text.data()[size - 1] == '\n' || text.data()[size - 1] == '\r'))
        --size;
    return pepperFromHex(reinterpret_cast<const char *>(text.data()), size,
        QStringLiteral("the pepper file %1").arg(path));
}

void Pepper::load(SecretStore &store, const QString &workspaceId, bool create, Loaded loaded)
{
    if (std::getenv("RELAYAUDIT_PEPPER")) {
        loaded(fromEnvironment());
        return;
    }
    if (const char *file = std::getenv("RELAYAUDIT_PEPPER_FILE"); file && *file) {
        loaded(fromFile(QFile::decodeName(file)));
        return;
    }
    const QString name = entryName(workspaceId);
    store.read(name, [&store, name, create, loaded](Result<SecretBytes> stored) {
        if (stored && stored->size() == RecipientHasher::kPepperSize) {
            loaded(std::move(stored.value()));
            return;
        }
        if (stored) {
            loaded(makeError(ErrorCode::Keychain,
                QStringLiteral("the keychain's pepper entry has the wrong size")));
            return;
        }
        if (!create || stored.error().code != ErrorCode::NotFound) {
            Error error = stored.error();
            error.detail
                = QStringLiteral("no recipient-hash pepper for this workspace (keychain: %1; or "
                                 "set RELAYAUDIT_PEPPER or RELAYAUDIT_PEPPER_FILE)")
                      .arg(error.detail.isEmpty() ? errorCodeName(error.code) : error.detail);
            loaded(error);
            return;
        }
        auto pepper
            = std::make_shared<SecretBytes>(SecretBytes::random(RecipientHasher::kPepperSize));
        store.write(name, *pepper, [pepper, loaded](Status written) {
            if (!written) {
                loaded(written.error());
                return;
            }
            loaded(std::move(*pepper));
        });
    });
}

} // namespace relay::core
