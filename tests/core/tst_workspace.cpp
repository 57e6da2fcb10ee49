#include "TestSupport.h"
#include "workspace/Workspace.h"

#include "reports/ReportCache.h"
#include "storage/Database.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace relay::core;
using namespace relay::test;

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createAndReopenWithPassphrase();
    void createsOwnerOnlyFiles();
    void refusesNonEmptyDirectory();
    void wrongPassphraseChangesNoByte();
    void damagedDatabaseWithRightKeyIsCorruptNotWrongKey();
    void damageThatStopsTheOpenIsNamedByPage();
    void garbledMetadataIsAClearError();
    void rekeyKeepsDataAndRetiresOldKey();
    void rekeyFromPassphraseToRandomKey();
    void interruptedRekeyBeforeSwapKeepsOldKey();
    void interruptedRekeyAfterSwapFinishesOnOpen();
    void infoNamesCipherAndFilesButNoSecret();
    void pullsLeftRunningByAnEndedProcessAreFailedOnOpen();

private:
    Result<std::unique_ptr<Workspace>> createPassphraseWorkspace(const char *passphrase);
    QString dir() const { return m_tmp->filePath(QStringLiteral("ws")); }

    std::unique_ptr<QTemporaryDir> m_tmp;
    FakeClock m_clock;
};

void TestWorkspace::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
}

Result<std::unique_ptr<Workspace>> TestWorkspace::createPassphraseWorkspace(const char *passphrase)
{
    const WorkspaceMeta meta = WorkspaceMeta::forPassphrase(fastKdf());
    auto key = Workspace::passphraseKey(meta, secret(passphrase));
    if (!key)
        return key.error();
    return Workspace::create(dir(), meta, key.value(), m_clock);
}

void TestWorkspace::createAndReopenWithPassphrase()
{
    {
        auto ws = createPassphraseWorkspace("a long passphrase");
        QVERIFY(ws.ok());
        QVERIFY(ws.value()
                    ->database()
                    .exec(QStringLiteral("CREATE TABLE notes(x); INSERT INTO notes VALUES (7);"))
                    .ok());
    }
    QVERIFY(Workspace::exists(dir()));
    auto meta = Workspace::inspect(dir());
    QVERIFY(meta.ok());
    QCOMPARE(meta->keySource, KeySource::Passphrase);
    QCOMPARE(meta->kdf, fastKdf());
    auto key = Workspace::passphraseKey(meta.value(), secret("a long passphrase"));
    QVERIFY(key.ok());
    auto ws = Workspace::open(dir(), key.value(), m_clock);
    QVERIFY(ws.ok());
    QCOMPARE(ws.value()->database().queryInt(QStringLiteral("SELECT x FROM notes")).value(), 7);
    QCOMPARE(ws.value()->database().userVersion().value(), Workspace::latestSchemaVersion());
    auto entries = ws.value()->activityLog().entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().action, QStringLiteral("workspace.init"));
    QCOMPARE(entries->first().at, m_clock.nowUtc());
}

void TestWorkspace::createsOwnerOnlyFiles()
{
    auto ws = createPassphraseWorkspace("a long passphrase");
    QVERIFY(ws.ok());
    QCOMPARE(unixMode(dir()), 0700);
    QCOMPARE(unixMode(QDir(dir()).filePath(Workspace::databaseFileName())), 0600);
    QCOMPARE(unixMode(QDir(dir()).filePath(Workspace::metaFileName())), 0600);
}

