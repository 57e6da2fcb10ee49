#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QString>

namespace relay::core::sandbox {

// The stand-in org's Setup Audit Trail over the last four weeks, as the
// REST API answers SetupAuditTrail rows: its admins' changes, a
// login-access grant to the vendor (revoked five days ago), and five
// Login-As sessions of vendor staff (@vendor.example): one without a
// logout, one at night, one with 55 changes, one after the revoke.
class SalesforceAuditTrail
{
public:
    static QString staffDomain() { return QStringLiteral("vendor.example"); }
    // The trail as of today (UTC), oldest first, as ORDER BY CreatedDate asks.
    static QJsonArray rows(const QString &apiVersion);

private:
    SalesforceAuditTrail(const QString &apiVersion, const QDate &today);

    void add(const QDateTime &at, const QString &action, const QString &section,
        const QString &userName, const QString &username, const QString &display,
        const QString &delegate, const QString &ns);
    QDateTime at(int daysAgo, int hour, int minute) const;
    void addGrant();
    void addAdminWork();
    void addVendorVisits();
    void addRevoke();
    QJsonArray ordered() const;

    QString m_apiVersion;
    QDate m_today;
    int m_serial = 0;
    QJsonArray m_rows;
};

} // namespace relay::core::sandbox
