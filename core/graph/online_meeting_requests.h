#pragma once
// The online meeting behind a joined call, with application permissions on behalf of its organiser
// (onlinemeeting-get.md, onlinemeeting-update.md; OnlineMeetings.Read(Write).All plus a Teams
// application access policy granted to that user).
#include "core/graph/resource_request.h"

namespace moderato {

//! GET /users/{organizerId}/onlineMeetings?$filter=JoinWebUrl eq '{joinWebUrl}': a collection with
//! the one meeting of that link (empty when the user does not organise it). The link goes into the
//! query percent-encoded as a whole, as the documentation asks ("joinWebUrl must be URL encoded").
class GetOnlineMeetingByJoinUrlRequest : public GraphRequest
{
    Q_OBJECT
public:
    GetOnlineMeetingByJoinUrlRequest(const QString &organizerId, const QString &joinWebUrl, QObject *parent = nullptr);
    //! The meeting found, or an empty object when the collection was empty.
    QJsonObject meeting() const { return m_meeting; }

protected:
    QString parseSuccess(const QJsonDocument &body) override;

private:
    QJsonObject m_meeting;
};

//! PATCH /users/{organizerId}/onlineMeetings/{meetingId} with only the properties that change;
//! 200 and the updated meeting. Marked idempotent: it sets values, so sending it twice is harmless.
class UpdateOnlineMeetingRequest : public ResourceRequest
{
    Q_OBJECT
public:
    UpdateOnlineMeetingRequest(const QString &organizerId, const QString &meetingId, const QJsonObject &changes,
                               QObject *parent = nullptr);
    QJsonObject meeting() const { return resource(); }
};

} // namespace moderato
