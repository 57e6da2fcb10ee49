#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace relay::core {

// One Setup Audit Trail row, from either source.
struct AuditTrailRow {
    qint64 id = 0; // the store's id; 0 until stored
    QString org;
    QDateTime at; // UTC
    QString user;
    QString action; // API code; empty for CSV rows
    QString display;
    QString section;
    QString delegateUser;
    QString namespacePrefix;
    QString source; // csv, api
};

// Reads a client org's Setup Audit Trail: the CSV the "View Setup Audit
// Trail" page downloads, or a REST query page on SetupAuditTrail.
//
// The two sources differ: the CSV has Date (the downloading user's locale
// and time zone, with its abbreviation), User (username), Source Namespace
// Prefix, Action (which holds the Display sentence, not the API code),
// Section and Delegate User; the API has the Action code, Display,
// CreatedDate (UTC) and CreatedBy.
class AuditTrailReader
{
public:
    struct CsvOptions {
        // The downloading user's Salesforce time zone. Invalid (not named):
        // each time's abbreviation must fix its offset (fixedOffset()).
        QTimeZone timeZone;
        bool dayFirst = false; // D/M/YYYY instead of M/D/YYYY
    };

    // Seconds ahead of UTC for an abbreviation with one meaning (the US
    // zones', UTC, GMT); none for the rest.
    [[nodiscard]] static std::optional<int> fixedOffset(const QString &abbreviation);

    // A CSV download or a JSON query page, told apart by content. A
    // malformed row stops the read naming its line (CSV) or record number.
    [[nodiscard]] static Result<QList<AuditTrailRow>> read(
        const QString &org, const QByteArray &bytes, const CsvOptions &options);
    [[nodiscard]] static Result<QList<AuditTrailRow>> readCsv(
        const QString &org, const QByteArray &bytes, const CsvOptions &options);
    [[nodiscard]] static Result<QList<AuditTrailRow>> readQueryPage(
        const QString &org, const QByteArray &json);

    // The CSV download's exact header.
    static QStringList csvHeader();
    // Parses one CSV Date cell ("11/3/2024, 1:30:00 AM PST"); invalid on failure.
    static QDateTime parseCsvDate(const QString &text, const CsvOptions &options);
};

} // namespace relay::core
