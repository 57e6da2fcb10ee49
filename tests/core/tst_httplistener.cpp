// HttpListener: the limits `engine serve` keeps against hostile clients,
// tried with raw sockets as an attacker would send bytes.
#include "Loopback.h"
#include "engine/HttpListener.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

#include <sys/socket.h>
#include <unistd.h>

using relay::core::HttpListener;
using relay::core::HttpRequest;
using relay::core::HttpResponse;

namespace {

// Sends raw bytes, then reads until the server answers or closes. The event
// loop runs meanwhile: the listener answers on this thread.
QByteArray exchange(quint16 port, const QByteArray &bytes, int waitMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return "no connection";
    socket.write(bytes);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < waitMs && socket.state() == QAbstractSocket::ConnectedState) {
        QTest::qWait(5);
        answer += socket.readAll();
        if (answer.contains("\r\n\r\n"))
            break;
    }
    return answer + socket.readAll();
}

int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.") ? answer.mid(9, 3).toInt() : 0;
}

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
}

// A POST from another thread, blocking until the whole answer (the
// connection is closed after it), while this thread runs its event loop.
QByteArray exchangeBlocking(quint16 port, const QByteArray &path)
{
    const int fd = relay::test::connectLoopback(port, 10);
    QByteArray answer;
    if (fd >= 0) {
        const QByteArray request = "POST " + path
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: 3\r\n\r\na=1";
        if (::send(fd, request.constData(), static_cast<size_t>(request.size()), 0) > 0) {
            char buffer[512];
            ssize_t got = 0;
            while ((got = ::recv(fd, buffer, sizeof buffer, 0)) > 0)
                answer.append(buffer, static_cast<qsizetype>(got));
        }
    }
    ::close(fd);
    return answer;
}

} // namespace

class TestHttpListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void answersOnTheOwnersThread();
    void oversizedBodiesAreRefusedBeforeTheyAreRead();
    void chunkedBodiesAreCappedWhileRead();
    void slowHeadersAreDropped();
    void theLongestIdleMakesRoomAtTheCap();
    void refusalsPerAddressAreThrottled();
    void aStopAnswersTheRequestsStillWaiting();
    void answersGivenLaterGoOutOnce();

private:
    std::unique_ptr<HttpListener> m_listener;
    quint16 m_port = 0;
    QList<HttpRequest> m_seen;
    HttpListener::Limits m_limits;
    int m_status = 200;
    bool m_countsAsRefusal = true;
    void start();
};

void TestHttpListener::init()
{
    m_listener.reset();
    m_seen.clear();
    m_limits = {};
    m_limits.bodyLimit = [](const QByteArray &, const QByteArray &path) -> qint64 {
        return path == "/big" ? 1024 * 1024 : 1024;
    };
    m_status = 200;
    m_countsAsRefusal = true;
}

void TestHttpListener::start()
{
    m_listener = std::make_unique<HttpListener>(
        m_limits, [this](const HttpRequest &request, const HttpListener::Reply &reply) {
            m_seen.append(request);
            HttpResponse r;
            r.status = m_status;
            r.body = "ok";
            r.countsAsRefusal = m_countsAsRefusal;
            reply(r);
        });
    m_port = m_listener->listen(QHostAddress::LocalHost);
    QVERIFY2(m_port > 0, qPrintable(m_listener->errorString()));
}

void TestHttpListener::answersOnTheOwnersThread()
{
    start();
    QThread *handlerThread = nullptr;
    m_listener = std::make_unique<HttpListener>(
        m_limits, [&](const HttpRequest &request, const HttpListener::Reply &reply) {
            handlerThread = QThread::currentThread();
            m_seen.append(request);
            reply(HttpResponse {});
        });
    m_port = m_listener->listen(QHostAddress::LocalHost);
    const QByteArray answer = exchange(
        m_port, post("/twilio/status?ref=abc", "a=1&b=2", "X-Twilio-Signature: sig\r\n"));
    QCOMPARE(statusOf(answer), 200);
    QCOMPARE(handlerThread, QThread::currentThread());
    QCOMPARE(m_seen.size(), 1);
    QCOMPARE(m_seen.first().method, QByteArray("POST"));
    QCOMPARE(m_seen.first().path, QByteArray("/twilio/status"));
    QCOMPARE(m_seen.first().query, QByteArray("ref=abc"));
    QCOMPARE(m_seen.first().body, QByteArray("a=1&b=2"));
    QCOMPARE(m_seen.first().header("x-twilio-signature"), QByteArray("sig"));
    QCOMPARE(m_seen.first().peer, QHostAddress(QHostAddress::LocalHost));
}

void TestHttpListener::oversizedBodiesAreRefusedBeforeTheyAreRead()
{
    start();
    // 50 MB declared, not one byte of it sent: the answer comes anyway.
    QElapsedTimer timer;
    timer.start();
    const QByteArray answer = exchange(
        m_port, "POST /twilio/status HTTP/1.1\r\nHost: x\r\nContent-Length: 52428800\r\n\r\n");
    QCOMPARE(statusOf(answer), 413);
    QVERIFY(timer.elapsed() < 3000);
    QCOMPARE(m_seen.size(), 0); // the handler never saw it
    QCOMPARE(m_listener->counters().tooLarge.load(), 1);
    // Within the endpoint's limit it goes through.
    QCOMPARE(statusOf(exchange(m_port, post("/big", QByteArray(100000, 'a')))), 200);
}