void TestWorkspace::refusesNonEmptyDirectory()
{
    QVERIFY(QDir().mkpath(dir()));
    QFile other(QDir(dir()).filePath(QStringLiteral("someone-elses.txt")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("keep me");
    other.close();
    auto ws = createPassphraseWorkspace("a long passphrase");
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, ErrorCode::AlreadyExists);
    QCOMPARE(readAll(other.fileName()), QByteArray("keep me"));
    QCOMPARE(QDir(dir()).entryList(QDir::Files).size(), 1);
}

void TestWorkspace::wrongPassphraseChangesNoByte()
{
    QVERIFY(createPassphraseWorkspace("the right passphrase").ok());
    const auto before = hashTree(dir());
    QVERIFY(!before.isEmpty());
    auto meta = Workspace::inspect(dir());
    QVERIFY(meta.ok());
    for (const char *guess : { "the wrong passphrase", "", "the right passphrasE", "x" }) {
        auto key = Workspace::passphraseKey(meta.value(), secret(guess));
        if (!key.ok()) {
            QCOMPARE(key.error().code, ErrorCode::NoPassphrase); // the empty one
            continue;
        }
        auto ws = Workspace::open(dir(), key.value(), m_clock);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, ErrorCode::WrongKey);
        QCOMPARE(errorMessage(ws.error()),
            QStringLiteral("Wrong passphrase, or not a Relay Audit workspace."));
    }
    QCOMPARE(hashTree(dir()), before);
}

void TestWorkspace::damagedDatabaseWithRightKeyIsCorruptNotWrongKey()
{
    QVERIFY(createPassphraseWorkspace("the right passphrase").ok());
    const QString dbPath = QDir(dir()).filePath(Workspace::databaseFileName());
    QFile file(dbPath);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.write(QByteArray(4096, '\x13')); // page 1 overwritten
    file.close();
    auto meta = Workspace::inspect(dir());
    QVERIFY(meta.ok());
    auto key = Workspace::passphraseKey(meta.value(), secret("the right passphrase"));
    QVERIFY(key.ok());
    auto ws = Workspace::open(dir(), key.value(), m_clock);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, ErrorCode::Corrupt);
    QVERIFY(ws.error().detail.contains(dbPath));
    // Its salt is gone with it: no page verifies, and the error says why.
    QVERIFY2(
        ws.error().detail.contains(QLatin1String("none of its")), qPrintable(ws.error().detail));

    // Truncated mid-page: also damage, with the file named.
    QVERIFY(file.resize(4096 + 17));
    ws = Workspace::open(dir(), key.value(), m_clock);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, ErrorCode::Corrupt);
    QVERIFY(ws.error().detail.contains(dbPath));
}

// A page the open itself reads (the schema, page 1) is damaged: no check can
// open the workspace, so the error names the page, read from the file.
void TestWorkspace::damageThatStopsTheOpenIsNamedByPage()
{
    QVERIFY(createPassphraseWorkspace("the right passphrase").ok());
    QFile file(QDir(dir()).filePath(Workspace::databaseFileName()));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(1000)); // inside page 1, past the salt and the header
    const char byte = file.peek(1).at(0);
    file.write(QByteArray(1, static_cast<char>(byte ^ 0x5a)));
    file.close();
    auto meta = Workspace::inspect(dir());
    QVERIFY(meta.ok());
    auto key = Workspace::passphraseKey(meta.value(), secret("the right passphrase"));
    QVERIFY(key.ok());
    auto ws = Workspace::open(dir(), key.value(), m_clock);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, ErrorCode::Corrupt);
    QVERIFY2(ws.error().detail.contains(QLatin1String("these fail their HMAC check: page 1 (")),
        qPrintable(ws.error().detail));
    QVERIFY(!ws.error().detail.contains(QLatin1String("page 2 (")));
}

