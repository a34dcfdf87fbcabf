#pragma once
#include "core/graph/graph_request.h"

#include <QJsonArray>

namespace moderato {

//! GET /communications/calls/{id}/participants, following @odata.nextLink (same Graph root only)
//! until the whole roster is in.
class ListParticipantsRequest : public GraphRequest
{
    Q_OBJECT
public:
    //! The service has been seen to stop at this many entries without a next-page link.
    static constexpr int SuspectedRosterCap = 100;

    explicit ListParticipantsRequest(const QString &callId, QObject *parent = nullptr);
    //! Why \a value cannot be a page's participant list (an array of objects only), or empty:
    //! the one check of every roster answer, whoever decodes it.
    static QString participantListProblem(const QJsonValue &value);
    QString callId() const { return m_callId; }
    //! All pages' participant objects, as Graph sent them.
    QJsonArray participants() const { return m_participants; }
    //! Each page's raw body, in order (for diagnostics and the --json output).
    QList<QByteArray> pageBodies() const { return m_pageBodies; }
    //! True when exactly SuspectedRosterCap entries came without a further page: there may be more.
    bool mayBeIncomplete() const { return isSucceeded() && m_participants.size() == SuspectedRosterCap; }

protected:
    QString parseSuccess(const QJsonDocument &body) override;

private:
    QString m_callId;
    QJsonArray m_participants;
    QList<QByteArray> m_pageBodies;
};

} // namespace moderato
