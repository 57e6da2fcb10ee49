#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace relay::core {

class Clock;
class Database;

// Append-only record of what users did in a workspace: who (OS user), when,
// what, and counts. Never content and never a phone number: append() refuses
// detail values that are not numbers, booleans or short identifiers.
//
// Each entry carries the SHA-256 of the previous entry and its own fields;
// a head row holds the count and the last hash, so verify() detects an
// altered, inserted, removed or truncated entry.
class ActivityLog
{
public:
    struct Entry {
        qint64 seq = 0;
        QDateTime at;
        QString user;
        QString action;
        QJsonObject detail;
    };

    struct Verification {
        qint64 entries = 0;
        bool intact = true;
        qint64 firstBadSeq = 0; // 0 when intact
        QString problem; // untranslated, names the entry
    };

    ActivityLog(Database &db, const Clock &clock);

    // The tables, as the workspace's schema migration step creates them.
    static const char *schemaSql();

    [[nodiscard]] Status append(const QString &action, const QJsonObject &detail = {});
    // The same, inside the caller's open transaction: the entry commits (or
    // rolls back) with the change it records, so a process killed between
    // the two cannot leave the change without its entry.
    [[nodiscard]] Status appendWithin(const QString &action, const QJsonObject &detail = {});
    [[nodiscard]] Result<QList<Entry>> entries(qint64 newerThanSeq = 0);

    // The details of every entry of one action, oldest first.
    [[nodiscard]] Result<QList<QJsonObject>> details(const QString &action);
    [[nodiscard]] Result<Verification> verify();
    // How many entries of `action` by `user` since `sinceMs`, and the oldest's time.
    struct Count {
        qint64 count = 0;
        qint64 oldestMs = 0;
    };
    [[nodiscard]] Result<Count> count(const QString &action, const QString &user, qint64 sinceMs);

    static QString currentOsUser();
    // What append() accepts as a detail value.
    static bool isAllowedDetail(const QJsonObject &detail, QString *why = nullptr);

private:
    [[nodiscard]] Status write(const QString &action, const QJsonObject &detail);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace relay::core
