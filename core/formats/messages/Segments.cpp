#include "Segments.h"

namespace relay::core {

namespace {

constexpr int kListed = 20;

// GSM 03.38 default alphabet, as Unicode code points.
bool isGsmBasic(char32_t c)
{
    static constexpr char16_t kBasic[]
        = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    if (c > 0xFFFF)
        return false;
    for (char16_t b : kBasic) {
        if (b != 0 && b == c)
            return true;
    }
    return false;
}

// The extension table (reached with ESC: two septets each). Form feed is in
// it too.
bool isGsmExtension(char32_t c)
{
    switch (c) {
    case U'\f':
    case U'^':
    case U'{':
    case U'}':
    case U'\\':
    case U'[':
    case U'~':
    case U']':
    case U'|':
    case U'€':
        return true;
    default:
        return false;
    }
}

// Packs characters of the given costs into parts of at most `part` units,
// never splitting one character.
QList<int> pack(const QList<int> &costs, int total, int single, int part)
{
    if (total <= single)
        return { total };
    QList<int> parts { 0 };
    for (int cost : costs) {
        if (parts.last() + cost > part)
            parts.append(0);
        parts.last() += cost;
    }
    return parts;
}

} // namespace

QString SegmentCount::encodingName(Encoding encoding)
{
    return encoding == Encoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2");
}

SegmentCount SegmentCount::of(QStringView text)
{
    SegmentCount result;
    QList<int> gsmCosts;
    QList<int> ucsCosts;
    for (qsizetype i = 0; i < text.size();) {
        const QChar unit = text.at(i);
        char32_t c = unit.unicode();
        qsizetype width = 1;
        if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(unit, text.at(i + 1));
            width = 2;
        }
        Character character { text.mid(i, width).toString(), static_cast<uint>(c), i };
        ucsCosts.append(static_cast<int>(width));
        if (isGsmBasic(c)) {
            gsmCosts.append(1);
        } else if (isGsmExtension(c)) {
            gsmCosts.append(2);
            if (result.costTwo.size() < kListed)
                result.costTwo.append(character);
            ++result.costTwoTotal;
        } else {
            if (result.forcedUcs2.size() < kListed)
                result.forcedUcs2.append(character);
            ++result.forcedUcs2Total;
        }
        i += width;
    }
    if (result.forcedUcs2Total == 0) {
        result.encoding = Encoding::Gsm7;
        for (int cost : gsmCosts)
            result.units += cost;
        result.unitsPerSegment = pack(gsmCosts, result.units, kSingleGsm, kPartGsm);
    } else {
        result.encoding = Encoding::Ucs2;
        // In UCS-2 every character is one unit (two for a surrogate pair).
        result.costTwo.clear();
        result.costTwoTotal = 0;
        result.units = static_cast<int>(text.size());
        result.unitsPerSegment = pack(ucsCosts, result.units, kSingleUcs2, kPartUcs2);
    }
    result.segments = result.units == 0 ? 0 : static_cast<int>(result.unitsPerSegment.size());
    if (result.units == 0)
        result.unitsPerSegment.clear();
    return result;
}

} // namespace relay::core
