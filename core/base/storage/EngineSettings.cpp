#include "EngineSettings.h"

#include "storage/Sql.h"

namespace relay::core {

Result<QString> EngineSettings::value(const QString &key)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT value FROM engine_setting WHERE key = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return row.value() ? stmt->text(0) : QString();
}

Status EngineSettings::setValue(const QString &key, const QString &value)
{
    auto stmt
        = m_db.prepare(m_db.upsert(QStringLiteral("engine_setting (key, value) VALUES (?1, ?2)"),
            QStringLiteral("key"), QStringLiteral("value")));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key).bind(2, value);
    return stmt->run();
}

Result<int> EngineSettings::days(const Days &setting)
{
    auto stored = value(QLatin1String(setting.key));
    if (!stored)
        return stored.error();
    bool ok = false;
    const int days = stored->toInt(&ok);
    return ok && days >= 1 && days <= setting.max ? days : setting.fallback;
}

Status EngineSettings::setDays(const Days &setting, int days)
{
    if (days < 1 || days > setting.max) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("%1 takes 1 to %2 days, not %3")
                .arg(QLatin1String(setting.what))
                .arg(setting.max)
                .arg(days));
    }
    return setValue(QLatin1String(setting.key), QString::number(days));
}

} // namespace relay::core
