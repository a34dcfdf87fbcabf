// Runs a GraphSimulator in-process on 127.0.0.1:0 and talks to it with a real QNetworkAccessManager.
#pragma once

#include "simulator/graph_simulator.h"
#include "support/graph_examples.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace simtest {

// Fixed ids of the standard test scenario.
inline const QString kTenant = QStringLiteral("0b5c6f3e-2a41-4d7e-9c1a-3f8e5d2b7a10");
inline const QString kOtherTenant = QStringLiteral("5e7a9c1d-8b2f-4e6a-a3d4-1c9b8e7f6a52");
inline const QString kApp = QStringLiteral("f2fa86af-3c51-4bc2-8fc0-475452d9764f");        // every role
inline const QString kNoRolesApp = QStringLiteral("11c2d3e4-0000-4000-8000-00000000a001"); // no roles
inline const QString kInviteOnlyApp = QStringLiteral("11c2d3e4-0000-4000-8000-00000000a002");
inline const QString kNoRemoveApp = QStringLiteral("11c2d3e4-0000-4000-8000-00000000a003"); // removal not allowed
inline const QString kOtherTenantApp = QStringLiteral("22d3e4f5-0000-4000-8000-00000000b001");
inline const QString kSecret = QStringLiteral("s3cret-value");
inline const QString kCall = QStringLiteral("7531d31f-d10d-44de-802f-c569dbca451c"); // the docs' call id
inline const QString kAcceptUser = QStringLiteral("278405a3-f568-4b3e-b684-009193463064");
inline const QString kDeclineUser = QStringLiteral("7e1b4346-85a6-4bdd-abe3-d11c5d420efe");
inline const QString kBusyUser = QStringLiteral("1e126418-44a0-4a94-a6f8-0efe1ad71acb");
inline const QString kNoAnswerUser = QStringLiteral("3a1b2c3d-1111-4222-8333-444455556666");
inline const QString kUnreachableUser = QStringLiteral("3a1b2c3d-1111-4222-8333-444455557777");
inline const QString kSilentUser = QStringLiteral("3a1b2c3d-1111-4222-8333-444455558888"); // no answer set

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
};

using testsupport::graphExample;
using testsupport::graphExampleObject;
//! The standard scenario: the docs' participant list as the call's roster, directory users with answers,
//! apps with different roles, a second tenant; manual clock.
QJsonObject standardScenario();
QJsonObject invitee(const QString &userId, const QString &participantId);

class Harness
{
public:
    //! Loads the scenario and listens; check ok() (and error()) before using it.
    explicit Harness(const QJsonObject &scenario = standardScenario());

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    graphsim::GraphSimulator &simulator() { return m_simulator; }
    QNetworkAccessManager &network() { return m_network; }
    QUrl url(const QString &pathAndQuery) const;

    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply requestToken(const QString &tenant, const QString &clientId, const QString &secret,
                       const QString &scope = QStringLiteral("https://graph.microsoft.com/.default"),
                       const QString &grantType = QStringLiteral("client_credentials"));
    //! A fresh access token for the app (kApp by default); empty on failure.
    QString token(const QString &clientId = kApp, const QString &tenant = kTenant);
    //! The kApp token graph() uses when given none, fetched once.
    QString defaultToken();
    Reply graph(const QByteArray &method, const QString &path, const QByteArray &body = {},
                const QString &accessToken = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply graphJson(const QByteArray &method, const QString &path, const QJsonObject &body,
                    const QString &accessToken = {});

    QJsonObject hook(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QJsonArray log();
    QJsonArray participants(const QString &callId = kCall);
    QStringList participantIds(const QString &callId = kCall);
    void advance(double seconds);

private:
    graphsim::GraphSimulator m_simulator;
    QNetworkAccessManager m_network;
    QString m_defaultToken;
    bool m_ok = false;
    QString m_error;
};

} // namespace simtest
