#pragma once
// Generates realistic Graph participant rosters for tests and benchmarks: mixed identity kinds (users of the
// home tenant and of others, guests, phones, bots), one to three media streams, long names.
// Deterministic for a seed (ids included); nothing large is committed.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

namespace testsupport {

class RosterGenerator
{
public:
    static constexpr const char *HomeTenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    explicit RosterGenerator(quint32 seed = 42);

    //! A new participant with a fresh id.
    QJsonObject makeParticipant();
    //! \a count participants.
    QJsonArray makeRoster(int count);

    //! What one evolve() did to the roster.
    struct Churn
    {
        int changed = 0; //!< rows whose visible state changed (mute, video, lobby)
        int left = 0;
        int joined = 0;
        int total() const { return changed + left + joined; }
    };
    //! The next refresh of \a roster: changedFraction of the rows change (distinct rows: mute
    //! toggled, video started or stopped, admitted from the lobby), churnFraction leave and as
    //! many join at the end. At least one of each when the fraction is not zero.
    Churn evolve(QJsonArray &roster, double changedFraction = 0.01, double churnFraction = 0.005);
    //! A Graph list body: {"@odata.context": …, "value": roster}.
    static QByteArray listBody(const QJsonArray &roster);

private:
    QString name();
    QString uuid();
    QJsonArray mediaStreams(bool video, bool screen, bool muted);
    QRandomGenerator m_random;
    quint64 m_serial = 0;
};

} // namespace testsupport
