// moderato-graphsim: a stand-in for Microsoft Graph's calls API and the Entra token endpoint over real HTTP.
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace graphsim {

class GraphSimulatorPrivate;
class NotificationTokens;
class RelayEmulator;

//! Serves one scenario over HTTP on the caller's event loop: Graph under /v1.0, the token endpoint at
//! /{tenant}/oauth2/v2.0/token and test hooks under /_sim/ (resources/scenarios/sim-hooks.md).
class GraphSimulator : public QObject
{
    Q_OBJECT
public:
    explicit GraphSimulator(QObject *parent = nullptr);
    ~GraphSimulator() override;

    //! Replaces the whole world (calls, tokens, faults, log, clock) with the scenario; false + *error if invalid.
    bool loadScenario(const QByteArray &json, QString *error);
    bool loadScenarioFile(const QString &path, QString *error);

    //! Starts listening; returns the bound port (port 0 picks a free one), 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port = 0);
    //! http://HOST:PORT; the Graph root is baseUrl + "/v1.0", the login root is baseUrl itself.
    QUrl baseUrl() const;

    //! The bearer token Graph puts on the notifications it posts for the app \a audienceClientId
    //! (RS256 from the key served at /_sim/openid/keys; valid for an hour of simulated time).
    QByteArray notificationToken(const QString &audienceClientId) const;
    //! The signing key, its rotation, and forged tokens, for tests of the app's verification.
    NotificationTokens &notificationTokens();
    //! The emulated Azure Relay (the scenario's "relays"): where Graph's notifications are
    //! delivered to a callbackUri on a hybrid connection.
    RelayEmulator &relays();

    //! Moves the simulated clock forward and runs everything that has become due (same as POST /_sim/clock).
    void advanceClock(double seconds);

private:
    std::unique_ptr<GraphSimulatorPrivate> d;
};

} // namespace graphsim
