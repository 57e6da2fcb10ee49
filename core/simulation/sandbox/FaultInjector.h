#pragma once

#include "sandbox/SandboxResponse.h"

#include <QString>
#include <QtGlobal>

#include <functional>
#include <random>

QT_BEGIN_NAMESPACE
class QObject;
class QTcpSocket;
QT_END_NAMESPACE

namespace relay::core::sandbox {

// The sandbox's transport faults, each a probability per request: HTTP 429
// with Retry-After, HTTP 500, a truncated body, a reset connection, a slow
// answer. One roll of the random stream per request decides; the rates are
// stacked in that order, so at most one fault hits.
class FaultInjector
{
public:
    struct Faults {
        double tooManyRequests = 0;
        double serverError = 0;
        double truncated = 0;
        double reset = 0;
        double slow = 0;
        int slowMs = 1500;
    };
    enum class Fault { None, TooManyRequests, ServerError, Truncated, Reset, Slow };

    // random: shared with what else the sandbox decides at random, so that
    // one seed replays a whole run.
    explicit FaultInjector(std::mt19937_64 &random);

    // "429=0.1,500=0.05,truncate=0.02,reset=0.02,slow=0.01"
    static bool parse(const QString &spec, Faults *out, QString *error);
    void setFaults(const Faults &faults) { m_faults = faults; }

    // Rolls for the next request.
    Fault decide();
    // Answers a request on socket: decides, then sends answer() as it is,
    // truncated or late (a timer on context), sends a 429 or a 500 instead,
    // or resets the connection. answer() runs unless the fault replaces it.
    void serve(
        QTcpSocket *socket, QObject *context, const std::function<SandboxResponse()> &answer);

    qint64 injected() const { return m_injected; }

private:
    std::mt19937_64 &m_random;
    Faults m_faults;
    qint64 m_injected = 0;
};

} // namespace relay::core::sandbox
