#pragma once
// ParticipantRule: "everyone who is …" for acting on a group — anonymous guests, people of other
// organisations, phone dial-ins, people waiting in the lobby, other applications. What a rule
// selects is taken from one roster, by participant id, and never includes Moderato's own
// participant or the meeting's organiser.

#include "core/calls/participant.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace moderato {

class ParticipantRule
{
    Q_DECLARE_TR_FUNCTIONS(moderato::ParticipantRule)
public:
    enum class Kind { Guest, External, Phone, Lobby, App };

    //! Parses "guest,phone": the names of kind(), separated by commas. Nothing, with \a error one
    //! sentence, for an empty list or an unknown name.
    static std::optional<ParticipantRule> parse(const QString &text, QString *error);
    //! Every kind's name, as parse() takes them.
    static QStringList kindNames();
    static QString kindName(Kind kind);
    //! "anonymous guests", "people of other organisations", … for the preview and the CLI.
    static QString describe(Kind kind);

    ParticipantRule() = default;
    explicit ParticipantRule(QList<Kind> kinds);
    QList<Kind> kinds() const { return m_kinds; }
    bool isEmpty() const { return m_kinds.isEmpty() && !m_joinedSince.isValid(); }
    //! Also everyone Moderato saw join at or after \a since (ParticipantModel::firstSeen()).
    void setJoinedSince(const QDateTime &since) { m_joinedSince = since; }
    QDateTime joinedSince() const { return m_joinedSince; }

    //! Whether \a p is of any of the rule's kinds, or joined since joinedSince() (\a firstSeen:
    //! when Moderato first saw them; invalid never counts); \a homeTenantId tells who is external.
    bool matches(const Participant &p, const QString &homeTenantId, const QDateTime &firstSeen = {}) const;

private:
    QList<Kind> m_kinds;
    QDateTime m_joinedSince;
};

//! Who is never the target of a rule.
struct RuleExemptions
{
    QString ownApplicationId; //!< Moderato's client id: its own participant
    QString organizerId;      //!< the meeting organiser's user object id, when known
    bool exempts(const Participant &p) const;
};

//! The participants of \a roster that \a rule selects, in roster order, without those \a exempt.
//! \a firstSeen gives when Moderato first saw a participant id, for the rule's joinedSince().
QList<Participant> selectByRule(const QList<Participant> &roster, const ParticipantRule &rule,
                                const QString &homeTenantId, const RuleExemptions &exempt,
                                const std::function<QDateTime(const QString &)> &firstSeen = {});

} // namespace moderato
