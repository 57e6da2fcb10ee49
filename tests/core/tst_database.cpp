#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/PageCheck.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace relay::core;
using namespace relay::test;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createOpenReopen();
    void typedBindingRoundTrips();
    void transactionRollsBackWhenNotCommitted();
    void wrongKeyLeavesFileUnchanged();
    void plainSqliteFileIsRefused();
    void emptyAndTruncatedFilesAreCorrupt();
    void damagedPageIsReportedNotCrashed();
    void missingFileIsNotFound();
    void createRefusesToOverwrite();
    void migratesFromNToNPlusOne();
    void failedMigrationRollsBack();
    void newerSchemaIsRefused();
    void markerIsNotInRawFile();
    void cipherProfileIsExplicit();
    void exportEncryptedMakesAnIndependentCopy();
    void aWriterWaitsForAnotherAndSaysSoAfterASecond();
    void everyPageIsCheckedAndDamageIsNamed();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::createOpenReopen()
{
    const SecretBytes key = testKey(1);
    {
        auto db = Database::open(path("a.db"), key, Database::OpenMode::CreateNew);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
        QVERIFY(
            db->exec(QStringLiteral("CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (41), (1);"))
                .ok());
    }
    auto db = Database::open(path("a.db"), key, Database::OpenMode::OpenExisting);
    QVERIFY(db.ok());
    auto sum = db->queryInt(QStringLiteral("SELECT sum(x) FROM t"));
    QVERIFY(sum.ok());
    QCOMPARE(sum.value(), 42);
}

void TestDatabase::typedBindingRoundTrips()
{
    auto db = Database::open(path("b.db"), testKey(2), Database::OpenMode::CreateNew);
    QVERIFY(db.ok());
    QVERIFY(
        db->exec(QStringLiteral("CREATE TABLE t(i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)")).ok());
    auto insert = db->prepare(QStringLiteral("INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5)"));
    QVERIFY(insert.ok());
    const QByteArray blob("\x00\x01\xff", 3);
    insert->bind(1, qint64 { 1 } << 40)
        .bind(2, 2.5)
        .bind(3, QStringLiteral("ünïcode"))
        .bindBlob(4, blob)
        .bindNull(5);
    QVERIFY(insert->run().ok());

    auto select = db->prepare(QStringLiteral("SELECT i, r, s, b, n FROM t"));
    QVERIFY(select.ok());
    auto row = select->step();
    QVERIFY(row.ok() && row.value());
    QCOMPARE(select->int64(0), qint64 { 1 } << 40);
    QCOMPARE(select->real(1), 2.5);
    QCOMPARE(select->text(2), QStringLiteral("ünïcode"));
    QCOMPARE(select->blob(3), blob);
    QVERIFY(select->isNull(4));
    row = select->step();
    QVERIFY(row.ok() && !row.value());

    // A bad bind index is reported by step(), not swallowed.
    auto bad = db->prepare(QStringLiteral("SELECT ?1"));
    QVERIFY(bad.ok());
    bad->bind(7, 1);
    QVERIFY(!bad->step().ok());

    // SQL errors come back as values that carry SQLite's message.
    auto broken = db->prepare(QStringLiteral("SELEC nonsense"));
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().code, ErrorCode::Sql);
    QVERIFY(broken.error().detail.contains(QLatin1String("syntax error")));
}

