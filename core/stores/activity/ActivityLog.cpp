#include "ActivityLog.h"

#include "Clock.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtEndian>

#include <cerrno>
#include <cmath>

#include <pwd.h>
#include <unistd.h>

namespace relay::core {

namespace {

QByteArray entryHash(const QByteArray &previous, qint64 seq, qint64 atMs, const QString &user,
    const QString &action, const QByteArray &detail)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("relayaudit activity v1"));
    hash.addData(previous);
    const quint64 fields[2] = { qToLittleEndian(static_cast<quint64>(seq)),
        qToLittleEndian(static_cast<quint64>(atMs)) };
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(fields), sizeof(fields)));
    for (const QByteArray &part : { user.toUtf8(), action.toUtf8(), detail }) {
        const quint64 size = qToLittleEndian(static_cast<quint64>(part.size()));
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof(size)));
        hash.addData(part);
    }
    return hash.result();
}

const QByteArray kGenesis(32, '\0');

} // namespace

ActivityLog::ActivityLog(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

const char *ActivityLog::schemaSql()
{
    return "CREATE TABLE activity_log ("
           " seq INTEGER PRIMARY KEY,"
           " at_ms INTEGER NOT NULL,"
           " os_user TEXT NOT NULL,"
           " action TEXT NOT NULL,"
           " detail TEXT NOT NULL,"
           " prev_hash BLOB NOT NULL,"
           " hash BLOB NOT NULL);"
           "CREATE TABLE activity_log_head ("
           " id INTEGER PRIMARY KEY CHECK (id = 1),"
           " entries INTEGER NOT NULL,"
           " hash BLOB NOT NULL);"
           "INSERT INTO activity_log_head(id, entries, hash) VALUES (1, 0, zeroblob(32));";
}

QString ActivityLog::currentOsUser()
{
    // getpwuid_r, not getpwuid: report imports and pulls log from worker
    // threads while the GUI thread logs too, and getpwuid's entry is shared.
    QByteArray buffer(1024, Qt::Uninitialized);
    passwd entry {};
    passwd *pw = nullptr;
    int error = 0;
    while ((error = getpwuid_r(
                geteuid(), &entry, buffer.data(), static_cast<size_t>(buffer.size()), &pw))
            == ERANGE
        && buffer.size() < (1 << 20))
        buffer.resize(buffer.size() * 2);
    if (error == 0 && pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("uid:%1").arg(geteuid());
}

Result<ActivityLog::Count> ActivityLog::count(
    const QString &action, const QString &user, qint64 sinceMs)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT count(*), min(at_ms) FROM activity_log WHERE "
                                            "action = ?1 AND os_user = ?2 AND at_ms >= ?3"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, action).bind(2, user).bind(3, sinceMs);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return Count { stmt->int64(0), stmt->isNull(1) ? 0 : stmt->int64(1) };
}

bool ActivityLog::isAllowedDetail(const QJsonObject &detail, QString *why)
{
    // Identifiers and counts only: no free text, and nothing that could be a
    // phone number (seven or more digits in a row, with or without a '+',
    // not glued to a letter). A recipient hash is an identifier, whatever
    // digit runs its hex happens to hold; so are record ids like a0Y100000000042.
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z0-9_.:/-]{0,80}$"));
    static const QRegularExpression digitRun(
        QStringLiteral("(?<![A-Za-z0-9])\\d(?:[-_.:/ ]*\\d){6,}(?![A-Za-z0-9])"));
    static const QRegularExpression recipientHash(QStringLiteral("^v[0-9]+:[0-9a-f]{64}$"));
    for (auto it = detail.begin(); it != detail.end(); ++it) {
        const QJsonValue value = it.value();
        // Counts stay below a billion; a ten-digit national number does not.
        if ((value.isDouble() && std::fabs(value.toDouble()) < 1e9) || value.isBool()
            || value.isNull())
            continue;
        if (value.isString()) {
            const QString text = value.toString();
            if (recipientHash.match(text).hasMatch())
                continue;
            if (identifier.match(text).hasMatch() && !digitRun.match(text).hasMatch())
                continue;
        }
        if (why)
            *why = QStringLiteral("activity detail \"%1\" is not a count or a short identifier")
                       .arg(it.key());
        return false;
    }
    return true;
}

Status ActivityLog::append(const QString &action, const QJsonObject &detail)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto status = write(action, detail); !status)
        return status;
    return tx->commit();
}

Status ActivityLog::appendWithin(const QString &action, const QJsonObject &detail)
{
    if (!m_db.inTransaction())
        return makeError(ErrorCode::Sql, QStringLiteral("appendWithin needs an open transaction"));
    return write(action, detail);
}

