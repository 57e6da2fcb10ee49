#pragma once

#include "Result.h"
#include "privacy/SecretBytes.h"

#include <QHash>
#include <QList>
#include <QString>

namespace relay::core {

// Every page of a workspace database read from the file and its HMAC
// verified, as SQLCipher 3 writes them (4096-byte pages, 48 reserved bytes
// at the end of each: a 16-byte IV and an HMAC-SHA1 over the ciphertext,
// the IV and the little-endian page number, keyed by PBKDF2-HMAC-SHA1 of the
// key over the file's salt XOR 0x3a, 2 rounds). SQLCipher only checks a page
// when a query reads it; this reads them all, so damage in a page no
// command happened to read is found too.
//
// What lives on a damaged page comes from the pointer map (the workspace
// is auto_vacuum = INCREMENTAL): each page's entry leads up to the root
// page of its table or index, named from `roots` (rootpage -> "table x").
struct DamagedPage {
    qint64 page = 0; // 1-based, as SQLite numbers them
    QString owner; // "table report_record", "free page", "the pointer map", …
};

struct PageCheckResult {
    qint64 pages = 0;
    QList<DamagedPage> damaged;
};

[[nodiscard]] Result<PageCheckResult> checkPages(
    const QString &path, const SecretBytes &key, const QHash<qint64, QString> &roots);

} // namespace relay::core
