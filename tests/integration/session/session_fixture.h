#pragma once
// A CallSession on Moderato's real client and sign-in, talking to an in-process GraphSimulator over
// loopback HTTP, with model testers on both of its models and an audit log in a scratch directory.
// Used by the session tests and by the fault matrix and soak tests.

#include "core/calls/audit_log.h"
#include "core/calls/call_session.h"
#include "core/calls/invitation_model.h"
#include "core/calls/participant_model.h"
#include "core/graph/participant_requests.h"
#include "integration/graph/sim_fixture.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace stest {

using itest::App;
using itest::Call;
using itest::Tenant;

using itest::answeringUser;

inline void setUsers(QJsonObject &world, const QJsonArray &users)
{
    world.insert(QStringLiteral("users"), users);
}

//! Sets one property of the scenario's (only) call, e.g. "churn".
inline void setCallField(QJsonObject &world, const QString &key, const QJsonValue &value)
{
    QJsonArray calls = world.value(QLatin1String("calls")).toArray();
    QJsonObject call = calls.at(0).toObject();
    call.insert(key, value);
    calls[0] = call;
    world.insert(QStringLiteral("calls"), calls);
}

inline void setOption(QJsonObject &world, const QString &key, const QJsonValue &value)
{
    QJsonObject options = world.value(QLatin1String("options")).toObject();
    options.insert(key, value);
    world.insert(QStringLiteral("options"), options);
}

//! Whether the scenario's app is allowed to remove participants (the admin cmdlet was run).
inline void setRemovalAllowed(QJsonObject &world, bool allowed)
{
    itest::editScenarioApp(
        world, [allowed](QJsonObject &app) { app.insert(QStringLiteral("allowRemoveParticipant"), allowed); });
}

class SessionFixture : public itest::SimFixture
{
public:
    explicit SessionFixture(const QJsonObject &world = itest::scenario())
        : itest::SimFixture(world)
    {
        if (!ok())
            return;
        audit = std::make_unique<moderato::AuditLog>(scratch.filePath(QStringLiteral("audit.jsonl")));
        session = std::make_unique<moderato::CallSession>(client, App);
        session->setAuditLog(audit.get());
        session->setRefreshInterval(60000); // tests refresh when they want to
        session->setHomeTenantId(Tenant);
        rosterTester = std::make_unique<QAbstractItemModelTester>(
            session->participants(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        invitationTester = std::make_unique<QAbstractItemModelTester>(
            session->invitations(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QObject::connect(session.get(), &moderato::CallSession::actionFinished, session.get(),
                         [this](const moderato::ActionOutcome &outcome) { outcomes.append(outcome); });
        QObject::connect(session.get(), &moderato::CallSession::sessionError, session.get(),
                         [this](const QString &message, const QString &) { sessionErrors.append(message); });
    }

    ~SessionFixture()
    {
        // The session's requests refer to the client; end them before the client goes.
        invitationTester.reset();
        rosterTester.reset();
        session.reset();
    }

    moderato::ParticipantModel *roster() const { return session->participants(); }
    moderato::InvitationModel *invitations() const { return session->invitations(); }

    //! Opens \a callId and waits for the first roster answer (good or bad).
    bool openCall(const QString &callId = Call, int timeoutMs = 10000)
    {
        QSignalSpy refreshed(session.get(), &moderato::CallSession::refreshed);
        QSignalSpy failed(session.get(), &moderato::CallSession::sessionError);
        session->open(callId);
        const auto ended = [this] {
            return session->connectionState() == moderato::CallSession::ConnectionState::Ended;
        };
        return QTest::qWaitFor([&] { return !refreshed.isEmpty() || !failed.isEmpty() || ended(); }, timeoutMs)
               && settle();
    }

    //! Waits until the client has nothing in flight or queued (a short quiet period). Requests
    //! waiting for a retry timer are not seen: wait for their outcome instead.
    bool settle(int timeoutMs = 10000)
    {
        QDeadlineTimer deadline(timeoutMs);
        int quiet = 0;
        while (!deadline.hasExpired()) {
            QTest::qWait(2);
            const bool idle = client->activeRequestCount() == 0 && client->queuedRequestCount() == 0;
            quiet = idle ? quiet + 1 : 0;
            if (quiet >= 3)
                return true;
        }
        return false;
    }

    //! Refreshes now and waits for that refresh's outcome.
    bool refreshNow(int timeoutMs = 15000)
    {
        if (!settle(timeoutMs))
            return false;
        QSignalSpy refreshed(session.get(), &moderato::CallSession::refreshed);
        session->refresh();
        return refreshed.wait(timeoutMs) && settle(timeoutMs);
    }

    bool waitForOutcomes(qsizetype count, int timeoutMs = 15000)
    {
        return QTest::qWaitFor([&] { return outcomes.size() >= count; }, timeoutMs);
    }

    //! Ids of the roster rows that are participants (not invitees still ringing).
    QSet<QString> rosterIds() const
    {
        QSet<QString> ids;
        for (int row = 0; row < roster()->rowCount(); ++row) {
            const QModelIndex index = roster()->index(row, 0);
            if (index.data(moderato::ParticipantModel::StateRole).toInt()
                != int(moderato::ParticipantModel::RowState::Invited))
                ids.insert(index.data(moderato::ParticipantModel::IdRole).toString());
        }
        return ids;
    }

    std::optional<moderato::ParticipantModel::RowState> rowState(const QString &id) const
    {
        return roster()->state(id);
    }

    //! The simulator's view of the call (GET /_sim/state, no token needed).
    QJsonObject simCall(const QString &callId = Call)
    {
        const QJsonArray calls = hook("GET", QStringLiteral("/_sim/state")).value(QLatin1String("calls")).toArray();
        for (const QJsonValue &call : calls) {
            if (call[QLatin1String("id")].toString() == callId)
                return call.toObject();
        }
        return {};
    }

    //! Someone else removes \a participantId (or they hang up) behind Moderato's back: the
    //! simulator no longer has them, while Moderato's roster still shows them.
    bool removeElsewhere(const QString &participantId)
    {
        moderato::DeleteParticipantRequest elsewhere(Call, participantId);
        return run(&elsewhere) && roster()->rowOf(participantId) >= 0;
    }

    QSet<QString> simRosterIds(const QString &callId = Call)
    {
        QSet<QString> ids;
        for (const QJsonValue &p : simCall(callId).value(QLatin1String("participants")).toArray())
            ids.insert(p[QLatin1String("id")].toString());
        return ids;
    }

    QStringList simPendingInvitees(const QString &callId = Call)
    {
        QStringList ids;
        for (const QJsonValue &p : simCall(callId).value(QLatin1String("pendingInvitees")).toArray())
            ids.append(p[QLatin1String("participantId")].toString());
        return ids;
    }

    //! The audit log's lines, parsed.
    QList<QJsonObject> auditLines() const
    {
        QList<QJsonObject> lines;
        QFile file(audit->path());
        if (!file.open(QIODevice::ReadOnly))
            return lines;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                lines.append(QJsonDocument::fromJson(line).object());
        }
        return lines;
    }

    QTemporaryDir scratch;
    std::unique_ptr<moderato::AuditLog> audit;
    std::unique_ptr<moderato::CallSession> session;
    std::unique_ptr<QAbstractItemModelTester> rosterTester;
    std::unique_ptr<QAbstractItemModelTester> invitationTester;
    QList<moderato::ActionOutcome> outcomes;
    QStringList sessionErrors;
};

} // namespace stest
