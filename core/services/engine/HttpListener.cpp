#include "HttpListener.h"

#include <QMetaObject>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

#include <arpa/inet.h>
#include <fcntl.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace relay::core {

namespace {

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// What a request carries from its first callback to its answer.
struct RequestState {
    HttpRequest request;
    qint64 limit = 0;
    qint64 received = 0; // body bytes, kept or not
    int fd = -1;
    std::optional<HttpResponse> early; // answered without the handler: 413, 429, 503
    std::optional<HttpResponse> answer; // the handler's, once the connection resumes
    bool suspended = false;
    bool resumedAtStop = false; // answered 503 by stop(), which waits for it to go out
};

HttpResponse plain(int status)
{
    HttpResponse r;
    r.status = status;
    return r;
}

MHD_Result queue(MHD_Connection *connection, const HttpResponse &answer)
{
    MHD_Response *response
        = MHD_create_response_from_buffer(static_cast<size_t>(answer.body.size()),
            const_cast<char *>(answer.body.constData()), MHD_RESPMEM_MUST_COPY);
    if (!response)
        return MHD_NO;
    MHD_add_response_header(response, "Content-Type", answer.contentType.constData());
    for (const auto &[name, value] : answer.headers)
        MHD_add_response_header(response, name.constData(), value.constData());
    const MHD_Result queued
        = MHD_queue_response(connection, static_cast<unsigned>(answer.status), response);
    MHD_destroy_response(response);
    return queued;
}

QHostAddress peerOf(MHD_Connection *connection)
{
    const MHD_ConnectionInfo *info
        = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    return info && info->client_addr ? QHostAddress(info->client_addr) : QHostAddress();
}

int fdOf(MHD_Connection *connection)
{
    const MHD_ConnectionInfo *info
        = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
    return info ? info->connect_fd : -1;
}

MHD_Result collectHeader(void *cls, MHD_ValueKind, const char *key, const char *value)
{
    auto *headers = static_cast<QHash<QByteArray, QByteArray> *>(cls);
    headers->insert(QByteArray(key).toLower(), QByteArray(value ? value : ""));
    return MHD_YES;
}

} // namespace

// libmicrohttpd, our listening socket and the connections we track.
class HttpListener::Daemon
{
public:
    explicit Daemon(HttpListener &owner) : m_owner(owner) { }
    ~Daemon() { stop(); }

    bool start(const QHostAddress &address, quint16 port, quint16 *bound, QString *error);
    void stop();

    // From the owner's thread: whether the connection still waits for its
    // answer (a stop answers the waiting ones itself), and the answer.
    bool waiting(MHD_Connection *connection, const RequestState *state);
    void answer(MHD_Connection *connection, RequestState *state, HttpResponse answer);
    void noteRefused(const QHostAddress &peer);

private:
    enum class Phase { Waiting, InRequest };
    struct Tracked {
        Phase phase = Phase::Waiting;
        qint64 sinceMs = 0;
        bool closing = false;
    };

    static void *uriSeen(void *cls, const char *uri, MHD_Connection *connection);
    static MHD_Result access(void *cls, MHD_Connection *connection, const char *url,
        const char *method, const char *version, const char *data, size_t *size, void **context);
    static void completed(
        void *cls, MHD_Connection *connection, void **context, MHD_RequestTerminationCode);
    static void notified(void *cls, MHD_Connection *connection, void **socketContext,
        MHD_ConnectionNotificationCode code);

    MHD_Result begin(MHD_Connection *connection, RequestState &state);
    bool throttled(const QHostAddress &peer);
    void setPhase(int fd, Phase phase);
    void acceptLoop();
    void acceptOne();
    void sweep();
    bool evictOldestWaiting();
    void closeLocked(int fd, Tracked &tracked, std::atomic<qint64> &counter);

