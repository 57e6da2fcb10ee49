#pragma once

#include "Clock.h"
#include "ingest/ReportImporter.h"
#include "privacy/KeyDerivation.h"
#include "privacy/SecretStore.h"
#include "reports/ReportCache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QTimeZone>
#include <QTimer>

#include <sys/stat.h>

namespace relay::test {

// A clock the test sets.
class FakeClock final : public core::Clock
{
public:
    explicit FakeClock(QDateTime now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC))
        : m_now(std::move(now))
    { }
    QDateTime nowUtc() const override { return m_now; }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

// A keychain in memory, answering through the event loop like the real one.
class MemorySecretStore final : public core::SecretStore
{
public:
    void read(const QString &name, ReadHandler handler) override
    {
        const auto it = m_entries.constFind(name);
        if (it == m_entries.constEnd()) {
            QTimer::singleShot(
                0, [handler] { handler(core::makeError(core::ErrorCode::NotFound, {})); });
            return;
        }
        const QByteArray bytes = it.value();
        QTimer::singleShot(0, [handler, bytes] {
            handler(core::SecretBytes(reinterpret_cast<const unsigned char *>(bytes.constData()),
                static_cast<std::size_t>(bytes.size())));
        });
    }
    void write(const QString &name, const core::SecretBytes &secret, DoneHandler handler) override
    {
        m_entries.insert(name,
            QByteArray(reinterpret_cast<const char *>(secret.data()),
                static_cast<qsizetype>(secret.size())));
        QTimer::singleShot(0, [handler] { handler({}); });
    }
    void remove(const QString &name, DoneHandler handler) override
    {
        m_entries.remove(name);
        QTimer::singleShot(0, [handler] { handler({}); });
    }
    int size() const { return static_cast<int>(m_entries.size()); }
    bool contains(const QString &name) const { return m_entries.contains(name); }

private:
    QHash<QString, QByteArray> m_entries;
};

// SHA-256 of every file below dir, by relative path: "nothing changed" is
// this map before == after.
inline QMap<QString, QByteArray> hashTree(const QString &dir)
{
    QMap<QString, QByteArray> result;
    const QDir root(dir);
    const QFileInfoList entries
        = root.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : entries) {
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly))
            result.insert(info.fileName(),
                QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return result;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A fixture's bytes (tests/fixtures/<dir>/<name>); a missing one stops the
// run rather than read as empty input.
inline QByteArray fixture(const char *dir, const char *name)
{
#ifdef RELAYAUDIT_FIXTURES
    const QString path = QStringLiteral(RELAYAUDIT_FIXTURES "/") + QLatin1String(dir)
        + QLatin1Char('/') + QLatin1String(name);
#else
    const QString path = QLatin1String(dir) + QLatin1Char('/') + QLatin1String(name);
#endif
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(path));
    return file.readAll();
}

inline QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

inline core::SecretBytes secret(const char *text)
{
    return core::SecretBytes::fromUtf8(QByteArrayView(text));
}

// A fixed 32-byte key, so storage tests need no KDF.
inline core::SecretBytes testKey(unsigned char seed)
{
    core::SecretBytes key(32);
    for (std::size_t i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<unsigned char>(seed + i * 7);
    return key;
}

// The file's permission bits, e.g. 0600.
inline int unixMode(const QString &path)
{
    struct stat st {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 0777);
}

// Cheap Argon2id parameters for tests (the minimum libsodium allows).
inline core::KdfParams fastKdf()
{
    return core::KdfParams { 1, 8192 };
}

// Imports a saved Twilio Messages page as a complete pull; 0 on failure.
inline qint64 importTwilioPage(core::ReportCache &cache, const QString &file, const QString &client)
{
    auto pullId = cache.createPull(
        { QStringLiteral("twilio-json"), QStringLiteral("file"), client, {}, {}, {}, {} });
    if (!pullId)
        return 0;
    core::ReportImporter importer(cache);
    if (!importer.run(pullId.value(), core::ReportImporter::Format::TwilioJson, { file }))
        return 0;
    if (!cache.finishPull(pullId.value(), core::ReportCache::State::Complete))
        return 0;
    return pullId.value();
}

} // namespace relay::test
