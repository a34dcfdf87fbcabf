#pragma once
#include "core/graph/graph_request.h"

namespace moderato {

//! A request that Graph answers with one resource: a call, a participant, an operation, a meeting.
//! resource() is the answer's object. With requireProperty(), an answer whose property is not a
//! string is refused as not being that resource (a "call" without an id); without it, any object
//! is kept as it came, since an operation's body is informative only.
class ResourceRequest : public GraphRequest
{
    Q_OBJECT
public:
    QJsonObject resource() const { return m_resource; }

protected:
    using GraphRequest::GraphRequest;
    //! Refuses an answer without the string \a property, with \a refusal as the reason.
    void requireProperty(QLatin1String property, const QString &refusal);
    QString parseSuccess(const QJsonDocument &body) override;

private:
    QJsonObject m_resource;
    QLatin1String m_requiredProperty;
    QString m_refusal;
};

//! A request Graph answers with a 2xx and no body (204 No Content, or 200 with nothing).
class NoContentRequest : public GraphRequest
{
    Q_OBJECT
protected:
    using GraphRequest::GraphRequest;
    QString parseSuccess(const QJsonDocument &) override { return {}; }
    bool expectsBody() const override { return false; }
};

//! POST /communications/calls/{id}/participants/{id}/{action} with the body {clientContext},
//! answered by the action's operation: mute, startHoldMusic, stopHoldMusic.
class ParticipantActionRequest : public ResourceRequest
{
    Q_OBJECT
public:
    QString participantId() const { return m_participantId; }
    //! A fresh UUID per request: how its operation notification is recognised.
    QString clientContext() const { return m_clientContext; }
    //! The operation as answered (may be empty).
    QJsonObject operation() const { return resource(); }

protected:
    ParticipantActionRequest(const QString &callId, const QString &participantId, const QString &action,
                             QObject *parent);

private:
    QString m_participantId;
    QString m_clientContext;
};

} // namespace moderato
