#include "Inventory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace relay::core {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

Result<RetentionInventory> RetentionInventory::builtIn()
{
    QFile file(QStringLiteral(":/relayaudit/retention/inventory.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::NotFound, QStringLiteral("the retention inventory is not compiled in"));
    return fromJson(file.readAll());
}

// One place a category lives (a table and its columns), checked against
// the category and against every other category's columns.
Status RetentionInventory::addLocation(Category &c, const QJsonObject &lo)
{
    Location location { lo.value(QStringLiteral("store")).toString(),
        lo.value(QStringLiteral("table")).toString(), strings(lo.value(QStringLiteral("columns"))),
        strings(lo.value(QStringLiteral("gatewayColumns"))),
        strings(lo.value(QStringLiteral("freeTextColumns"))),
        strings(lo.value(QStringLiteral("personalNumberColumns"))),
        strings(lo.value(QStringLiteral("ipColumns"))),
        strings(lo.value(QStringLiteral("jsonColumns"))) };
    if (!c.stored)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("retention category '%1' is never stored but names a table").arg(c.id));
    if ((location.gatewayColumns.size() > 0 || location.personalNumberColumns.size() > 0)
        && !c.mayHoldPhoneNumber)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("retention category '%1' may hold no phone number but has "
                           "gateway or personal-number columns")
                .arg(c.id));
    QHash<QString, Column> &table = m_tables[location.table];
    for (const QString &name : std::as_const(location.columns)) {
        if (table.contains(name))
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("column %1.%2 is owned by both '%3' and '%4'")
                    .arg(location.table, name, table.value(name).category, c.id));
        table.insert(name,
            Column { c.id, location.gatewayColumns.contains(name),
                location.freeTextColumns.contains(name),
                location.personalNumberColumns.contains(name), location.ipColumns.contains(name),
                location.jsonColumns.contains(name) });
    }
    for (const QString &name : location.gatewayColumns + location.freeTextColumns
            + location.personalNumberColumns + location.ipColumns + location.jsonColumns) {
        if (!location.columns.contains(name))
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("%1.%2 is flagged but not listed among the columns")
                    .arg(location.table, name));
    }
    c.locations.append(location);
    return {};
}

Result<RetentionInventory> RetentionInventory::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the retention inventory is not JSON: %1")
                .arg(parseError.errorString()));
    RetentionInventory inventory;
    inventory.m_version = doc.object().value(QStringLiteral("version")).toInt();
    if (inventory.m_version < 1)
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("the retention inventory has no version"));
    QSet<QString> ids;
    for (const QJsonValue &value : doc.object().value(QStringLiteral("categories")).toArray()) {
        const QJsonObject o = value.toObject();
        Category c;
        c.id = o.value(QStringLiteral("id")).toString();
        if (c.id.isEmpty() || ids.contains(c.id))
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("a retention category has no id, or one used twice ('%1')")
                    .arg(c.id));
        ids.insert(c.id);
        c.name = o.value(QStringLiteral("name")).toString();
        c.what = o.value(QStringLiteral("what")).toString();
        c.stored = o.value(QStringLiteral("stored")).toBool();
        c.mayHoldPhoneNumber = o.value(QStringLiteral("mayHoldPhoneNumber")).toBool();
        const QJsonObject retention = o.value(QStringLiteral("retention")).toObject();
        c.retentionKind = retention.value(QStringLiteral("kind")).toString();
        c.retentionText = retention.value(QStringLiteral("text")).toString();
        c.purpose = o.value(QStringLiteral("purpose")).toString();
        c.policy = o.value(QStringLiteral("policy")).toString();
        if (c.name.isEmpty() || c.retentionKind.isEmpty() || c.policy.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral(
                    "retention category '%1' lacks a name, a retention rule or its policy sentence")
                    .arg(c.id));
        for (const QJsonValue &l : o.value(QStringLiteral("locations")).toArray()) {
            if (auto added = inventory.addLocation(c, l.toObject()); !added)
                return added.error();
        }
        inventory.m_categories.append(c);
    }
    if (inventory.m_categories.isEmpty())
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("the retention inventory has no categories"));
    return inventory;
}

const RetentionInventory::Column *RetentionInventory::column(
    const QString &table, const QString &column) const
{
    const auto t = m_tables.constFind(table);
    if (t == m_tables.constEnd())
        return nullptr;
    const auto c = t->constFind(column);
    return c == t->constEnd() ? nullptr : &c.value();
}

} // namespace relay::core
