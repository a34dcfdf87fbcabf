#include "core/calls/roster_page_request.h"

namespace moderato {

RosterPageRequest::RosterPageRequest(const QString &callId, QObject *parent)
    : ListParticipantsRequest(callId, parent)
{}

bool RosterPageRequest::decodesBody() const
{
    return responseBody().size() < UndecodedFrom || !pageBodies().isEmpty();
}

QString RosterPageRequest::parseSuccess(const QJsonDocument &body)
{
    m_undecoded = !decodesBody();
    if (!m_undecoded)
        return ListParticipantsRequest::parseSuccess(body);
    return {};
}

} // namespace moderato
