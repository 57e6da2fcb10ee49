// PrivateFile: 0600 from the first byte, whole or not at all.
#include "PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using relay::core::ErrorCode;
using relay::core::PrivateFile;
using relay::core::Result;

namespace {

int mode(const QString &path)
{
    struct stat st {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPrivateFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOwnerOnly();
    void aFailedFillLeavesTheOldFile();
    void anUnwritablePlaceNamesThePath();
    void uncommittedLeavesNothingBehind();
};

void TestPrivateFile::writesOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    const mode_t old = ::umask(0); // even with a permissive umask
    const auto written = PrivateFile::write(path, QByteArrayLiteral("a,b\r\n"));
    ::umask(old);
    QVERIFY(written.ok());
    QCOMPARE(read(path), QByteArrayLiteral("a,b\r\n"));
    QCOMPARE(mode(path), 0600);
}

void TestPrivateFile::aFailedFillLeavesTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(PrivateFile::write(path, QByteArrayLiteral("old")).ok());
    const Result<qint64> failed = PrivateFile::write<qint64>(path, [](QIODevice &out) {
        out.write("half of a new file");
        return Result<qint64>(relay::core::makeError(ErrorCode::Cancelled, {}));
    });
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, ErrorCode::Cancelled);
    QCOMPARE(read(path), QByteArrayLiteral("old"));
    // No temporary of the failed write is left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestPrivateFile::anUnwritablePlaceNamesThePath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/dir/out.csv"));
    const auto written = PrivateFile::write(path, QByteArrayLiteral("x"));
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, ErrorCode::Io);
    QVERIFY2(written.error().detail.contains(path), qPrintable(written.error().detail));
}

void TestPrivateFile::uncommittedLeavesNothingBehind()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    {
        PrivateFile file(path);
        QVERIFY(file.open().ok());
        file.device().write("never committed");
    }
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

QTEST_GUILESS_MAIN(TestPrivateFile)
#include "tst_privatefile.moc"
