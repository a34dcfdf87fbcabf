#pragma once
// Moderato's core talking to an in-process GraphSimulator over loopback HTTP with a real
// QNetworkAccessManager: the token provider, the client, and the /_sim/ hooks the tests inspect.

#include "core/auth/cloud.h"
#include "core/auth/token_provider.h"
#include "core/graph/graph_client.h"
#include "core/graph/graph_request.h"
#include "simulator/graph_simulator.h"
#include "support/signed_in_core.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <functional>
#include <memory>

namespace itest {

inline const QString Tenant = QStringLiteral("9d2c6a1e-4b3f-4e5d-8a7c-1f2e3d4c5b6a");
inline const QString TenantDomain = QStringLiteral("contoso.test");
inline const QString App = QStringLiteral("c0ffee00-1234-4abc-8def-0123456789ab");
inline const QString Secret = QStringLiteral("graphsim-secret~&=value");
inline const QString Call = QStringLiteral("7531d31f-d10d-44de-802f-c569dbca451c");
inline const QString AdaId = QStringLiteral("278405a3-f568-4b3e-b684-009193463064");
inline const QString AlanId = QStringLiteral("7e1b4346-85a6-4bdd-abe3-d11c5d420efe");
//! The organiser of the tests' meetings, and the https callback the bot registers when it joins.
inline const QString Organizer = QStringLiteral("5f2cd7d6-fad4-4770-9c2e-6a461872fd6a");
inline const QString Callback = QStringLiteral("https://moderato.example.org/callback");

//! A participant object shaped as Graph returns it (like the documentation's list example).
inline QJsonObject participant(const QString &id, const QString &name)
{
    const QJsonObject user{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.identity")},
                           {QStringLiteral("id"), QString(QStringLiteral("u-") + id)},
                           {QStringLiteral("displayName"), name},
                           {QStringLiteral("tenantId"), Tenant}};
    return QJsonObject{
        {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.participant")},
        {QStringLiteral("id"), id},
        {QStringLiteral("info"),
         QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.participantInfo")},
                     {QStringLiteral("identity"),
                      QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.identitySet")},
                                  {QStringLiteral("user"), user}}}}},
        {QStringLiteral("mediaStreams"),
         QJsonArray{QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.mediaStream")},
                                {QStringLiteral("mediaType"), QStringLiteral("audio")},
                                {QStringLiteral("direction"), QStringLiteral("sendReceive")},
                                {QStringLiteral("serverMuted"), false}}}},
        {QStringLiteral("isMuted"), false},
        {QStringLiteral("isInLobby"), false},
    };
}

//! A Teams meetup-join link for the meeting thread \a thread organised by \a organizer in \a tenant,
//! as invitations carry it (context {"Tid","Oid"} percent-encoded).
inline QString meetupJoinLink(const QString &thread, const QString &tenant, const QString &organizer)
{
    return QStringLiteral("https://teams.microsoft.com/l/meetup-join/%1/0?context=%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(thread)),
             QString::fromLatin1(
                 QUrl::toPercentEncoding(QStringLiteral("{\"Tid\":\"%1\",\"Oid\":\"%2\"}").arg(tenant, organizer))));
}

inline QString participantId(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

//! One tenant, one app with every role, two directory users and one call with \a rosterSize
//! participants; \a options are merged into the scenario's options (manual clock by default).
inline QJsonObject scenario(int rosterSize = 3, const QJsonObject &options = {})
{
    QJsonArray participants;
    for (int i = 0; i < rosterSize; ++i)
        participants.append(participant(participantId(i), QStringLiteral("Person %1").arg(i)));
    QJsonObject allOptions{{QStringLiteral("clock"), QStringLiteral("manual")}};
    for (auto it = options.begin(); it != options.end(); ++it)
        allOptions.insert(it.key(), it.value());
    const QJsonObject app{
        {QStringLiteral("clientId"), App},
        {QStringLiteral("secret"), Secret},
        {QStringLiteral("displayName"), QStringLiteral("Moderato bot")},
        {QStringLiteral("roles"),
         QJsonArray{QStringLiteral("Calls.JoinGroupCall.All"), QStringLiteral("Calls.InitiateGroupCall.All"),
                    QStringLiteral("Calls.Initiate.All"), QStringLiteral("User.Read.All")}},
        {QStringLiteral("allowRemoveParticipant"), true}};
    const auto user = [](const QString &id, const QString &name, const QString &upn) {
        return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("displayName"), name},
            {QStringLiteral("userPrincipalName"), upn},
            {QStringLiteral("mail"), upn},
            {QStringLiteral("answer"),
             QJsonObject{{QStringLiteral("after"), 3}, {QStringLiteral("outcome"), QStringLiteral("accept")}}}};
    };
    return QJsonObject{
        {QStringLiteral("tenants"), QJsonArray{QJsonObject{{QStringLiteral("id"), Tenant},
                                                           {QStringLiteral("domains"), QJsonArray{TenantDomain}},
                                                           {QStringLiteral("apps"), QJsonArray{app}}}}},
        {QStringLiteral("users"),
         QJsonArray{user(AdaId, QStringLiteral("Ada Lovelace"), QStringLiteral("ada@contoso.test")),
                    user(AlanId, QStringLiteral("Alan Turing"), QStringLiteral("alan@contoso.test"))}},
        {QStringLiteral("calls"), QJsonArray{QJsonObject{{QStringLiteral("id"), Call},
                                                         {QStringLiteral("tenantId"), Tenant},
                                                         {QStringLiteral("state"), QStringLiteral("established")},
                                                         {QStringLiteral("ownerClientId"), App},
                                                         {QStringLiteral("participants"), participants}}}},
        {QStringLiteral("options"), allOptions},
    };
}

