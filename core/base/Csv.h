#pragma once

#include "Result.h"

#include <QList>
#include <QStringList>

namespace relay::core {

// RFC 4180 records: quoted fields may hold commas, doubled quotes and line
// breaks; CRLF or LF; a UTF-8 byte-order mark is skipped. Each record keeps
// the line it starts on, for errors that name it.
struct CsvRecord {
    QStringList fields;
    int line = 0;
};

// InvalidInput naming the line of a quoted field that is never closed.
[[nodiscard]] Result<QList<CsvRecord>> parseCsv(const QString &text);

} // namespace relay::core
