#include "TestSupport.h"
#include "privacy/KeyDerivation.h"
#include "privacy/SecretBytes.h"
#include "privacy/SecretStore.h"
#include "workspace/WorkspaceMeta.h"

#include <QSignalSpy>
#include <QTest>

#include <sodium.h>

using namespace relay::core;
using namespace relay::test;

class TestKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void argon2idVector();
    void derivationDependsOnPassphraseAndSalt();
    void rejectsBadParameters();
    void keyCheckSeparatesKeys();
    void secretBytesMoveAndCompare();
    void unavailableKeychainAnswersAsynchronouslyWithAnError();
    void metaRoundTripsWithoutSecrets();
    void metaRejectsUnknownFormat();
};

void TestKeys::initTestCase()
{
    QVERIFY(sodium_init() >= 0);
}

void TestKeys::argon2idVector()
{
    // Argon2id v1.3, t=2, m=64 KiB, p=1, 32-byte output, as computed by the
    // reference implementation (Debian's argon2 tool):
    //   echo -n password | argon2 somesaltsomesalt -id -t 2 -k 64 -p 1 -l 32 -r
    const QByteArray salt("somesaltsomesalt");
    auto key = deriveKey(secret("password"), salt, KdfParams { 2, 65536 });
    QVERIFY(key.ok());
    QCOMPARE(key->size(), std::size_t { 32 });
    auto again = deriveKey(secret("password"), salt, KdfParams { 2, 65536 });
    QVERIFY(again.ok());
    QVERIFY(key->equals(again.value()));
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(key->data()), 32).toHex(),
        QByteArray("1a98fba8e6394425c9bdc333a9c750aaf811df070f5fb4a5788e1cf4db5793a1"));
}

void TestKeys::derivationDependsOnPassphraseAndSalt()
{
    const QByteArray salt = randomSalt();
    QCOMPARE(salt.size(), qsizetype { 16 });
    QVERIFY(salt != randomSalt());
    auto a = deriveKey(secret("passphrase one"), salt, fastKdf());
    auto b = deriveKey(secret("passphrase two"), salt, fastKdf());
    auto c = deriveKey(secret("passphrase one"), randomSalt(), fastKdf());
    QVERIFY(a.ok() && b.ok() && c.ok());
    QVERIFY(!a->equals(b.value()));
    QVERIFY(!a->equals(c.value()));
}

void TestKeys::rejectsBadParameters()
{
    auto empty = deriveKey(SecretBytes(), randomSalt(), fastKdf());
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, ErrorCode::NoPassphrase);
    auto shortSalt = deriveKey(secret("passphrase"), QByteArray(3, 'x'), fastKdf());
    QVERIFY(!shortSalt.ok());
    QCOMPARE(shortSalt.error().code, ErrorCode::InvalidInput);
    auto tooBig
        = deriveKey(secret("passphrase"), randomSalt(), KdfParams { 1, quint64 { 1 } << 40 });
    QVERIFY(!tooBig.ok());
    QCOMPARE(tooBig.error().code, ErrorCode::InvalidInput);
}

void TestKeys::keyCheckSeparatesKeys()
{
    const QByteArray a = keyCheck(testKey(1));
    QCOMPARE(a.size(), qsizetype { 32 });
    QCOMPARE(keyCheck(testKey(1)), a);
    QVERIFY(keyCheck(testKey(2)) != a);
    // It is not the key itself.
    QVERIFY(a != QByteArray(reinterpret_cast<const char *>(testKey(1).data()), 32));
}

void TestKeys::secretBytesMoveAndCompare()
{
    SecretBytes a = SecretBytes::random(32);
    QCOMPARE(a.size(), std::size_t { 32 });
    SecretBytes copy(a.data(), a.size());
    QVERIFY(copy.equals(a));
    SecretBytes moved(std::move(a));
    QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from is empty by contract
    QVERIFY(moved.equals(copy));
    QVERIFY(!moved.equals(SecretBytes::random(32)));
    QVERIFY(!moved.equals(SecretBytes(31)));
}

void TestKeys::unavailableKeychainAnswersAsynchronouslyWithAnError()
{
    UnavailableSecretStore store;
    bool answered = false;
    ErrorCode code = ErrorCode::Io;
    store.read(QStringLiteral("workspace-key:x"), [&](Result<SecretBytes> result) {
        answered = true;
        QVERIFY(!result.ok());
        code = result.error().code;
    });
    QVERIFY(!answered); // never synchronously
    QTRY_VERIFY(answered);
    QCOMPARE(code, ErrorCode::Keychain);

    bool written = false;
    store.write(QStringLiteral("workspace-key:x"), testKey(1), [&](Status status) {
        written = true;
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Keychain);
    });
    QTRY_VERIFY(written);
}

void TestKeys::metaRoundTripsWithoutSecrets()
{
    WorkspaceMeta meta = WorkspaceMeta::forPassphrase(fastKdf());
    meta.keyCheck = keyCheck(testKey(5));
    const QByteArray json = meta.toJson();
    auto parsed = WorkspaceMeta::fromJson(json, QStringLiteral("workspace.json"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->id, meta.id);
    QCOMPARE(parsed->keyId, meta.keyId);
    QCOMPARE(parsed->salt, meta.salt);
    QCOMPARE(parsed->kdf, meta.kdf);
    QCOMPARE(parsed->keyCheck, meta.keyCheck);
    QCOMPARE(parsed->keySource, KeySource::Passphrase);
    QVERIFY(!json.contains(
        QByteArray(reinterpret_cast<const char *>(testKey(5).data()), 32).toBase64()));

    WorkspaceMeta chain = WorkspaceMeta::forKeychain();
    chain.keyCheck = keyCheck(testKey(6));
    auto parsedChain = WorkspaceMeta::fromJson(chain.toJson(), QStringLiteral("workspace.json"));
    QVERIFY(parsedChain.ok());
    QCOMPARE(parsedChain->keySource, KeySource::Keychain);
    QCOMPARE(parsedChain->keychainEntry(), chain.keychainEntry());
    QVERIFY(!chain.toJson().contains("salt"));
}

void TestKeys::metaRejectsUnknownFormat()
{
    auto future = WorkspaceMeta::fromJson(R"({"format": 99})", QStringLiteral("workspace.json"));
    QVERIFY(!future.ok());
    QCOMPARE(future.error().code, ErrorCode::Migration);
    auto garbage = WorkspaceMeta::fromJson("\x00\x01garbage", QStringLiteral("workspace.json"));
    QVERIFY(!garbage.ok());
    QVERIFY(garbage.error().detail.contains(QLatin1String("workspace.json")));
    auto noSalt = WorkspaceMeta::fromJson(
        R"({"format":1,"id":"a","keyId":"b","keySource":"passphrase","keyCheck":"","kdf":{"algorithm":"argon2id13"}})",
        QStringLiteral("workspace.json"));
    QVERIFY(!noSalt.ok());
}

QTEST_GUILESS_MAIN(TestKeys)
#include "tst_keys.moc"
