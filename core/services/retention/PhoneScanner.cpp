#include "PhoneScanner.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace relay::core {

using i18n::phonenumbers::PhoneNumberMatch;
using i18n::phonenumbers::PhoneNumberMatcher;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlnum(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isSeparator(char c)
{
    return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')';
}

} // namespace

PhoneScanner::PhoneScanner(QString region) : m_region(std::move(region)) { }

bool PhoneScanner::mayHoldNumber(QByteArrayView utf8)
{
    const qsizetype n = utf8.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isDigit(utf8[i])) {
            ++i;
            continue;
        }
        // A run of digits and separators starting at a digit.
        const qsizetype start = i;
        int digits = 0;
        qsizetype lastDigit = i;
        while (i < n && (isDigit(utf8[i]) || isSeparator(utf8[i]))) {
            if (isDigit(utf8[i])) {
                ++digits;
                lastDigit = i;
            }
            ++i;
        }
        const bool gluedBefore = start > 0 && isAlnum(utf8[start - 1]);
        const bool gluedAfter = lastDigit + 1 < n && isAlnum(utf8[lastDigit + 1]);
        if (digits >= 6 && !gluedBefore && !gluedAfter)
            return true;
    }
    return false;
}

QList<PhoneScanner::Match> PhoneScanner::find(QByteArrayView utf8) const
{
    QList<Match> found;
    if (!mayHoldNumber(utf8))
        return found;
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumberMatcher matcher(util,
        std::string(utf8.data(), static_cast<std::size_t>(utf8.size())), m_region.toStdString(),
        PhoneNumberMatcher::POSSIBLE, 65535);
    PhoneNumberMatch match;
    while (matcher.HasNext() && matcher.Next(&match)) {
        // The pre-filter lets a value through for one free-standing run; the
        // matcher may then pick another run that is glued to letters, as in
        // the UUID "…-8a60-67527f…" ("60-67527"). The rule holds per match.
        // start() is a byte offset into the UTF-8 text; checked, so that a
        // different reading can never make the rule look at another place.
        const std::string &raw = match.raw_string();
        const QByteArrayView rawView(raw.data(), static_cast<qsizetype>(raw.size()));
        const qsizetype at = match.start();
        if (at >= 0 && at + rawView.size() <= utf8.size()
            && utf8.sliced(at, rawView.size()) == rawView) {
            const qsizetype end = at + rawView.size();
            const bool gluedBefore = at > 0 && isAlnum(utf8[at - 1]);
            const bool gluedAfter = end < utf8.size() && isAlnum(utf8[end]);
            if (gluedBefore || gluedAfter)
                continue;
        }
        std::string e164;
        util.Format(match.number(), PhoneNumberUtil::E164, &e164);
        found.append(
            { QString::fromStdString(e164), mask(QString::fromStdString(match.raw_string())) });
    }
    return found;
}

QString PhoneScanner::mask(const QString &raw)
{
    QString masked = raw;
    int keep = 2;
    for (qsizetype i = masked.size() - 1; i >= 0; --i) {
        if (!masked.at(i).isDigit())
            continue;
        if (keep > 0)
            --keep;
        else
            masked[i] = QChar(0x2022);
    }
    return masked;
}

} // namespace relay::core
