// LocalListener on a loopback port: a tunnel's POST reaches the handler with its headers and body
// and gets the handler's answer; oversized, malformed and slow requests get a 4xx and a close, and
// the listener keeps serving whatever came before.
#include "core/notifications/local_listener.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>
#include "support/test_columns.h"

using moderato::IncomingRequest;
using moderato::LocalListener;
using moderato::LocalListenerConfig;
using State = moderato::NotificationListener::State;

namespace {

const QUrl kPublicUrl(QStringLiteral("https://moderato-7.ngrok.app/moderato"));

LocalListenerConfig config()
{
    LocalListenerConfig c;
    c.publicUrl = kPublicUrl;
    c.limits.head.maxBody = 64 * 1024;
    c.limits.headTimeoutMs = 400;
    c.limits.requestTimeoutMs = 800;
    return c;
}

//! Writes \a bytes to the listener on a raw socket and returns everything it answers before
//! closing (or after \a timeoutMs).
QByteArray exchange(quint16 port, const QByteArray &bytes, int timeoutMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(2000))
        return "not connected";
    socket.write(bytes);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        QTest::qWait(10);
        answer += socket.readAll();
    }
    return answer + socket.readAll();
}

int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

} // namespace

class TestLocalListener : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<LocalListener> m_listener;
    QList<IncomingRequest> m_requests;

    quint16 port() const { return m_listener->serverPort(); }

    //! A good POST through QNetworkAccessManager, as a tunnel would forward it.
    int postThroughQnam(const QByteArray &path = "/moderato/cb/ok")
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()) + QString::fromLatin1(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer eyJ0.e30.c2ln");
        QNetworkReply *reply = network.post(request, QByteArrayLiteral("{\"value\":[1]}"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(5000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

private Q_SLOTS:
    void init()
    {
        m_requests.clear();
        m_listener = std::make_unique<LocalListener>(config());
        m_listener->setHandler(
            [this](const IncomingRequest &request, const moderato::NotificationListener::Responder &respond) {
                m_requests.append(request);
                respond(202, "{\"ok\":true}");
            });
        m_listener->start();
        QCOMPARE(m_listener->state(), State::Listening);
        QVERIFY(port() != 0);
    }
    void cleanup() { m_listener.reset(); }

    void postArrivesWithHeadersAndBody()
    {
        QCOMPARE(postThroughQnam("/moderato/cb/abc?call=1"), 202);
        QCOMPARE(m_requests.size(), 1);
        const IncomingRequest &request = m_requests.first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.target, QStringLiteral("/cb/abc?call=1")); // below the public address' path
        QCOMPARE(request.header("authorization"), QByteArray("Bearer eyJ0.e30.c2ln"));
        QCOMPARE(request.header("content-type"), QByteArray("application/json"));
        QCOMPARE(request.body, QByteArray("{\"value\":[1]}"));
        QCOMPARE(m_listener->publicUrl(), kPublicUrl);
        QCOMPARE(m_listener->stateText(),
                 QStringLiteral("Listening on 127.0.0.1:%1 for %2").arg(port()).arg(kPublicUrl.toString()));
    }

    void aProxyThatStripsThePathIsFineToo()
    {
        QCOMPARE(postThroughQnam("/cb/abc"), 202);
        QCOMPARE(m_requests.value(0).target, QStringLiteral("/cb/abc"));
    }

    void answerIsComplete()
    {
        const QByteArray answer = exchange(port(), "POST /moderato/cb HTTP/1.1\r\nHost: x\r\n"
                                                   "Content-Length: 2\r\n\r\n{}");
        QVERIFY2(answer.startsWith("HTTP/1.1 202 Accepted\r\n"), answer.constData());
        QVERIFY(answer.contains("\r\nContent-Length: 11\r\n"));
        QVERIFY(answer.contains("\r\nConnection: close\r\n"));
        QVERIFY(answer.endsWith("\r\n\r\n{\"ok\":true}"));
    }

    void expectContinue()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(socket.waitForConnected(2000));
        socket.write("POST /moderato/cb HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY((answer += socket.readAll()) == "HTTP/1.1 100 Continue\r\n\r\n");
        socket.write("{}");
        QTRY_VERIFY((answer += socket.readAll()).contains("HTTP/1.1 202 Accepted\r\n"));
        QCOMPARE(m_requests.value(0).body, QByteArray("{}"));
    }

    void refusals_data()
    {
        testing::addColumns<QByteArray, int>({"bytes", "status"});
        QTest::newRow("GET") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << 405;
        QTest::newRow("oversized body") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 70000\r\n\r\n"
                                                      + QByteArray(70000, 'a'))
                                        << 413;
        QTest::newRow("oversized head") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nX: " + QByteArray(20000, 'a'))
                                        << 431;
        QTest::newRow("no length") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\n\r\n{}") << 411;
        QTest::newRow("chunked") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                 << 501;
        QTest::newRow("TLS hello") << QByteArray::fromHex("16030100a5010000a10303") + QByteArray("\r\n\r\n") << 400;
        QTest::newRow("short body") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n{}") << 408;
        QTest::newRow("slow head") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\n") << 408;
    }
    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        const QByteArray answer = exchange(port(), bytes);
        QCOMPARE(statusOf(answer), status);
        QVERIFY(m_requests.isEmpty());
        QCOMPARE(postThroughQnam(), 202);
    }

    void garbageDoesNotHurt()
    {
        QRandomGenerator random(20250301);
        for (int i = 0; i < 40; ++i) {
            QByteArray junk(int(random.bounded(1, 3000)), Qt::Uninitialized);
            for (char &c : junk)
                c = char(random.bounded(256));
            if (i % 3 == 0)
                junk.prepend("POST /moderato HTTP/1.1\r\n");
            if (i % 2 == 0)
                junk.append("\r\n\r\n");
            const QByteArray answer = exchange(port(), junk, 3000);
            QVERIFY2(answer.isEmpty() || statusOf(answer) >= 400, answer.left(40).constData());
        }
        QVERIFY(m_requests.isEmpty());
        QCOMPARE(postThroughQnam(), 202);
        QCOMPARE(m_requests.size(), 1);
    }

    void manyConnectionsAtOnce()
    {
        QList<QTcpSocket *> idle;
        for (int i = 0; i < 40; ++i) {
            auto *socket = new QTcpSocket(this);
            socket->connectToHost(QHostAddress::LocalHost, port());
            idle.append(socket);
        }
        QTest::qWait(200);
        qDeleteAll(idle);
        QCOMPARE(postThroughQnam(), 202);
    }

    void portInUseFailsWithASentence()
    {
        LocalListenerConfig taken = config();
        taken.port = port();
        LocalListener second(taken);
        second.start();
        QCOMPARE(second.state(), State::Failed);
        QVERIFY2(second.stateText().startsWith(QStringLiteral("Cannot listen on 127.0.0.1:%1: ").arg(port())),
                 qPrintable(second.stateText()));
    }

    void publicAddressMustBeHttps()
    {
        LocalListenerConfig plain = config();
        plain.publicUrl = QUrl(QStringLiteral("http://moderato-7.ngrok.app/"));
        LocalListener listener(plain);
        listener.start();
        QCOMPARE(listener.state(), State::Failed);
        QCOMPARE(listener.serverPort(), quint16(0));
    }

    void stopClosesThePort()
    {
        const quint16 was = port();
        m_listener->stop();
        QCOMPARE(m_listener->state(), State::Stopped);
        QCOMPARE(exchange(was, "POST / HTTP/1.1\r\n\r\n", 500), QByteArray("not connected"));
    }
};

QTEST_GUILESS_MAIN(TestLocalListener)
#include "tst_local_listener.moc"