Status ActivityLog::write(const QString &action, const QJsonObject &detail)
{
    QString why;
    if (!isAllowedDetail(detail, &why))
        return makeError(ErrorCode::InvalidInput, why);

    auto head
        = m_db.prepare(QStringLiteral("SELECT entries, hash FROM activity_log_head WHERE id = 1"));
    if (!head)
        return head.error();
    auto row = head->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::Corrupt, QStringLiteral("the activity log has no head row"));
    const qint64 seq = head->int64(0) + 1;
    const QByteArray previous = head->blob(1);
    head = Statement();

    const qint64 atMs = m_clock.nowMs();
    const QString user = currentOsUser();
    const QByteArray detailJson = QJsonDocument(detail).toJson(QJsonDocument::Compact);
    const QByteArray hash = entryHash(previous, seq, atMs, user, action, detailJson);

    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO activity_log(seq, at_ms, os_user, action, detail, prev_hash, hash)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!insert)
        return insert.error();
    insert->bind(1, seq).bind(2, atMs).bind(3, user).bind(4, action);
    insert->bind(5, QString::fromUtf8(detailJson)).bindBlob(6, previous).bindBlob(7, hash);
    if (auto status = insert->run(); !status)
        return status;

    auto update = m_db.prepare(
        QStringLiteral("UPDATE activity_log_head SET entries = ?1, hash = ?2 WHERE id = 1"));
    if (!update)
        return update.error();
    update->bind(1, seq).bindBlob(2, hash);
    return update->run();
}

Result<QList<ActivityLog::Entry>> ActivityLog::entries(qint64 newerThanSeq)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT seq, at_ms, os_user, action, detail FROM "
                                            "activity_log WHERE seq > ?1 ORDER BY seq"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, newerThanSeq);
    QList<Entry> result;
    if (auto status = stmt->each([&] {
            Entry entry;
            entry.seq = stmt->int64(0);
            entry.at = QDateTime::fromMSecsSinceEpoch(stmt->int64(1), Qt::UTC);
            entry.user = stmt->text(2);
            entry.action = stmt->text(3);
            entry.detail = QJsonDocument::fromJson(stmt->text(4).toUtf8()).object();
            result.append(std::move(entry));
        });
        !status) {
        return status.error();
    }
    return result;
}

Result<QList<QJsonObject>> ActivityLog::details(const QString &action)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT detail FROM activity_log WHERE action = ?1 ORDER BY seq"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, action);
    QList<QJsonObject> result;
    if (auto status = stmt->each(
            [&] { result.append(QJsonDocument::fromJson(stmt->text(0).toUtf8()).object()); });
        !status) {
        return status.error();
    }
    return result;
}

Result<ActivityLog::Verification> ActivityLog::verify()
{
    Verification result;
    const auto fail = [&result](qint64 seq, QString problem) {
        result.intact = false;
        result.firstBadSeq = seq;
        result.problem = std::move(problem);
        return result;
    };

    auto stmt = m_db.prepare(QStringLiteral("SELECT seq, at_ms, os_user, action, detail, "
                                            "prev_hash, hash FROM activity_log ORDER BY seq"));
    if (!stmt)
        return stmt.error();
    QByteArray previous = kGenesis;
    qint64 expectedSeq = 1;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const qint64 seq = stmt->int64(0);
        if (seq != expectedSeq) {
            return fail(expectedSeq,
                QStringLiteral("entry %1 is missing (next present is %2)")
                    .arg(expectedSeq)
                    .arg(seq));
        }
        if (stmt->blob(5) != previous)
            return fail(
                seq, QStringLiteral("entry %1 does not follow entry %2").arg(seq).arg(seq - 1));
        const QByteArray expected = entryHash(
            previous, seq, stmt->int64(1), stmt->text(2), stmt->text(3), stmt->text(4).toUtf8());
        if (stmt->blob(6) != expected)
            return fail(seq, QStringLiteral("entry %1 was altered").arg(seq));
        previous = expected;
        ++expectedSeq;
        ++result.entries;
    }

    auto head
        = m_db.prepare(QStringLiteral("SELECT entries, hash FROM activity_log_head WHERE id = 1"));
    if (!head)
        return head.error();
    auto row = head->step();
    if (!row)
        return row.error();
    if (!row.value())
        return fail(result.entries + 1, QStringLiteral("the log's head record is missing"));
    if (head->int64(0) != result.entries || head->blob(1) != previous) {
        return fail(result.entries + 1,
            QStringLiteral("the log ends after entry %1 but recorded %2 entries")
                .arg(result.entries)
                .arg(head->int64(0)));
    }
    return result;
}

} // namespace relay::core
