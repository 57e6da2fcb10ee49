#include "SandboxSalesforce.h"

#include "salesforce/Jwt.h"
#include "sandbox/SalesforceAuditTrail.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QRegularExpressionMatch>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <memory>

namespace relay::core::sandbox {

namespace {

using Call = RouteTable::Call;
using Method = RouteTable::Method;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

SandboxResponse tooManyRecords()
{
    return SandboxResponse::json(400,
        R"([{"message":"Maximum number of records in a collection is 200","errorCode":"EXCEEDED_ID_LIMIT"}])");
}

// A record the org did not save: {"success": false, "errors": [...]}.
QJsonObject failure(const QString &code, const QString &message)
{
    return QJsonObject { { QStringLiteral("success"), false },
        { QStringLiteral("errors"),
            QJsonArray { QJsonObject { { QStringLiteral("statusCode"), code },
                { QStringLiteral("message"), message },
                { QStringLiteral("fields"), QJsonArray() } } } } };
}

QJsonObject lockRefusal()
{
    return failure(QStringLiteral("UNABLE_TO_LOCK_ROW"),
        QStringLiteral("unable to obtain exclusive access to this record"));
}

QString typeOf(const QJsonObject &record)
{
    return record.value(QStringLiteral("attributes"))
        .toObject()
        .value(QStringLiteral("type"))
        .toString();
}

// Form-style: Salesforce's own examples send q=SELECT+Id+FROM+Account.
QString soqlOf(const QHttpServerRequest &request)
{
    QString soql;
    for (const QByteArray &pair : request.url().query(QUrl::FullyEncoded).toUtf8().split('&')) {
        if (pair.startsWith("q="))
            soql = QUrl::fromPercentEncoding(pair.mid(2).replace('+', "%20"));
    }
    return soql;
}

// The access audit's query: the trail since a time, oldest first.
QJsonArray auditTrailSince(const QString &version, const QDateTime &since)
{
    QJsonArray rows;
    for (const QJsonValue &row : SalesforceAuditTrail::rows(version)) {
        QString created = row.toObject().value(QStringLiteral("CreatedDate")).toString();
        created.insert(created.size() - 2, QLatin1Char(':'));
        if (!since.isValid() || QDateTime::fromString(created, Qt::ISODateWithMs) >= since)
            rows.append(row);
    }
    return rows;
}

} // namespace

SandboxSalesforce::SandboxSalesforce(std::mt19937_64 &random) : m_random(random)
{
    // As the router these replace asked: /services/data/ and then a path
    // ending in /composite/sobjects (update), holding /composite/sobjects/
    // (upsert), or ending in /query or holding /query/ (query, next page).
    m_api.add(Method::Post, QStringLiteral("/services/oauth2/token"),
        std::bind_front(&SandboxSalesforce::token, this));
    m_api.add(std::nullopt, QStringLiteral("/services/data(?:/.*)?/composite/sobjects"),
        std::bind_front(&SandboxSalesforce::collections, this));
    m_api.add(std::nullopt, QStringLiteral("/services/data(?:/.*)?/composite/sobjects/.*"),
        std::bind_front(&SandboxSalesforce::upsert, this));
    m_api.add(std::nullopt, QStringLiteral("/services/data(?:/.*)?/query(?:/.*)?"),
        std::bind_front(&SandboxSalesforce::query, this));
}

core::SalesforceClient::Login SandboxSalesforce::login(const QString &baseUrl)
{
    core::SalesforceClient::Login login;
    login.loginUrl = QUrl(baseUrl);
    login.clientId = QString::fromLatin1(clientId());
    login.clientSecret
        = std::make_shared<core::SecretBytes>(core::SecretBytes::fromUtf8(clientSecret()));
    login.refreshToken
        = std::make_shared<core::SecretBytes>(core::SecretBytes::fromUtf8(refreshToken()));
    return login;
}

SandboxResponse SandboxSalesforce::token(const Call &call)
{
    if (auto down = unavailable())
        return *down;
    const QUrlQuery query(QString::fromUtf8(call.request->body()));
    const auto value = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).toUtf8();
    };
    if (value("grant_type") == "urn:ietf:params:oauth:grant-type:jwt-bearer")
        return jwtGrant(value("assertion"), call.baseUrl);
    if (m_revoked || value("grant_type") != "refresh_token" || value("client_id") != clientId()
        || value("client_secret") != clientSecret() || value("refresh_token") != refreshToken()) {
        return SandboxResponse::json(
            400, R"({"error":"invalid_grant","error_description":"expired access/refresh token"})");
    }
    return session(call.baseUrl);
}

