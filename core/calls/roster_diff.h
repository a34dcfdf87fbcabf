#pragma once
// What changed between two states of one roster row, as the model's columns and roles see it.
// Internal to ParticipantModel.

#include "core/calls/participant.h"

#include <QList>

#include <utility>

namespace moderato::rosterdiff {

enum Aspect : quint16 {
    Name = 1 << 0,
    Kind = 1 << 1,
    Identity = 1 << 2, //!< identity id, tenant id, the identities
    Muted = 1 << 3,
    Lobby = 1 << 4,
    Media = 1 << 5,
    State = 1 << 6,        //!< pending state, invited → active, invited since
    Other = 1 << 7,        //!< fields no column shows (metadata, sequence number…)
    Organisation = 1 << 8, //!< home tenant changed
    Elapsed = 1 << 9,      //!< only the "Ringing — 12 s" text moved on
    All = 0x3ff,
};

//! The aspects in which \a before and \a after differ; 0 when equal.
quint16 changedAspects(const Participant &before, const Participant &after);
//! The roles whose value may change with \a aspects (Qt::DisplayRole included).
QList<int> rolesFor(quint16 aspects);
//! The first and last column showing \a aspects.
std::pair<int, int> columnsFor(quint16 aspects);

} // namespace moderato::rosterdiff
