#include "core/notifications/notification_listener.h"

namespace moderato {

QByteArray IncomingRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first == name)
            return h.second;
    return {};
}

void NotificationListener::setState(State state, const QString &text)
{
    if (state == m_state && text == m_stateText)
        return;
    m_state = state;
    m_stateText = text;
    Q_EMIT stateChanged();
}

void NotificationListener::dispatch(const IncomingRequest &request, const Responder &respond) const
{
    if (m_handler)
        m_handler(request, respond);
    else
        respond(503, {});
}

} // namespace moderato
