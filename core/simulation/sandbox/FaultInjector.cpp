#include "FaultInjector.h"

#include <QPointer>
#include <QStringList>
#include <QTcpSocket>
#include <QTimer>

namespace relay::core::sandbox {

FaultInjector::FaultInjector(std::mt19937_64 &random) : m_random(random) { }

bool FaultInjector::parse(const QString &spec, Faults *out, QString *errorText)
{
    Faults faults;
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(QLatin1Char('='));
        bool ok = false;
        const double rate = kv.size() == 2 ? kv.at(1).toDouble(&ok) : 0;
        if (!ok || rate < 0 || rate > 1) {
            *errorText = QStringLiteral("'%1' is not NAME=RATE with a rate from 0 to 1").arg(part);
            return false;
        }
        const QString name = kv.at(0).trimmed();
        if (name == QLatin1String("429"))
            faults.tooManyRequests = rate;
        else if (name == QLatin1String("500"))
            faults.serverError = rate;
        else if (name == QLatin1String("truncate"))
            faults.truncated = rate;
        else if (name == QLatin1String("reset"))
            faults.reset = rate;
        else if (name == QLatin1String("slow"))
            faults.slow = rate;
        else {
            *errorText
                = QStringLiteral("unknown fault '%1' (429, 500, truncate, reset, slow)").arg(name);
            return false;
        }
    }
    *out = faults;
    return true;
}

FaultInjector::Fault FaultInjector::decide()
{
    const double roll = std::uniform_real_distribution<double>(0, 1)(m_random);
    double edge = 0;
    const auto hit = [&roll, &edge](double rate) {
        edge += rate;
        return roll < edge;
    };
    if (hit(m_faults.tooManyRequests))
        return Fault::TooManyRequests;
    if (hit(m_faults.serverError))
        return Fault::ServerError;
    if (hit(m_faults.truncated))
        return Fault::Truncated;
    if (hit(m_faults.reset))
        return Fault::Reset;
    if (hit(m_faults.slow))
        return Fault::Slow;
    return Fault::None;
}

void FaultInjector::serve(
    QTcpSocket *socket, QObject *context, const std::function<SandboxResponse()> &answer)
{
    const Fault fault = decide();
    if (fault != Fault::None)
        ++m_injected;
    switch (fault) {
    case Fault::None:
        answer().writeTo(socket, false);
        break;
    case Fault::TooManyRequests: {
        SandboxResponse r = SandboxResponse::error(429, "Too Many Requests");
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        r.writeTo(socket, false);
        break;
    }
    case Fault::ServerError:
        SandboxResponse::error(500, "Internal Server Error").writeTo(socket, false);
        break;
    case Fault::Truncated:
        answer().writeTo(socket, true);
        break;
    case Fault::Reset:
        socket->abort();
        break;
    case Fault::Slow: {
        const SandboxResponse response = answer();
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(m_faults.slowMs, context, [guard, response] {
            if (guard)
                response.writeTo(guard, false);
        });
        break;
    }
    }
}

} // namespace relay::core::sandbox
