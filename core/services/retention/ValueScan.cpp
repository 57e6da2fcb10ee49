#include "ValueScan.h"

#include "retention/Inventory.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace relay::core {

namespace {

// Every string in a JSON value, keys included, in UTF-8.
template <typename Visit> void forEachString(const QJsonValue &value, const Visit &visit)
{
    if (value.isString()) {
        visit(value.toString().toUtf8());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            forEachString(item, visit);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            visit(it.key().toUtf8());
            forEachString(it.value(), visit);
        }
    }
}

// Sentence-like: long, several words, mostly letters. A message body looks
// like this; ids, hashes, JSON of counts and status names do not.
bool looksLikeFreeText(QByteArrayView value)
{
    if (value.size() < 40)
        return false;
    int spaces = 0;
    int letters = 0;
    for (const char c : value) {
        if (c == ' ')
            ++spaces;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
            || static_cast<unsigned char>(c) >= 0x80)
            ++letters;
    }
    return spaces >= 5 && (letters + spaces) * 10 >= value.size() * 7;
}

// A value is text when it is TEXT, or a BLOB that decodes as UTF-8 with no
// control character but tab and line breaks. Packed binary ids (the report
// cache's message ids) are not: a pattern found in their bytes is chance.
bool isText(Statement::Type type, QByteArrayView value)
{
    if (type == Statement::Type::Text)
        return true;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8(value);
    if (utf8.hasError())
        return false;
    return std::none_of(decoded.cbegin(), decoded.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control && c != QLatin1Char('\t')
            && c != QLatin1Char('\n') && c != QLatin1Char('\r');
    });
}

// The value as a QString, decoded once for every pattern that needs it.
const QString &decodedOnce(QByteArrayView value, QString &text)
{
    if (text.isNull())
        text = QString::fromUtf8(value);
    return text;
}

// An IPv4 dotted quad or an IPv6 address in a value, validated by
// QHostAddress. Cheap filters first: most values have neither three dots
// nor two colons. The host of a URL (http://127.0.0.1:8090, a provider's
// base URL) is a server's address, not a person's, and is not one.
QString findAddress(QByteArrayView value, QString &text)
{
    const auto count = [value](char c) { return std::count(value.begin(), value.end(), c); };
    if (count('.') >= 3) {
        static const QRegularExpression v4(
            QStringLiteral("(?<![0-9.]|://)(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})(?![0-9.])"));
        auto it = v4.globalMatch(decodedOnce(value, text));
        while (it.hasNext()) {
            QString candidate = it.next().captured(1);
            if (QHostAddress(candidate).protocol() == QAbstractSocket::IPv4Protocol)
                return candidate;
        }
    }
    if (count(':') >= 2) {
        static const QRegularExpression v6(QStringLiteral(
            "(?<![0-9A-Za-z:\\[])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![0-9A-Za-z:])"));
        auto it = v6.globalMatch(decodedOnce(value, text));
        while (it.hasNext()) {
            QString candidate = it.next().captured(1);
            if (candidate.contains(QLatin1String("::")) || candidate.count(QLatin1Char(':')) == 7) {
                if (QHostAddress(candidate).protocol() == QAbstractSocket::IPv6Protocol)
                    return candidate;
            }
        }
    }
    return {};
}

