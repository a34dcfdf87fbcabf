#pragma once
#include "core/graph/graph_request.h"

#include <optional>

namespace moderato {

//! What is needed to join a scheduled Teams meeting: either the thread and organizer (from a join
//! URL) or a numeric meeting id with its passcode. parseJoinTarget() reads it from what the
//! moderator pasted.
struct MeetingToJoin
{
    QString threadId; //!< "19:meeting_…@thread.v2"
    QString messageId = QStringLiteral("0");
    QString organizerId;   //!< the organizer's Entra object id (Oid)
    QString tenantId;      //!< the organizer's tenant (Tid)
    QString joinMeetingId; //!< alternative to threadId/organizerId
    QString passcode;
    QUrl callbackUri; //!< Graph requires one (https) and posts the call's notifications to it

    //! The documented call object for POST /communications/calls.
    QJsonObject toCallBody() const;
};

//! POST /communications/calls → 201 Created + Location, body = the new call (state establishing).
//! Not idempotent: a second POST would join the meeting twice.
class JoinMeetingRequest : public GraphRequest
{
    Q_OBJECT
public:
    explicit JoinMeetingRequest(const MeetingToJoin &meeting, QObject *parent = nullptr);
    QJsonObject call() const { return m_call; }
    //! The new call's id, from the body or else from the Location header.
    QString callId() const { return m_callId; }
    QUrl location() const { return QUrl::fromEncoded(responseHeader("Location")); }

protected:
    QString parseSuccess(const QJsonDocument &body) override;

private:
    QJsonObject m_call;
    QString m_callId;
};

} // namespace moderato
