// The simulator's Azure Relay emulation as seen by a listener written here, message by message
// from the protocol document (not Moderato's RelayListener): who may connect, what a forwarded
// request looks like, what the sender gets back, rendezvous, token expiry.
#include "sim_harness.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QWebSocket>
#include <QtTest>
#include "support/test_columns.h"

using namespace simtest;

namespace {

const QString kNamespace = QStringLiteral("contoso-moderato.servicebus.windows.net");
const QByteArray kKey = "relay-key-for-the-emulation";

QJsonObject relayScenario(double requestTimeout = 60)
{
    QJsonObject world = standardScenario();
    world.insert(QStringLiteral("relays"), QJsonArray{QJsonObject{{QStringLiteral("namespace"), kNamespace},
                                                                  {QStringLiteral("path"), QStringLiteral("moderato")},
                                                                  {QStringLiteral("keyName"), QStringLiteral("listen")},
                                                                  {QStringLiteral("key"), QString::fromLatin1(kKey)},
                                                                  {QStringLiteral("requestTimeout"), requestTimeout}}});
    return world;
}

//! A Service Bus SAS token, made here from the documentation's recipe.
QByteArray sasToken(const QString &resource, qint64 expiresIn = 3600, const QByteArray &key = kKey,
                    const QString &keyName = QStringLiteral("listen"))
{
    const QByteArray sr = QUrl::toPercentEncoding(resource);
    const QByteArray se = QByteArray::number(QDateTime::currentSecsSinceEpoch() + expiresIn);
    const QByteArray sig = QMessageAuthenticationCode::hash(sr + '\n' + se, key, QCryptographicHash::Sha256).toBase64();
    return "SharedAccessSignature sr=" + sr + "&sig=" + QUrl::toPercentEncoding(QString::fromLatin1(sig)) + "&se=" + se
           + "&skn=" + QUrl::toPercentEncoding(keyName);
}

QByteArray goodToken(qint64 expiresIn = 3600)
{
    return sasToken(QStringLiteral("http://") + kNamespace + QStringLiteral("/moderato"), expiresIn);
}

//! A listener written from the protocol document: it records every message.
struct RawSocket
{
    QWebSocket socket;
    QStringList texts;
    QList<QByteArray> binaries;

    RawSocket()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [this](const QString &t) { texts.append(t); });
        QObject::connect(&socket, &QWebSocket::binaryMessageReceived,
                         [this](const QByteArray &b) { binaries.append(b); });
    }
    //! Opens \a url (with \a header when given); returns the refusal's HTTP status, 0 when open.
    int open(const QUrl &url, const QByteArray &authorization = {})
    {
        QNetworkRequest request(url);
        if (!authorization.isEmpty())
            request.setRawHeader("ServiceBusAuthorization", authorization);
        socket.open(request);
        QElapsedTimer timer;
        timer.start();
        do
            QTest::qWait(10);
        while (socket.state() != QAbstractSocket::ConnectedState && socket.state() != QAbstractSocket::UnconnectedState
               && timer.elapsed() < 5000);
        if (socket.state() == QAbstractSocket::ConnectedState)
            return 0;
        const auto match = QRegularExpression(QStringLiteral("status code: (\\d+)")).match(socket.errorString());
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }
    QJsonObject message(int i) const { return QJsonDocument::fromJson(texts.value(i).toUtf8()).object(); }
};

QUrl listenUrl(const Harness &sim, const QString &query)
{
    QUrl url = sim.url(QStringLiteral("/$hc/moderato"));
    url.setScheme(QStringLiteral("ws"));
    url.setQuery(query);
    return url;
}

