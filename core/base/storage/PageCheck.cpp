#include "PageCheck.h"

#include <QFile>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>
#include <memory>

namespace relay::core {

namespace {

// SQLCipher 3's page layout with the workspace's cipher profile.
constexpr int kPage = 4096;
constexpr int kSalt = 16; // at the start of page 1
constexpr int kIv = 16;
constexpr int kHmac = 20; // SHA-1
constexpr int kReserve = 48; // IV + HMAC, rounded up to the AES block
constexpr int kUsable = kPage - kReserve;
constexpr int kHmacRounds = 2; // SQLCipher's fast_kdf_iter
constexpr unsigned char kHmacSaltMask = 0x3a;

// Pointer-map entry types (SQLite's btreeInt.h).
enum PtrmapType : unsigned char {
    RootPage = 1,
    FreePage = 2,
    Overflow1 = 3,
    Overflow2 = 4,
    Btree = 5
};
constexpr qint64 kEntriesPerPtrmap = kUsable / 5;

bool isPtrmapPage(qint64 page)
{
    return page >= 2 && (page - 2) % (kEntriesPerPtrmap + 1) == 0;
}

struct PageKeys {
    std::array<unsigned char, 32> cipher {};
    std::array<unsigned char, 32> hmac {};
};

class Pages
{
public:
    Pages(QFile &file, const PageKeys &keys) : m_file(file), m_keys(keys) { }

    // The raw page, or empty past the end.
    QByteArray raw(qint64 page)
    {
        if (!m_file.seek((page - 1) * kPage))
            return {};
        return m_file.read(kPage);
    }

    bool verifies(qint64 page, const QByteArray &bytes) const
    {
        const int offset = page == 1 ? kSalt : 0;
        const int size = kUsable - offset;
        QByteArray signedPart = bytes.mid(offset, size + kIv);
        const quint32 number = static_cast<quint32>(page);
        const char le[4] = { static_cast<char>(number & 0xff),
            static_cast<char>((number >> 8) & 0xff), static_cast<char>((number >> 16) & 0xff),
            static_cast<char>((number >> 24) & 0xff) };
        signedPart.append(le, 4);
        unsigned char mac[EVP_MAX_MD_SIZE];
        unsigned int macSize = 0;
        if (!HMAC(EVP_sha1(), m_keys.hmac.data(), static_cast<int>(m_keys.hmac.size()),
                reinterpret_cast<const unsigned char *>(signedPart.constData()),
                static_cast<size_t>(signedPart.size()), mac, &macSize)
            || macSize != kHmac)
            return false;
        return CRYPTO_memcmp(mac, bytes.constData() + offset + size + kIv, kHmac) == 0;
    }

    // The plaintext of a page that verified (its usable part).
    QByteArray decrypt(qint64 page, const QByteArray &bytes) const
    {
        const int offset = page == 1 ? kSalt : 0;
        const int size = kUsable - offset;
        std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(
            EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
        QByteArray out(size, Qt::Uninitialized);
        int written = 0;
        const auto *iv = reinterpret_cast<const unsigned char *>(bytes.constData() + kUsable);
        if (!ctx
            || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, m_keys.cipher.data(), iv)
                != 1
            || EVP_CIPHER_CTX_set_padding(ctx.get(), 0) != 1
            || EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &written,
                   reinterpret_cast<const unsigned char *>(bytes.constData() + offset), size)
                != 1
            || written != size)
            return {};
        return out;
    }

private:
    QFile &m_file;
    const PageKeys &m_keys;
};

// Follows the pointer map from a page up to the root of its b-tree.
QString ownerOf(qint64 page, Pages &pages, const QHash<qint64, bool> &damaged,
    const QHash<qint64, QString> &roots)
{
    if (page == 1)
        return QStringLiteral("the database header and schema (table sqlite_master)");
    if (isPtrmapPage(page))
        return QStringLiteral("the pointer map");
    for (int hops = 0; hops < 64; ++hops) {
        if (page == 1) // a child of sqlite_master's root
            return QStringLiteral("the database schema (table sqlite_master)");
        const qint64 map = (page - 2) / (kEntriesPerPtrmap + 1) * (kEntriesPerPtrmap + 1) + 2;
        if (damaged.contains(map))
            return QStringLiteral("unknown: its pointer-map page %1 is damaged too").arg(map);
        const QByteArray plain = pages.decrypt(map, pages.raw(map));
        const qint64 at = (page - map - 1) * 5;
        if (plain.size() < at + 5)
            return QStringLiteral("unknown");
        const auto type = static_cast<unsigned char>(plain.at(at));
        const qint64 parent = (qint64(static_cast<unsigned char>(plain.at(at + 1))) << 24)
            | (qint64(static_cast<unsigned char>(plain.at(at + 2))) << 16)
            | (qint64(static_cast<unsigned char>(plain.at(at + 3))) << 8)
            | qint64(static_cast<unsigned char>(plain.at(at + 4)));
        switch (type) {
        case RootPage:
            return roots.value(page, QStringLiteral("the b-tree rooted at page %1").arg(page));
        case FreePage:
            return QStringLiteral("a free page (no data)");
        case Overflow1:
        case Overflow2:
        case Btree:
            if (parent < 1)
                return QStringLiteral("unknown");
            page = parent;
            break;
        default:
            return QStringLiteral("unknown");
        }
    }
    return QStringLiteral("unknown");
}

} // namespace

Result<PageCheckResult> checkPages(
    const QString &path, const SecretBytes &key, const QHash<qint64, QString> &roots)
{
    if (key.size() != 32)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a database key has 32 bytes"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, path + QStringLiteral(": ") + file.errorString());
    if (file.size() % kPage != 0 || file.size() == 0)
        return makeError(ErrorCode::Corrupt,
            path + QStringLiteral(": %1 bytes is not a whole number of pages").arg(file.size()));
    PageKeys keys;
    std::copy(key.data(), key.data() + 32, keys.cipher.begin());
    Pages pages(file, keys);
    const QByteArray first = pages.raw(1);
    std::array<unsigned char, kSalt> hmacSalt {};
    for (int i = 0; i < kSalt; ++i)
        hmacSalt[static_cast<size_t>(i)] = static_cast<unsigned char>(first.at(i)) ^ kHmacSaltMask;
    if (PKCS5_PBKDF2_HMAC_SHA1(reinterpret_cast<const char *>(keys.cipher.data()),
            static_cast<int>(keys.cipher.size()), hmacSalt.data(), kSalt, kHmacRounds,
            static_cast<int>(keys.hmac.size()), keys.hmac.data())
        != 1)
        return makeError(ErrorCode::Io, QStringLiteral("the page key could not be derived"));

    PageCheckResult result;
    result.pages = file.size() / kPage;
    QHash<qint64, bool> damaged;
    for (qint64 page = 1; page <= result.pages; ++page) {
        if (!pages.verifies(page, pages.raw(page)))
            damaged.insert(page, true);
    }
    for (auto it = damaged.constBegin(); it != damaged.constEnd(); ++it)
        result.damaged.append({ it.key(), ownerOf(it.key(), pages, damaged, roots) });
    std::sort(result.damaged.begin(), result.damaged.end(),
        [](const DamagedPage &a, const DamagedPage &b) { return a.page < b.page; });
    OPENSSL_cleanse(keys.cipher.data(), keys.cipher.size());
    OPENSSL_cleanse(keys.hmac.data(), keys.hmac.size());
    return result;
}

} // namespace relay::core
