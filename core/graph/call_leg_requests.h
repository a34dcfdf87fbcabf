#pragma once
// The requests on Moderato's own leg of a call: keep it alive, hang it up.
#include "core/graph/graph_request.h"

namespace moderato {

//! POST /communications/calls/{id}/keepAlive → 200, no body either way. Graph ends a call that
//! gets none for 45 minutes; an ended call answers 404 (GraphError::isCallGone()). Repeating it
//! is harmless.
class KeepAliveRequest : public GraphRequest
{
    Q_OBJECT
public:
    explicit KeepAliveRequest(const QString &callId, QObject *parent = nullptr);

protected:
    QString parseSuccess(const QJsonDocument &) override { return {}; }
    bool expectsBody() const override { return false; }
};

//! DELETE /communications/calls/{id} → 204: hangs up Moderato's leg; the meeting goes on for
//! everyone else.
class HangUpRequest : public GraphRequest
{
    Q_OBJECT
public:
    explicit HangUpRequest(const QString &callId, QObject *parent = nullptr);

protected:
    QString parseSuccess(const QJsonDocument &) override { return {}; }
    bool expectsBody() const override { return false; }
};

} // namespace moderato
