#include "Gateways.h"

#include "Clock.h"
#include "SmsFields.h"
#include "storage/EngineSettings.h"
#include "storage/Sql.h"

#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

namespace relay::core {

Gateways::Gateways(SqlConnection &db, const Clock &clock) : m_db(db), m_clock(clock) { }

Status Gateways::add(const Gateway &g)
{
    static const QRegularExpression address(
        QStringLiteral("^(whatsapp:)?\\+[1-9][0-9]{6,14}$|^[0-9]{3,8}$"));
    static const QRegularExpression twilioAccount(QStringLiteral("^AC[0-9a-fA-F]{32}$"));
    static const QRegularExpression service(QStringLiteral("^MG[0-9a-fA-F]{32}$"));
    if (!address.match(g.address).hasMatch()) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral(
                "a gateway is an E.164 number (+…), a short code or whatsapp:+…, not '%1'")
                .arg(g.address));
    }
    if (g.provider != QLatin1String("twilio") && g.provider != QLatin1String("telnyx"))
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the provider is twilio or telnyx, not '%1'").arg(g.provider));
    if (g.provider == QLatin1String("twilio") && !twilioAccount.match(g.account).hasMatch())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("a Twilio gateway needs its Account SID (AC + 32 hex digits)"));
    if (!g.messagingService.isEmpty() && !service.match(g.messagingService).hasMatch())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("a messaging service SID is MG + 32 hex digits"));
    if (!g.recordId.isEmpty() && !isSalesforceId(g.recordId))
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("a Gateway record id is a Salesforce id: 15 or 18 letters and digits"));
    if (!g.org.isEmpty()) {
        auto known = m_db.prepare(QStringLiteral("SELECT 1 FROM engine_org WHERE name = ?1"));
        if (!known)
            return known.error();
        known->bind(1, g.org);
        bool found = false;
        if (auto s = known->each([&] { found = true; }); !s)
            return s;
        if (!found)
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("no org named %1 (add it with 'engine org add')").arg(g.org));
    }
    auto stmt = m_db.prepare(m_db.upsert(
        QStringLiteral("engine_gateway (address, provider, account, messaging_service, "
                       "created_ms, org, record_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
        QStringLiteral("address"),
        QStringLiteral("provider, account, messaging_service, created_ms, org, record_id")));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, g.address)
        .bind(2, g.provider)
        .bind(3, g.account.isNull() ? QStringLiteral("") : g.account);
    g.messagingService.isEmpty() ? stmt->bindNull(4) : stmt->bind(4, g.messagingService);
    stmt->bind(5, m_clock.nowMs());
    g.org.isEmpty() ? stmt->bindNull(6) : stmt->bind(6, g.org);
    g.recordId.isEmpty() ? stmt->bindNull(7) : stmt->bind(7, g.recordId);
    return stmt->run();
}

Status Gateways::remove(const QString &address)
{
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM engine_gateway WHERE address = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, address);
    if (auto s = stmt->run(); !s)
        return s;
    if (stmt->changes() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no gateway %1").arg(address));
    return {};
}

Result<QList<Gateways::Gateway>> Gateways::list()
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT address, provider, account, coalesce(messaging_service, ''), "
                       "coalesce(org, ''), coalesce(record_id, '') FROM engine_gateway ORDER BY "
                       "address"));
    if (!stmt)
        return stmt.error();
    QList<Gateway> result;
    if (auto s = stmt->each([&] {
            result.append({ stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3),
                stmt->text(4), stmt->text(5) });
        });
        !s)
        return s.error();
    return result;
}

Result<Gateways::Gateway> Gateways::find(const QString &address)
{
    auto all = list();
    if (!all)
        return all.error();
    for (const Gateway &g : all.value()) {
        if (g.address == address)
            return g;
    }
    return makeError(ErrorCode::NotFound,
        QStringLiteral("%1 is not a gateway of this workspace (add it with 'engine gateway add')")
            .arg(address));
}

Result<QString> Gateways::defaultRegion()
{
    auto stored = EngineSettings(m_db).value(QStringLiteral("default_region"));
    if (!stored)
        return stored.error();
    return stored->isNull() ? QStringLiteral("US") : stored.value();
}

Status Gateways::setDefaultRegion(const QString &region)
{
    const auto regions = i18n::phonenumbers::PhoneNumberUtil::GetInstance();
    std::set<std::string> supported;
    regions->GetSupportedRegions(&supported);
    if (!supported.count(region.toUpper().toStdString()))
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("'%1' is not a region code (such as US, GB, DE)").arg(region));
    return EngineSettings(m_db).setValue(QStringLiteral("default_region"), region.toUpper());
}

} // namespace relay::core
