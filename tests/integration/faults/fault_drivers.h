#pragma once
// One row of the fault matrix: a simulator and a CallSession, the request kind's preparation, the
// fault, the request itself, and the checks of what the moderator is left with.

#include "integration/faults/fault_catalog.h"
#include "integration/session/session_fixture.h"

#include <optional>

namespace faults {

//! Ada accepts an invitation this long (simulated seconds) after it is sent; Alan keeps ringing.
constexpr double AdaAnswersAfter = 5;
constexpr double AlanAnswersAfter = 300;

//! What came of the request, in the matrix's words.
struct Observed
{
    bool finished = false;
    Expect expect = Expect::Fails;
    QString message;                                          //!< what the moderator reads
    std::optional<moderato::GraphError::Kind> graphErrorKind; //!< for requests sent directly
    QString detail;                                           //!< GraphError::message, for diagnosis
};

class FaultRun
{
public:
    FaultRun(RequestKind kind, Fault fault);

    //! Prepares what the request needs (a token, the roster, an invitation…) with no fault yet.
    bool setUp();
    void injectFault();
    Observed act();

    //! Requests on the kind's route in the simulator's log since setUp().
    int attemptsOnRoute();
    bool faultWasApplied();
    //! The consequences beyond the outcome (QTest checks; inspect QTest::currentTestFailed()).
    void checkConsequences(const Observed &observed);
    QString explain(const Observed &observed);

    stest::SessionFixture sim;

private:
    static QJsonObject world();
    QJsonArray routeEntries();
    Observed fromOutcomes(qsizetype count);
    Observed fromRequest(moderato::GraphRequest &request);
    void clearFaultsAndWaitForDelayedRequests();
    void checkRoster(const Observed &observed);
    void checkRemoval(const Observed &observed);
    void checkInvitation(const Observed &observed);
    void checkCancellation(const Observed &observed);
    void checkMute(const Observed &observed);

    RequestKind m_kind;
    Fault m_fault;
    QSet<QString> m_goodRoster;
    QDateTime m_goodAt;
    QStringList m_targets;
    QString m_invitationId;
    QString m_operationId;
    qsizetype m_outcomesBefore = 0;
};

} // namespace faults
