// RelayListener against the simulator's Azure Relay emulation: a sender's POST reaches Moderato's
// handler with what the relay forwards, and the sender gets Moderato's answer — small, large,
// after a relay outage, with two listeners, across token renewals; a wrong key stops for good.
#include "relay_fixture.h"

#include "core/notifications/sas_token.h"
#include "simulator/relay_emulator.h"

#include <QCryptographicHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace relaytest;
using moderato::NotificationListener;
using State = moderato::NotificationListener::State;

class TestRelayListener : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void postReachesTheHandlerAndTheSenderGetsItsAnswer()
    {
        RelayFixture relay;
        Recorder recorder;
        recorder.answer = "{\"accepted\":true}";
        auto listener = relay.listener(&recorder);
        QVERIFY(waitFor(*listener, State::Listening));
        QCOMPARE(listener->stateText(), QStringLiteral("Listening through %1/%2").arg(Namespace, Path));
        QCOMPARE(listener->publicUrl(), QUrl(QStringLiteral("https://%1/%2").arg(Namespace, Path)));

        const Reply reply = relay.post(QStringLiteral("/$hc/moderato/cb/abc?call=7&sb-hc-token=x"), "{\"value\":[]}",
                                       {{"Content-Type", "application/json"},
                                        {"Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"},
                                        {"Client-Request-Id", "c-1"}});
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.body, QByteArray("{\"accepted\":true}"));
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(reply.header("Via"), QByteArray("1.1 ") + Namespace.toLatin1());

        QCOMPARE(recorder.requests.size(), 1);
        const moderato::IncomingRequest &request = recorder.requests.first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.target, QStringLiteral("/cb/abc?call=7")); // sb-hc-* removed
        QCOMPARE(request.body, QByteArray("{\"value\":[]}"));
        // Graph's token reaches Moderato as it was sent: the relay passes Authorization on.
        QCOMPARE(request.header("authorization"), QByteArray("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"));
        QCOMPARE(request.header("client-request-id"), QByteArray("c-1"));
        QCOMPARE(request.header("via"), QByteArray("1.1 ") + Namespace.toLatin1());
        QVERIFY(request.header("host").isEmpty());
        QVERIFY(request.header("content-length").isEmpty());
        QVERIFY(request.header("connection").isEmpty());
    }

    void theDocumentedAddressWithoutHcWorksToo()
    {
        RelayFixture relay;
        Recorder recorder;
        auto listener = relay.listener(&recorder);
        QVERIFY(waitFor(*listener, State::Listening));
        QCOMPARE(relay.post(QStringLiteral("/moderato/cb/xyz")).status, 202);
        QCOMPARE(recorder.requests.value(0).target, QStringLiteral("/cb/xyz"));
    }

    void largeRequestAndLargeAnswerGoOverRendezvous()
    {
        RelayFixture relay;
        Recorder recorder;
        auto listener = relay.listener(&recorder);
        QVERIFY(waitFor(*listener, State::Listening));
        QByteArray body(200 * 1024, 'x');
        for (int i = 0; i < body.size(); i += 97)
            body[i] = char('a' + i % 26);
        recorder.answer = QByteArray(100 * 1024, 'y');
        const Reply reply = relay.post(QStringLiteral("/moderato/cb/big"), body);
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.body.size(), 100 * 1024);
        QCOMPARE(recorder.requests.size(), 1);
        QCOMPARE(recorder.requests.first().body, body);
        QCOMPARE(relay.relayState().value(QLatin1String("requestsOverRendezvous")).toInt(), 1);
        QCOMPARE(relay.relayState().value(QLatin1String("protocolViolations")).toInt(), 0);
        // The same sender's next (small) request comes over the rendezvous it kept.
        QCOMPARE(relay.post(QStringLiteral("/moderato/cb/small")).status, 202);
        QCOMPARE(recorder.requests.size(), 2);
        QCOMPARE(recorder.requests.last().target, QStringLiteral("/cb/small"));
    }

    void largeAnswerToASmallRequestGoesOverRendezvous()
    {
        RelayFixture relay;
        Recorder recorder;
        recorder.answer = QByteArray(70 * 1024, 'z');
        auto listener = relay.listener(&recorder);
        QVERIFY(waitFor(*listener, State::Listening));
        const Reply reply = relay.post(QStringLiteral("/moderato/cb/q"));
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.body, recorder.answer);
        QCOMPARE(relay.relayState().value(QLatin1String("protocolViolations")).toInt(), 0);
    }

    void wrongKeyFailsWithASentenceAndDoesNotRetry()
    {
        RelayFixture relay;
        Recorder recorder;
        moderato::RelayTimings quick;
        quick.firstRetryDelay = std::chrono::milliseconds(50);
        auto listener = relay.listener(&recorder, quick, "not-the-key");
        QVERIFY(waitFor(*listener, State::Failed));
        QCOMPARE(listener->stateText(),
                 QStringLiteral("The relay %1/%2 refused the key named 'listen': check the key name and the key.")
                     .arg(Namespace, Path));
        QSignalSpy changes(listener.get(), &NotificationListener::stateChanged);
        QTest::qWait(1000);
        QCOMPARE(changes.size(), 0);
        QCOMPARE(listener->connections(), 0);
        QCOMPARE(relay.listenersConnected(), 0);
    }

    void wrongHybridConnectionFails()
    {
        RelayFixture relay;
        moderato::RelayListenerConfig config = relay.config();
        config.hybridConnection = QStringLiteral("elsewhere");
        moderato::RelayListener listener(config);
        listener.start();
        QVERIFY(waitFor(listener, State::Failed));
        QCOMPARE(listener.stateText(),
                 QStringLiteral("The relay %1 has no hybrid connection named 'elsewhere'.").arg(Namespace));
    }

    void unencryptedRelayAddressOnlyOnLoopback()
    {
        RelayFixture relay;
        moderato::RelayListenerConfig config = relay.config();
        config.relayAddress = QUrl(QStringLiteral("ws://relay.example.org"));
        moderato::RelayListener listener(config);
        listener.start();
        QCOMPARE(listener.state(), State::Failed);
        QCOMPARE(listener.stateText(),
                 QStringLiteral("An unencrypted ws:// relay address is allowed only on this computer."));
    }

    void relayOutageReconnectsAndRequestsFlowAgain()
    {
        RelayFixture relay;
        Recorder recorder;
        auto listener = relay.listener(&recorder);
        QVERIFY(waitFor(*listener, State::Listening));
        QSignalSpy changes(listener.get(), &NotificationListener::stateChanged);
        relay.send("POST", QStringLiteral("/_sim/relays/drop"));
        QVERIFY(waitFor(*listener, State::Reconnecting, 5000));
        QVERIFY2(listener->stateText().startsWith(QStringLiteral("Connection to the relay lost; trying again in ")),
                 qPrintable(listener->stateText()));
        QVERIFY(waitFor(*listener, State::Listening, 5000));
        QCOMPARE(listener->connections(), 2);
        QCOMPARE(relay.post(QStringLiteral("/moderato/cb/after")).status, 202);
        QCOMPARE(recorder.requests.size(), 1);
    }

    void twoListenersShareTheRequests()
    {
        RelayFixture relay;
        Recorder first;
        Recorder second;
        auto a = relay.listener(&first);
        auto b = relay.listener(&second);
        QVERIFY(waitFor(*a, State::Listening));
        QVERIFY(waitFor(*b, State::Listening));
        QTRY_COMPARE(relay.listenersConnected(), 2);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(relay.post(QStringLiteral("/moderato/cb/%1").arg(i)).status, 202);
        QCOMPARE(first.requests.size() + second.requests.size(), 30);
        QVERIFY2(!first.requests.isEmpty() && !second.requests.isEmpty(),
                 qPrintable(QStringLiteral("%1 and %2").arg(first.requests.size()).arg(second.requests.size())));
    }

    void tokenIsRenewedBeforeItExpires()
    {
        RelayFixture relay;
        Recorder recorder;
        moderato::RelayTimings shortTokens;
        shortTokens.tokenLifetime = std::chrono::seconds(3);
        auto listener = relay.listener(&recorder, shortTokens);
        QVERIFY(waitFor(*listener, State::Listening));
        // The emulated relay closes a control channel whose token expires (1008); after two
        // renewals the first channel is still up.
        QTRY_VERIFY_WITH_TIMEOUT(listener->tokenRenewals() >= 2, 15000);
        QCOMPARE(listener->state(), State::Listening);
        QCOMPARE(listener->connections(), 1);
        QVERIFY2(listener->tokenRenewals() >= 2, qPrintable(QString::number(listener->tokenRenewals())));
        const QJsonObject state = relay.relayState().value(QLatin1String("listeners")).toArray().at(0).toObject();
        QCOMPARE(state.value(QLatin1String("tokenRenewals")).toInt(), listener->tokenRenewals());
        QCOMPARE(state.value(QLatin1String("id")).toString(), listener->listenerId());
        QCOMPARE(relay.post(QStringLiteral("/moderato/cb/still")).status, 202);
    }

    void noListenerIs502AndASilentOneIs504()
    {
        RelayFixture relay(scenario(QJsonObject{{QStringLiteral("requestTimeout"), 1}}));
        QCOMPARE(relay.post(QStringLiteral("/moderato/cb/nobody")).status, 502);
        Recorder recorder;
        recorder.silent = true;
        auto listener = relay.listener(&recorder);
        QVERIFY(waitFor(*listener, State::Listening));
        const Reply reply = relay.post(QStringLiteral("/moderato/cb/silent"));
        QCOMPARE(reply.status, 504);
        QVERIFY(reply.header("Via").isEmpty()); // the relay's own answer, not the listener's
        QCOMPARE(recorder.requests.size(), 1);
    }

    void statusesTheRelayKeepsForItselfBecome500()
    {
        RelayFixture relay;
        Recorder recorder;
        recorder.status = 502;
        auto listener = relay.listener(&recorder);
        QVERIFY(waitFor(*listener, State::Listening));
        QCOMPARE(relay.post(QStringLiteral("/moderato/cb/x")).status, 500);
    }

    void inProcessDeliveryTakesTheSenderPath()
    {
        RelayFixture relay;
        Recorder recorder;
        auto listener = relay.listener(&recorder);
        QVERIFY(waitFor(*listener, State::Listening));
        graphsim::RelayEmulator &emulator = relay.simulator.relays();
        const QUrl callback(QStringLiteral("https://%1/%2/cb/3fa9").arg(Namespace, Path));
        QVERIFY(emulator.isRelayAddress(callback));
        QVERIFY(!emulator.isRelayAddress(QUrl(QStringLiteral("https://%1/other/cb").arg(Namespace))));
        QVERIFY(!emulator.isRelayAddress(QUrl(QStringLiteral("https://elsewhere.example/%1/cb").arg(Path))));
        int status = 0;
        emulator.deliver(callback, "{\"value\":[{\"changeType\":\"updated\"}]}",
                         {{"Content-Type", "application/json"}, {"Authorization", "Bearer jwt"}},
                         [&status](int s) { status = s; });
        QTRY_COMPARE(status, 202);
        QCOMPARE(recorder.requests.value(0).target, QStringLiteral("/cb/3fa9"));
        QCOMPARE(recorder.requests.value(0).header("authorization"), QByteArray("Bearer jwt"));
    }

    void webSocketSendersAreDeclined()
    {
        RelayFixture relay;
        Recorder recorder;
        auto listener = relay.listener(&recorder);
        QVERIFY(waitFor(*listener, State::Listening));
        const QString id =
            relay.hook("POST", QStringLiteral("/_sim/relays/accept")).value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(
            relay.relayState()[QLatin1String("accepts")][id].toString().startsWith(QStringLiteral("rejected 404")));
    }

    void relayThatRequiresClientAuthorizationTakesGraphsHeader()
    {
        // Why the hybrid connection must not require client authorization: the relay then takes
        // Graph's "Authorization: Bearer …" for its own token and refuses the request.
        RelayFixture relay(scenario(QJsonObject{{QStringLiteral("requiresClientAuthorization"), true}}));
        Recorder recorder;
        auto listener = relay.listener(&recorder);
        QVERIFY(waitFor(*listener, State::Listening));
        const Reply refused = relay.post(QStringLiteral("/moderato/cb/x"), "{}",
                                         {{"Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"}});
        QCOMPARE(refused.status, 401);
        QVERIFY(recorder.requests.isEmpty());
        // With the relay's token in the query instead, Authorization is passed on as it came.
        const QByteArray sendToken = moderato::sharedAccessSignature(
            moderato::relayTokenResource(Namespace, Path), KeyName, Key, QDateTime::currentSecsSinceEpoch() + 600);
        const Reply passed =
            relay.post(QStringLiteral("/moderato/cb/x?sb-hc-token=")
                           + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(sendToken))),
                       "{}", {{"Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"}});
        QCOMPARE(passed.status, 202);
        QCOMPARE(recorder.requests.value(0).header("authorization"),
                 QByteArray("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"));
        QCOMPARE(recorder.requests.value(0).target, QStringLiteral("/cb/x"));
    }

    void aRelayThatStopsAnsweringPingsIsLeft()
    {
        // A "relay" that completes the WebSocket handshake and then reads nothing: no pong ever
        // comes back, as when a NAT or load balancer silently dropped the connection.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> accepted;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = silent.nextPendingConnection();
            accepted.append(socket);
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                const QByteArray request = socket->readAll();
                const qsizetype at = request.indexOf("Sec-WebSocket-Key: ");
                if (at < 0)
                    return;
                const QByteArray key = request.mid(at + 19, request.indexOf('\r', at) - at - 19);
                const QByteArray acceptKey =
                    QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                             QCryptographicHash::Sha1)
                        .toBase64();
                socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                              "Sec-WebSocket-Accept: "
                              + acceptKey + "\r\n\r\n");
                socket->disconnect(); // from now on nothing is read or answered
            });
        });
        moderato::RelayListener listener(relayAt(silent.serverPort()));
        moderato::RelayTimings timings;
        timings.keepAliveInterval = std::chrono::milliseconds(200);
        listener.setTimings(timings);
        listener.start();
        QVERIFY(waitFor(listener, State::Listening));
        QVERIFY(waitFor(listener, State::Reconnecting, 3000));
        QVERIFY2(listener.stateText().startsWith(QStringLiteral("The relay stopped answering; trying again in ")),
                 qPrintable(listener.stateText()));
        listener.stop();
    }

    void aRelayThatNeverAnswersTheHandshakeIsRetried()
    {
        QTcpServer mute; // accepts the connection, never answers the upgrade
        QVERIFY(mute.listen(QHostAddress::LocalHost));
        moderato::RelayListener listener(relayAt(mute.serverPort()));
        moderato::RelayTimings timings;
        timings.connectTimeout = std::chrono::milliseconds(300);
        listener.setTimings(timings);
        listener.start();
        QCOMPARE(listener.state(), State::Connecting);
        QVERIFY(waitFor(listener, State::Reconnecting, 3000));
        QCOMPARE(listener.stateText().left(50),
                 QStringLiteral("Cannot reach the relay %1/%2; trying again in ").arg(Namespace, Path).left(50));
        listener.stop();
    }

    void stopLeavesTheRelay()
    {
        RelayFixture relay;
        Recorder recorder;
        auto listener = relay.listener(&recorder);
        QVERIFY(waitFor(*listener, State::Listening));
        QTRY_COMPARE(relay.listenersConnected(), 1);
        listener->stop();
        QCOMPARE(listener->state(), State::Stopped);
        QTRY_COMPARE(relay.listenersConnected(), 0);
        QCOMPARE(relay.post(QStringLiteral("/moderato/cb/x")).status, 502);
    }
};

QTEST_GUILESS_MAIN(TestRelayListener)
#include "tst_relay_listener.moc"
