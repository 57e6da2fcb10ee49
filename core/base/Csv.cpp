#include "Csv.h"

namespace relay::core {

Result<QList<CsvRecord>> parseCsv(const QString &text)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    record.line = 1;
    qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            quoteLine = line;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.fields << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record.fields << field;
            field.clear();
            fieldStarted = false;
            if (!(record.fields.size() == 1 && record.fields.first().isEmpty()))
                records << record;
            ++line;
            record = CsvRecord { {}, line };
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("line %1: a quoted field is not closed").arg(quoteLine));
    if (fieldStarted || !record.fields.isEmpty()) {
        record.fields << field;
        records << record;
    }
    return records;
}

} // namespace relay::core
