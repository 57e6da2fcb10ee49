#include "RouteTable.h"

#include <QByteArrayList>

namespace relay::core::sandbox {

RouteTable::Call RouteTable::Call::of(
    const QHttpServerRequest &request, const QString &baseUrl, qint64 serial)
{
    Call call;
    call.request = &request;
    call.path = request.url().path();
    call.baseUrl = baseUrl;
    call.serial = serial;
    // Keys decoded one by one: clients send "filter%5Bcli%5D" and
    // "DateSent%3E" as well as the raw characters.
    for (const QByteArray &pair : request.url().query(QUrl::FullyEncoded).toUtf8().split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString key = QUrl::fromPercentEncoding(pair.left(eq < 0 ? pair.size() : eq));
        const QString value = eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1));
        call.query.addQueryItem(QString(key).replace(QLatin1Char('&'), QStringLiteral("%26")),
            QString(value)
                .replace(QLatin1Char('&'), QStringLiteral("%26"))
                .replace(QLatin1Char('+'), QStringLiteral("%2B")));
    }
    return call;
}

RouteTable::RouteTable(const QString &scope)
    : m_scope(scope.isEmpty() ? QRegularExpression() : whole(scope))
{ }

QRegularExpression RouteTable::whole(const QString &pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
        QRegularExpression::DotMatchesEverythingOption);
}

void RouteTable::add(std::optional<Method> method, const QString &pattern, Handler handler)
{
    m_routes.append(Route { method, whole(pattern), std::move(handler) });
}

std::optional<SandboxResponse> RouteTable::answer(const Call &call) const
{
    if (!m_scope.pattern().isEmpty() && !m_scope.match(call.path).hasMatch())
        return std::nullopt;
    if (m_gate) {
        if (auto refused = m_gate(call))
            return refused;
    }
    for (const Route &route : m_routes) {
        if (route.method && *route.method != call.request->method())
            continue;
        QRegularExpressionMatch match = route.path.match(call.path);
        if (!match.hasMatch())
            continue;
        Call matched = call;
        matched.match = std::move(match);
        return route.handler(matched);
    }
    if (m_fallback)
        return m_fallback(call);
    return std::nullopt;
}

} // namespace relay::core::sandbox
