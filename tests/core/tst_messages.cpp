// The messaging engine's building blocks: segment counting, recipient
// normalisation and hashing, the pepper, and provider webhook signatures.
#include "TestSupport.h"

#include "messages/Segments.h"
#include "messages/WebhookSignatures.h"
#include "privacy/RecipientHash.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTest>

#include <sodium.h>

using namespace relay::core;
using relay::test::MemorySecretStore;

class TestMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void segments_data();
    void segments();
    void segmentsExplainWhy();
    void oneHashForEverySpelling();
    void peppersAndVersions();
    void badNumbersAreRefusedWithoutQuotingThem_data();
    void badNumbersAreRefusedWithoutQuotingThem();
    void pepperIsCreatedOnceInTheKeychain();
    void twilioSignatures();
    void telnyxSignatures();
};

void TestMessages::initTestCase()
{
    QVERIFY(sodium_init() >= 0);
    qunsetenv("RELAYAUDIT_PEPPER");
}

void TestMessages::segments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("units");
    const auto repeat = [](const QString &s, int n) { return s.repeated(n); };
    QTest::newRow("empty") << QString() << "GSM-7" << 0 << 0;
    QTest::newRow("hello") << QStringLiteral("Hello") << "GSM-7" << 1 << 5;
    QTest::newRow("160 GSM") << repeat(QStringLiteral("a"), 160) << "GSM-7" << 1 << 160;
    QTest::newRow("161 GSM") << repeat(QStringLiteral("a"), 161) << "GSM-7" << 2 << 161;
    QTest::newRow("306 GSM") << repeat(QStringLiteral("a"), 306) << "GSM-7" << 2 << 306;
    QTest::newRow("307 GSM") << repeat(QStringLiteral("a"), 307) << "GSM-7" << 3 << 307;
    QTest::newRow("GSM accents") << QStringLiteral("Café à Zürich, ñ ¿Qué?") << "GSM-7" << 1 << 22;
    QTest::newRow("euro costs two") << QStringLiteral("€5") << "GSM-7" << 1 << 3;
    QTest::newRow("80 braces") << repeat(QStringLiteral("{"), 80) << "GSM-7" << 1 << 160;
    QTest::newRow("81 braces") << repeat(QStringLiteral("{"), 81) << "GSM-7" << 2 << 162;
    // 152 'a' then '[': the extension character would straddle parts, so it
    // moves whole to part two (152 + 2 + 10 = 164 septets, 2 parts).
    QTest::newRow("extension not split")
        << repeat(QStringLiteral("a"), 152) + QStringLiteral("[") + repeat(QStringLiteral("a"), 10)
        << "GSM-7" << 2 << 164;
    QTest::newRow("70 UCS-2") << repeat(QStringLiteral("ж"), 70) << "UCS-2" << 1 << 70;
    QTest::newRow("71 UCS-2") << repeat(QStringLiteral("ж"), 71) << "UCS-2" << 2 << 71;
    QTest::newRow("134 UCS-2") << repeat(QStringLiteral("ж"), 134) << "UCS-2" << 2 << 134;
    QTest::newRow("135 UCS-2") << repeat(QStringLiteral("ж"), 135) << "UCS-2" << 3 << 135;
    QTest::newRow("one emoji switches all")
        << repeat(QStringLiteral("a"), 69) + QStringLiteral("😀") << "UCS-2" << 2 << 71;
    QTest::newRow("emoji pair not split")
        << repeat(QStringLiteral("a"), 66) + QStringLiteral("😀") + repeat(QStringLiteral("a"), 10)
        << "UCS-2" << 2 << 78;
    QTest::newRow("smart quote") << QStringLiteral("It’s here") << "UCS-2" << 1 << 9;
    QTest::newRow("newline is GSM") << QStringLiteral("a\nb\rc") << "GSM-7" << 1 << 5;
    QTest::newRow("tab is not GSM") << QStringLiteral("a\tb") << "UCS-2" << 1 << 3;
}