    HttpListener &m_owner;
    qint64 m_cap = 0; // connections: the limit, within the process's descriptors
    MHD_Daemon *m_mhd = nullptr;
    int m_listenFd = -1;
    std::thread m_acceptor;
    std::atomic_bool m_stopping { false };
    std::mutex m_mutex; // m_connections
    std::unordered_map<int, Tracked> m_connections;
    // Connections suspended while the owner's thread answers them: a stop
    // must resume each before libmicrohttpd may stop (it aborts otherwise).
    std::mutex m_suspendedMutex;
    std::unordered_map<MHD_Connection *, RequestState *> m_suspended;
    std::atomic<int> m_resumingAtStop { 0 };
    std::mutex m_refusedMutex; // m_refused
    struct Window {
        qint64 startMs = 0;
        int refused = 0;
    };
    QHash<QString, Window> m_refused;
};

bool HttpListener::Daemon::start(
    const QHostAddress &address, quint16 port, quint16 *bound, QString *error)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    m_listenFd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_listenFd < 0) {
        *error = qt_error_string(errno);
        return false;
    }
    const int on = 1;
    ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_storage storage {};
    socklen_t length = 0;
    if (v6) {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&a->sin6_addr, bytes.c, 16);
        length = sizeof(sockaddr_in6);
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(&storage);
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        a->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&storage), length) != 0
        || ::listen(m_listenFd, 512) != 0
        || ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&storage), &length) != 0) {
        *error = qt_error_string(errno);
        return false;
    }
    *bound = ntohs(v6 ? reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_port
                      : reinterpret_cast<sockaddr_in *>(&storage)->sin_port);
    const Limits &limits = m_owner.m_limits;
    // Every connection is a descriptor: the cap leaves room for the
    // process's own (the database, its journal, the listening socket).
    rlimit files {};
    ::getrlimit(RLIMIT_NOFILE, &files);
    m_cap = qMin<qint64>(limits.maxConnections, qMax<qint64>(16, qint64(files.rlim_cur) - 64));
    m_mhd = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL
            | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_NO_LISTEN_SOCKET,
        0, nullptr, nullptr, &Daemon::access, this, MHD_OPTION_URI_LOG_CALLBACK, &Daemon::uriSeen,
        this, MHD_OPTION_NOTIFY_COMPLETED, &Daemon::completed, this, MHD_OPTION_NOTIFY_CONNECTION,
        &Daemon::notified, this, MHD_OPTION_CONNECTION_TIMEOUT,
        static_cast<unsigned>(limits.idleTimeoutSeconds), MHD_OPTION_CONNECTION_MEMORY_LIMIT,
        static_cast<size_t>(limits.connectionMemoryBytes), MHD_OPTION_CONNECTION_LIMIT,
        static_cast<unsigned>(limits.maxConnections + 64), MHD_OPTION_END);
    if (!m_mhd) {
        *error = QStringLiteral("libmicrohttpd did not start");
        return false;
    }
    m_acceptor = std::thread([this] { acceptLoop(); });
    return true;
}

void HttpListener::Daemon::stop()
{
    m_stopping = true;
    if (m_acceptor.joinable())
        m_acceptor.join();
    if (m_mhd) {
        // The requests still waiting for the owner's thread are answered 503
        // (the sender retries), and their connections handed back.
        {
            std::lock_guard lock(m_suspendedMutex);
            for (auto &[connection, state] : m_suspended) {
                state->answer = plain(503);
                state->resumedAtStop = true;
                ++m_resumingAtStop;
                MHD_resume_connection(connection);
            }
            m_suspended.clear();
        }
        for (int waited = 0; waited < 2000 && m_resumingAtStop.load() > 0; ++waited)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        MHD_stop_daemon(m_mhd);
    }
    m_mhd = nullptr;
    if (m_listenFd >= 0)
        ::close(m_listenFd);
    m_listenFd = -1;
}

void *HttpListener::Daemon::uriSeen(void *, const char *uri, MHD_Connection *)
{
    // The raw request target, before libmicrohttpd decodes it: a signature
    // covers the query exactly as it was sent.
    auto *state = new RequestState;
    const QByteArray target(uri ? uri : "");
    const qsizetype mark = target.indexOf('?');
    state->request.path = mark < 0 ? target : target.left(mark);
    state->request.query = mark < 0 ? QByteArray() : target.mid(mark + 1);
    return state;
}

