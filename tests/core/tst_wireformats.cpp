#include "providers/WireFormats.h"

#include <QDateTime>
#include <QTest>

using namespace relay::core;

class TestWireFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc2822_data();
    void rfc2822();
    void iso8601_data();
    void iso8601();
    void decimalMicros_data();
    void decimalMicros();
    void counts();
};

namespace {
qint64 utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toSecsSinceEpoch();
}
constexpr qint64 kInvalid = -1;
} // namespace

void TestWireFormats::rfc2822_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("twilio") << QByteArray("Fri, 24 May 2019 17:44:50 +0000")
                            << utc(2019, 5, 24, 17, 44, 50);
    QTest::newRow("no weekday") << QByteArray("24 May 2019 17:44:50 +0000")
                                << utc(2019, 5, 24, 17, 44, 50);
    QTest::newRow("single-digit day")
        << QByteArray("Sun, 1 Nov 2026 12:00:00 +0000") << utc(2026, 11, 1, 12, 0, 0);
    QTest::newRow("offset") << QByteArray("Mon, 02 Nov 2026 01:00:00 +0200")
                            << utc(2026, 11, 1, 23, 0, 0);
    QTest::newRow("negative offset")
        << QByteArray("Mon, 02 Nov 2026 20:00:00 -0500") << utc(2026, 11, 3, 1, 0, 0);
    QTest::newRow("GMT") << QByteArray("Mon, 02 Nov 2026 20:00:00 GMT")
                         << utc(2026, 11, 2, 20, 0, 0);
    QTest::newRow("leap day") << QByteArray("Thu, 29 Feb 2024 10:00:00 +0000")
                              << utc(2024, 2, 29, 10, 0, 0);
    QTest::newRow("not a leap year") << QByteArray("Wed, 29 Feb 2023 10:00:00 +0000") << kInvalid;
    QTest::newRow("bad month") << QByteArray("Fri, 24 Foo 2019 17:44:50 +0000") << kInvalid;
    QTest::newRow("hour 24") << QByteArray("Fri, 24 May 2019 24:00:00 +0000") << kInvalid;
    QTest::newRow("iso instead") << QByteArray("2019-05-24T17:44:50Z") << kInvalid;
    QTest::newRow("empty") << QByteArray("") << kInvalid;
    QTest::newRow("truncated") << QByteArray("Fri, 24 May 2019 17:44") << kInvalid;
    QTest::newRow("zone garbage") << QByteArray("Fri, 24 May 2019 17:44:50 +00x0") << kInvalid;
}

void TestWireFormats::rfc2822()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, expected);
    const auto parsed = wire::parseRfc2822(
        std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    QCOMPARE(parsed.value_or(kInvalid), expected);
}

void TestWireFormats::iso8601_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("bulk export") << QByteArray("2020-01-01T03:57:33Z")
                                 << utc(2020, 1, 1, 3, 57, 33);
    QTest::newRow("telnyx 10dlc, no zone")
        << QByteArray("2021-03-08T17:57:48.801186") << utc(2021, 3, 8, 17, 57, 48);
    QTest::newRow("offset") << QByteArray("2020-07-01T00:00:00-06:00") << utc(2020, 7, 1, 6, 0, 0);
    QTest::newRow("usage as_of") << QByteArray("2019-06-24T22:32:49+00:00")
                                 << utc(2019, 6, 24, 22, 32, 49);
    QTest::newRow("date only") << QByteArray("2026-11-01") << utc(2026, 11, 1, 0, 0, 0);
    QTest::newRow("fraction and Z")
        << QByteArray("2026-11-01T00:00:01.5Z") << utc(2026, 11, 1, 0, 0, 1);
    QTest::newRow("docs typo 013") << QByteArray("2020-01-013T03:57:34Z") << kInvalid;
    QTest::newRow("month 13") << QByteArray("2020-13-01T00:00:00Z") << kInvalid;
    QTest::newRow("31 April") << QByteArray("2020-04-31T00:00:00Z") << kInvalid;
    QTest::newRow("trailing junk") << QByteArray("2020-01-01T00:00:00Zjunk") << kInvalid;
    QTest::newRow("before 1970") << QByteArray("1969-12-31T23:59:59Z") << kInvalid;
}

void TestWireFormats::iso8601()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, expected);
    const auto parsed = wire::parseIso8601(
        std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    QCOMPARE(parsed.value_or(kInvalid), expected);
}

void TestWireFormats::decimalMicros_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("valid");
    QTest::newRow("twilio price") << QByteArray("-0.00750") << qint64 { -7500 } << true;
    QTest::newRow("zero") << QByteArray("0") << qint64 { 0 } << true;
    QTest::newRow("telnyx cost") << QByteArray("0.003") << qint64 { 3000 } << true;
    QTest::newRow("whole") << QByteArray("12") << qint64 { 12000000 } << true;
    QTest::newRow("rounds past six places") << QByteArray("0.0000005") << qint64 { 1 } << true;
    QTest::newRow("plus") << QByteArray("+1.5") << qint64 { 1500000 } << true;
    QTest::newRow("empty") << QByteArray("") << qint64 { 0 } << false;
    QTest::newRow("letters") << QByteArray("0.0o5") << qint64 { 0 } << false;
    QTest::newRow("exponent") << QByteArray("1e3") << qint64 { 0 } << false;
    QTest::newRow("just a dot") << QByteArray(".") << qint64 { 0 } << false;
    QTest::newRow("huge") << QByteArray("99999999999999999") << qint64 { 0 } << false;
}

void TestWireFormats::decimalMicros()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, expected);
    QFETCH(bool, valid);
    const auto parsed = wire::parseDecimalMicros(
        std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, expected);
}

void TestWireFormats::counts()
{
    QCOMPARE(wire::parseCount("1").value_or(-1), 1);
    QCOMPARE(wire::parseCount("10").value_or(-1), 10);
    QVERIFY(!wire::parseCount("").has_value());
    QVERIFY(!wire::parseCount("-1").has_value());
    QVERIFY(!wire::parseCount("1.0").has_value());
    QVERIFY(!wire::parseCount("9999999999").has_value());
}

QTEST_GUILESS_MAIN(TestWireFormats)
#include "tst_wireformats.moc"