//! A directory user who answers an invitation (sign-in name: the first name, lower-case,
//! @contoso.test) after \a after seconds of simulated time.
inline QJsonObject answeringUser(const QString &id, const QString &name, double after, const QString &outcome)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("displayName"), name},
                       {QStringLiteral("userPrincipalName"),
                        QString(name.section(QLatin1Char(' '), 0, 0).toLower() + QLatin1String("@contoso.test"))},
                       {QStringLiteral("answer"),
                        QJsonObject{{QStringLiteral("after"), after}, {QStringLiteral("outcome"), outcome}}}};
}

//! Changes the app of \a world (a scenario()) in place, e.g. its roles or whether it may remove
//! participants.
inline void editScenarioApp(QJsonObject &world, const std::function<void(QJsonObject &app)> &edit)
{
    QJsonArray tenants = world.value(QLatin1String("tenants")).toArray();
    QJsonObject tenant = tenants.at(0).toObject();
    QJsonArray apps = tenant.value(QLatin1String("apps")).toArray();
    QJsonObject app = apps.at(0).toObject();
    edit(app);
    apps[0] = app;
    tenant.insert(QStringLiteral("apps"), apps);
    tenants[0] = tenant;
    world.insert(QStringLiteral("tenants"), tenants);
}

//! Sends \a verb \a path (a /_sim/ hook, or any path) to the simulator at \a base through
//! \a network and waits for the answer's JSON object, for the test's convenience.
inline QJsonObject simHook(QNetworkAccessManager &network, const QUrl &base, const QByteArray &verb,
                           const QString &path, const QJsonObject &body = {})
{
    return testsupport::simHook(network, base, verb, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson())
        .json();
}

//! The simulator plus Moderato's sign-in and client, wired as the app wires them.
class SimFixture
{
public:
    explicit SimFixture(const QJsonObject &world = scenario(), const QString &tenant = Tenant,
                        const QString &clientId = App, const QString &secret = Secret)
    {
        if (!simulator.loadScenario(QJsonDocument(world).toJson(), &error))
            return;
        if (simulator.listen(QHostAddress::LocalHost) == 0) {
            error = QStringLiteral("simulator could not listen");
            return;
        }
        core = std::make_unique<testsupport::SignedInCore>(&network, simulator.baseUrl(),
                                                           testsupport::TestAccount{tenant, clientId, secret});
        if (!core->ok()) {
            error = core->error();
            return;
        }
        core->useQuickRetries();
        endpoints = core->endpoints();
        tokens = core->tokens();
        client = core->client();
        m_ok = true;
    }

    bool ok() const { return m_ok; }

    //! Sends \a request and waits for it; returns whether it succeeded. The request is kept.
    bool run(moderato::GraphRequest *request, int timeoutMs = 15000)
    {
        request->setAutoDelete(false);
        QSignalSpy finished(request, &moderato::GraphRequest::finished);
        client->send(request);
        if (!finished.wait(timeoutMs))
            qWarning("request did not finish in %d ms", timeoutMs);
        return request->isSucceeded();
    }

    //! A /_sim/ hook (or any path), answered synchronously for the test's convenience.
    QJsonObject hook(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        return simHook(hookNetwork, simulator.baseUrl(), verb, path, body);
    }

    QJsonArray log() { return hook("GET", QStringLiteral("/_sim/log")).value(QLatin1String("requests")).toArray(); }
    void clearLog() { hook("DELETE", QStringLiteral("/_sim/log")); }
    void addFault(const QJsonObject &rule)
    {
        hook("POST", QStringLiteral("/_sim/faults"), QJsonObject{{QStringLiteral("faults"), QJsonArray{rule}}});
    }
    void expireTokens() { hook("POST", QStringLiteral("/_sim/tokens/expire")); }

    //! Log entries with \a method whose path ends with \a pathSuffix.
    QJsonArray logEntries(const QString &method, const QString &pathSuffix)
    {
        QJsonArray matching;
        for (const QJsonValue &entry : log()) {
            const QJsonObject e = entry.toObject();
            if (e.value(QLatin1String("method")).toString() == method
                && e.value(QLatin1String("path")).toString().endsWith(pathSuffix))
                matching.append(e);
        }
        return matching;
    }
    int tokenRequestsInLog()
    {
        return int(logEntries(QStringLiteral("POST"), QStringLiteral("/oauth2/v2.0/token")).size());
    }

    graphsim::GraphSimulator simulator;
    QNetworkAccessManager network;
    QNetworkAccessManager hookNetwork; // hooks never share connections with the code under test
    moderato::CloudEndpoints endpoints;
    std::unique_ptr<testsupport::SignedInCore> core;
    moderato::TokenProvider *tokens = nullptr;
    moderato::GraphClient *client = nullptr;
    QString error;

private:
    bool m_ok = false;
};

} // namespace itest