void TestHttpListener::chunkedBodiesAreCappedWhileRead()
{
    start();
    // No Content-Length: the cap applies as the chunks arrive.
    QByteArray chunks;
    for (int i = 0; i < 8; ++i)
        chunks += "200\r\n" + QByteArray(512, 'a') + "\r\n";
    chunks += "0\r\n\r\n";
    const QByteArray answer = exchange(m_port,
        "POST /twilio/status HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks);
    QCOMPARE(statusOf(answer), 413);
    QCOMPARE(m_seen.size(), 0);
}

void TestHttpListener::slowHeadersAreDropped()
{
    m_limits.headerTimeoutSeconds = 1;
    start();
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(slow.waitForConnected(3000));
    // A header line every 400 ms keeps the connection busy but never done.
    slow.write("POST /twilio/status HTTP/1.1\r\n");
    QElapsedTimer timer;
    timer.start();
    while (slow.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
        slow.write("X-Slow: 1\r\n");
        QTest::qWait(400);
    }
    QCOMPARE(slow.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(timer.elapsed() < 4000);
    QVERIFY(m_listener->counters().timedOut.load() >= 1);
}

void TestHttpListener::theLongestIdleMakesRoomAtTheCap()
{
    m_limits.maxConnections = 5;
    start();
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 5; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket->waitForConnected(3000));
        socket->write("GET / HTTP/1.1\r\n"); // never finished
        idle.push_back(std::move(socket));
        QTest::qWait(50);
    }
    QTRY_COMPARE(m_listener->counters().open.load(), 5);
    // A real request at the cap is answered; the oldest idle one went.
    QCOMPARE(statusOf(exchange(m_port, post("/twilio/status", "a=1"))), 200);
    QVERIFY(m_listener->counters().evicted.load() >= 1);
    QTRY_COMPARE(idle.front()->state(), QAbstractSocket::UnconnectedState);
}

void TestHttpListener::refusalsPerAddressAreThrottled()
{
    m_limits.refusedPerMinutePerAddress = 3;
    m_status = 403;
    start();
    // Refusals the handler says honest callers share (the package's
    // callouts, all from Salesforce's addresses) do not count.
    m_countsAsRefusal = false;
    for (int i = 0; i < 5; ++i)
        QCOMPARE(statusOf(exchange(m_port, post("/salesforce/sms", "{}"))), 403);
    m_countsAsRefusal = true;
    for (int i = 0; i < 3; ++i)
        QCOMPARE(statusOf(exchange(m_port, post("/twilio/status", "a=1"))), 403);
    // Past its refusals, the address is answered 429 without any work.
    const qsizetype seen = m_seen.size();
    const QByteArray answer = exchange(m_port, post("/twilio/status", "a=1"));
    QCOMPARE(statusOf(answer), 429);
    QVERIFY(answer.contains("Retry-After: 60"));
    QCOMPARE(m_seen.size(), seen);
}

// A request whose answer the owner's thread has not given yet when the
// listener goes away (a server stopping under load): answered 503, not
// left suspended, which makes libmicrohttpd abort the process.
void TestHttpListener::aStopAnswersTheRequestsStillWaiting()
{
    start();
    QByteArray answer;
    // The client blocks in its own thread: this thread must not run its
    // event loop, or the listener would answer before it is destroyed.
    std::thread client([port = m_port, &answer] {
        const int fd = relay::test::connectLoopback(port, 10);
        if (fd >= 0) {
            const QByteArray request = post("/twilio/status", "a=1");
            if (::send(fd, request.constData(), static_cast<size_t>(request.size()), 0) > 0) {
                char buffer[512];
                const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
                if (got > 0)
                    answer = QByteArray(buffer, static_cast<qsizetype>(got));
            }
        }
        ::close(fd);
    });
    // The request is in and waits for this thread (which is not running its event loop).
    for (int i = 0; i < 500 && m_listener->counters().requests.load() == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    QCOMPARE(m_listener->counters().requests.load(), qint64 { 1 });
    m_listener.reset();
    client.join();
    QCOMPARE(statusOf(answer), 503);
    QVERIFY(m_seen.isEmpty()); // the handler never ran
}

// A handler may answer after it returns (a status callback waits for its
// batch's commit); the first answer goes out, a second is ignored, and a
// request whose every Reply is dropped unanswered gets 500, not silence.
void TestHttpListener::answersGivenLaterGoOutOnce()
{
    QList<HttpListener::Reply> held;
    m_listener = std::make_unique<HttpListener>(
        m_limits, [&](const HttpRequest &request, const HttpListener::Reply &reply) {
            if (request.path == "/dropped")
                return; // the only copy goes when this returns
            held.append(reply);
            if (held.size() == 2) {
                QTimer::singleShot(50, this, [&held] {
                    HttpResponse second;
                    second.body = "second";
                    held.last()(second);
                    HttpResponse first;
                    first.status = 202;
                    first.body = "first";
                    held.first()(first);
                    first.status = 500; // a second answer to one request: ignored
                    held.first()(first);
                });
            }
        });
    m_port = m_listener->listen(QHostAddress::LocalHost);
    QVERIFY(m_port > 0);
    QByteArray first;
    QByteArray second;
    // Both requests wait, answered in the other order, on one connection each.
    std::atomic<int> done { 0 };
    std::thread client([port = m_port, &first, &done] {
        first = exchangeBlocking(port, "/a");
        ++done;
    });
    QTRY_COMPARE(held.size(), 1);
    std::thread other([port = m_port, &second, &done] {
        second = exchangeBlocking(port, "/b");
        ++done;
    });
    QTRY_COMPARE(done.load(), 2);
    client.join();
    other.join();
    QCOMPARE(statusOf(first), 202);
    QVERIFY(first.endsWith("first"));
    QCOMPARE(statusOf(second), 200);
    QVERIFY(second.endsWith("second"));
    held.clear();
    QCOMPARE(statusOf(exchange(m_port, post("/dropped", "a=1"))), 500);
}

QTEST_GUILESS_MAIN(TestHttpListener)
#include "tst_httplistener.moc"
