#include "SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

namespace relay::core {

namespace {

Error keychainError(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return makeError(
            ErrorCode::NotFound, QStringLiteral("no key in the keychain for this workspace"));
    return makeError(ErrorCode::Keychain, job.errorString());
}

template <typename JobType> JobType *makeJob()
{
    auto *job = new JobType(QString::fromLatin1(KeychainSecretStore::kService));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    return job;
}

} // namespace

void KeychainSecretStore::read(const QString &name, ReadHandler handler)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>();
    job->setKey(name);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [handler = std::move(handler)](QKeychain::Job *done) {
            if (done->error() != QKeychain::NoError) {
                handler(keychainError(*done));
                return;
            }
            auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(done);
            QByteArray data = readJob->binaryData();
            SecretBytes secret(reinterpret_cast<const unsigned char *>(data.constData()),
                static_cast<std::size_t>(data.size()));
            data.fill('\0');
            handler(std::move(secret));
        });
    job->start();
}

void KeychainSecretStore::write(const QString &name, const SecretBytes &secret, DoneHandler handler)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>();
    job->setKey(name);
    QByteArray data(
        reinterpret_cast<const char *>(secret.data()), static_cast<qsizetype>(secret.size()));
    job->setBinaryData(data);
    data.fill('\0');
    QObject::connect(
        job, &QKeychain::Job::finished, job, [handler = std::move(handler)](QKeychain::Job *done) {
            handler(
                done->error() == QKeychain::NoError ? Status {} : Status { keychainError(*done) });
        });
    job->start();
}

void KeychainSecretStore::remove(const QString &name, DoneHandler handler)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>();
    job->setKey(name);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [handler = std::move(handler)](QKeychain::Job *done) {
            const bool gone
                = done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound;
            handler(gone ? Status {} : Status { keychainError(*done) });
        });
    job->start();
}

namespace {
Error unavailable()
{
    return makeError(ErrorCode::Keychain,
        QStringLiteral("no keychain on this machine (RELAYAUDIT_NO_KEYCHAIN)"));
}
} // namespace

// Answers from the event loop, like the real store, so callers cannot come to
// depend on a synchronous answer.
void UnavailableSecretStore::read(const QString &, ReadHandler handler)
{
    QTimer::singleShot(0, [handler = std::move(handler)] { handler(unavailable()); });
}

void UnavailableSecretStore::write(const QString &, const SecretBytes &, DoneHandler handler)
{
    QTimer::singleShot(0, [handler = std::move(handler)] { handler(unavailable()); });
}

void UnavailableSecretStore::remove(const QString &, DoneHandler handler)
{
    QTimer::singleShot(0, [handler = std::move(handler)] { handler(unavailable()); });
}

} // namespace relay::core