void TestDatabase::transactionRollsBackWhenNotCommitted()
{
    auto db = Database::open(path("c.db"), testKey(3), Database::OpenMode::CreateNew);
    QVERIFY(db.ok());
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x)")).ok());
    {
        auto tx = Transaction::begin(db.value());
        QVERIFY(tx.ok());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
    }
    QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM t")).value(), 0);
    {
        auto tx = Transaction::begin(db.value());
        QVERIFY(tx.ok());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
        QVERIFY(tx->commit().ok());
    }
    QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM t")).value(), 1);

    // Nested: an inner one that is not committed undoes only its own rows;
    // a committed inner one stands or falls with the outer one.
    {
        auto outer = Transaction::begin(db.value());
        QVERIFY(outer.ok());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (2)")).ok());
        {
            auto inner = Transaction::begin(db.value());
            QVERIFY(inner.ok());
            QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (3)")).ok());
        }
        {
            auto inner = Transaction::begin(db.value());
            QVERIFY(inner.ok());
            QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (4)")).ok());
            QVERIFY(inner->commit().ok());
        }
        QVERIFY(db->inTransaction());
        QVERIFY(outer->commit().ok());
    }
    QCOMPARE(db->queryInt(QStringLiteral("SELECT group_concat(x, '') FROM t")).value(), 124);
    {
        auto outer = Transaction::begin(db.value());
        QVERIFY(outer.ok());
        auto inner = Transaction::begin(db.value());
        QVERIFY(inner.ok());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (5)")).ok());
        QVERIFY(inner->commit().ok());
    }
    QVERIFY(!db->inTransaction());
    QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM t")).value(), 3);
}

void TestDatabase::wrongKeyLeavesFileUnchanged()
{
    {
        auto db = Database::open(path("d.db"), testKey(4), Database::OpenMode::CreateNew);
        QVERIFY(db.ok());
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES ('kept');")).ok());
    }
    const auto before = hashTree(m_dir->path());
    for (int i = 0; i < 5; ++i) {
        auto db = Database::open(path("d.db"), testKey(99), Database::OpenMode::OpenExisting);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::WrongKey);
    }
    QCOMPARE(hashTree(m_dir->path()), before);
    auto db = Database::open(path("d.db"), testKey(4), Database::OpenMode::OpenExisting);
    QVERIFY(db.ok());
    QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM t")).value(), 1);
}

void TestDatabase::plainSqliteFileIsRefused()
{
    QFile plain(path("plain.db"));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    QByteArray page(4096, '\0');
    page.replace(0, 16, QByteArray("SQLite format 3\0", 16));
    plain.write(page);
    plain.close();
    auto db = Database::open(path("plain.db"), testKey(5), Database::OpenMode::OpenExisting);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::NotEncrypted);
}

void TestDatabase::emptyAndTruncatedFilesAreCorrupt()
{
    QFile empty(path("empty.db"));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    auto db = Database::open(path("empty.db"), testKey(6), Database::OpenMode::OpenExisting);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::Corrupt);
    QVERIFY(db.error().detail.contains(path("empty.db")));

    {
        auto good = Database::open(path("t.db"), testKey(6), Database::OpenMode::CreateNew);
        QVERIFY(good.ok());
        QVERIFY(good->exec(QStringLiteral("CREATE TABLE t(x)")).ok());
    }
    QFile file(path("t.db"));
    QVERIFY(file.resize(file.size() - 1000));
    db = Database::open(path("t.db"), testKey(6), Database::OpenMode::OpenExisting);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::Corrupt);
    QVERIFY(db.error().detail.contains(QLatin1String("truncated")));
}

void TestDatabase::damagedPageIsReportedNotCrashed()
{
    {
        auto db = Database::open(path("e.db"), testKey(7), Database::OpenMode::CreateNew);
        QVERIFY(db.ok());
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x TEXT)")).ok());
        auto insert = db->prepare(QStringLiteral("INSERT INTO t VALUES (?1)"));
        QVERIFY(insert.ok());
        for (int i = 0; i < 200; ++i) {
            insert->reset();
            insert->bind(1, QString(200, QLatin1Char('x')));
            QVERIFY(insert->run().ok());
        }
    }
    // Overwrite bytes inside the sixth page (a leaf of t): its HMAC no
    // longer matches.
    QFile file(path("e.db"));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 8 * 4096);
    QVERIFY(file.seek(5 * 4096 + 100));
    file.write(QByteArray(64, '\x5a'));
    file.close();
    auto db = Database::open(path("e.db"), testKey(7), Database::OpenMode::OpenExisting);
    if (db.ok()) {
        // Page 1 decrypts; the damage shows when the damaged page is read.
        auto count = db->queryInt(QStringLiteral("SELECT sum(length(x)) FROM t"));
        QVERIFY(!count.ok());
        QCOMPARE(count.error().code, ErrorCode::Corrupt);
    } else {
        QCOMPARE(db.error().code, ErrorCode::Corrupt);
    }
}