MHD_Result HttpListener::Daemon::begin(MHD_Connection *connection, RequestState &state)
{
    HttpListener &owner = m_owner;
    ++owner.m_counters.requests;
    MHD_get_connection_values(connection, MHD_HEADER_KIND, &collectHeader, &state.request.headers);
    state.request.peer = peerOf(connection);
    state.request.client = state.request.peer;
    if (!owner.m_limits.trustedProxyHeader.isEmpty()) {
        // The proxy appends the address it saw: the last entry is the one to trust.
        const QByteArray forwarded
            = state.request.header(owner.m_limits.trustedProxyHeader.constData());
        const QHostAddress named(
            QString::fromLatin1(forwarded.mid(forwarded.lastIndexOf(',') + 1).trimmed()));
        if (!named.isNull())
            state.request.client = named;
    }
    state.fd = fdOf(connection);
    setPhase(state.fd, Phase::InRequest);
    if (throttled(state.request.client)) {
        ++owner.m_counters.throttled;
        HttpResponse tooMany = plain(429);
        tooMany.headers.append({ QByteArrayLiteral("Retry-After"), QByteArrayLiteral("60") });
        state.early = tooMany;
        return queue(connection, *state.early);
    }
    if (const int status
        = owner.m_limits.early ? owner.m_limits.early(state.request.method, state.request.path) : 0;
        status != 0) {
        HttpResponse answer = plain(status);
        if (status == 503)
            answer.headers.append({ QByteArrayLiteral("Retry-After"), QByteArrayLiteral("30") });
        state.early = answer;
        return queue(connection, *state.early);
    }
    const qint64 endpoint = owner.m_limits.bodyLimit
        ? owner.m_limits.bodyLimit(state.request.method, state.request.path)
        : -1;
    state.limit = endpoint >= 0 ? endpoint : owner.m_limits.maxBodyBytes;
    bool numeric = false;
    const qint64 declared = state.request.header("content-length").toLongLong(&numeric);
    if (numeric && declared > state.limit) {
        // Refused before a byte of the body is read.
        ++owner.m_counters.tooLarge;
        state.early = plain(413);
        noteRefused(state.request.client);
        return queue(connection, *state.early);
    }
    return MHD_YES;
}

MHD_Result HttpListener::Daemon::access(void *cls, MHD_Connection *connection, const char *,
    const char *method, const char *, const char *data, size_t *size, void **context)
{
    auto *self = static_cast<Daemon *>(cls);
    auto *state = static_cast<RequestState *>(*context);
    if (!state) { // no URI callback ran: should not happen
        state = new RequestState;
        *context = state;
    }
    if (state->request.method.isEmpty()) {
        state->request.method = QByteArray(method);
        return self->begin(connection, *state);
    }
    if (state->answer) {
        if (state->resumedAtStop) {
            state->resumedAtStop = false;
            --self->m_resumingAtStop;
        }
        return queue(connection, *state->answer);
    }
    if (*size > 0) {
        const auto chunk = static_cast<qsizetype>(*size);
        *size = 0;
        state->received += chunk;
        if (state->early) {
            // Past the limit (a chunked body declares no length): what
            // follows is read and dropped, up to four times the limit, then
            // the connection is cut.
            return state->received > 4 * state->limit + 65536 ? MHD_NO : MHD_YES;
        }
        if (state->received > state->limit) {
            ++self->m_owner.m_counters.tooLarge;
            self->noteRefused(state->request.client);
            state->early = plain(413);
            state->request.body.clear();
            return MHD_YES;
        }
        state->request.body.append(data, chunk);
        return MHD_YES;
    }
    if (state->early)
        return queue(connection, *state->early);
    if (!state->suspended) {
        // Complete: the owner's thread answers; the connection waits.
        state->suspended = true;
        {
            std::lock_guard lock(self->m_suspendedMutex);
            MHD_suspend_connection(connection);
            self->m_suspended.emplace(connection, state);
        }
        HttpListener *owner = &self->m_owner;
        QMetaObject::invokeMethod(
            owner, [owner, connection, state] { owner->handle(connection, state); },
            Qt::QueuedConnection);
    }
    return MHD_YES;
}

void HttpListener::Daemon::completed(
    void *cls, MHD_Connection *, void **context, MHD_RequestTerminationCode)
{
    auto *self = static_cast<Daemon *>(cls);
    auto *state = static_cast<RequestState *>(*context);
    if (state) {
        if (state->resumedAtStop)
            --self->m_resumingAtStop; // closed before its 503 went out
        self->setPhase(state->fd, Phase::Waiting); // for the next request's headers
        // A body can hold a number or a text (a callback's To, an incoming
        // message): zeroed before its memory goes back.
        state->request.body.fill('\0');
        delete state;
    }
    *context = nullptr;
}