void TestWorkspace::garbledMetadataIsAClearError()
{
    QVERIFY(createPassphraseWorkspace("the right passphrase").ok());
    QFile meta(QDir(dir()).filePath(Workspace::metaFileName()));
    QVERIFY(meta.open(QIODevice::WriteOnly | QIODevice::Truncate));
    meta.write("{ not json");
    meta.close();
    auto result = Workspace::inspect(dir());
    QVERIFY(!result.ok());
    QVERIFY(result.error().detail.contains(Workspace::metaFileName()));

    auto missing = Workspace::inspect(m_tmp->filePath(QStringLiteral("nowhere")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestWorkspace::rekeyKeepsDataAndRetiresOldKey()
{
    auto ws = createPassphraseWorkspace("old passphrase");
    QVERIFY(ws.ok());
    QVERIFY(ws.value()
                ->database()
                .exec(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1), (2);"))
                .ok());
    const WorkspaceMeta oldMeta = ws.value()->meta();

    WorkspaceMeta newMeta = WorkspaceMeta::forPassphrase(fastKdf());
    auto newKey = Workspace::passphraseKey(newMeta, secret("new passphrase"));
    QVERIFY(newKey.ok());
    QVERIFY(ws.value()->rekey(newMeta, newKey.value()).ok());
    // Still usable right after.
    QCOMPARE(ws.value()->database().queryInt(QStringLiteral("SELECT sum(x) FROM t")).value(), 3);
    QCOMPARE(ws.value()->meta().id, oldMeta.id);
    // Incremental vacuum (purges give space back) survives the re-key.
    QCOMPARE(ws.value()->database().queryInt(QStringLiteral("PRAGMA auto_vacuum")).value(), 2);
    ws.value().reset();

    QCOMPARE(QDir(dir()).entryList(QDir::Files).size(), 2); // no temp file left
    auto meta = Workspace::inspect(dir());
    QVERIFY(meta.ok());
    QCOMPARE(meta->salt, newMeta.salt);
    auto oldKey = Workspace::passphraseKey(meta.value(), secret("old passphrase"));
    QVERIFY(oldKey.ok());
    auto refused = Workspace::open(dir(), oldKey.value(), m_clock);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::WrongKey);

    auto reopened = Workspace::open(dir(), newKey.value(), m_clock);
    QVERIFY(reopened.ok());
    QCOMPARE(
        reopened.value()->database().queryInt(QStringLiteral("SELECT sum(x) FROM t")).value(), 3);
    auto entries = reopened.value()->activityLog().entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->last().action, QStringLiteral("workspace.rekey"));
    QVERIFY(reopened.value()->activityLog().verify()->intact);
}

void TestWorkspace::rekeyFromPassphraseToRandomKey()
{
    auto ws = createPassphraseWorkspace("old passphrase");
    QVERIFY(ws.ok());
    const SecretBytes random = SecretBytes::random(kKeySize);
    QVERIFY(ws.value()->rekey(WorkspaceMeta::forKeychain(), random).ok());
    ws.value().reset();
    auto meta = Workspace::inspect(dir());
    QVERIFY(meta.ok());
    QCOMPARE(meta->keySource, KeySource::Keychain);
    QVERIFY(Workspace::open(dir(), random, m_clock).ok());
}

void TestWorkspace::interruptedRekeyBeforeSwapKeepsOldKey()
{
    auto ws = createPassphraseWorkspace("old passphrase");
    QVERIFY(ws.ok());
    const WorkspaceMeta oldMeta = ws.value()->meta();
    ws.value().reset();
    // What a crash after steps 1-2 of a re-key leaves: both .rekey files.
    QFile::copy(QDir(dir()).filePath(QStringLiteral("workspace.db")),
        QDir(dir()).filePath(QStringLiteral("workspace.db.rekey")));
    QFile::copy(QDir(dir()).filePath(QStringLiteral("workspace.json")),
        QDir(dir()).filePath(QStringLiteral("workspace.json.rekey")));
    // And the rollback journal of the half-written copy.
    QFile journal(QDir(dir()).filePath(QStringLiteral("workspace.db.rekey-journal")));
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.write(QByteArray(512, '\x5a'));
    journal.close();

    auto key = Workspace::passphraseKey(oldMeta, secret("old passphrase"));
    QVERIFY(key.ok());
    auto reopened = Workspace::open(dir(), key.value(), m_clock);
    QVERIFY(reopened.ok());
    QCOMPARE(QDir(dir()).entryList(QDir::Files).size(), 2); // leftovers cleaned up after the unlock
}

void TestWorkspace::interruptedRekeyAfterSwapFinishesOnOpen()
{
    auto ws = createPassphraseWorkspace("old passphrase");
    QVERIFY(ws.ok());
    QVERIFY(ws.value()
                ->database()
                .exec(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (5);"))
                .ok());
    WorkspaceMeta newMeta = WorkspaceMeta::forPassphrase(fastKdf());
    newMeta.id = ws.value()->meta().id;
    auto newKey = Workspace::passphraseKey(newMeta, secret("new passphrase"));
    QVERIFY(newKey.ok());
    // Simulate a crash between the database swap and the metadata swap.
    const QString dbPath = QDir(dir()).filePath(QStringLiteral("workspace.db"));
    QVERIFY(ws.value()
                ->database()
                .exportEncrypted(dbPath + QStringLiteral(".new"), newKey.value())
                .ok());
    newMeta.keyCheck = keyCheck(newKey.value());
    newMeta.created = ws.value()->meta().created;
    ws.value().reset();
    QFile pending(QDir(dir()).filePath(QStringLiteral("workspace.json.rekey")));
    QVERIFY(pending.open(QIODevice::WriteOnly));
    pending.write(newMeta.toJson());
    pending.close();
    QVERIFY(QFile::remove(dbPath));
    QVERIFY(QFile::rename(dbPath + QStringLiteral(".new"), dbPath));

    // The workspace now describes itself by the pending metadata.
    auto meta = Workspace::inspect(dir());
    QVERIFY(meta.ok());
    QCOMPARE(meta->salt, newMeta.salt);
    // A wrong key still changes nothing.
    const auto before = hashTree(dir());
    QVERIFY(!Workspace::open(dir(), testKey(1), m_clock).ok());
    QCOMPARE(hashTree(dir()), before);

    auto reopened = Workspace::open(dir(), newKey.value(), m_clock);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->database().queryInt(QStringLiteral("SELECT x FROM t")).value(), 5);
    QVERIFY(!QFile::exists(pending.fileName()));
    auto finalMeta = Workspace::inspect(dir());
    QVERIFY(finalMeta.ok());
    QCOMPARE(finalMeta->salt, newMeta.salt);
}

void TestWorkspace::infoNamesCipherAndFilesButNoSecret()
{
    auto ws = createPassphraseWorkspace("a long passphrase");
    QVERIFY(ws.ok());
    auto info = ws.value()->info();
    QVERIFY(info.ok());
    QCOMPARE(info->schemaVersion, Workspace::latestSchemaVersion());
    QCOMPARE(info->cipher.pageSize, 4096);
    QVERIFY(info->cipher.useHmac);
    QCOMPARE(info->activityEntries, 1);
    QCOMPARE(info->files.size(), 2);
    for (const auto &file : info->files)
        QCOMPARE(file.permissions, QStringLiteral("0600"));
    // The metadata file holds nothing from which the passphrase could be read.
    const QByteArray metaBytes = readAll(QDir(dir()).filePath(Workspace::metaFileName()));
    QVERIFY(!metaBytes.contains("a long passphrase"));
}

void TestWorkspace::pullsLeftRunningByAnEndedProcessAreFailedOnOpen()
{
    // A live process that is not this one, to stand for another writer.
    QProcess other;
    other.start(QStringLiteral("sleep"), { QStringLiteral("30") });
    QVERIFY(other.waitForStarted());
    QFile stat(QStringLiteral("/proc/%1/stat").arg(other.processId()));
    QVERIFY(stat.open(QIODevice::ReadOnly));
    const QByteArray line = stat.readAll();
    const qint64 otherStart = line.mid(line.lastIndexOf(')') + 2).split(' ').value(19).toLongLong();
    QVERIFY(otherStart > 0);

    qint64 dead = 0, mine = 0, theirs = 0, stale = 0;
    qint64 boot = 0;
    {
        auto ws = createPassphraseWorkspace("a long passphrase");
        QVERIFY(ws.ok());
        ReportCache &cache = ws.value()->reports();
        const ReportCache::NewPull request { QStringLiteral("twilio-json"),
            QStringLiteral("import"), QStringLiteral("Acme"), {}, {}, {}, {} };
        dead = cache.createPull(request).value();
        mine = cache.createPull(request).value();
        theirs = cache.createPull(request).value();
        stale = cache.createPull(request).value();
        Database &db = ws.value()->database();
        boot = db.queryInt(
                     QStringLiteral("SELECT owner_boot FROM report_pull WHERE id = %1").arg(mine))
                   .value();
        QVERIFY(boot != 0);
        QCOMPARE(
            db.queryInt(QStringLiteral("SELECT owner_pid FROM report_pull WHERE id = %1").arg(mine))
                .value(),
            qint64 { QCoreApplication::applicationPid() });
        // Killed: a process that has ended. Another: alive. Stale: the same
        // pid as the live one, but another start time (a reused pid).
        QVERIFY(db.exec(QStringLiteral("UPDATE report_pull SET owner_pid = 999999999 WHERE id = %1")
                            .arg(dead))
                    .ok());
        QVERIFY(db.exec(QStringLiteral(
                            "UPDATE report_pull SET owner_pid = %1, owner_start = %2 WHERE id = %3")
                            .arg(other.processId())
                            .arg(otherStart)
                            .arg(theirs))
                    .ok());
        QVERIFY(db.exec(QStringLiteral(
                            "UPDATE report_pull SET owner_pid = %1, owner_start = %2 WHERE id = %3")
                            .arg(other.processId())
                            .arg(otherStart + 1)
                            .arg(stale))
                    .ok());
    }
    auto meta = Workspace::inspect(dir());
    auto key = Workspace::passphraseKey(meta.value(), secret("a long passphrase"));
    auto ws = Workspace::open(dir(), key.value(), m_clock);
    QVERIFY(ws.ok());
    ReportCache &cache = ws.value()->reports();
    QCOMPARE(cache.pull(dead)->state, ReportCache::State::Failed);
    QVERIFY2(cache.pull(dead)->error.startsWith(
                 QLatin1String("interrupted: the process writing it (pid 999999999) ended")),
        qPrintable(cache.pull(dead)->error));
    QCOMPARE(cache.pull(stale)->state, ReportCache::State::Failed);
    QCOMPARE(cache.pull(mine)->state, ReportCache::State::Running); // this process is alive
    QCOMPARE(cache.pull(theirs)->state, ReportCache::State::Running); // so is the other
    // Each is in the activity log, by id.
    auto entries = ws.value()->activityLog().entries();
    QVERIFY(entries.ok());
    QStringList interrupted;
    for (const auto &e : entries.value()) {
        if (e.action == QLatin1String("report.interrupted"))
            interrupted << QString::number(e.detail.value(QStringLiteral("pull")).toInteger());
    }
    QCOMPARE(interrupted, (QStringList { QString::number(dead), QString::number(stale) }));
    // A pull another live process writes cannot be resumed here; a failed one can.
    const Status refused = cache.reopenPull(theirs);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::AlreadyExists);
    QVERIFY(refused.error().detail.contains(QStringLiteral("pid %1").arg(other.processId())));
    QVERIFY(cache.reopenPull(dead).ok());
    QCOMPARE(cache.pull(dead)->state, ReportCache::State::Running);
    // When the other process ends, its pull is failed on the next open.
    other.kill();
    other.waitForFinished();
    ws.value().reset();
    auto again = Workspace::open(dir(), key.value(), m_clock);
    QVERIFY(again.ok());
    QCOMPARE(again.value()->reports().pull(theirs)->state, ReportCache::State::Failed);
    QCOMPARE(again.value()->reports().pull(dead)->state,
        ReportCache::State::Running); // reopened by this process, which is alive
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
