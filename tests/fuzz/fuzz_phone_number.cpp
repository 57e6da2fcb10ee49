// Recipient numbers: RecipientNumber::parse (libphonenumber, E.164, the
// "whatsapp:" prefix) and the recipient hash. The first line is the default
// region, the rest the number. A number that parses must give an E.164
// form that parses to itself, in any region, with or without the prefix,
// and a well-formed, stable hash.

#include "FuzzSupport.h"
#include "privacy/RecipientHash.h"

using namespace relay;
using namespace relay::core;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256)
        return 0; // libphonenumber caps input at 250 characters anyway
    const std::vector<QByteArray> f = fuzz::split(data, size, '\n', 2);
    const QString region = QString::fromUtf8(f[0]);
    const QString input = QString::fromUtf8(f[1]);
    auto number = RecipientNumber::parse(input, region);
    if (!number) {
        FUZZ_CHECK(number.error().code == ErrorCode::InvalidInput);
        // Errors never quote the number.
        const QString digits = input.trimmed();
        if (digits.size() >= 6 && !region.contains(digits))
            FUZZ_CHECK(!number.error().detail.contains(digits));
        return 0;
    }
    const RecipientNumber &n = number.value();
    FUZZ_CHECK(n.channelPrefix.isEmpty() || n.channelPrefix == QLatin1String("whatsapp:"));
    FUZZ_CHECK(n.e164.size() >= 2 && n.e164.size() <= 20);
    FUZZ_CHECK(n.e164.at(0) == QLatin1Char('+'));
    for (qsizetype i = 1; i < n.e164.size(); ++i)
        FUZZ_CHECK(n.e164.at(i) >= QLatin1Char('0') && n.e164.at(i) <= QLatin1Char('9'));

    for (const QString &r :
        { region, QStringLiteral("US"), QStringLiteral("ZZ"), QStringLiteral("DE") }) {
        auto again = RecipientNumber::parse(n.e164, r);
        FUZZ_CHECK(again.ok());
        FUZZ_CHECK(again->e164 == n.e164);
        FUZZ_CHECK(again->assigned == n.assigned);
        FUZZ_CHECK(again->channelPrefix.isEmpty());
    }
    auto prefixed
        = RecipientNumber::parse(QStringLiteral("whatsapp:") + n.e164, QStringLiteral("ZZ"));
    FUZZ_CHECK(prefixed.ok() && prefixed->e164 == n.e164
        && prefixed->channelPrefix == QLatin1String("whatsapp:"));

    static const RecipientHasher hasher([] {
        SecretBytes pepper(RecipientHasher::kPepperSize);
        for (std::size_t i = 0; i < pepper.size(); ++i)
            pepper.data()[i] = static_cast<unsigned char>(i * 31 + 7);
        return pepper;
    }());
    const QString hash = hasher.hash(n);
    FUZZ_CHECK(RecipientHasher::isWellFormed(hash));
    FUZZ_CHECK(hasher.hash(prefixed.value()) == hash); // the channel prefix is not hashed
    return 0;
}
