#pragma once
// The requests on a call itself: read it, and Moderato's own leg: keep it alive, hang it up.
#include "core/graph/resource_request.h"

namespace moderato {

//! GET /communications/calls/{id}: the call's state, subject, and the app's own participant id.
class GetCallRequest : public ResourceRequest
{
    Q_OBJECT
public:
    explicit GetCallRequest(const QString &callId, QObject *parent = nullptr);
    QString callId() const { return m_callId; }
    QJsonObject call() const { return resource(); }

private:
    QString m_callId;
};

//! POST /communications/calls/{id}/keepAlive → 200, no body either way. Graph ends a call that
//! gets none for 45 minutes; an ended call answers 404 (GraphError::isCallGone()). Repeating it
//! is harmless.
class KeepAliveRequest : public NoContentRequest
{
    Q_OBJECT
public:
    explicit KeepAliveRequest(const QString &callId, QObject *parent = nullptr);
};

//! DELETE /communications/calls/{id} → 204: hangs up Moderato's leg; the meeting goes on for
//! everyone else.
class HangUpRequest : public NoContentRequest
{
    Q_OBJECT
public:
    explicit HangUpRequest(const QString &callId, QObject *parent = nullptr);
};

} // namespace moderato