// What a real org checks: the signature against the connected app's
// certificate, the consumer key, the user, the audience, and an expiry in
// the future but at most a few minutes ahead.
SandboxResponse SandboxSalesforce::jwtGrant(const QByteArray &assertion, const QString &baseUrl)
{
    const auto refuse = [](const char *error, const char *description) {
        return SandboxResponse::json(400,
            compact(QJsonObject { { QStringLiteral("error"), QLatin1String(error) },
                { QStringLiteral("error_description"), QLatin1String(description) } }));
    };
    if (m_revoked)
        return refuse("invalid_grant", "expired access/refresh token");
    if (m_jwtCertificate.isEmpty())
        return refuse("invalid_client", "no certificate is uploaded to this connected app");
    auto claims = core::jwt::verifyRs256(assertion, m_jwtCertificate);
    if (!claims)
        return refuse("invalid_grant", "invalid assertion");
    if (claims->value(QStringLiteral("iss")).toString().toUtf8() != clientId())
        return refuse("invalid_client_id", "client identifier invalid");
    if (claims->value(QStringLiteral("sub")).toString() != username())
        return refuse("invalid_grant", "user hasn't approved this consumer");
    const QString audience = claims->value(QStringLiteral("aud")).toString();
    if (audience != baseUrl && audience != QLatin1String("https://login.salesforce.com")
        && audience != QLatin1String("https://test.salesforce.com")) {
        return refuse("invalid_grant", "audience is invalid");
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 expires = static_cast<qint64>(claims->value(QStringLiteral("exp")).toDouble());
    if (expires <= now || expires > now + 300)
        return refuse("invalid_grant", "expired or too distant exp in assertion");
    return session(baseUrl);
}

SandboxResponse SandboxSalesforce::session(const QString &baseUrl)
{
    ++m_sessions;
    m_session = "00Dsandbox!" + QByteArray::number(m_sessions)
        + QByteArray::number(quint64(m_random()), 16);
    m_sessionUses = 0;
    return SandboxResponse::json(200,
        compact(QJsonObject { { QStringLiteral("access_token"), QString::fromLatin1(m_session) },
            { QStringLiteral("instance_url"), baseUrl },
            { QStringLiteral("id"), QStringLiteral("%1/id/00Dsandbox/005sandbox").arg(baseUrl) },
            { QStringLiteral("token_type"), QStringLiteral("Bearer") },
            { QStringLiteral("scope"), QStringLiteral("api") },
            { QStringLiteral("issued_at"),
                QString::number(QDateTime::currentMSecsSinceEpoch()) } }));
}

QString SandboxSalesforce::addRecord(const QString &object, QJsonObject fields, QString id)
{
    if (id.isEmpty())
        id = QStringLiteral("a0S5e%1").arg(m_records.size() + 1, 10, 10, QLatin1Char('0'));
    if (!fields.contains(QStringLiteral("CreatedDate")))
        fields.insert(QStringLiteral("CreatedDate"),
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    m_records.insert(id, fields);
    m_types.insert(id, object);
    return id;
}

QString SandboxSalesforce::offPicklist(const QJsonObject &record) const
{
    for (auto it = m_picklists.constBegin(); it != m_picklists.constEnd(); ++it) {
        if (record.contains(it.key()) && !it.value().contains(record.value(it.key()).toString()))
            return it.key();
    }
    return {};
}

std::optional<SandboxResponse> SandboxSalesforce::unavailable() const
{
    if (!m_down)
        return std::nullopt;
    return SandboxResponse::json(
        503, R"([{"message":"The org is down for maintenance","errorCode":"SERVER_UNAVAILABLE"}])");
}

std::optional<SandboxResponse> SandboxSalesforce::unauthorized(const QHttpServerRequest &request)
{
    if (auto down = unavailable())
        return down;
    const bool expired = m_sessionLifetime > 0 && m_sessionUses >= m_sessionLifetime;
    if (m_session.isEmpty() || request.value("Authorization") != "Bearer " + m_session || expired) {
        return SandboxResponse::json(
            401, R"([{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}])");
    }
    ++m_sessionUses;
    return std::nullopt;
}

bool SandboxSalesforce::refuseRecord()
{
    return std::uniform_real_distribution<double>(0, 1)(m_random) < m_recordRefusal;
}

// sObject Collections update: PATCH composite/sobjects with records by id.
SandboxResponse SandboxSalesforce::collections(const Call &call)
{
    if (auto refused = unauthorized(*call.request))
        return *refused;
    if (call.request->method() != Method::Patch)
        return SandboxResponse::error(405, "Method not allowed");
    const QJsonObject body = QJsonDocument::fromJson(call.request->body()).object();
    const QJsonArray records = body.value(QStringLiteral("records")).toArray();
    if (records.size() > 200)
        return tooManyRecords();
    QJsonArray results;
    for (const QJsonValue &value : records)
        results.append(patch(value.toObject()));
    return SandboxResponse::json(200, compact(results));
}

QJsonObject SandboxSalesforce::patch(QJsonObject record)
{
    const QString id = record.value(QStringLiteral("id")).toString();
    QJsonObject result;
    if (id.size() != 15 && id.size() != 18) {
        result = failure(QStringLiteral("MALFORMED_ID"), QStringLiteral("malformed id %1").arg(id));
    } else if (refuseRecord()) {
        result = lockRefusal();
    } else if (const QString field = offPicklist(record); !field.isEmpty()) {
        result = failure(QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"),
            QStringLiteral("%1: bad value for restricted picklist field: %2")
                .arg(field, record.value(field).toString()));
        result.insert(QStringLiteral("fields"), QJsonArray { field });
    } else {
        m_types.insert(id, typeOf(record));
        record.remove(QStringLiteral("attributes"));
        record.remove(QStringLiteral("id"));
        // A PATCH updates the fields it names and leaves the others.
        QJsonObject &stored = m_records[id];
        for (auto it = record.constBegin(); it != record.constEnd(); ++it)
            stored.insert(it.key(), it.value());
        result.insert(QStringLiteral("success"), true);
        result.insert(QStringLiteral("errors"), QJsonArray());
    }
    result.insert(QStringLiteral("id"), id);
    return result;
}

// sObject Collections upsert: PATCH composite/sobjects/{object}/{externalIdField}.
// A record whose external id is known is updated, else created with a new
// id; each result says which ("created").
SandboxResponse SandboxSalesforce::upsert(const Call &call)
{
    if (auto refused = unauthorized(*call.request))
        return *refused;
    if (call.request->method() != Method::Patch)
        return SandboxResponse::error(405, "Method not allowed");
    const QString &path = call.path;
    const QStringList parts = path.mid(path.indexOf(QLatin1String("/composite/sobjects/")) + 20)
                                  .split(QLatin1Char('/'));
    if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty()) {
        return SandboxResponse::json(404,
            R"([{"errorCode":"NOT_FOUND","message":"The requested resource does not exist"}])");
    }
    const QJsonArray records = QJsonDocument::fromJson(call.request->body())
                                   .object()
                                   .value(QStringLiteral("records"))
                                   .toArray();
    if (records.size() > 200)
        return tooManyRecords();
    QJsonArray results;
    for (const QJsonValue &value : records)
        results.append(upsertOne(value.toObject(), parts.at(0), parts.at(1)));
    return SandboxResponse::json(200, compact(results));
}

QJsonObject SandboxSalesforce::upsertOne(
    QJsonObject record, const QString &object, const QString &field)
{
    const QString key = record.value(field).toString();
    if (typeOf(record) != object) {
        return failure(QStringLiteral("INVALID_TYPE"),
            QStringLiteral("record type does not match the URL's sObject"));
    }
    if (key.isEmpty())
        return failure(
            QStringLiteral("MISSING_ARGUMENT"), QStringLiteral("%1 not specified").arg(field));
    if (refuseRecord())
        return lockRefusal();
    QString id;
    for (auto it = m_records.constBegin(); it != m_records.constEnd(); ++it) {
        if (m_types.value(it.key()) == object && it.value().value(field).toString() == key) {
            id = it.key();
            break;
        }
    }
    const bool created = id.isEmpty();
    if (created)
        id = QStringLiteral("a0X5e%1").arg(m_records.size() + 1, 13, 10, QLatin1Char('0'));
    m_types.insert(id, object);
    record.remove(QStringLiteral("attributes"));
    QJsonObject &stored = m_records[id];
    for (auto it = record.constBegin(); it != record.constEnd(); ++it)
        stored.insert(it.key(), it.value());
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("success"), true },
        { QStringLiteral("errors"), QJsonArray() }, { QStringLiteral("created"), created } };
}

