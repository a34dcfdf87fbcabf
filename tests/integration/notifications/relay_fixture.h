#pragma once
// Moderato's relay listener against the simulator's Azure Relay emulation over loopback: the
// simulator in-process on 127.0.0.1, RelayListeners pointed at it with the ws:// override, and a
// real QNetworkAccessManager as the sender (the part Graph plays).

#include "core/notifications/relay_listener.h"
#include "simulator/graph_simulator.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

namespace relaytest {

inline const QString Namespace = QStringLiteral("contoso-moderato.servicebus.windows.net");
inline const QString Path = QStringLiteral("moderato");
inline const QString KeyName = QStringLiteral("listen");
inline const QByteArray Key = "7cXr1Lw0o4VZp5Qm3nT9sYb2Hk8Jd6Fa+Ue/Gi1Rq0E=";

//! One tenant (the simulator needs one) and one hybrid connection.
inline QJsonObject scenario(const QJsonObject &relayExtras = {})
{
    QJsonObject relay{{QStringLiteral("namespace"), Namespace},
                      {QStringLiteral("path"), Path},
                      {QStringLiteral("keyName"), KeyName},
                      {QStringLiteral("key"), QString::fromLatin1(Key)}};
    for (auto it = relayExtras.begin(); it != relayExtras.end(); ++it)
        relay.insert(it.key(), it.value());
    const QJsonObject tenant{{QStringLiteral("id"), QStringLiteral("9d2c6a1e-4b3f-4e5d-8a7c-1f2e3d4c5b6a")},
                             {QStringLiteral("apps"), QJsonArray()}};
    return QJsonObject{{QStringLiteral("tenants"), QJsonArray{tenant}}, {QStringLiteral("relays"), QJsonArray{relay}}};
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

//! What a listener's handler saw, and how it answers.
struct Recorder
{
    QList<moderato::IncomingRequest> requests;
    int status = 202;
    QByteArray answer;
    bool silent = false; //!< never answers

    moderato::NotificationListener::Handler handler()
    {
        return
            [this](const moderato::IncomingRequest &request, const moderato::NotificationListener::Responder &respond) {
                requests.append(request);
                if (!silent)
                    respond(status, answer);
            };
    }
};

//! The tests' relay credentials, with the relay itself at ws://127.0.0.1:\a port.
inline moderato::RelayListenerConfig relayAt(quint16 port, const QByteArray &key = Key)
{
    moderato::RelayListenerConfig c;
    c.relayNamespace = Namespace;
    c.hybridConnection = Path;
    c.keyName = KeyName;
    c.key = key;
    c.relayAddress = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port));
    return c;
}

class RelayFixture
{
public:
    explicit RelayFixture(const QJsonObject &world = scenario())
    {
        QString error;
        if (!simulator.loadScenario(QJsonDocument(world).toJson(), &error))
            qFatal("scenario: %s", qPrintable(error));
        if (simulator.listen(QHostAddress::LocalHost) == 0)
            qFatal("simulator could not listen");
    }

    moderato::RelayListenerConfig config(const QByteArray &key = Key) const
    {
        return relayAt(quint16(simulator.baseUrl().port()), key);
    }

    //! A listener that answers through \a recorder, started.
    std::unique_ptr<moderato::RelayListener> listener(Recorder *recorder, const moderato::RelayTimings &timings = {},
                                                      const QByteArray &key = Key)
    {
        auto l = std::make_unique<moderato::RelayListener>(config(key));
        l->setTimings(timings);
        l->setHandler(recorder->handler());
        l->start();
        return l;
    }

    //! Sends \a verb to \a pathAndQuery on the simulator and waits for the answer.
    Reply send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 20000)
    {
        QUrl url = simulator.baseUrl();
        const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
        url.setPath(pathAndQuery.left(question));
        if (question >= 0)
            url.setQuery(pathAndQuery.mid(question + 1));
        QNetworkRequest request(url);
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);
        QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return out;
    }

    Reply post(const QString &pathAndQuery, const QByteArray &body = "{}",
               const QList<QPair<QByteArray, QByteArray>> &headers = {{"Content-Type", "application/json"}})
    {
        return send("POST", pathAndQuery, body, headers);
    }

    QJsonObject hook(const QByteArray &verb, const QString &path)
    {
        return QJsonDocument::fromJson(send(verb, path).body).object();
    }

    //! The emulator's view of the fixture's hybrid connection (GET /_sim/relays).
    QJsonObject relayState()
    {
        return hook("GET", QStringLiteral("/_sim/relays")).value(QLatin1String("relays")).toArray().at(0).toObject();
    }
    int listenersConnected() { return relayState().value(QLatin1String("listeners")).toArray().size(); }

    graphsim::GraphSimulator simulator;
    QNetworkAccessManager network;
};

//! Waits until \a listener is in \a state (or the time is up); returns whether it got there.
inline bool waitFor(moderato::NotificationListener &listener, moderato::NotificationListener::State state,
                    int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (listener.state() != state && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
    return listener.state() == state;
}

} // namespace relaytest