void TestMessages::segments()
{
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(int, segments);
    QFETCH(int, units);
    const SegmentCount count = SegmentCount::of(text);
    QCOMPARE(SegmentCount::encodingName(count.encoding), encoding);
    QCOMPARE(count.segments, segments);
    QCOMPARE(count.units, units);
    int sum = 0;
    for (int part : count.unitsPerSegment) {
        sum += part;
        QVERIFY(part <= (count.encoding == SegmentCount::Encoding::Gsm7 ? 160 : 70));
        if (count.segments > 1)
            QVERIFY(part <= (count.encoding == SegmentCount::Encoding::Gsm7 ? 153 : 67));
    }
    QCOMPARE(sum, units);
}

void TestMessages::segmentsExplainWhy()
{
    const SegmentCount ucs = SegmentCount::of(QStringLiteral("Hi 😀 – {x}"));
    QCOMPARE(ucs.forcedUcs2Total, 2);
    QCOMPARE(ucs.forcedUcs2.at(0).codePoint, 0x1F600u);
    QCOMPARE(ucs.forcedUcs2.at(0).index, 3);
    QCOMPARE(ucs.forcedUcs2.at(1).text, QStringLiteral("–"));
    QCOMPARE(ucs.costTwoTotal, 0); // braces cost one unit in UCS-2
    const SegmentCount gsm = SegmentCount::of(QStringLiteral("{x} ~ €"));
    QCOMPARE(gsm.encoding, SegmentCount::Encoding::Gsm7);
    QCOMPARE(gsm.costTwoTotal, 4);
    QCOMPARE(gsm.units, 11);
    // Long lists are capped; totals are not.
    const SegmentCount many = SegmentCount::of(QStringLiteral("ж").repeated(500));
    QCOMPARE(many.forcedUcs2.size(), 20);
    QCOMPARE(many.forcedUcs2Total, 500);
}

void TestMessages::oneHashForEverySpelling()
{
    const RecipientHasher hasher(relay::test::testKey(7));
    QString first;
    for (const char *spelling : { "(202) 555-0143", "202.555.0143", "+1 202 555 0143",
             "+12025550143", "1-202-555-0143", " 202 555 0143 " }) {
        auto number = RecipientNumber::parse(QLatin1String(spelling), QStringLiteral("US"));
        QVERIFY2(number.ok(), spelling);
        QCOMPARE(number->e164, QStringLiteral("+12025550143"));
        const QString hash = hasher.hash(number.value());
        QVERIFY(RecipientHasher::isWellFormed(hash));
        if (first.isEmpty())
            first = hash;
        QCOMPARE(hash, first);
    }
    // The region only matters without a country code.
    auto london = RecipientNumber::parse(QStringLiteral("020 7946 0958"), QStringLiteral("GB"));
    QVERIFY(london.ok());
    QCOMPARE(london->e164, QStringLiteral("+442079460958"));
    auto international
        = RecipientNumber::parse(QStringLiteral("+44 20 7946 0958"), QStringLiteral("US"));
    QCOMPARE(hasher.hash(london.value()), hasher.hash(international.value()));
    // WhatsApp keeps its prefix for the provider; the hash is of the number.
    auto whatsapp
        = RecipientNumber::parse(QStringLiteral("whatsapp:+15550100109"), QStringLiteral("US"));
    QVERIFY(whatsapp.ok());
    QCOMPARE(whatsapp->channelPrefix, QStringLiteral("whatsapp:"));
    QVERIFY(!whatsapp->assigned); // 555-01xx: possible, not assigned (accepted, with a warning)
    auto sms = RecipientNumber::parse(QStringLiteral("+1 555 010 0109"), QStringLiteral("US"));
    QCOMPARE(hasher.hash(whatsapp.value()), hasher.hash(sms.value()));
}

