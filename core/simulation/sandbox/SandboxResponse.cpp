#include "SandboxResponse.h"

#include <QTcpSocket>

namespace relay::core::sandbox {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    default:
        return status >= 500 ? "Internal Server Error" : "Error";
    }
}

} // namespace

SandboxResponse SandboxResponse::json(int status, const QByteArray &body)
{
    SandboxResponse r;
    r.status = status;
    r.body = body;
    return r;
}

SandboxResponse SandboxResponse::error(int status, const QByteArray &message)
{
    return json(status,
        "{\"code\": "
            + QByteArray::number(status == 401 ? 20003
                    : status == 404            ? 20404
                                               : status * 100)
            + ", \"message\": " + jsonText(message)
            + ", \"more_info\": \"https://www.twilio.com/docs/errors/20003\", \"status\": "
            + QByteArray::number(status) + "}");
}

QByteArray SandboxResponse::jsonText(const QByteArray &text)
{
    return '"' + text + '"';
}

void SandboxResponse::writeTo(QTcpSocket *socket, bool truncate) const
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += truncate ? "Connection: close\r\n\r\n" : "\r\n";
    socket->write(head);
    socket->write(truncate ? body.left(body.size() / 2) : body);
    if (truncate)
        socket->disconnectFromHost();
}

} // namespace relay::core::sandbox
