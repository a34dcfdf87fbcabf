#include "app/demo_environment.h"

#include "core/auth/fixed_secret_source.h"
#include "simulator/graph_simulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace moderato {

DemoEnvironment::DemoEnvironment() = default;
DemoEnvironment::~DemoEnvironment() = default;

bool DemoEnvironment::start(QString *error)
{
    QFile file(QStringLiteral(":/scenarios/demo.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the demo scenario is missing from the resources");
        return false;
    }
    const QByteArray scenario = file.readAll();
    m_simulator = std::make_unique<graphsim::GraphSimulator>();
    if (!m_simulator->loadScenario(scenario, error))
        return false;
    if (m_simulator->listen(QHostAddress::LocalHost, 0) == 0) {
        *error = QStringLiteral("the demo simulator could not listen on 127.0.0.1");
        return false;
    }
    // The demo account is the scenario's first tenant and app; its secret is part of the demo.
    const QJsonObject root = QJsonDocument::fromJson(scenario).object();
    const QJsonObject tenant = root.value(QLatin1String("tenants")).toArray().first().toObject();
    const QJsonObject app = tenant.value(QLatin1String("apps")).toArray().first().toObject();
    m_meetingLink = root.value(QLatin1String("meetings"))
                        .toArray()
                        .first()
                        .toObject()
                        .value(QLatin1String("joinWebUrl"))
                        .toString();
    m_callbackUrl = QUrl(QStringLiteral("https://moderato-demo.invalid/callback"));
    const auto endpoints = CloudEndpoints::custom(m_simulator->baseUrl(), m_simulator->baseUrl(), error);
    if (!endpoints)
        return false;
    m_account.endpoints = *endpoints;
    m_account.tenantId = tenant.value(QLatin1String("id")).toString();
    m_account.clientId = app.value(QLatin1String("clientId")).toString();
    m_account.secrets = std::make_shared<FixedSecretSource>(app.value(QLatin1String("secret")).toString());
    const QJsonObject relay = root.value(QLatin1String("relays")).toArray().first().toObject();
    if (!relay.isEmpty()) {
        NotificationSettings &n = m_notifications.settings;
        n.mode = NotificationSettings::Mode::Relay;
        n.relayNamespace = relay.value(QLatin1String("namespace")).toString();
        n.relayPath = relay.value(QLatin1String("path")).toString();
        n.relayKeyName = relay.value(QLatin1String("keyName")).toString();
        QUrl relayUrl = m_simulator->baseUrl();
        relayUrl.setScheme(QStringLiteral("ws"));
        n.relayUrl = relayUrl;
        n.openIdUrl =
            QUrl(m_simulator->baseUrl().toString() + QStringLiteral("/_sim/openid/.well-known/OpenIdConfiguration"));
        m_notifications.relayKey = relay.value(QLatin1String("key")).toString().toUtf8();
        m_notifications.clientId = m_account.clientId;
    }
    std::optional<InviteTarget> lateAnswer, accepting;
    for (const QJsonValue &value : root.value(QLatin1String("users")).toArray()) {
        const QJsonObject user = value.toObject();
        const QString outcome =
            user.value(QLatin1String("answer")).toObject().value(QLatin1String("outcome")).toString();
        const InviteTarget target{InviteTarget::Kind::User, user.value(QLatin1String("id")).toString(),
                                  user.value(QLatin1String("displayName")).toString()};
        if (outcome == QLatin1String("noAnswer") && !lateAnswer)
            lateAnswer = target;
        else if (outcome == QLatin1String("accept") && !accepting)
            accepting = target;
    }
    for (const auto &target : {lateAnswer, accepting})
        if (target)
            m_openingInvitations.append(*target);
    return true;
}

} // namespace moderato