void TestMessages::peppersAndVersions()
{
    auto number = RecipientNumber::parse(QStringLiteral("+13125550177"), QStringLiteral("US"));
    QVERIFY(number.ok());
    const QString a = RecipientHasher(relay::test::testKey(1)).hash(number.value());
    const QString b = RecipientHasher(relay::test::testKey(2)).hash(number.value());
    QVERIFY(a != b);
    QVERIFY(a.startsWith(QLatin1String("v1:")));
    QCOMPARE(a.size(), 67);
    QVERIFY(!a.contains(QLatin1String("3125550177")));
    // An independent HMAC-SHA-256 gives the same digest.
    const auto key = relay::test::testKey(1);
    const QByteArray mac = QMessageAuthenticationCode::hash(QByteArrayLiteral("+13125550177"),
        QByteArray(reinterpret_cast<const char *>(key.data()), static_cast<qsizetype>(key.size())),
        QCryptographicHash::Sha256);
    QCOMPARE(a.mid(3), QString::fromLatin1(mac.toHex()));
    for (const char *bad : { "v2:"
                             "0000000000000000000000000000000000000000000000000000000000000000",
             "v1:abc",
             "v1:"
             "000000000000000000000000000000000000000000000000000000000000000G",
             "V1:"
             "0000000000000000000000000000000000000000000000000000000000000000",
             "" }) {
        QVERIFY2(!RecipientHasher::isWellFormed(QLatin1String(bad)), bad);
    }
}

void TestMessages::badNumbersAreRefusedWithoutQuotingThem_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << "empty";
    QTest::newRow("letters") << QStringLiteral("call 5551234") << "letters";
    QTest::newRow("too short") << QStringLiteral("12") << "possible";
    QTest::newRow("too long") << QStringLiteral("+1 202 555 0143 0143 0143 99") << "too long";
    QTest::newRow("bad country") << QStringLiteral("+999 1234567") << "country code";
}

void TestMessages::badNumbersAreRefusedWithoutQuotingThem()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);
    auto number = RecipientNumber::parse(input, QStringLiteral("US"));
    QVERIFY(!number.ok());
    QCOMPARE(number.error().code, ErrorCode::InvalidInput);
    QVERIFY2(number.error().detail.contains(reason), qPrintable(number.error().detail));
    QString digits = input;
    digits.remove(QRegularExpression(QStringLiteral("\\D")));
    if (digits.size() >= 4)
        QVERIFY2(!errorMessage(number.error()).contains(digits.right(4)),
            qPrintable(errorMessage(number.error())));
}

