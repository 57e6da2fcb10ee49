#pragma once

#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace relay::core {

// The data policy as data (resources/retention/inventory.json, compiled in):
// one category per kind of data the policy names, with where it may live,
// whether it may hold a phone number, how long it is kept, why, and the
// policy sentence it comes from. The verifier checks the live stores
// against it; the Retention page shows it.
class RetentionInventory
{
public:
    struct Location {
        QString store; // workspace.db
        QString table;
        QStringList columns;
        QStringList gatewayColumns; // may hold sending gateway numbers
        QStringList freeTextColumns; // may hold sentences
        QStringList personalNumberColumns; // a person's own number, given for this purpose (a
                                           // Scheduler guest's)
        QStringList ipColumns; // may hold IP addresses (URL Pro clicks)
        QStringList jsonColumns; // JSON the program writes: its numbers are typed counts
    };
    struct Category {
        QString id;
        QString name;
        QString what;
        bool stored = false;
        bool mayHoldPhoneNumber = false;
        QString retentionKind; // never-at-rest, until-removed, log-retention, report-ttl,
                               // configured, keychain, workspace
        QString retentionText;
        QString purpose;
        QString policy; // the sentence of the policy it comes from
        QList<Location> locations;
    };
    struct Column {
        QString category;
        bool gateway = false;
        bool freeText = false;
        bool personalNumber = false;
        bool ip = false;
        bool json = false;
    };

    // The inventory compiled into the program.
    [[nodiscard]] static Result<RetentionInventory> builtIn();
    // From JSON: InvalidInput naming what is wrong (a column owned twice,
    // a category without an id, …).
    [[nodiscard]] static Result<RetentionInventory> fromJson(const QByteArray &json);

    int version() const { return m_version; }
    const QList<Category> &categories() const { return m_categories; }
    // table -> column -> what owns it
    const QHash<QString, QHash<QString, Column>> &tables() const { return m_tables; }
    const Column *column(const QString &table, const QString &column) const;

private:
    [[nodiscard]] Status addLocation(Category &category, const QJsonObject &location);
    int m_version = 0;
    QList<Category> m_categories;
    QHash<QString, QHash<QString, Column>> m_tables;
};

} // namespace relay::core