// SELECT f1, f2 FROM Object [WHERE Id IN ('…', …)] [LIMIT n]: the shape the engine
// asks, or the access audit's SetupAuditTrail query; anything else is
// MALFORMED_QUERY, as an org answers a query it cannot parse. Pages of
// m_queryBatch records, the rest behind nextRecordsUrl
// (/services/data/vNN.N/query/01g…-OFFSET).
SandboxResponse SandboxSalesforce::query(const Call &call)
{
    if (auto refused = unauthorized(*call.request))
        return *refused;
    const QString version = call.path.section(QLatin1Char('/'), 3, 3);
    QJsonArray rows;
    if (call.path.contains(QLatin1String("/query/"))) {
        const QString locator = call.path.section(QLatin1Char('/'), -1);
        if (!m_queryCursors.contains(locator)) {
            return SandboxResponse::json(400,
                R"([{"message":"invalid query locator","errorCode":"INVALID_QUERY_LOCATOR"}])");
        }
        rows = m_queryCursors.take(locator);
    } else if (auto refused = select(soqlOf(*call.request), version, &rows)) {
        return *refused;
    }
    return page(std::move(rows), version, call.serial);
}

std::optional<SandboxResponse> SandboxSalesforce::select(
    const QString &soql, const QString &version, QJsonArray *rows) const
{
    static const QRegularExpression trail(
        QStringLiteral(
            R"(^\s*SELECT\s+[A-Za-z0-9_.,\s]+\s+FROM\s+SetupAuditTrail(?:\s+WHERE\s+CreatedDate\s*>=\s*(\S+))?(?:\s+ORDER\s+BY\s+CreatedDate)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression shape(
        QStringLiteral(
            R"(^\s*SELECT\s+([A-Za-z0-9_,\s]+?)\s+FROM\s+([A-Za-z][A-Za-z0-9_]*)(?:\s+WHERE\s+Id\s+IN\s*\(([^)]*)\))?(?:\s+WHERE\s+(.+?))?(?:\s+LIMIT\s+(\d+))?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch trailMatch = trail.match(soql);
    if (trailMatch.hasMatch()) {
        *rows = auditTrailSince(version,
            trailMatch.capturedLength(1) > 0
                ? QDateTime::fromString(trailMatch.captured(1), Qt::ISODate)
                : QDateTime());
        return std::nullopt;
    }
    const QRegularExpressionMatch match = shape.match(soql);
    if (!match.hasMatch()) {
        return SandboxResponse::json(400,
            compact(QJsonArray {
                QJsonObject { { QStringLiteral("message"),
                                  QStringLiteral("unexpected token in: %1").arg(soql.left(200)) },
                    { QStringLiteral("errorCode"), QStringLiteral("MALFORMED_QUERY") } } }));
    }
    return selectRecords(match, version, rows);
}

// The records of one object, with the fields asked (Id from the key).
std::optional<SandboxResponse> SandboxSalesforce::selectRecords(
    const QRegularExpressionMatch &match, const QString &version, QJsonArray *rows) const
{
    QStringList fields;
    for (const QString &field : match.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
        fields.append(field.trimmed());
    const QString object = match.captured(2);
    QStringList ids;
    if (match.capturedLength(3) > 0) {
        for (QString id : match.captured(3).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            id = id.trimmed();
            if (id.size() < 2 || !id.startsWith(QLatin1Char('\''))
                || !id.endsWith(QLatin1Char('\''))) {
                return SandboxResponse::json(
                    400, R"([{"message":"Id IN takes quoted ids","errorCode":"MALFORMED_QUERY"}])");
            }
            ids.append(id.mid(1, id.size() - 2));
        }
    } else {
        ids = m_records.keys();
        ids.sort();
    }
    // WHERE Field = 'value' [AND ...] [AND CreatedDate < 2026-12-07T05:00:00Z]
    QList<std::pair<QString, QString>> equal;
    QDateTime createdBefore;
    if (match.capturedLength(4) > 0) {
        static const QRegularExpression condition(
            QStringLiteral(R"(^\s*([A-Za-z][A-Za-z0-9_]*)\s*(=|<)\s*('[^'\\]*'|[0-9T:.Z-]+)\s*$)"));
        for (const QString &part : match.captured(4).split(QRegularExpression(
                 QStringLiteral("\\s+AND\\s+"), QRegularExpression::CaseInsensitiveOption))) {
            const QRegularExpressionMatch c = condition.match(part);
            const bool quoted = c.captured(3).startsWith(QLatin1Char('\''));
            if (c.hasMatch() && c.captured(2) == QLatin1String("=") && quoted) {
                equal.append({ c.captured(1), c.captured(3).mid(1, c.capturedLength(3) - 2) });
            } else if (c.hasMatch() && c.captured(2) == QLatin1String("<") && !quoted
                && c.captured(1) == QLatin1String("CreatedDate")) {
                createdBefore = QDateTime::fromString(c.captured(3), Qt::ISODate);
            } else {
                return SandboxResponse::json(400,
                    compact(QJsonArray { QJsonObject {
                        { QStringLiteral("message"),
                            QStringLiteral("unexpected token: %1").arg(part.left(100)) },
                        { QStringLiteral("errorCode"), QStringLiteral("MALFORMED_QUERY") } } }));
            }
        }
    }
    for (const QString &id : std::as_const(ids)) {
        if (m_types.value(id) != object)
            continue;
        const QJsonObject stored = m_records.value(id);
        const bool matches = std::all_of(equal.cbegin(), equal.cend(),
            [&stored](const auto &c) { return stored.value(c.first).toString() == c.second; });
        if (!matches
            || (createdBefore.isValid()
                && QDateTime::fromString(
                       stored.value(QStringLiteral("CreatedDate")).toString(), Qt::ISODateWithMs)
                    >= createdBefore))
            continue;
        QJsonObject row { { QStringLiteral("attributes"),
            QJsonObject { { QStringLiteral("type"), object },
                { QStringLiteral("url"),
                    QStringLiteral("/services/data/%1/sobjects/%2/%3")
                        .arg(version, object, id) } } } };
        for (const QString &field : std::as_const(fields))
            row.insert(field,
                field.compare(QLatin1String("Id"), Qt::CaseInsensitive) == 0 ? QJsonValue(id)
                                                                             : stored.value(field));
        if (match.capturedLength(5) > 0 && rows->size() >= match.captured(5).toLongLong())
            break;
        rows->append(row);
    }
    return std::nullopt;
}

SandboxResponse SandboxSalesforce::page(QJsonArray rows, const QString &version, qint64 serial)
{
    const qsizetype total = rows.size();
    QJsonArray page;
    while (!rows.isEmpty() && page.size() < m_queryBatch)
        page.append(rows.takeAt(0));
    QJsonObject answer { { QStringLiteral("totalSize"), total },
        { QStringLiteral("done"), rows.isEmpty() }, { QStringLiteral("records"), page } };
    if (!rows.isEmpty()) {
        const QString locator = QStringLiteral("01gSANDBOX%1-%2").arg(serial).arg(page.size());
        m_queryCursors.insert(locator, rows);
        answer.insert(QStringLiteral("nextRecordsUrl"),
            QStringLiteral("/services/data/%1/query/%2").arg(version, locator));
    }
    return SandboxResponse::json(200, compact(answer));
}

} // namespace relay::core::sandbox