void TestMessages::pepperIsCreatedOnceInTheKeychain()
{
    MemorySecretStore store;
    QByteArray first;
    bool done = false;
    Pepper::load(store, QStringLiteral("ws-1"), true, [&](Result<SecretBytes> pepper) {
        QVERIFY(pepper.ok());
        QCOMPARE(pepper->size(), RecipientHasher::kPepperSize);
        first = QByteArray(
            reinterpret_cast<const char *>(pepper->data()), static_cast<qsizetype>(pepper->size()));
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(store.contains(QStringLiteral("relayaudit-pepper:ws-1:v1")));
    done = false;
    Pepper::load(store, QStringLiteral("ws-1"), true, [&](Result<SecretBytes> pepper) {
        QVERIFY(pepper.ok());
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(pepper->data()),
                     static_cast<qsizetype>(pepper->size())),
            first);
        done = true;
    });
    QTRY_VERIFY(done);
    // Not created when asked not to.
    done = false;
    Pepper::load(store, QStringLiteral("ws-2"), false, [&](Result<SecretBytes> pepper) {
        QVERIFY(!pepper.ok());
        QVERIFY(errorMessage(pepper.error()).contains(QLatin1String("RELAYAUDIT_PEPPER")));
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(store.size(), 1);
    // The environment wins over the keychain, and bad hex is named.
    qputenv("RELAYAUDIT_PEPPER", QByteArray(64, 'a'));
    auto env = Pepper::fromEnvironment();
    QVERIFY(env.ok());
    QCOMPARE(env->data()[0], 0xaa);
    qputenv("RELAYAUDIT_PEPPER", "xyz");
    env = Pepper::fromEnvironment();
    QVERIFY(!env.ok());
    QVERIFY(env.error().detail.contains(QLatin1String("64 hex digits")));
    qunsetenv("RELAYAUDIT_PEPPER");
}

void TestMessages::twilioSignatures()
{
    // Twilio's published validation example (its libraries' tests).
    const QByteArray token = "12345";
    const QString url = QStringLiteral("https://mycompany.com/myapp.php?foo=1&bar=2");
    const QList<QPair<QString, QString>> params {
        { QStringLiteral("Digits"), QStringLiteral("1234") },
        { QStringLiteral("To"), QStringLiteral("+18005551212") },
        { QStringLiteral("From"), QStringLiteral("+14158675309") },
        { QStringLiteral("Caller"), QStringLiteral("+14158675309") },
        { QStringLiteral("CallSid"), QStringLiteral("CA1234567890ABCDE") },
    };
    QCOMPARE(
        webhooks::twilioSignature(token, url, params), QByteArray("RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    QVERIFY(webhooks::verifyTwilio(token, url, params, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    // The host is signed as written (twilio-csharp's mixed-case vector).
    QCOMPARE(webhooks::twilioSignature(
                 token, QStringLiteral("https://MyCompany.com/myapp.php?foo=1&bar=2"), params),
        QByteArray("g9IN/x4Cft2g517EjYvEvM/W7LU="));
    // Repeated names (twilio-python's vector).
    const QList<QPair<QString, QString>> repeated {
        { QStringLiteral("Sid"), QStringLiteral("CA123") },
        { QStringLiteral("SidAccount"), QStringLiteral("AC123") },
        { QStringLiteral("Digits"), QStringLiteral("5678") },
        { QStringLiteral("Digits"), QStringLiteral("1234") },
        { QStringLiteral("Digits"), QStringLiteral("1234") },
    };
    QVERIFY(webhooks::verifyTwilio(token, url, repeated, "IK+Dwps556ElfBT0I3Rgjkr1wJU="));
    // Tampering with anything fails.
    auto tampered = params;
    tampered[0].second = QStringLiteral("9999");
    QVERIFY(!webhooks::verifyTwilio(token, url, tampered, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    QVERIFY(!webhooks::verifyTwilio(
        token, url + QStringLiteral("&x=1"), params, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    QVERIFY(!webhooks::verifyTwilio("54321", url, params, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    QVERIFY(!webhooks::verifyTwilio(token, url, params, ""));
    QVERIFY(!webhooks::verifyTwilio(token, url, params, "RSOYDt4T1cUTdK1PDd93/VVr8B8"));
    QVERIFY(!webhooks::verifyTwilio(token, url, params, "not base64 at all \xe7\x8e\x8b"));
}

void TestMessages::telnyxSignatures()
{
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    unsigned char secretKey[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(publicKey, secretKey);
    const QByteArray key
        = QByteArray(reinterpret_cast<const char *>(publicKey), sizeof publicKey).toBase64();
    const QByteArray body
        = R"({"data":{"event_type":"message.finalized","payload":{"id":"40000000-0000-4000-8000-000000000001"}}})";
    const qint64 now = 1795000000;
    const QByteArray timestamp = QByteArray::number(now - 10);
    const QByteArray signedPayload = timestamp + '|' + body;
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr,
        reinterpret_cast<const unsigned char *>(signedPayload.constData()),
        static_cast<unsigned long long>(signedPayload.size()), secretKey);
    const QByteArray header
        = QByteArray(reinterpret_cast<const char *>(signature), sizeof signature).toBase64();
    using webhooks::TelnyxResult;
    QCOMPARE(webhooks::verifyTelnyx(key, timestamp, body, header, now), TelnyxResult::Valid);
    QByteArray changed = body;
    changed.replace("finalized", "sent");
    QCOMPARE(
        webhooks::verifyTelnyx(key, timestamp, changed, header, now), TelnyxResult::BadSignature);
    QCOMPARE(webhooks::verifyTelnyx(key, QByteArray::number(now - 9), body, header, now),
        TelnyxResult::BadSignature);
    QCOMPARE(webhooks::verifyTelnyx(key, timestamp, body, header, now + 3600), TelnyxResult::Stale);
    QCOMPARE(
        webhooks::verifyTelnyx("c2hvcnQ=", timestamp, body, header, now), TelnyxResult::BadKey);
    QCOMPARE(webhooks::verifyTelnyx(key, "yesterday", body, header, now), TelnyxResult::Malformed);
    QCOMPARE(webhooks::verifyTelnyx(key, timestamp, body, "AAAA", now), TelnyxResult::Malformed);
    sodium_memzero(secretKey, sizeof secretKey);
}

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
