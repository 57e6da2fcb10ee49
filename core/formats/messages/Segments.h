#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace relay::core {

// How a text is split into SMS segments (3GPP TS 23.038 / 23.040):
// GSM-7 when every character is in the GSM 03.38 default alphabet or its
// extension table (extension characters cost two septets and are never split
// across parts), else UCS-2 for the whole message (one UTF-16 code unit each;
// a surrogate pair is never split). One part holds 160 septets or 70 units;
// a concatenated message's parts hold 153 or 67 (the rest is the UDH).
// The segment count is a number and may be kept; the text never is.
class SegmentCount
{
public:
    enum class Encoding { Gsm7, Ucs2 };

    struct Character {
        QString text; // the character (one or two UTF-16 units)
        uint codePoint = 0;
        qsizetype index = 0; // position in the text, in UTF-16 units
    };

    Encoding encoding = Encoding::Gsm7;
    int segments = 0;
    int units = 0; // septets (GSM-7) or UTF-16 code units (UCS-2)
    QList<int> unitsPerSegment;
    QList<Character> forcedUcs2; // the characters outside GSM-7 (first 20)
    QList<Character> costTwo; // GSM-7 extension characters (first 20)
    int forcedUcs2Total = 0;
    int costTwoTotal = 0;

    static constexpr int kSingleGsm = 160;
    static constexpr int kPartGsm = 153;
    static constexpr int kSingleUcs2 = 70;
    static constexpr int kPartUcs2 = 67;

    static SegmentCount of(QStringView text);
    static QString encodingName(Encoding encoding);
};

} // namespace relay::core