//! The HTTP status the relay answers a WebSocket handshake with (101: switching protocols).
int handshakeStatus(const Harness &sim, const QString &path, const QString &query)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(sim.url(QString()).port()));
    QElapsedTimer timer;
    timer.start();
    while (socket.state() != QAbstractSocket::ConnectedState && timer.elapsed() < 2000)
        QTest::qWait(10);
    socket.write("GET " + QUrl::toPercentEncoding(path, "/$") + '?' + query.toLatin1()
                 + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                   "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                   "Sec-WebSocket-Version: 13\r\n\r\n");
    QByteArray answer;
    timer.restart();
    while (!answer.contains("\r\n") && timer.elapsed() < 5000) {
        QTest::qWait(10); // the simulator answers on this thread's event loop
        answer += socket.readAll();
    }
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : -1;
}

QByteArray encoded(const QByteArray &token)
{
    return QUrl::toPercentEncoding(QString::fromLatin1(token));
}

//! Where a listener connects with \a token.
QUrl listenerUrl(const Harness &sim, const QByteArray &token)
{
    return listenUrl(sim, QStringLiteral("sb-hc-action=listen&sb-hc-token=") + QString::fromLatin1(encoded(token)));
}

} // namespace

class GraphSimRelayTest : public QObject
{
    Q_OBJECT

private slots:
    void listenerHandshake_data()
    {
        testing::addColumns<QString, QString, int>({"query", "path", "status"});
        const QString listen = QStringLiteral("sb-hc-action=listen&sb-hc-token=");
        QTest::newRow("good token") << listen + QString::fromLatin1(encoded(goodToken())) << QStringLiteral("moderato")
                                    << 101;
        QTest::newRow("namespace-wide token")
            << listen + QString::fromLatin1(encoded(sasToken(QStringLiteral("sb://") + kNamespace + QLatin1Char('/'))))
            << QStringLiteral("moderato") << 101;
        QTest::newRow("no token") << QStringLiteral("sb-hc-action=listen") << QStringLiteral("moderato") << 401;
        QTest::newRow("wrong key") << listen
                                          + QString::fromLatin1(encoded(sasToken(QStringLiteral("http://") + kNamespace
                                                                                     + QStringLiteral("/moderato"),
                                                                                 3600, "nope")))
                                   << QStringLiteral("moderato") << 401;
        QTest::newRow("wrong key name") << listen
                                               + QString::fromLatin1(encoded(sasToken(
                                                   QStringLiteral("http://") + kNamespace + QStringLiteral("/moderato"),
                                                   3600, kKey, QStringLiteral("send"))))
                                        << QStringLiteral("moderato") << 401;
        QTest::newRow("expired") << listen + QString::fromLatin1(encoded(goodToken(-5))) << QStringLiteral("moderato")
                                 << 401;
        QTest::newRow("other hybrid connection's token")
            << listen
                   + QString::fromLatin1(
                       encoded(sasToken(QStringLiteral("http://") + kNamespace + QStringLiteral("/other"))))
            << QStringLiteral("moderato") << 403;
        QTest::newRow("unknown hybrid connection")
            << listen + QString::fromLatin1(encoded(goodToken())) << QStringLiteral("other") << 404;
        QTest::newRow("no action") << QStringLiteral("sb-hc-token=") + QString::fromLatin1(encoded(goodToken()))
                                   << QStringLiteral("moderato") << 400;
        QTest::newRow("expired rendezvous")
            << QStringLiteral("sb-hc-action=request&sb-hc-id=nope") << QStringLiteral("moderato") << 403;
    }
    void listenerHandshake()
    {
        QFETCH(QString, query);
        QFETCH(QString, path);
        QFETCH(int, status);
        Harness sim(relayScenario());
        QVERIFY2(sim.ok(), qPrintable(sim.error()));
        QCOMPARE(handshakeStatus(sim, QStringLiteral("/$hc/") + path, query), status);
    }

    void tokenInTheServiceBusAuthorizationHeader()
    {
        Harness sim(relayScenario());
        RawSocket listener;
        QCOMPARE(listener.open(listenUrl(sim, QStringLiteral("sb-hc-action=listen")), goodToken()), 0);
    }

