#include "SalesforceAuditTrail.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QTimeZone>

#include <algorithm>

namespace relay::core::sandbox {

namespace {

QString admin()
{
    return QStringLiteral("admin@acme-client.example");
}

QString adminName()
{
    return QStringLiteral("Acme Admin");
}

QString publisher()
{
    return QStringLiteral("Relay Vendor (00D5e000000VENDOR)");
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

SalesforceAuditTrail::SalesforceAuditTrail(const QString &apiVersion, const QDate &today)
    : m_apiVersion(apiVersion), m_today(today)
{ }

QJsonArray SalesforceAuditTrail::rows(const QString &apiVersion)
{
    SalesforceAuditTrail trail(apiVersion, QDateTime::currentDateTimeUtc().date());
    trail.addGrant();
    trail.addAdminWork();
    trail.addVendorVisits();
    trail.addRevoke();
    return trail.ordered();
}

void SalesforceAuditTrail::add(const QDateTime &at, const QString &action, const QString &section,
    const QString &userName, const QString &username, const QString &display,
    const QString &delegate, const QString &ns)
{
    const QString id = QStringLiteral("0Ym5e%1AAA").arg(++m_serial, 10, 10, QLatin1Char('0'));
    const QString userId = QStringLiteral("0055e%1AAA")
                               .arg(qHash(username) % 10000000000ULL, 10, 10, QLatin1Char('0'));
    const QJsonObject createdBy { { QStringLiteral("attributes"),
                                      QJsonObject {
                                          { QStringLiteral("type"), QStringLiteral("User") },
                                          { QStringLiteral("url"),
                                              QStringLiteral("/services/data/%1/sobjects/User/%2")
                                                  .arg(m_apiVersion, userId) } } },
        { QStringLiteral("Name"), userName }, { QStringLiteral("Username"), username } };
    m_rows.append(QJsonObject {
        { QStringLiteral("attributes"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("SetupAuditTrail") },
                { QStringLiteral("url"),
                    QStringLiteral("/services/data/%1/sobjects/SetupAuditTrail/%2")
                        .arg(m_apiVersion, id) } } },
        { QStringLiteral("Id"), id }, { QStringLiteral("Action"), action },
        { QStringLiteral("Section"), orNull(section) },
        { QStringLiteral("CreatedDate"),
            at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.000+0000")) },
        { QStringLiteral("CreatedById"), userId }, { QStringLiteral("CreatedBy"), createdBy },
        { QStringLiteral("Display"), display },
        { QStringLiteral("DelegateUser"), orNull(delegate) },
        { QStringLiteral("ResponsibleNamespacePrefix"), orNull(ns) },
        { QStringLiteral("CreatedByContext"), QJsonValue() },
        { QStringLiteral("CreatedByIssuer"), QJsonValue() } });
}

QDateTime SalesforceAuditTrail::at(int daysAgo, int hour, int minute) const
{
    return QDateTime(m_today.addDays(-daysAgo), QTime(hour, minute), QTimeZone::utc());
}

void SalesforceAuditTrail::addGrant()
{
    add(at(27, 15, 2), QStringLiteral("loginasgrantedtopartnerbt"), {}, adminName(), admin(),
        QStringLiteral("%1 has granted user login access through %2 to package publisher %3")
            .arg(admin(), m_today.addDays(3).toString(QStringLiteral("M/d/yyyy")), publisher()),
        {}, {});
}

void SalesforceAuditTrail::addAdminWork()
{
    static const char *const adminWork[][2]
        = { { "Customize Accounts", "Created custom field Region (Text)" },
              { "Manage Users", "Changed role for user Lee Park from Sales to Sales Manager" },
              { "Customize Contacts", "Changed picklist values for Lead Source" },
              { "Company Information", "Changed fiscal year start month from 1 to 4" } };
    for (int day = 26; day >= 0; --day) {
        for (int i = 0; i < 2 + day % 3; ++i) {
            const auto &[section, display] = adminWork[(day + i) % 4];
            add(at(day, 14 + i, 10 * i), QStringLiteral("changedsetting"), QLatin1String(section),
                adminName(), admin(), QLatin1String(display), {}, {});
        }
    }
}

void SalesforceAuditTrail::addVendorVisits()
{
    struct Visit {
        int daysAgo, hour;
        const char *staff, *user, *userName;
        int changes;
        bool logout;
    };
    static const Visit visits[] = { { 25, 16, "ana.support", "maria.chen", "Maria Chen", 3, true },
        { 20, 15, "raj.support", "tom.ruiz", "Tom Ruiz", 55, true },
        { 14, 17, "ana.support", "maria.chen", "Maria Chen", 2, false },
        { 9, 3, "raj.support", "maria.chen", "Maria Chen", 4, true },
        { 3, 16, "ana.support", "tom.ruiz", "Tom Ruiz", 2, true } };
    static const char *const vendorWork[][3] = {
        { "Custom Apps", "Changed Relay SMS setting Default Gateway from Main line to Support line",
            "relay" },
        { "Manage Users",
            "Changed profile Relay Support: field-level security for SMS: Status was changed from "
            "Read Only to Read/Write",
            "" },
        { "Security Controls", "Added remote site RelayWebhook: https://hooks.vendor.example", "" },
        { "Custom Apps", "Changed Relay SMS setting Batch Size from 100 to 200", "relay" }
    };
    const QString staffName = QStringLiteral("Vendor Support");
    for (const Visit &v : visits) {
        const QString staff = QLatin1String(v.staff) + QLatin1Char('@') + staffDomain();
        const QString orgUser = QLatin1String(v.user) + QStringLiteral("@acme-client.example");
        add(at(v.daysAgo, v.hour, 0), QStringLiteral("suOrgAdminLogin"),
            QStringLiteral("Manage Users"), staffName, staff,
            QStringLiteral("Logged in using Login-As access for %1").arg(QLatin1String(v.userName)),
            {}, {});
        for (int c = 0; c < v.changes; ++c) {
            const auto &[section, display, ns] = vendorWork[c % 4];
            add(at(v.daysAgo, v.hour, 1 + c), QStringLiteral("changedsetting"),
                QLatin1String(section), QLatin1String(v.userName), orgUser, QLatin1String(display),
                staff, QLatin1String(ns));
        }
        if (v.logout)
            add(at(v.daysAgo, v.hour, 2 + v.changes), QStringLiteral("suOrgAdminLogout"),
                QStringLiteral("Manage Users"), staffName, staff,
                QStringLiteral("Logged out using Login-As access for %1")
                    .arg(QLatin1String(v.userName)),
                {}, {});
    }
}

void SalesforceAuditTrail::addRevoke()
{
    add(at(5, 18, 30), QStringLiteral("loginasrevokedtopartnerbt"), {}, adminName(), admin(),
        QStringLiteral("%1 has revoked user login access to package publisher %2")
            .arg(admin(), publisher()),
        {}, {});
}

QJsonArray SalesforceAuditTrail::ordered() const
{
    QList<QJsonValue> sorted(m_rows.begin(), m_rows.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a.toObject().value(QStringLiteral("CreatedDate")).toString()
            < b.toObject().value(QStringLiteral("CreatedDate")).toString();
    });
    QJsonArray out;
    for (const QJsonValue &v : sorted)
        out.append(v);
    return out;
}

} // namespace relay::core::sandbox