void HttpListener::Daemon::notified(
    void *cls, MHD_Connection *connection, void **, MHD_ConnectionNotificationCode code)
{
    auto *self = static_cast<Daemon *>(cls);
    if (code != MHD_CONNECTION_NOTIFY_CLOSED)
        return;
    const int fd = fdOf(connection);
    std::lock_guard lock(self->m_mutex);
    if (self->m_connections.erase(fd) > 0)
        --self->m_owner.m_counters.open;
}

void HttpListener::Daemon::setPhase(int fd, Phase phase)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_connections.find(fd);
    if (it != m_connections.end()) {
        it->second.phase = phase;
        it->second.sinceMs = steadyMs();
    }
}

bool HttpListener::Daemon::throttled(const QHostAddress &peer)
{
    std::lock_guard lock(m_refusedMutex);
    const auto it = m_refused.constFind(peer.toString());
    return it != m_refused.constEnd() && steadyMs() - it->startMs < 60000
        && it->refused >= m_owner.m_limits.refusedPerMinutePerAddress;
}

void HttpListener::Daemon::noteRefused(const QHostAddress &peer)
{
    std::lock_guard lock(m_refusedMutex);
    const qint64 now = steadyMs();
    if (m_refused.size() > 100000)
        m_refused.removeIf(
            [now](const auto &entry) { return now - entry.value().startMs >= 60000; });
    Window &window = m_refused[peer.toString()];
    if (now - window.startMs >= 60000)
        window = { now, 0 };
    ++window.refused;
}

void HttpListener::Daemon::acceptLoop()
{
    while (!m_stopping) {
        pollfd listening { m_listenFd, POLLIN, 0 };
        const int ready = ::poll(&listening, 1, 250);
        sweep();
        if (ready > 0 && (listening.revents & POLLIN))
            acceptOne();
    }
}

