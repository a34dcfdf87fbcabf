// The relay protocol's messages as the listener reads and writes them
// (relay-hybrid-connections-protocol.md, "Request message", "Responding to requests",
// "Listener token renewal").
#include "core/notifications/relay_message.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include "support/test_columns.h"

using namespace moderato;

namespace {

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

//! JSON written with ' for " (moc cannot read raw string literals with quotes in them).
QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

} // namespace

class TestRelayMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestOnTheControlChannel()
    {
        const RelayMessage message = parseRelayMessage(
            json("{'request':{"
                 "'address':'wss://dc-node.servicebus.windows.net:443/$hc/moderato?sb-hc-action=request&sb-hc-id=42',"
                 "'id':'42c34cb5-7a04-4d40-a19f-bdc66441e736','requestTarget':'/moderato/cb/abc?x=1',"
                 "'method':'POST','requestHeaders':{'Content-Type':'application/json',"
                 "'Authorization':'Bearer eyJ0','Via':'1.1 contoso-moderato.servicebus.windows.net'},"
                 "'body':true}}"));
        QCOMPARE(message.kind, RelayMessage::Kind::Request);
        const RelayRequest &request = message.request;
        QCOMPARE(request.id, QStringLiteral("42c34cb5-7a04-4d40-a19f-bdc66441e736"));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.target, QStringLiteral("/moderato/cb/abc?x=1"));
        QVERIFY(request.hasBody);
        QVERIFY(!request.onlyAddress);
        QCOMPARE(request.address.scheme(), QStringLiteral("wss"));
        QVERIFY(request.headers.contains({QByteArray("authorization"), QByteArray("Bearer eyJ0")}));
        QVERIFY(request.headers.contains({QByteArray("content-type"), QByteArray("application/json")}));
    }

    void requestWithOnlyItsAddressComesOverRendezvous()
    {
        const RelayMessage message = parseRelayMessage(
            json("{'request':{'address':'wss://dc.servicebus.windows.net/$hc/m?sb-hc-action=request','id':'7'}}"));
        QCOMPARE(message.kind, RelayMessage::Kind::Request);
        QVERIFY(message.request.onlyAddress);
        QCOMPARE(message.request.address.host(), QStringLiteral("dc.servicebus.windows.net"));
    }

    void acceptNamesItsAddress()
    {
        const RelayMessage message = parseRelayMessage(
            json("{'accept':{'address':'wss://dc.servicebus.windows.net/$hc/m?sb-hc-action=accept&sb-hc-id=1',"
                 "'id':'1','connectHeaders':{'Host':'x'}}}"));
        QCOMPARE(message.kind, RelayMessage::Kind::Accept);
        QCOMPARE(message.accept.id, QStringLiteral("1"));
    }

    void unknownMessagesAreIgnored()
    {
        QCOMPARE(parseRelayMessage(json("{'somethingNew':{'a':1}}")).kind, RelayMessage::Kind::Ignored);
    }

    void malformed_data()
    {
        testing::addColumns<QByteArray, bool>({"text", "keepsId"});
        QTest::newRow("not JSON") << json("{request") << false;
        QTest::newRow("array") << json("[]") << false;
        QTest::newRow("two messages") << json("{'request':{},'accept':{}}") << false;
        QTest::newRow("request not an object") << json("{'request':5}") << false;
        QTest::newRow("no id") << json("{'request':{'method':'POST','requestTarget':'/a','body':false}}") << false;
        QTest::newRow("method with space")
            << json("{'request':{'id':'1','method':'PO ST','requestTarget':'/a','body':false}}") << true;
        QTest::newRow("CONNECT") << json("{'request':{'id':'1','method':'CONNECT','requestTarget':'/a','body':false}}")
                                 << true;
        QTest::newRow("target not a path")
            << json("{'request':{'id':'1','method':'POST','requestTarget':'http://x/','body':false}}") << true;
        QTest::newRow("target with a line break")
            << json("{'request':{'id':'1','method':'POST','requestTarget':'/a\\r\\nX: y','body':false}}") << true;
        QTest::newRow("header value not text")
            << json("{'request':{'id':'1','method':'POST','requestTarget':'/a','requestHeaders':{'a':1}}}") << true;
        QTest::newRow("header name not a token")
            << json("{'request':{'id':'1','method':'POST','requestTarget':'/a','requestHeaders':{'a b':'1'}}}") << true;
        QTest::newRow("header value with a line break")
            << json("{'request':{'id':'1','method':'POST','requestTarget':'/a','requestHeaders':{'a':'1\\n2'}}}")
            << true;
        QTest::newRow("body not a boolean")
            << json("{'request':{'id':'1','method':'POST','requestTarget':'/a','body':'yes'}}") << true;
        QTest::newRow("address only, but not a WebSocket address")
            << json("{'request':{'id':'1','address':'https://x/'}}") << true;
        QTest::newRow("accept without address") << json("{'accept':{'id':'1'}}") << false;
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, keepsId);
        const RelayMessage message = parseRelayMessage(text);
        QCOMPARE(message.kind, RelayMessage::Kind::Invalid);
        QVERIFY(!message.problem.isEmpty());
        // A request that names itself can still be answered (400), so its sender does not wait.
        QCOMPARE(!message.request.id.isEmpty(), keepsId);
    }

    void responseMessage()
    {
        const QJsonObject response =
            objectOf(relayResponseMessage(QStringLiteral("42"), 202, {{"Content-Type", "application/json"}}, true))
                .value(QLatin1String("response"))
                .toObject();
        QCOMPARE(response.value(QLatin1String("requestId")).toString(), QStringLiteral("42"));
        QCOMPARE(response.value(QLatin1String("statusCode")).toInt(), 202);
        QCOMPARE(response.value(QLatin1String("body")).toBool(), true);
        QCOMPARE(response.value(QLatin1String("responseHeaders"))[QLatin1String("Content-Type")].toString(),
                 QStringLiteral("application/json"));
    }

    void renewTokenMessage()
    {
        const QJsonObject renew = objectOf(relayRenewTokenMessage("SharedAccessSignature sr=a&sig=b&se=1&skn=c"));
        QCOMPARE(renew.value(QLatin1String("renewToken"))[QLatin1String("token")].toString(),
                 QStringLiteral("SharedAccessSignature sr=a&sig=b&se=1&skn=c"));
    }

    void handshakeRefusal()
    {
        QCOMPARE(handshakeRefusalStatus(QStringLiteral(
                     "QWebSocketPrivate::processHandshake: Unhandled http status code: 401 (Unauthorized).")),
                 401);
        QCOMPARE(handshakeRefusalStatus(QStringLiteral("Connection refused")), 0);
        QCOMPARE(handshakeRefusalStatus(QStringLiteral("Host contoso401.example not found")), 0);
    }
};

QTEST_GUILESS_MAIN(TestRelayMessage)
#include "tst_relay_message.moc"
