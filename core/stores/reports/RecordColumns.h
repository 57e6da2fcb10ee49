#pragma once

#include <QString>
#include <QStringList>

#include <span>
#include <string>
#include <vector>

namespace relay::core {

class Statement;

// One column of a cached record as the records table, its sort and the
// exports show it: one table, read by all three.
struct RecordColumn {
    // How the stored value becomes the text shown and exported.
    enum class Kind {
        Integer,
        OptionalInteger, // empty when NULL (no error code)
        Provider, // 1 twilio, 2 telnyx
        MessageId, // the binary form IngestSession encodes
        Dictionary, // an id into report_dict, joined for its text
        Direction, // 0 outbound, 1 inbound
        Channel, // 0 sms, 1 mms, 2 whatsapp
        Time, // seconds since the epoch, as ISO 8601 UTC
        Price, // micros, as a decimal with 5 places
    };
    const char *name; // in exports and JSON: "sender"
    const char *column; // in report_record: "gateway"
    Kind kind;
    bool numeric; // right-aligned, compared as a number
    const char *title; // for people; translated by RecordColumns::title()
};

class RecordColumns
{
public:
    static std::span<const RecordColumn> all();
    static int count() { return static_cast<int>(all().size()); }
    // The export names, in column order.
    static QStringList names();
    // -1 for a name no column has.
    static int indexOf(QStringView name);
    static QString title(int column);
    static bool isNumeric(int column);

    // SELECT of every column in order, then r.id, FROM report_record r with
    // the dictionary joins it needs; the caller appends WHERE and ORDER BY.
    static QString selectSql();
    // How a sort by this column orders report_record r (any other column:
    // by id).
    struct Sort {
        QString expression;
        QString join;
    };
    static Sort sortSql(int column);
    // The row selectSql() stepped to, as text in column order; `prefixes`
    // are the message-id prefixes of report_dict by id.
    static QStringList format(const Statement &row, const std::vector<std::string> &prefixes);
};

} // namespace relay::core
