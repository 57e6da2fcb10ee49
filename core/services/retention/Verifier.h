#pragma once

#include "Result.h"
#include "retention/Inventory.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace relay::core {

class Clock;
class Workspace;

// Proves the policy on a live workspace, check by check, against the
// retention inventory:
//   inventory   every table and column is in the inventory;
//   numbers     no phone number outside the sending-gateway columns, other
//               than a known gateway (libphonenumber, the workspace's region);
//   text        no sentence-like free text outside the columns allowed it;
//   addresses   no IP address outside the tables allowed them (URL Pro clicks);
//   calendar    no calendar event details (iCalendar SUMMARY, DESCRIPTION,
//               LOCATION, ATTENDEE, ORGANIZER lines, a VEVENT) anywhere;
//   retention   no cached report row past its pull's expiry, no log row past
//               the configured log retention, no early callback past a day,
//               no link, click or booking past its retention;
//   hashes      every recipient hash is v1: + 64 hex, a known scheme;
//   at-rest     databases encrypted (no SQLite header), files 0600, the
//               directory 0700, no number or secret in the other files;
//   secrets     no credential-shaped key or value in the settings file, no
//               Relay Audit file left in the temp folder.
// Each check passes or fails with counts and evidence; evidence names the
// store, table, column and row, and shows a number masked (last two digits).
class RetentionVerifier
{
public:
    struct Finding {
        QString where; // "workspace.db delivery.batch_id row 42", a file path
        QString what; // masked value or reason
    };
    struct Check {
        QString id;
        QString title;
        bool passed = true;
        qint64 findings = 0;
        QJsonObject counts;
        QList<Finding> evidence; // the first kMaxEvidence
        qint64 elapsedMs = 0;
    };
    struct Options {
        QString settingsFile; // the app's QSettings file; empty: not checked
        QString tempDir; // where temp files would be; empty: not checked
    };
    static constexpr int kMaxEvidence = 20;

    RetentionVerifier(
        Workspace &workspace, const RetentionInventory &inventory, const Clock &clock);

    [[nodiscard]] Result<QList<Check>> run(const Options &options);

    static QString checkTitle(const QString &id);
    // A finding: the check fails; the first kMaxEvidence are kept as evidence.
    static void addFinding(Check &check, const QString &where, const QString &what);
    static QJsonObject toJson(const QList<Check> &checks);

private:
    [[nodiscard]] Status checkInventory(Check &check);
    [[nodiscard]] Status checkValues(
        Check &numbers, Check &text, Check &addresses, Check &calendar);
    [[nodiscard]] Status checkRetention(Check &check);
    [[nodiscard]] Status checkReportRetention(Check &check, QJsonObject &counts);
    [[nodiscard]] Status checkStoreRetention(Check &check, QJsonObject &counts);
    [[nodiscard]] Status checkHashes(Check &check);
    void checkAtRest(Check &check);
    void checkSecrets(Check &check, const Options &options);

    Workspace &m_workspace;
    const RetentionInventory &m_inventory;
    const Clock &m_clock;
    // table -> its columns in the live database
    QList<QPair<QString, QStringList>> m_tables;
};

} // namespace relay::core
