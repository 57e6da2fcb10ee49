#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace relay::core::sandbox {

// One answer of the sandbox, written raw to the socket (faults need control
// below QHttpServerResponder): a status line with its reason, Content-Type,
// Content-Length, any extra headers, and the body.
struct SandboxResponse {
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    // A JSON answer with this status and body.
    static SandboxResponse json(int status, const QByteArray &body);
    // Twilio's error shape ({"code", "message", "more_info", "status"}),
    // which the sandbox also answers for what no service claims, for a
    // method a resource does not take, and for injected 429s and 500s.
    static SandboxResponse error(int status, const QByteArray &message);
    // A JSON string of text that needs no escaping (ids, numbers, URLs).
    static QByteArray jsonText(const QByteArray &text);

    // Writes the response; a truncated one says "Connection: close", sends
    // half its body and disconnects.
    void writeTo(QTcpSocket *socket, bool truncate) const;
};

} // namespace relay::core::sandbox