void TestDatabase::missingFileIsNotFound()
{
    auto db = Database::open(path("missing.db"), testKey(8), Database::OpenMode::OpenExisting);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::NotFound);
    QVERIFY(!QFile::exists(path("missing.db")));
}

void TestDatabase::createRefusesToOverwrite()
{
    QFile existing(path("x.db"));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("precious");
    existing.close();
    auto db = Database::open(path("x.db"), testKey(9), Database::OpenMode::CreateNew);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::AlreadyExists);
    QCOMPARE(readAll(path("x.db")), QByteArray("precious"));

    auto shortKey = Database::open(path("y.db"), SecretBytes(16), Database::OpenMode::CreateNew);
    QVERIFY(!shortKey.ok());
    QCOMPARE(shortKey.error().code, ErrorCode::InvalidInput);
}

void TestDatabase::migratesFromNToNPlusOne()
{
    const Migration v1[] = { { 1, "CREATE TABLE people(name TEXT);" } };
    const Migration v2[] = {
        { 1, "CREATE TABLE people(name TEXT);" },
        { 2, "ALTER TABLE people ADD COLUMN team TEXT; CREATE INDEX people_team ON people(team);" }
    };
    {
        auto db = Database::open(path("m.db"), testKey(10), Database::OpenMode::CreateNew);
        QVERIFY(db.ok());
        QVERIFY(migrate(db.value(), v1).ok());
        QCOMPARE(db->userVersion().value(), 1);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO people VALUES ('ana')")).ok());
    }
    auto db = Database::open(path("m.db"), testKey(10), Database::OpenMode::OpenExisting);
    QVERIFY(db.ok());
    QVERIFY(migrate(db.value(), v2).ok());
    QCOMPARE(db->userVersion().value(), 2);
    QVERIFY(db->exec(QStringLiteral("UPDATE people SET team = 'support'")).ok());
    QCOMPARE(
        db->queryInt(QStringLiteral("SELECT count(*) FROM people WHERE team = 'support'")).value(),
        1);
    // Running again is a no-op.
    QVERIFY(migrate(db.value(), v2).ok());
    QCOMPARE(db->userVersion().value(), 2);
}

void TestDatabase::failedMigrationRollsBack()
{
    const Migration steps[]
        = { { 1, "CREATE TABLE a(x);" }, { 2, "CREATE TABLE b(y); CREATE TABLE a(z);" } };
    auto db = Database::open(path("f.db"), testKey(11), Database::OpenMode::CreateNew);
    QVERIFY(db.ok());
    auto status = migrate(db.value(), steps);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::Migration);
    QVERIFY(status.error().detail.contains(QLatin1String("version 2")));
    QCOMPARE(db->userVersion().value(), 1);
    // Step 2 is all or nothing: table b did not survive the failure.
    QCOMPARE(
        db->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'b'")).value(),
        0);
}

void TestDatabase::newerSchemaIsRefused()
{
    auto db = Database::open(path("n.db"), testKey(12), Database::OpenMode::CreateNew);
    QVERIFY(db.ok());
    QVERIFY(db->setUserVersion(7).ok());
    const Migration steps[] = { { 1, "CREATE TABLE a(x);" } };
    auto status = migrate(db.value(), steps);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::Migration);
    QCOMPARE(db->userVersion().value(), 7);
}

