#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace relay::core {

// Finds phone numbers in stored values the way libphonenumber's
// PhoneNumberMatcher does (POSSIBLE leniency, a default region for numbers
// without a country code, E.164 and whatsapp: forms included), behind a
// cheap filter: only a value with a run of six or more digits (spaces,
// dashes, dots and brackets allowed between them) that is not glued
// to a letter or digit reaches the matcher. So SIDs, hashes and UUIDs, whose
// digits sit between letters, cost one pass over their bytes.
class PhoneScanner
{
public:
    explicit PhoneScanner(QString region = QStringLiteral("US"));

    struct Match {
        QString e164;
        QString masked; // the digits as found, all but the last two replaced by •
    };
    QList<Match> find(QByteArrayView utf8) const;
    static bool mayHoldNumber(QByteArrayView utf8);
    static QString mask(const QString &raw);

private:
    QString m_region;
};

} // namespace relay::core
