// Builds Graph participant JSON for people who join: accepted invitees, churn, the bot joining a meeting.
#pragma once

#include "simulator/scenario.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace graphsim {

class ParticipantFactory
{
public:
    //! An invitee who accepted: the identity as invited, completed from the directory entry if any.
    static QJsonObject fromInvitation(const QJsonObject &invitation, const QString &participantId,
                                      const ScenarioUser *directoryUser, const QString &callTenantId, int sourceId);
    //! A plausible meeting attendee: mostly tenant members, now and then a guest or a dial-in caller.
    static QJsonObject random(QRandomGenerator &random, const QString &tenantId, int sourceId);
    static QJsonObject bot(const QString &clientId, const QString &displayName, int sourceId);

    static QJsonObject audioStream(int sourceId, bool serverMuted = false);
    static QJsonObject videoStream(int sourceId);
};

} // namespace graphsim
