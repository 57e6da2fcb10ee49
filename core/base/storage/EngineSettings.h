#pragma once

#include "Result.h"

#include <QString>

namespace relay::core {

class SqlConnection;

constexpr qint64 kDayMs = qint64 { 24 } * 3600 * 1000;

// The workspace's own settings (table engine_setting: key, value), kept
// beside the data they govern. One reader and writer for every store.
class EngineSettings
{
public:
    explicit EngineSettings(SqlConnection &db) : m_db(db) { }

    // A null QString when the key is not set.
    [[nodiscard]] Result<QString> value(const QString &key);
    [[nodiscard]] Status setValue(const QString &key, const QString &value);

    // A retention in days: 1..max, `fallback` unless set. A stored value
    // that is not a number in range reads as the fallback, never as a
    // shorter retention (which the next purge would act on).
    struct Days {
        const char *key; // log_retention_days
        const char *what; // "log retention", for the error
        int fallback;
        int max;
    };
    [[nodiscard]] Result<int> days(const Days &setting);
    // InvalidInput "<what> takes 1 to <max> days, not <days>".
    [[nodiscard]] Status setDays(const Days &setting, int days);

private:
    SqlConnection &m_db;
};

} // namespace relay::core