// The iCalendar content lines that carry an event's details, or a whole
// component: a calendar stored raw, or one of its details kept.
QString findCalendarDetail(QByteArrayView value, QString &text)
{
    // Cheap filter: every name below ends in Y, N, E, R or T just before its
    // ':' or ';' (a "v1:" hash never gets further).
    bool maybe = false;
    for (qsizetype i = 1; i < value.size() && !maybe; ++i) {
        if (value[i] == ':' || value[i] == ';')
            maybe = std::strchr("YNERTynert", value[i - 1]) != nullptr && value[i - 1] != '\0';
    }
    if (!maybe)
        return {};
    static const QRegularExpression line(
        QStringLiteral("(?:^|[\\r\\n])(SUMMARY|DESCRIPTION|LOCATION|ATTENDEE|ORGANIZER|COMMENT)[;:]"
                       "|BEGIN:(VEVENT|VCALENDAR|VFREEBUSY)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = line.match(decodedOnce(value, text));
    if (!m.hasMatch())
        return {};
    return m.captured(1).isEmpty() ? QStringLiteral("BEGIN:") + m.captured(2).toUpper()
                                   : m.captured(1).toUpper();
}

QByteArray withoutAddresses(QByteArray value)
{
    static const QRegularExpression v4(QStringLiteral("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}"));
    QString text = QString::fromUtf8(value);
    text.replace(v4, QStringLiteral(" "));
    return text.toUtf8();
}

QString maskAddress(const QString &address)
{
    // Enough to recognise it in the table, not enough to reuse it.
    const qsizetype cut = address.lastIndexOf(
        address.contains(QLatin1Char(':')) ? QLatin1Char(':') : QLatin1Char('.'));
    return address.left(cut + 1) + QStringLiteral("…");
}

} // namespace

ValueScan::ValueScan(
    Database &db, const RetentionInventory &inventory, const QString &region, Checks checks)
    : m_db(db), m_inventory(inventory), m_scanner(region), m_checks(checks)
{ }

Status ValueScan::run(const QList<QPair<QString, QStringList>> &tables)
{
    for (const bool gatewayPass : { true, false }) {
        for (const auto &[table, columns] : tables) {
            const Table described = describe(table, columns, gatewayPass);
            if (described.columns.isEmpty())
                continue;
            if (auto s = scan(described, gatewayPass); !s)
                return s;
        }
    }
    m_checks.numbers.counts = QJsonObject { { QStringLiteral("values_scanned"), m_values },
        { QStringLiteral("values_with_digit_runs"), m_candidates },
        { QStringLiteral("known_gateways"), static_cast<qint64>(m_gateways.size()) } };
    for (Check *check : { &m_checks.text, &m_checks.addresses, &m_checks.calendar })
        check->counts = QJsonObject { { QStringLiteral("values_scanned"), m_values } };
    return {};
}

ValueScan::Table ValueScan::describe(
    const QString &table, const QStringList &allColumns, bool gatewayPass) const
{
    Table t;
    t.name = table;
    for (const QString &col : allColumns) {
        const RetentionInventory::Column *c = m_inventory.column(table, col);
        // The table that holds click addresses may hold what looks like one
        // elsewhere too (a browser version such as 120.0.6099.109).
        t.addressTable = t.addressTable || (c && c->ip);
        if ((c && c->gateway) != gatewayPass)
            continue;
        t.columns.append(col);
        t.freeText.append(c && c->freeText);
        // An address column holds addresses: the addresses check owns it.
        t.personalNumber.append(c && (c->personalNumber || c->ip));
        t.json.append(c && c->json);
    }
    return t;
}

Status ValueScan::scan(const Table &table, bool gatewayPass)
{
    QStringList quoted;
    for (const QString &col : table.columns)
        quoted.append(QLatin1Char('"') + col + QLatin1Char('"'));
    auto stmt = m_db.prepare(QStringLiteral("SELECT rowid, %1 FROM \"%2\"")
                                 .arg(quoted.join(QLatin1Char(',')), table.name));
    if (!stmt)
        return stmt.error();
    return stmt->each([&] {
        for (int i = 0; i < table.columns.size(); ++i) {
            const Statement::Type type = stmt->type(i + 1);
            if (type != Statement::Type::Text && type != Statement::Type::Blob)
                continue;
            const QByteArrayView value = stmt->bytes(i + 1);
            const QString where = QStringLiteral("workspace.db %1.%2 row %3")
                                      .arg(table.name, table.columns.at(i))
                                      .arg(stmt->int64(0));
            if (table.json.at(i) && type == Statement::Type::Text) {
                // The program's own JSON: its numbers are counts and ids it
                // typed as numbers; every string in it is scanned.
                const QJsonDocument doc = QJsonDocument::fromJson(value.toByteArray());
                if (!doc.isNull()) {
                    forEachString(
                        doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()),
                        [&](const QByteArray &text) {
                            scanValue(table, i, Statement::Type::Text, text, where, gatewayPass);
                        });
                    continue;
                }
            }
            scanValue(table, i, type, value, where, gatewayPass);
        }
    });
}

void ValueScan::scanValue(const Table &table, int column, Statement::Type type,
    QByteArrayView value, const QString &where, bool gatewayPass)
{
    ++m_values;
    // The text patterns apply to text; the number scan to every value.
    QString address;
    if (!gatewayPass && isText(type, value))
        scanText(table, column, value, where, &address);
    if (!gatewayPass && table.personalNumber.at(column))
        return; // a guest's own number, which the policy allows
    scanNumbers(value, address, gatewayPass, where);
}

void ValueScan::scanText(
    const Table &table, int column, QByteArrayView value, const QString &where, QString *address)
{
    if (!table.freeText.at(column) && looksLikeFreeText(value))
        RetentionVerifier::addFinding(
            m_checks.text, where, QStringLiteral("%1 characters of free text").arg(value.size()));
    QString decoded;
    if (!table.addressTable) {
        *address = findAddress(value, decoded);
        if (!address->isEmpty())
            RetentionVerifier::addFinding(m_checks.addresses, where,
                QStringLiteral("IP address %1").arg(maskAddress(*address)));
    }
    if (const QString detail = findCalendarDetail(value, decoded); !detail.isEmpty())
        RetentionVerifier::addFinding(
            m_checks.calendar, where, QStringLiteral("iCalendar %1").arg(detail));
}

void ValueScan::scanNumbers(
    QByteArrayView value, const QString &address, bool gatewayPass, const QString &where)
{
    // A number inside a URL may be percent-encoded (%2B1202…).
    const bool encoded = value.contains('%');
    const QByteArray decoded
        = encoded ? QByteArray::fromPercentEncoding(value.toByteArray()) : QByteArray();
    if (!PhoneScanner::mayHoldNumber(encoded ? QByteArrayView(decoded) : value))
        return;
    ++m_candidates;
    // Gateway columns repeat a few numbers a million times: the matcher runs
    // once per distinct value.
    const QByteArray key = encoded ? decoded : value.toByteArray();
    auto cached = m_matches.constFind(key);
    if (cached == m_matches.constEnd()) {
        if (m_matches.size() > 100000)
            m_matches.clear();
        // Dotted quads read as numbers to the matcher; the addresses check has them.
        cached = m_matches.insert(
            key, m_scanner.find(address.isEmpty() ? key : withoutAddresses(key)));
    }
    for (const PhoneScanner::Match &m : cached.value()) {
        if (gatewayPass)
            m_gateways.insert(m.e164);
        else if (!m_gateways.contains(m.e164))
            RetentionVerifier::addFinding(m_checks.numbers, where, m.masked);
    }
}

} // namespace relay::core