void TestDatabase::markerIsNotInRawFile()
{
    const QString marker = QStringLiteral("MARKER-7f3a9c-+15550100123-body text");
    {
        auto db = Database::open(path("k.db"), testKey(13), Database::OpenMode::CreateNew);
        QVERIFY(db.ok());
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x TEXT)")).ok());
        auto insert = db->prepare(QStringLiteral("INSERT INTO t VALUES (?1)"));
        QVERIFY(insert.ok());
        insert->bind(1, marker);
        QVERIFY(insert->run().ok());
        auto read = db->prepare(QStringLiteral("SELECT x FROM t"));
        QVERIFY(read.ok() && read->step().value());
        QCOMPARE(read->text(0), marker); // it is in there...
    }
    const QByteArray raw = readAll(path("k.db"));
    QVERIFY(raw.size() >= 4096);
    QVERIFY(!raw.contains(marker.toUtf8())); // ...but not readable at rest
    QVERIFY(!raw.contains(QByteArray("+15550100123")));
    QVERIFY(!raw.startsWith(QByteArray("SQLite format 3")));
}

void TestDatabase::cipherProfileIsExplicit()
{
    auto db = Database::open(path("p.db"), testKey(14), Database::OpenMode::CreateNew);
    QVERIFY(db.ok());
    auto profile = db->cipherProfile();
    QVERIFY(profile.ok());
    QCOMPARE(profile->pageSize, Database::kPageSize);
    QCOMPARE(profile->kdfIter, Database::kKdfIter);
    QVERIFY(profile->useHmac);
    QVERIFY(profile->secureDelete);
    QVERIFY(profile->cipherVersion.startsWith(QLatin1String("3.")));
}

void TestDatabase::exportEncryptedMakesAnIndependentCopy()
{
    auto db = Database::open(path("src.db"), testKey(15), Database::OpenMode::CreateNew);
    QVERIFY(db.ok());
    QVERIFY(
        db
            ->exec(QStringLiteral(
                "CREATE TABLE t(x); INSERT INTO t VALUES (1), (2), (3); PRAGMA user_version = 5;"))
            .ok());
    QVERIFY(db->exportEncrypted(path("copy.db"), testKey(16)).ok());
    QVERIFY(!db->exportEncrypted(path("copy.db"), testKey(16)).ok()); // never overwrites

    auto copy = Database::open(path("copy.db"), testKey(16), Database::OpenMode::OpenExisting);
    QVERIFY(copy.ok());
    QCOMPARE(copy->queryInt(QStringLiteral("SELECT sum(x) FROM t")).value(), 6);
    QCOMPARE(copy->userVersion().value(), 5);
    auto oldKey = Database::open(path("copy.db"), testKey(15), Database::OpenMode::OpenExisting);
    QVERIFY(!oldKey.ok());
    QCOMPARE(oldKey.error().code, ErrorCode::WrongKey);
    QCOMPARE(unixMode(path("copy.db")), 0600);
}

namespace {
std::atomic<int> g_notices { 0 };
}

// Two connections, as two processes have: the second writer waits for the
// first's transaction, is told once after the notice time, and gets in; one
// that waits past the limit fails as Busy, never as "database is locked".
void TestDatabase::aWriterWaitsForAnotherAndSaysSoAfterASecond()
{
    {
        auto db = Database::open(path("busy.db"), testKey(12), Database::OpenMode::CreateNew);
        QVERIFY(db.ok());
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(v INTEGER)")).ok());
    }
    Database::setWaitNotice([] { ++g_notices; });
    Database::setBusyLimits(200, 3000);
    auto holder = Database::open(path("busy.db"), testKey(12), Database::OpenMode::OpenExisting);
    auto waiter = Database::open(path("busy.db"), testKey(12), Database::OpenMode::OpenExisting);
    QVERIFY(holder.ok() && waiter.ok());
    QVERIFY(holder->exec(QStringLiteral("BEGIN IMMEDIATE; INSERT INTO t VALUES (1)")).ok());
    Status written;
    QThread *writer = QThread::create(
        [&] { written = waiter->exec(QStringLiteral("INSERT INTO t VALUES (2)")); });
    writer->start();
    QTRY_COMPARE_WITH_TIMEOUT(g_notices.load(), 1, 2000);
    QVERIFY(holder->exec(QStringLiteral("COMMIT")).ok());
    QVERIFY(writer->wait(5000));
    delete writer;
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : errorMessage(written.error())));
    QCOMPARE(g_notices.load(), 1);
    QCOMPARE(holder->queryInt(QStringLiteral("SELECT count(*) FROM t")).value(), 2);

    // Held past the limit: Busy, with a message that says what to do.
    Database::setBusyLimits(100, 300);
    QVERIFY(holder->exec(QStringLiteral("BEGIN IMMEDIATE")).ok());
    const Status late = waiter->exec(QStringLiteral("INSERT INTO t VALUES (3)"));
    QVERIFY(!late.ok());
    QCOMPARE(late.error().code, ErrorCode::Busy);
    QVERIFY2(!errorMessage(late.error()).contains(QLatin1String("locked")),
        qPrintable(errorMessage(late.error())));
    QVERIFY(holder->exec(QStringLiteral("ROLLBACK")).ok());
    QCOMPARE(g_notices.load(), 2);
    Database::setWaitNotice(nullptr);
    Database::setBusyLimits(Database::kBusyNoticeMs, Database::kBusyWaitMs);
}

