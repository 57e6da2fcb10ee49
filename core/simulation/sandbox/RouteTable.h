#pragma once

#include "sandbox/SandboxResponse.h"

#include <QHttpServerRequest>
#include <QList>
#include <QRegularExpression>
#include <QRegularExpressionMatch>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace relay::core::sandbox {

// The routes of one simulated service, tried in order. A route is a method
// (or any) and a pattern the whole path must match, as the request names
// it; the first route that matches answers. Provider routes write their
// separators as "/+" and allow a trailing "/*": their paths are compared
// segment by segment, empty segments skipped.
//
// A table may claim a part of the path space (its scope) and put a gate in
// front of it (credentials); a request in scope that the gate lets through
// and no route takes gets the table's fallback. Without a fallback, or out
// of scope, the request goes on to the next table.
class RouteTable
{
public:
    using Method = QHttpServerRequest::Method;

    // What a handler sees of a request.
    struct Call {
        const QHttpServerRequest *request = nullptr;
        QString path; // QUrl::path() of the request
        QUrlQuery query; // keys and values decoded one by one
        QRegularExpressionMatch match; // the route's pattern on path
        QString baseUrl; // http://127.0.0.1:PORT
        qint64 serial = 0; // the request's number since the server started

        static Call of(const QHttpServerRequest &request, const QString &baseUrl, qint64 serial);
        QString captured(int n) const { return match.captured(n); }
    };
    using Handler = std::function<SandboxResponse(const Call &)>;
    // A refusal, or nothing to let the request through.
    using Gate = std::function<std::optional<SandboxResponse>(const Call &)>;

    struct Route {
        std::optional<Method> method; // none: any method
        QRegularExpression path;
        Handler handler;
    };

    // scope: a pattern the whole path must match for the table to be asked
    // at all; empty: every path.
    explicit RouteTable(const QString &scope = {});

    void setGate(Gate gate) { m_gate = std::move(gate); }
    void setFallback(Handler fallback) { m_fallback = std::move(fallback); }
    void add(std::optional<Method> method, const QString &pattern, Handler handler);

    // The answer, or none when the request is not this table's.
    std::optional<SandboxResponse> answer(const Call &call) const;

private:
    static QRegularExpression whole(const QString &pattern);

    QRegularExpression m_scope;
    Gate m_gate;
    Handler m_fallback;
    QList<Route> m_routes;
};

} // namespace relay::core::sandbox
