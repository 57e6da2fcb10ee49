// core/Csv: the RFC 4180 reader under the Setup Audit Trail import (and any
// other CSV the app reads as text). A parse that succeeds is written back
// with every field quoted and must read back to the same records.

#include "Csv.h"
#include "FuzzSupport.h"

using namespace relay;
using namespace relay::core;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

namespace {

QList<QStringList> fieldsOf(const QList<CsvRecord> &records)
{
    QList<QStringList> out;
    for (const CsvRecord &r : records) {
        // A record of one empty field is a blank line, which the reader
        // skips when a line break follows it.
        if (!(r.fields.size() == 1 && r.fields.first().isEmpty()))
            out.append(r.fields);
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto records = parseCsv(text);
    if (!records) {
        FUZZ_CHECK(text.contains(QLatin1Char('"')));
        return 0;
    }
    int lastLine = 0;
    for (const CsvRecord &r : records.value()) {
        FUZZ_CHECK(r.line > lastLine);
        lastLine = r.line;
        FUZZ_CHECK(!r.fields.isEmpty());
    }
    QString written;
    for (const CsvRecord &r : records.value()) {
        QStringList quoted;
        for (QString field : r.fields)
            quoted.append(QLatin1Char('"') + field.replace(QLatin1Char('"'), QLatin1String("\"\""))
                + QLatin1Char('"'));
        written += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    auto again = parseCsv(written);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(fieldsOf(again.value()) == fieldsOf(records.value()));
    return 0;
}