void HttpListener::Daemon::acceptOne()
{
    for (;;) {
        sockaddr_storage address {};
        socklen_t length = sizeof address;
        const int fd = ::accept4(m_listenFd, reinterpret_cast<sockaddr *>(&address), &length,
            SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0 && (errno == EMFILE || errno == ENFILE)) {
            // Out of descriptors: the longest-idle connection goes (unless
            // one is on its way out already), and the newcomer is taken once
            // it is closed.
            {
                std::lock_guard lock(m_mutex);
                const bool closing = std::any_of(m_connections.cbegin(), m_connections.cend(),
                    [](const auto &entry) { return entry.second.closing; });
                if (!closing)
                    evictOldestWaiting();
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            return;
        }
        if (fd < 0)
            return;
        {
            std::lock_guard lock(m_mutex);
            qint64 open = 0;
            for (const auto &[other, tracked] : m_connections)
                open += tracked.closing ? 0 : 1;
            // At the cap: the connection waiting longest for its headers
            // makes room; with none waiting, the newcomer is turned away.
            if (open >= m_cap && !evictOldestWaiting()) {
                ::close(fd);
                ++m_owner.m_counters.evicted;
                continue;
            }
            m_connections[fd] = { Phase::Waiting, steadyMs(), false };
            ++m_owner.m_counters.open;
        }
        ++m_owner.m_counters.accepted;
        if (MHD_add_connection(m_mhd, fd, reinterpret_cast<sockaddr *>(&address), length)
            != MHD_YES) {
            // libmicrohttpd closed it.
            std::lock_guard lock(m_mutex);
            if (m_connections.erase(fd) > 0)
                --m_owner.m_counters.open;
        }
    }
}

void HttpListener::Daemon::closeLocked(int fd, Tracked &tracked, std::atomic<qint64> &counter)
{
    // libmicrohttpd sees the connection end and closes it (and tells us).
    ::shutdown(fd, SHUT_RDWR);
    tracked.closing = true;
    ++counter;
}

bool HttpListener::Daemon::evictOldestWaiting()
{
    int oldest = -1;
    qint64 since = 0;
    for (const auto &[fd, tracked] : m_connections) {
        if (!tracked.closing && tracked.phase == Phase::Waiting
            && (oldest < 0 || tracked.sinceMs < since)) {
            oldest = fd;
            since = tracked.sinceMs;
        }
    }
    if (oldest < 0)
        return false;
    closeLocked(oldest, m_connections[oldest], m_owner.m_counters.evicted);
    return true;
}

void HttpListener::Daemon::sweep()
{
    const qint64 now = steadyMs();
    const qint64 headers = qint64 { m_owner.m_limits.headerTimeoutSeconds } * 1000;
    const qint64 requests = qint64 { m_owner.m_limits.requestTimeoutSeconds } * 1000;
    std::lock_guard lock(m_mutex);
    for (auto &[fd, tracked] : m_connections) {
        if (tracked.closing)
            continue;
        const qint64 deadline = tracked.phase == Phase::Waiting ? headers : requests;
        if (now - tracked.sinceMs > deadline)
            closeLocked(fd, tracked, m_owner.m_counters.timedOut);
    }
}

HttpListener::HttpListener(Limits limits, Handler handler, QObject *parent)
    : QObject(parent), m_limits(std::move(limits)), m_handler(std::move(handler))
{ }

HttpListener::~HttpListener()
{
    m_daemon.reset();
}

quint16 HttpListener::listen(const QHostAddress &address, quint16 port)
{
    m_daemon.reset();
    auto daemon = std::make_unique<Daemon>(*this);
    quint16 bound = 0;
    if (!daemon->start(address, port, &bound, &m_error))
        return 0;
    m_daemon = std::move(daemon);
    return bound;
}

bool HttpListener::Daemon::waiting(MHD_Connection *connection, const RequestState *state)
{
    std::lock_guard lock(m_suspendedMutex);
    const auto it = m_suspended.find(connection);
    return it != m_suspended.end() && it->second == state;
}

void HttpListener::Daemon::answer(
    MHD_Connection *connection, RequestState *state, HttpResponse answer)
{
    std::lock_guard lock(m_suspendedMutex);
    const auto it = m_suspended.find(connection);
    if (it == m_suspended.end() || it->second != state)
        return; // a stop answered it meanwhile
    m_suspended.erase(it);
    state->answer = std::move(answer);
    MHD_resume_connection(connection);
}

struct HttpListener::Reply::Pending {
    QPointer<HttpListener> listener;
    void *connection = nullptr;
    void *state = nullptr;
    QHostAddress client;
    bool answered = false;

    Pending() = default;
    Pending(const Pending &) = delete;
    Pending &operator=(const Pending &) = delete;
    ~Pending()
    {
        if (!answered && listener)
            listener->send(connection, state, client, plain(500));
    }
};

void HttpListener::Reply::operator()(HttpResponse answer) const
{
    Pending &pending = *m_pending;
    if (pending.answered)
        return;
    pending.answered = true;
    if (pending.listener)
        pending.listener->send(
            pending.connection, pending.state, pending.client, std::move(answer));
}

void HttpListener::handle(void *connection, void *opaque)
{
    auto *mhd = static_cast<MHD_Connection *>(connection);
    auto *state = static_cast<RequestState *>(opaque);
    // The daemon that suspended it may have stopped (and freed the state).
    if (!m_daemon || !m_daemon->waiting(mhd, state))
        return;
    auto pending = std::make_shared<Reply::Pending>();
    pending->listener = this;
    pending->connection = connection;
    pending->state = state;
    pending->client = state->request.client;
    m_handler(state->request, Reply(std::move(pending)));
}

void HttpListener::send(
    void *connection, void *opaque, const QHostAddress &client, HttpResponse answer)
{
    // A request answered later: a stop may have answered it meanwhile (and
    // the daemon freed it), which answer() sees.
    if (!m_daemon)
        return;
    if (answer.countsAsRefusal
        && (answer.status == 400 || answer.status == 401 || answer.status == 403
            || answer.status == 413))
        m_daemon->noteRefused(client);
    m_daemon->answer(static_cast<MHD_Connection *>(connection), static_cast<RequestState *>(opaque),
        std::move(answer));
}

} // namespace relay::core
