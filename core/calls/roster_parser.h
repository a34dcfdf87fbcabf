#pragma once
// RosterParser: a Graph participants body (or a notification's resourceData array) → a snapshot.

#include "core/calls/participant.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace moderato {

//! One complete roster as the service reported it.
struct RosterSnapshot
{
    //! Unique by id, in the service's order. For a duplicate id the first position is kept and
    //! the LAST entry's data wins (the later entry is the newer state); the duplicate is reported.
    QList<Participant> participants;
    //! Entries skipped or merged, one sentence each, for logs — never fatal.
    QStringList problems;
    //! The body's @odata.nextLink, if any (only from parse(QByteArray)).
    QUrl nextLink;
    //! False when the body itself was unusable (not JSON, no "value" array). Never apply such a
    //! snapshot: an empty roster would remove everyone.
    bool ok = true;
    //! Why ok is false.
    QString error;
};

//! Turns participant JSON into a RosterSnapshot. Stateless.
class RosterParser
{
public:
    //! Parses an array of participant objects; malformed entries are skipped and reported.
    static RosterSnapshot parse(const QJsonArray &participants);
    //! Parses a Graph list body: {"value": [...], "@odata.nextLink"?: "..."}.
    static RosterSnapshot parse(const QByteArray &listBody);
    //! Appends \a page (a later page of the same list) to \a snapshot, keeping ids unique.
    static void appendPage(RosterSnapshot &snapshot, const RosterSnapshot &page);
    //! Adds \a participant (entry \a position of the body) unless its id is in \a indexById
    //! already; then it replaces the earlier entry in place and the duplicate is reported.
    static void addUnique(RosterSnapshot &snapshot, QHash<QString, qsizetype> &indexById,
                          const Participant &participant, qsizetype position);
};

} // namespace moderato
