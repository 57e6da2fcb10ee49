#pragma once

#include "Result.h"
#include "retention/PhoneScanner.h"
#include "retention/Verifier.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace relay::core {

class RetentionInventory;

// The value checks of the retention verifier (numbers, text, addresses,
// calendar) in one pass over every text value of the workspace database,
// each column judged by what the inventory allows it.
class ValueScan
{
public:
    using Check = RetentionVerifier::Check;
    struct Checks {
        Check &numbers;
        Check &text;
        Check &addresses;
        Check &calendar;
    };

    ValueScan(
        Database &db, const RetentionInventory &inventory, const QString &region, Checks checks);

    // tables: each table of the database with its columns.
    [[nodiscard]] Status run(const QList<QPair<QString, QStringList>> &tables);

private:
    struct Table {
        QString name;
        QStringList columns;
        QList<bool> freeText; // the inventory allows free text there
        QList<bool> personalNumber; // a guest's own number or an address: not a finding
        QList<bool> json; // JSON the program writes: only its strings are scanned
        bool addressTable = false; // the table that holds click addresses
    };
    // The gateway columns first (their numbers are the known gateways),
    // then every other column.
    [[nodiscard]] Status scan(const Table &table, bool gatewayPass);
    void scanValue(const Table &table, int column, Statement::Type type, QByteArrayView value,
        const QString &where, bool gatewayPass);
    void scanText(const Table &table, int column, QByteArrayView value, const QString &where,
        QString *address);
    void scanNumbers(
        QByteArrayView value, const QString &address, bool gatewayPass, const QString &where);
    Table describe(const QString &table, const QStringList &allColumns, bool gatewayPass) const;

    Database &m_db;
    const RetentionInventory &m_inventory;
    const PhoneScanner m_scanner;
    Checks m_checks;
    QSet<QString> m_gateways;
    QHash<QByteArray, QList<PhoneScanner::Match>> m_matches;
    qint64 m_values = 0;
    qint64 m_candidates = 0;
};

} // namespace relay::core
