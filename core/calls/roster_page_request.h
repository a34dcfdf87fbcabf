#pragma once
// RosterPageRequest: the roster request of CallSession — a large answer is handed over undecoded.

#include "core/graph/list_participants_request.h"

namespace moderato {

//! ListParticipantsRequest, except that a large first page (at least UndecodedFrom bytes) is not
//! decoded on the thread that sent the request: decoding 10,000 participants takes longer than
//! a frame, so CallSession hands responseBody() to its parse worker instead. Such an answer
//! succeeds with empty participants() and pageBodies(), isUndecoded() true, and its
//! @odata.nextLink, if any, not followed (the parsed snapshot has it). Smaller answers, and every
//! page after a first, are read exactly as ListParticipantsRequest reads them.
class RosterPageRequest : public ListParticipantsRequest
{
    Q_OBJECT
public:
    //! About 40 participants. Smaller answers decode in well under a millisecond, and a first
    //! page that is decoded can be followed to the next without asking for it twice.
    static constexpr qsizetype UndecodedFrom = 32 * 1024;

    explicit RosterPageRequest(const QString &callId, QObject *parent = nullptr);
    bool isUndecoded() const { return m_undecoded; }

protected:
    QString parseSuccess(const QJsonDocument &body) override;
    bool decodesBody() const override;

private:
    bool m_undecoded = false;
};

} // namespace moderato