    void forwardedRequestAndAnswer()
    {
        Harness sim(relayScenario());
        RawSocket listener;
        QCOMPARE(listener.open(listenUrl(sim, QStringLiteral("sb-hc-action=listen&sb-hc-id=L1&sb-hc-token=")
                                                  + QString::fromLatin1(encoded(goodToken())))),
                 0);
        QNetworkRequest post(sim.url(QStringLiteral("/moderato/cb/abc?a=1&sb-hc-token=zzz&sb-hc-id=7")));
        post.setRawHeader("Content-Type", "application/json");
        post.setRawHeader("Authorization", "Bearer graph-jwt");
        post.setRawHeader("ServiceBusAuthorization", "SharedAccessSignature x");
        post.setRawHeader("X-Custom", "kept");
        post.setRawHeader("Via", "1.1 proxy.example");
        QNetworkReply *reply = sim.network().post(post, QByteArray("{\"n\":1}"));
        QTRY_COMPARE(listener.texts.size(), 1);
        QTRY_COMPARE(listener.binaries.size(), 1);
        const QJsonObject request = listener.message(0).value(QLatin1String("request")).toObject();
        QCOMPARE(request.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(request.value(QLatin1String("requestTarget")).toString(), QStringLiteral("/moderato/cb/abc?a=1"));
        QCOMPARE(request.value(QLatin1String("body")).toBool(), true);
        const QString id = request.value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY2(request.value(QLatin1String("address"))
                     .toString()
                     .contains(QStringLiteral("/$hc/moderato?sb-hc-action=request")),
                 qPrintable(request.value(QLatin1String("address")).toString()));
        const QJsonObject headers = request.value(QLatin1String("requestHeaders")).toObject();
        QCOMPARE(headers.value(QLatin1String("authorization")).toString(), QStringLiteral("Bearer graph-jwt"));
        QCOMPARE(headers.value(QLatin1String("x-custom")).toString(), QStringLiteral("kept"));
        QCOMPARE(headers.value(QLatin1String("via")).toString(),
                 QStringLiteral("1.1 proxy.example, 1.1 ") + kNamespace);
        for (const char *gone : {"host", "content-length", "connection", "servicebusauthorization"})
            QVERIFY2(!headers.contains(QLatin1String(gone)), gone);
        QCOMPARE(listener.binaries.first(), QByteArray("{\"n\":1}"));

        const QJsonObject response{
            {QStringLiteral("requestId"), id},
            {QStringLiteral("statusCode"), QStringLiteral("201")}, // a string, as in the document
            {QStringLiteral("responseHeaders"),
             QJsonObject{{QStringLiteral("X-Reply"), QStringLiteral("yes")},
                         {QStringLiteral("Content-Type"), QStringLiteral("text/plain")}}},
            {QStringLiteral("body"), true}};
        listener.socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("response"), response}}).toJson()));
        listener.socket.sendBinaryMessage("created");
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QCOMPARE(reply->rawHeader("X-Reply"), QByteArray("yes"));
        QCOMPARE(reply->rawHeader("Via"), QByteArray("1.1 ") + kNamespace.toLatin1());
        QCOMPARE(reply->readAll(), QByteArray("created"));
        delete reply;
        const QJsonObject state =
            sim.hook("GET", QStringLiteral("/_sim/relays"))[QLatin1String("relays")][0].toObject();
        QCOMPARE(state[QLatin1String("listeners")][0][QLatin1String("id")].toString(), QStringLiteral("L1"));
        QCOMPARE(state[QLatin1String("requestsForwarded")].toInt(), 1);
        QVERIFY(sim.log().isEmpty()); // the relay's traffic is not Graph's
    }

    void largeRequestComesOverRendezvous()
    {
        Harness sim(relayScenario());
        RawSocket listener;
        QCOMPARE(listener.open(listenerUrl(sim, goodToken())), 0);
        const QByteArray body(100 * 1024, 'b');
        QNetworkReply *reply = sim.network().post(QNetworkRequest(sim.url(QStringLiteral("/moderato/cb/big"))), body);
        QTRY_COMPARE(listener.texts.size(), 1);
        const QJsonObject announced = listener.message(0).value(QLatin1String("request")).toObject();
        QCOMPARE(announced.keys(),
                 (QStringList{QStringLiteral("address"), QStringLiteral("id")})); // "the remainder is left empty"
        QVERIFY(listener.binaries.isEmpty());

        RawSocket rendezvous;
        QCOMPARE(rendezvous.open(QUrl(announced.value(QLatin1String("address")).toString())), 0);
        QTRY_COMPARE(rendezvous.binaries.size(), 1);
        const QJsonObject request = rendezvous.message(0).value(QLatin1String("request")).toObject();
        QCOMPARE(request.value(QLatin1String("id")), announced.value(QLatin1String("id")));
        QCOMPARE(request.value(QLatin1String("requestTarget")).toString(), QStringLiteral("/moderato/cb/big"));
        QCOMPARE(rendezvous.binaries.first(), body);
        const QJsonObject response{{QStringLiteral("requestId"), request.value(QLatin1String("id"))},
                                   {QStringLiteral("statusCode"), 200},
                                   {QStringLiteral("body"), false}};
        rendezvous.socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("response"), response}}).toJson()));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
    }

    void largeAnswerOnTheControlChannelIsRefused()
    {
        Harness sim(relayScenario());
        RawSocket listener;
        QCOMPARE(listener.open(listenerUrl(sim, goodToken())), 0);
        QNetworkReply *reply =
            sim.network().post(QNetworkRequest(sim.url(QStringLiteral("/moderato/cb"))), QByteArray("{}"));
        QTRY_COMPARE(listener.texts.size(), 1);
        const QString id = listener.message(0)[QLatin1String("request")][QLatin1String("id")].toString();
        const QJsonObject response{
            {QStringLiteral("requestId"), id}, {QStringLiteral("statusCode"), 200}, {QStringLiteral("body"), true}};
        listener.socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("response"), response}}).toJson()));
        listener.socket.sendBinaryMessage(QByteArray(65 * 1024, 'r'));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 502);
        delete reply;
    }

    void expiredTokenClosesTheControlChannel()
    {
        Harness sim(relayScenario());
        RawSocket listener;
        QCOMPARE(listener.open(listenerUrl(sim, goodToken(2))), 0);
        QTRY_COMPARE_WITH_TIMEOUT(listener.socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(listener.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    }

    void renewalWithABadTokenClosesTheControlChannel()
    {
        Harness sim(relayScenario());
        RawSocket listener;
        QCOMPARE(listener.open(listenerUrl(sim, goodToken())), 0);
        const QJsonObject renew{
            {QStringLiteral("renewToken"), QJsonObject{{QStringLiteral("token"), QString::fromLatin1(goodToken(-1))}}}};
        listener.socket.sendTextMessage(QString::fromUtf8(QJsonDocument(renew).toJson()));
        QTRY_COMPARE_WITH_TIMEOUT(listener.socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(listener.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    }

    void aNewScenarioDisconnectsListeners()
    {
        Harness sim(relayScenario());
        RawSocket listener;
        QCOMPARE(listener.open(listenerUrl(sim, goodToken())), 0);
        QString error;
        QVERIFY(sim.simulator().loadScenario(QJsonDocument(relayScenario()).toJson(), &error));
        QTRY_COMPARE_WITH_TIMEOUT(listener.socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(sim.hook("GET", QStringLiteral("/_sim/relays"))[QLatin1String("relays")][0][QLatin1String("listeners")]
                     .toArray()
                     .size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(GraphSimRelayTest)
#include "tst_graphsim_relay.moc"
