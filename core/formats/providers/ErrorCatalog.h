#pragma once

#include <QHash>
#include <QString>

namespace relay::core {

// Titles and plain-language descriptions of the common Twilio and Telnyx
// delivery error codes, shipped as a resource (error-codes.json).
class ErrorCatalog
{
public:
    struct Entry {
        QString title;
        QString description;
    };

    static const ErrorCatalog &instance();

    // provider: "twilio" or "telnyx". Null entry for a code not in the table.
    Entry lookup(const QString &provider, int code) const;
    qsizetype size() const { return m_entries.size(); }

private:
    ErrorCatalog();
    QHash<QString, Entry> m_entries; // "twilio:30003"
};

} // namespace relay::core
