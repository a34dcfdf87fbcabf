#pragma once
// Generates realistic Graph participant rosters for benchmarks: mixed identity kinds, media
// streams, long names. Deterministic for a seed; nothing large is committed.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

namespace moderato::bench {

class RosterGenerator
{
public:
    explicit RosterGenerator(quint32 seed = 42);

    //! A new participant with a fresh id.
    QJsonObject makeParticipant();
    //! \a count participants.
    QJsonArray makeRoster(int count);
    //! The next refresh of \a roster: ~1% of rows changed (mute, lobby, media), ~0.5% leave and as
    //! many join. Returns how many rows changed, left and joined.
    struct Churn { int changed = 0; int left = 0; int joined = 0; };
    Churn evolve(QJsonArray &roster, double changedFraction = 0.01, double churnFraction = 0.005);
    //! A Graph list body: {"@odata.context": …, "value": roster}.
    static QByteArray listBody(const QJsonArray &roster);

private:
    QString name();
    QJsonObject mediaStreams(bool audio, bool video, bool screen, bool muted);
    QRandomGenerator m_random;
    quint64 m_serial = 0;
};

} // namespace moderato::bench