// A byte changed in a page no query reads is found, with its page and the
// table or index it belongs to.
void TestDatabase::everyPageIsCheckedAndDamageIsNamed()
{
    QHash<qint64, QString> roots;
    {
        auto db = Database::open(path("p.db"), testKey(13), Database::OpenMode::CreateNew);
        QVERIFY(db.ok());
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE notes(x TEXT); CREATE TABLE big(y TEXT); "
                                        "CREATE INDEX notes_x ON notes(x)"))
                    .ok());
        auto insert = db->prepare(QStringLiteral("INSERT INTO notes VALUES (?1)"));
        QVERIFY(insert.ok());
        for (int i = 0; i < 300; ++i) {
            insert->reset();
            insert->bind(1, QString::number(i).repeated(40));
            QVERIFY(insert->run().ok());
        }
        // A value that spills onto overflow pages.
        QVERIFY(
            db->exec(QStringLiteral("INSERT INTO big VALUES (printf('%.*c', 20000, 'y'))")).ok());
        auto schema = db->prepare(
            QStringLiteral("SELECT rootpage, type || ' ' || name FROM sqlite_master"));
        QVERIFY(schema.ok());
        QVERIFY(schema->each([&] { roots.insert(schema->int64(0), schema->text(1)); }).ok());
    }
    auto clean = checkPages(path("p.db"), testKey(13), roots);
    QVERIFY(clean.ok());
    QCOMPARE(clean->pages, QFileInfo(path("p.db")).size() / Database::kPageSize);
    QVERIFY(clean->pages > 10);
    QVERIFY(clean->damaged.isEmpty());
    // The wrong key: every page fails (the check is not a formality).
    auto wrong = checkPages(path("p.db"), testKey(14), roots);
    QVERIFY(wrong.ok());
    QCOMPARE(wrong->damaged.size(), clean->pages);

    // One byte in the last page (the overflow chain of big's value ends
    // there), one in page 1.
    QFile file(path("p.db"));
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 last = file.size() / Database::kPageSize;
    for (const qint64 page : { last, qint64 { 1 } }) {
        QVERIFY(file.seek((page - 1) * Database::kPageSize + 700));
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        QVERIFY(file.seek((page - 1) * Database::kPageSize + 700));
        QVERIFY(file.putChar(static_cast<char>(byte ^ 0x01)));
    }
    file.close();
    auto damaged = checkPages(path("p.db"), testKey(13), roots);
    QVERIFY(damaged.ok());
    QCOMPARE(damaged->damaged.size(), 2);
    QCOMPARE(damaged->damaged.at(0).page, 1);
    QVERIFY(damaged->damaged.at(0).owner.contains(QLatin1String("sqlite_master")));
    QCOMPARE(damaged->damaged.at(1).page, last);
    QVERIFY2(damaged->damaged.at(1).owner == QLatin1String("table big"),
        qPrintable(damaged->damaged.at(1).owner));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
