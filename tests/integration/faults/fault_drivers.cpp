#include "integration/faults/fault_drivers.h"

#include "core/graph/get_operation_request.h"
#include "core/graph/invite_participants_request.h"
#include "core/graph/user_requests.h"

#include <QRegularExpression>

using namespace moderato;
using namespace itest;

namespace faults {

namespace {

const QString AdaName = QStringLiteral("Ada Lovelace");
const QString AlanName = QStringLiteral("Alan Turing");
constexpr int OutcomeTimeoutMs = 20000;

QRegularExpression globToRegex(const QString &glob)
{
    QString pattern = QRegularExpression::escape(glob);
    pattern.replace(QLatin1String("\\*\\*"), QLatin1String(".*"));
    pattern.replace(QLatin1String("\\*"), QLatin1String("[^/]+"));
    return QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'));
}

} // namespace

FaultRun::FaultRun(RequestKind kind, Fault fault)
    : sim(world())
    , m_kind(kind)
    , m_fault(fault)
{
    if (!sim.ok())
        return;
    RetryPolicy policy;
    policy.maxRetries = 3;
    policy.backoffBase = std::chrono::milliseconds(20);
    policy.backoffCap = std::chrono::milliseconds(200);
    policy.maxRetryAfter = std::chrono::milliseconds(10000);
    sim.client->setRetryPolicy(policy);
    sim.tokens->setRetryPolicy(policy);
}

QJsonObject FaultRun::world()
{
    // The "get operation" rows need an operation Graph answers a GET for.
    QJsonObject world = scenario(4, QJsonObject{{QStringLiteral("operationsGettable"), true}});
    stest::setUsers(world,
                    QJsonArray{stest::answeringUser(AdaId, AdaName, AdaAnswersAfter, QStringLiteral("accept")),
                               stest::answeringUser(AlanId, AlanName, AlanAnswersAfter, QStringLiteral("accept"))});
    return world;
}

bool FaultRun::setUp()
{
    if (m_kind != RequestKind::Token) {
        if (!sim.openCall() || sim.session->connectionState() != CallSession::ConnectionState::Live)
            return false;
        m_goodRoster = sim.rosterIds();
        m_goodAt = sim.session->lastRefresh();
    }
    switch (m_kind) {
    case RequestKind::Remove:
    case RequestKind::Mute: m_targets = {participantId(1)}; break;
    case RequestKind::BatchRemove: m_targets = {participantId(1), participantId(2)}; break;
    case RequestKind::Cancel: {
        m_invitationId = sim.session->invite({{InviteTarget::Kind::User, AlanId, AlanName}}).value(0);
        if (!sim.waitForOutcomes(1) || sim.outcomes.first().result != ActionOutcome::Result::Done)
            return false;
        m_targets = {m_invitationId};
        break;
    }
    case RequestKind::GetOperation: {
        Invitee ada;
        ada.id = AdaId;
        ada.displayName = AdaName;
        InviteParticipantsRequest invite(Call, {ada});
        if (!sim.run(&invite))
            return false;
        m_operationId = invite.operationId();
        break;
    }
    default: break;
    }
    if (!sim.settle())
        return false;
    sim.clearLog();
    m_outcomesBefore = sim.outcomes.size();
    if (m_fault == Fault::LatencyBeyondTimeout) {
        sim.client->setTransferTimeout(std::chrono::milliseconds(TransferTimeoutMs));
        sim.tokens->setTimeout(std::chrono::milliseconds(TransferTimeoutMs));
    }
    return !m_operationId.isEmpty() || m_kind != RequestKind::GetOperation;
}

void FaultRun::injectFault()
{
    if (m_fault == Fault::ExpiredToken401 && m_kind != RequestKind::Token) {
        sim.expireTokens(); // the real thing: the cached token is refused with 401
        return;
    }
    if (m_fault == Fault::UnknownAadsts)
        sim.tokens->clear(); // the next Graph request needs a new token
    const QJsonObject answer = sim.hook("POST", QStringLiteral("/_sim/faults"),
                                        QJsonObject{{QStringLiteral("faults"), QJsonArray{ruleFor(m_kind, m_fault)}}});
    if (answer.contains(QLatin1String("error")))
        qWarning("fault rule refused: %s", QJsonDocument(answer).toJson(QJsonDocument::Compact).constData());
}

Observed FaultRun::act()
{
    switch (m_kind) {
    case RequestKind::Token: {
        Observed observed;
        QString token;
        GraphError error;
        QObject context;
        sim.tokens->requestToken(&context, [&](const QString &t, const GraphError &e) {
            token = t;
            error = e;
            observed.finished = true;
        });
        if (!QTest::qWaitFor([&] { return observed.finished; }, OutcomeTimeoutMs))
            return observed;
        if (!token.isEmpty()) {
            observed.expect = attemptsOnRoute() >= 2 ? Expect::Retried : Expect::Succeeds;
        } else {
            observed.expect = Expect::Fails;
            observed.message = error.userMessage();
            observed.graphErrorKind = error.kind;
        }
        return observed;
    }
    case RequestKind::Roster: {
        Observed observed;
        observed.finished = sim.refreshNow(OutcomeTimeoutMs);
        const bool live = sim.session->connectionState() == CallSession::ConnectionState::Live
                          && sim.session->lastRefreshError().isEmpty();
        observed.expect = !live ? Expect::Fails : attemptsOnRoute() >= 2 ? Expect::Retried : Expect::Succeeds;
        observed.message = sim.session->lastRefreshError();
        return observed;
    }
    case RequestKind::Remove:
    case RequestKind::BatchRemove:
        sim.session->remove(m_targets);
        for (const QString &id : std::as_const(m_targets)) {
            if (sim.rowState(id) != ParticipantModel::RowState::Removing)
                qWarning("row %s is not marked as being removed", qPrintable(id));
        }
        return fromOutcomes(m_targets.size());
    case RequestKind::Invite:
        m_invitationId = sim.session->invite({{InviteTarget::Kind::User, AdaId, AdaName}}).value(0);
        m_targets = {m_invitationId};
        return fromOutcomes(1);
    case RequestKind::Cancel: sim.session->cancelInvitations(m_targets); return fromOutcomes(1);
    case RequestKind::Mute: sim.session->mute(m_targets); return fromOutcomes(1);
    case RequestKind::GetOperation: {
        GetOperationRequest request(Call, m_operationId);
        return fromRequest(request);
    }
    case RequestKind::UserSearch: {
        SearchUsersRequest request(QStringLiteral("Ada"));
        return fromRequest(request);
    }
    }
    return {};
}

Observed FaultRun::fromOutcomes(qsizetype count)
{
    Observed observed;
    observed.finished = sim.waitForOutcomes(m_outcomesBefore + count, OutcomeTimeoutMs);
    bool failed = false;
    bool unknown = false;
    for (qsizetype i = m_outcomesBefore; i < sim.outcomes.size(); ++i) {
        const ActionOutcome &outcome = sim.outcomes.at(i);
        failed = failed || outcome.result == ActionOutcome::Result::Failed;
        unknown = unknown || outcome.result == ActionOutcome::Result::Unknown;
        if (!outcome.message.isEmpty() && outcome.result != ActionOutcome::Result::AlreadyGone)
            observed.message = outcome.message;
    }
    observed.expect = failed                   ? Expect::Fails
                      : unknown                ? Expect::Unknown
                      : attemptsOnRoute() >= 2 ? Expect::Retried
                                               : Expect::Succeeds;
    return observed;
}

Observed FaultRun::fromRequest(GraphRequest &request)
{
    Observed observed;
    sim.run(&request, OutcomeTimeoutMs);
    observed.finished = request.isFinished();
    if (request.isSucceeded()) {
        observed.expect = attemptsOnRoute() >= 2 ? Expect::Retried : Expect::Succeeds;
        return observed;
    }
    observed.graphErrorKind = request.error().kind;
    observed.expect = request.error().kind == GraphError::Kind::OutcomeUnknown ? Expect::Unknown : Expect::Fails;
    observed.message = request.error().userMessage();
    observed.detail = request.error().message;
    return observed;
}

QJsonArray FaultRun::routeEntries()
{
    const Route route = routeOf(m_kind);
    const QRegularExpression path = globToRegex(route.path);
    QJsonArray entries;
    for (const QJsonValue &entry : sim.log()) {
        if (entry[QLatin1String("method")].toString() == route.method
            && path.match(entry[QLatin1String("path")].toString()).hasMatch())
            entries.append(entry);
    }
    return entries;
}

int FaultRun::attemptsOnRoute()
{
    return int(routeEntries().size());
}

bool FaultRun::faultWasApplied()
{
    if (m_fault == Fault::ExpiredToken401 && m_kind == RequestKind::BatchRemove) {
        // $batch items are not logged one by one and the batch itself is answered with 200: the
        // refused token shows as a new token fetched between two batches.
        int stage = 0;
        for (const QJsonValue &entry : sim.log()) {
            const QString path = entry[QLatin1String("path")].toString();
            if (path == QLatin1String("/v1.0/$batch") && stage != 1)
                stage = stage == 0 ? 1 : 3;
            else if (path.endsWith(QLatin1String("/oauth2/v2.0/token")) && stage == 1)
                stage = 2;
        }
        return stage == 3;
    }
    if (m_fault == Fault::ExpiredToken401 && m_kind != RequestKind::Token) {
        for (const QJsonValue &entry : routeEntries())
            if (entry[QLatin1String("status")].toInt() == 401)
                return true;
        return false;
    }
    const QJsonArray rules = sim.hook("GET", QStringLiteral("/_sim/faults")).value(QLatin1String("faults")).toArray();
    for (const QJsonValue &rule : rules)
        if (rule[QLatin1String("applied")].toInt() > 0)
            return true;
    return false;
}

void FaultRun::clearFaultsAndWaitForDelayedRequests()
{
    sim.hook("DELETE", QStringLiteral("/_sim/faults"));
    // A delayed request is still performed when its latency has passed, answered or not.
    const bool settled = QTest::qWaitFor(
        [&] {
            for (const QJsonValue &entry : sim.log())
                if (entry[QLatin1String("status")].isNull())
                    return false;
            return true;
        },
        5000);
    if (!settled)
        qWarning("a delayed request did not complete");
}

void FaultRun::checkConsequences(const Observed &observed)
{
    switch (m_kind) {
    case RequestKind::Roster: checkRoster(observed); break;
    case RequestKind::Remove:
    case RequestKind::BatchRemove: checkRemoval(observed); break;
    case RequestKind::Invite: checkInvitation(observed); break;
    case RequestKind::Cancel: checkCancellation(observed); break;
    case RequestKind::Mute: checkMute(observed); break;
    case RequestKind::Token: QCOMPARE(sim.tokens->hasValidToken(), observed.expect != Expect::Fails); break;
    case RequestKind::GetOperation:
    case RequestKind::UserSearch: break;
    }
}

QString FaultRun::explain(const Observed &observed)
{
    QString text =
        QStringLiteral("%1 / %2: got \"%3\"").arg(kindName(m_kind), faultName(m_fault), expectName(observed.expect));
    if (!observed.message.isEmpty())
        text += QStringLiteral(", message \"%1\"").arg(observed.message);
    if (observed.graphErrorKind)
        text += QStringLiteral(", GraphError kind %1 (%2)").arg(int(*observed.graphErrorKind)).arg(observed.detail);
    text += QStringLiteral("\nsimulator log:");
    for (const QJsonValue &entry : sim.log()) {
        text += QStringLiteral("\n  %1 %2 -> %3 %4")
                    .arg(entry[QLatin1String("method")].toString(), entry[QLatin1String("path")].toString())
                    .arg(entry[QLatin1String("status")].toInt())
                    .arg(entry[QLatin1String("fault")].toString());
    }
    return text;
}

} // namespace faults
