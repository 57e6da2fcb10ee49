#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

namespace relay::core {

// One HTTP request as a handler sees it: read whole, within its limit.
struct HttpRequest {
    QByteArray method; // GET, HEAD, POST, ...
    QByteArray path; // percent-encoded, without the query
    QByteArray query; // percent-encoded, without the '?'
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QHostAddress peer;
    // Whom the request is from: the peer, or behind a trusted reverse proxy
    // the last address of the header it sets (Limits::trustedProxyHeader).
    QHostAddress client;

    QByteArray header(const char *lowerCaseName) const
    {
        return headers.value(QByteArray(lowerCaseName));
    }
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "text/plain";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // A 400, 401, 403 or 413 counts toward its address's refusal limit,
    // unless the handler knows many honest callers share the address.
    bool countsAsRefusal = true;
};

// The listening side of `engine serve`, on GNU libmicrohttpd (its HTTP
// parser, per-connection memory limit and idle timeout) with what a server
// facing the internet needs on top:
//   - a body limit per endpoint, enforced from Content-Length before a byte
//     of the body is read (413), and again while reading a chunked body;
//   - a deadline for a request's headers and one for the whole request, so
//     a client trickling a header line every few seconds is dropped;
//   - a cap on open connections: at the cap, the connection idle longest
//     (no request under way) is closed to make room for the new one;
//   - a limit on refused requests (400, 401, 403, 413) per client address
//     and minute, past which that address gets 429 before any work.
// The network runs on libmicrohttpd's thread; each complete request is
// handed to `handler` on the thread that owns the listener (the engine's,
// where its stores live), and the connection waits, suspended, for the
// answer, which the handler may give later (Reply). Nothing of a request is
// logged.
class HttpListener final : public QObject
{
    Q_OBJECT
public:
    struct Limits {
        qint64 maxBodyBytes = 64 * 1024; // when bodyLimit gives none
        // Per endpoint (method, path): the largest body accepted; 0 for none.
        std::function<qint64(const QByteArray &method, const QByteArray &path)> bodyLimit;
        // Per endpoint: a status to answer before the body is read (404: the
        // endpoint is closed; 503: it is stopping, answered with Retry-After),
        // 0 to go on. Neither counts as refused.
        std::function<int(const QByteArray &method, const QByteArray &path)> early;
        int maxConnections = 1000;
        int headerTimeoutSeconds = 10; // from accept, or the last answer, to complete headers
        int requestTimeoutSeconds = 30; // from complete headers to the answer
        int idleTimeoutSeconds = 30; // no byte either way
        int connectionMemoryBytes = 32 * 1024; // headers and read buffer
        int refusedPerMinutePerAddress = 120;
        // Set by a reverse proxy in front (lower case, e.g. x-forwarded-for):
        // the refusal limit counts the address it names, not the proxy's.
        QByteArray trustedProxyHeader;
    };
    // The answer to one request, given on the listener's thread at once or
    // later (a callback waiting for its batch's commit). Copies share one
    // answer: the first given goes out; one never given when the last copy
    // goes is a 500, so the client tries again rather than wait.
    class Reply
    {
    public:
        void operator()(HttpResponse answer) const;

    private:
        friend class HttpListener;
        struct Pending;
        explicit Reply(std::shared_ptr<Pending> pending) : m_pending(std::move(pending)) { }
        std::shared_ptr<Pending> m_pending;
    };
    using Handler = std::function<void(const HttpRequest &request, const Reply &reply)>;

    struct Counters {
        std::atomic<qint64> accepted { 0 };
        std::atomic<qint64> requests { 0 };
        std::atomic<qint64> evicted { 0 }; // closed to make room at the cap
        std::atomic<qint64> timedOut { 0 }; // header or request deadline
        std::atomic<qint64> tooLarge { 0 }; // 413
        std::atomic<qint64> throttled { 0 }; // 429 for an address past its refusals
        std::atomic<qint64> open { 0 }; // connections open now
    };

    HttpListener(Limits limits, Handler handler, QObject *parent = nullptr);
    ~HttpListener() override;

    // Binds and starts; the port (the one asked for, or the one chosen for
    // 0), or 0 when it could not listen (errorString() says why).
    quint16 listen(const QHostAddress &address, quint16 port = 0);
    QString errorString() const { return m_error; }
    const Counters &counters() const { return m_counters; }

private:
    class Daemon;
    void handle(void *connection, void *state);
    void send(void *connection, void *state, const QHostAddress &client, HttpResponse answer);

    Limits m_limits;
    Handler m_handler;
    Counters m_counters;
    QString m_error;
    std::unique_ptr<Daemon> m_daemon;
};

} // namespace relay::core
