// InvitationModel: following each invitation to its end, with an injected clock.
#include "core/calls/invitation_model.h"

#include "model_signal_log.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

#include <memory>
#include "support/test_columns.h"

using namespace moderato;
using namespace moderato::test;

namespace {

const QString context = QStringLiteral("ctx-1");

Invitation invitation(const QString &participantId, const QString &name, const QDateTime &sentAt,
                      const QString &clientContext = context, IdentityKind kind = IdentityKind::User)
{
    Invitation inv;
    inv.participantId = participantId;
    inv.invitee = {kind, QStringLiteral("id-") + participantId, name};
    inv.clientContext = clientContext;
    inv.sentAt = sentAt;
    return inv;
}

OperationInfo operation(const QString &id, const QString &clientContext, OperationStatus status,
                        const ResultInfo &result = {})
{
    OperationInfo op;
    op.id = id;
    op.clientContext = clientContext;
    op.status = status;
    op.resultInfo = result;
    return op;
}

ResultInfo result(int code, int subcode = 0, const QString &message = QString())
{
    ResultInfo info;
    info.code = code;
    if (subcode)
        info.subcode = subcode;
    info.message = message;
    return info;
}

} // namespace

class TestInvitationModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void addAppendsRowsRinging();
    void invitationsCarryEveryField();
    void inviteResponseSetsTheOperationId();
    void completedOperationConnects();
    void failedOperationOutcomes_data();
    void failedOperationOutcomes();
    void operationMatchesByIdOrByContext();
    void runningOperationKeepsRinging();
    void unknownStatusKeepsThePrevious();
    void rosterJoinConnects();
    void rosterJoinAfterTimeoutStillConnects();
    void cancelEndsRinging();
    void cancellingStateShowsAndBlocksCancel();
    void timeoutAfterTheRingingLimit();
    void requestFailureMarksFailed();
    void endedOutcomesAreSticky();
    void tickUpdatesRingingText();
    void statusAndSourceTexts_data();
    void statusAndSourceTexts();
    void pendingIdsAndRingingRows();
    void finishedSignalOncePerInvitation();
    void completionNotificationFromTheDocs();
    void clearRemovesEveryRowWithoutAReset();

private:
    std::unique_ptr<InvitationModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    ModelSignalLog *log = nullptr;
    QDateTime start;
    QDateTime now;
};

void TestInvitationModel::init()
{
    model = std::make_unique<InvitationModel>();
    tester =
        std::make_unique<QAbstractItemModelTester>(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    log = new ModelSignalLog(model.get());
    start = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    now = start;
    model->setClock([this] { return now; });
}

void TestInvitationModel::cleanup()
{
    QCOMPARE(log->count(QStringLiteral("reset")), 0);
    if (QString::fromLatin1(QTest::currentTestFunction()) != QLatin1String("clearRemovesEveryRowWithoutAReset"))
        QCOMPARE(log->count(QStringLiteral("removed")), 0);
    tester.reset();
    model.reset();
}

void TestInvitationModel::addAppendsRowsRinging()
{
    model->add({invitation(QStringLiteral("a"), QStringLiteral("Ada"), start),
                invitation(QStringLiteral("b"), QStringLiteral("Bob"), start)});
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(log->count(QStringLiteral("inserted")), 1);
    QCOMPARE(model->index(0, InvitationModel::WhoColumn).data().toString(), QStringLiteral("Ada"));
    QCOMPARE(model->index(0, InvitationModel::StatusColumn).data().toString(), QStringLiteral("Ringing — 0 s"));
    QCOMPARE(model->index(0, 0).data(InvitationModel::IsPendingRole).toBool(), true);
    QCOMPARE(model->index(0, 0).data(InvitationModel::CanCancelRole).toBool(), true);
    QCOMPARE(model->index(0, 0).data(InvitationModel::CanRetryRole).toBool(), false);
    QCOMPARE(model->rowOf(QStringLiteral("b")), 1);
    // Adding an id again updates it in place.
    log->changes.clear();
    model->add({invitation(QStringLiteral("b"), QStringLiteral("Bobby"), start)});
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(log->count(QStringLiteral("changed")), 1);
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("Bobby"));
}

void TestInvitationModel::invitationsCarryEveryField()
{
    model->add({invitation(QStringLiteral("a"), QStringLiteral("Ada"), start)});
    const QModelIndex i = model->index(0, 0);
    QCOMPARE(i.data(InvitationModel::ParticipantIdRole).toString(), QStringLiteral("a"));
    QCOMPARE(i.data(InvitationModel::InviteeIdRole).toString(), QStringLiteral("id-a"));
    QCOMPARE(i.data(InvitationModel::InviteeKindRole).toInt(), int(IdentityKind::User));
    QCOMPARE(i.data(InvitationModel::ClientContextRole).toString(), context);
    QCOMPARE(i.data(InvitationModel::SentAtRole).toDateTime(), start);
    QCOMPARE(i.data(InvitationModel::OutcomeRole).toInt(), int(InvitationOutcome::Ringing));
    QCOMPARE(i.data(InvitationModel::SourceRole).toInt(), int(StatusSource::Request));
    QVERIFY(!i.data(InvitationModel::ResultCodeRole).isValid());
    QCOMPARE(i.data(InvitationModel::InvitationRole).value<Invitation>(), *model->invitation(QStringLiteral("a")));
    QCOMPARE(model->headerData(InvitationModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));
}

void TestInvitationModel::inviteResponseSetsTheOperationId()
{
    model->add({invitation(QStringLiteral("a"), QStringLiteral("Ada"), start),
                invitation(QStringLiteral("b"), QStringLiteral("Bob"), start),
                invitation(QStringLiteral("c"), QStringLiteral("Cy"), start, QStringLiteral("other"))});
    log->changes.clear();
    model->applyOperation(operation(QStringLiteral("op-1"), context, OperationStatus::Running), StatusSource::Request);
    QCOMPARE(model->invitation(QStringLiteral("a"))->operationId, QStringLiteral("op-1"));
    QCOMPARE(model->invitation(QStringLiteral("b"))->status, OperationStatus::Running);
    QVERIFY(model->invitation(QStringLiteral("c"))->operationId.isEmpty());
    QCOMPARE(log->count(QStringLiteral("changed")), 2);
    QVERIFY(model->invitation(QStringLiteral("a"))->isPending());
}

void TestInvitationModel::completedOperationConnects()
{
    model->add({invitation(QStringLiteral("a"), QStringLiteral("Ada"), start)});
    model->applyOperation(operation(QStringLiteral("op-1"), context, OperationStatus::Running), StatusSource::Request);
    now = start.addSecs(7);
    model->applyOperation(operation(QStringLiteral("op-1"), context, OperationStatus::Completed),
                          StatusSource::OperationPoll);
    const Invitation inv = *model->invitation(QStringLiteral("a"));
    QCOMPARE(inv.outcome, InvitationOutcome::Connected);
    QCOMPARE(inv.source, StatusSource::OperationPoll);
    QCOMPARE(inv.endedAt, now);
    QCOMPARE(inv.elapsedRinging(now.addSecs(100)), 7);
    QCOMPARE(model->index(0, InvitationModel::StatusColumn).data().toString(), QStringLiteral("Joined"));
    QCOMPARE(model->index(0, InvitationModel::SourceColumn).data().toString(), QStringLiteral("from the operation"));
    QCOMPARE(model->index(0, 0).data(InvitationModel::CanRetryRole).toBool(), false);
    QCOMPARE(model->index(0, 0).data(InvitationModel::CanCancelRole).toBool(), false);
}

void TestInvitationModel::failedOperationOutcomes_data()
{
    testing::addColumns<OperationStatus, ResultInfo, InvitationOutcome, QString>(
        {"status", "info", "outcome", "text"});
    QTest::newRow("declined") << OperationStatus::Failed << result(603) << InvitationOutcome::Declined << "Declined";
    QTest::newRow("busy") << OperationStatus::Failed << result(486) << InvitationOutcome::Busy << "Busy";
    QTest::newRow("no answer") << OperationStatus::Failed << result(408) << InvitationOutcome::NoAnswer
                               << "Didn't answer";
    QTest::newRow("unavailable") << OperationStatus::Failed << result(480, 0, QStringLiteral("unavailable"))
                                 << InvitationOutcome::Unreachable << "Couldn't be reached";
    QTest::newRow("cancelled elsewhere") << OperationStatus::Failed << result(487) << InvitationOutcome::Cancelled
                                         << "Cancelled";
    QTest::newRow("other failure") << OperationStatus::Failed << result(500, 1234, QStringLiteral("Media failed"))
                                   << InvitationOutcome::Failed << "Failed: Media failed";
    QTest::newRow("failed without info") << OperationStatus::Failed << ResultInfo() << InvitationOutcome::Failed
                                         << "Failed";
    QTest::newRow("failed saying 200") << OperationStatus::Failed << result(200) << InvitationOutcome::Failed
                                       << "Failed";
    QTest::newRow("completed but declined")
        << OperationStatus::Completed << result(603) << InvitationOutcome::Declined << "Declined";
}

void TestInvitationModel::failedOperationOutcomes()
{
    QFETCH(OperationStatus, status);
    QFETCH(ResultInfo, info);
    QFETCH(InvitationOutcome, outcome);
    QFETCH(QString, text);
    model->add({invitation(QStringLiteral("a"), QStringLiteral("Ada"), start)});
    model->applyOperation(operation(QStringLiteral("op-1"), context, status, info), StatusSource::OperationPoll);
    QCOMPARE(model->invitation(QStringLiteral("a"))->outcome, outcome);
    QCOMPARE(model->index(0, InvitationModel::StatusColumn).data().toString(), text);
    QCOMPARE(model->index(0, 0).data(InvitationModel::CanRetryRole).toBool(), true);
    if (info.code)
        QCOMPARE(model->index(0, 0).data(InvitationModel::ResultCodeRole).toInt(), *info.code);
}

void TestInvitationModel::operationMatchesByIdOrByContext()
{
    Invitation known = invitation(QStringLiteral("a"), QStringLiteral("Ada"), start, QStringLiteral("ctx-a"));
    known.operationId = QStringLiteral("op-a");
    model->add({known, invitation(QStringLiteral("b"), QStringLiteral("Bob"), start, QStringLiteral("ctx-b"))});
    // Same context but another operation id: not ours.
    model->applyOperation(operation(QStringLiteral("op-x"), QStringLiteral("ctx-a"), OperationStatus::Completed),
                          StatusSource::OperationPoll);
    QVERIFY(model->invitation(QStringLiteral("a"))->isPending());
    // Null id (as in the docs' notification) falls back to the context.
    model->applyOperation(operation(QString(), QStringLiteral("ctx-b"), OperationStatus::Completed),
                          StatusSource::OperationPoll);
    QCOMPARE(model->invitation(QStringLiteral("b"))->outcome, InvitationOutcome::Connected);
    // By id, whatever the context says.
    model->applyOperation(operation(QStringLiteral("op-a"), QString(), OperationStatus::Failed, result(603)),
                          StatusSource::OperationPoll);
    QCOMPARE(model->invitation(QStringLiteral("a"))->outcome, InvitationOutcome::Declined);
}

void TestInvitationModel::runningOperationKeepsRinging()
{
    model->add({invitation(QStringLiteral("a"), QStringLiteral("Ada"), start)});
    model->applyOperation(operation(QStringLiteral("op-1"), context, OperationStatus::Running),
                          StatusSource::OperationPoll);
    const Invitation inv = *model->invitation(QStringLiteral("a"));
    QVERIFY(inv.isPending());
    QCOMPARE(inv.source, StatusSource::OperationPoll);
    QVERIFY(!inv.endedAt.isValid());
}

void TestInvitationModel::unknownStatusKeepsThePrevious()
{
    model->add({invitation(QStringLiteral("a"), QStringLiteral("Ada"), start)});
    model->applyOperation(operation(QStringLiteral("op-1"), context, OperationStatus::Running), StatusSource::Request);
    OperationInfo odd = operation(QStringLiteral("op-1"), context, OperationStatus::Running);
    odd.status.reset();
    odd.statusText = QStringLiteral("unknownFutureValue");
    model->applyOperation(odd, StatusSource::OperationPoll);
    QCOMPARE(model->invitation(QStringLiteral("a"))->status, OperationStatus::Running);
    QVERIFY(model->invitation(QStringLiteral("a"))->isPending());
}

void TestInvitationModel::rosterJoinConnects()
{
    model->add({invitation(QStringLiteral("a"), QStringLiteral("Ada"), start)});
    now = start.addSecs(5);
    model->markJoined(QStringLiteral("a"));
    model->markJoined(QStringLiteral("nobody"));
    const Invitation inv = *model->invitation(QStringLiteral("a"));
    QCOMPARE(inv.outcome, InvitationOutcome::Connected);
    QCOMPARE(inv.source, StatusSource::Roster);
    QCOMPARE(model->index(0, InvitationModel::SourceColumn).data().toString(), QStringLiteral("from the roster"));
    log->changes.clear();
    model->markJoined(QStringLiteral("a")); // every refresh says so again: no news
    QCOMPARE(log->changes.size(), 0);
}

void TestInvitationModel::rosterJoinAfterTimeoutStillConnects()
{
    model->add({invitation(QStringLiteral("a"), QStringLiteral("Ada"), start)});
    model->markTimedOut(start.addSecs(61));
    QCOMPARE(model->invitation(QStringLiteral("a"))->outcome, InvitationOutcome::NoAnswer);
    model->markJoined(QStringLiteral("a"));
    QCOMPARE(model->invitation(QStringLiteral("a"))->outcome, InvitationOutcome::Connected);
}

void TestInvitationModel::cancelEndsRinging()
{
    model->add({invitation(QStringLiteral("a"), QStringLiteral("Ada"), start)});
    model->markCancelled(QStringLiteral("a"));
    const Invitation inv = *model->invitation(QStringLiteral("a"));
    QCOMPARE(inv.outcome, InvitationOutcome::Cancelled);
    QCOMPARE(inv.source, StatusSource::Cancel);
    QCOMPARE(model->index(0, InvitationModel::StatusColumn).data().toString(), QStringLiteral("Cancelled by you"));
    QCOMPARE(model->index(0, 0).data(InvitationModel::CanRetryRole).toBool(), true);
}

void TestInvitationModel::cancellingStateShowsAndBlocksCancel()
{
    model->add({invitation(QStringLiteral("a"), QStringLiteral("Ada"), start)});
    model->setCancelling({QStringLiteral("a")}, true);
    QCOMPARE(model->index(0, InvitationModel::StatusColumn).data().toString(), QStringLiteral("Cancelling…"));
    QCOMPARE(model->index(0, 0).data(InvitationModel::CanCancelRole).toBool(), false);
    QCOMPARE(model->index(0, 0).data(InvitationModel::IsCancellingRole).toBool(), true);
    model->setCancelling({QStringLiteral("a")}, false); // the DELETE failed
    QCOMPARE(model->index(0, 0).data(InvitationModel::CanCancelRole).toBool(), true);
    QVERIFY(model->invitation(QStringLiteral("a"))->isPending());
}

void TestInvitationModel::timeoutAfterTheRingingLimit()
{
    model->setRingingTimeout(30);
    model->add({invitation(QStringLiteral("a"), QStringLiteral("Ada"), start),
                invitation(QStringLiteral("b"), QStringLiteral("Bob"), start.addSecs(10))});
    model->markTimedOut(start.addSecs(29));
    QCOMPARE(model->pendingParticipantIds().size(), 2);
    model->markTimedOut(start.addSecs(30));
    QCOMPARE(model->invitation(QStringLiteral("a"))->outcome, InvitationOutcome::NoAnswer);
    QCOMPARE(model->invitation(QStringLiteral("a"))->source, StatusSource::Timeout);
    QCOMPARE(model->invitation(QStringLiteral("a"))->endedAt, start.addSecs(30));
    QVERIFY(model->invitation(QStringLiteral("b"))->isPending());
    QCOMPARE(model->index(0, InvitationModel::SourceColumn).data().toString(), QStringLiteral("timed out"));
    QCOMPARE(model->index(0, InvitationModel::StatusColumn).data().toString(), QStringLiteral("Didn't answer"));
}

void TestInvitationModel::requestFailureMarksFailed()
{
    model->add({invitation(QStringLiteral("a"), QStringLiteral("Ada"), start),
                invitation(QStringLiteral("b"), QStringLiteral("Bob"), start)});
    model->markFailed({QStringLiteral("a"), QStringLiteral("b")},
                      QStringLiteral("The app may not invite people to this call"), result(403));
    const Invitation inv = *model->invitation(QStringLiteral("b"));
    QCOMPARE(inv.outcome, InvitationOutcome::Failed);
    QCOMPARE(inv.status, OperationStatus::Failed);
    QCOMPARE(inv.source, StatusSource::Request);
    QCOMPARE(model->index(1, InvitationModel::StatusColumn).data().toString(),
             QStringLiteral("Failed: The app may not invite people to this call"));
    QCOMPARE(model->index(1, InvitationModel::SourceColumn).data().toString(),
             QStringLiteral("from the invite request"));
    QVERIFY(model->pendingParticipantIds().isEmpty());
}

void TestInvitationModel::endedOutcomesAreSticky()
{
    model->add({invitation(QStringLiteral("a"), QStringLiteral("Ada"), start)});
    model->markCancelled(QStringLiteral("a"));
    model->applyOperation(operation(QStringLiteral("op"), context, OperationStatus::Failed, result(487)),
                          StatusSource::OperationPoll);
    model->markTimedOut(start.addSecs(3600));
    model->markFailed({QStringLiteral("a")}, QStringLiteral("late"));
    QCOMPARE(model->invitation(QStringLiteral("a"))->outcome, InvitationOutcome::Cancelled);
    QCOMPARE(model->invitation(QStringLiteral("a"))->source, StatusSource::Cancel);
}

void TestInvitationModel::tickUpdatesRingingText()
{
    model->add({invitation(QStringLiteral("a"), QStringLiteral("Ada"), start),
                invitation(QStringLiteral("b"), QStringLiteral("Bob"), start)});
    model->markCancelled(QStringLiteral("b"));
    now = start.addSecs(12);
    log->changes.clear();
    model->tick();
    QCOMPARE(log->changes.size(), 1); // only the ringing row
    QCOMPARE(log->changes[0].first, 0);
    QCOMPARE(model->index(0, InvitationModel::StatusColumn).data().toString(), QStringLiteral("Ringing — 12 s"));
    QCOMPARE(model->index(0, 0).data(InvitationModel::ElapsedSecondsRole).toLongLong(), 12);
    now = start.addSecs(60);
    model->tick(); // the default limit is 60 s
    QCOMPARE(model->invitation(QStringLiteral("a"))->outcome, InvitationOutcome::NoAnswer);
}

void TestInvitationModel::statusAndSourceTexts_data()
{
    testing::addColumns<int, QString, QString>({"step", "status", "source"});
    QTest::newRow("sent") << 0 << "Ringing — 3 s"
                          << "from the invite request";
    QTest::newRow("operation") << 1 << "Joined"
                               << "from the operation";
    QTest::newRow("roster") << 2 << "Joined"
                            << "from the roster";
    QTest::newRow("cancel") << 3 << "Cancelled by you"
                            << "cancelled here";
}

void TestInvitationModel::statusAndSourceTexts()
{
    QFETCH(int, step);
    QFETCH(QString, status);
    QFETCH(QString, source);
    model->add({invitation(QStringLiteral("a"), QStringLiteral("Ada"), start)});
    now = start.addSecs(3);
    if (step == 1)
        model->applyOperation(operation(QStringLiteral("op"), context, OperationStatus::Completed),
                              StatusSource::OperationPoll);
    else if (step == 2)
        model->markJoined(QStringLiteral("a"));
    else if (step == 3)
        model->markCancelled(QStringLiteral("a"));
    QCOMPARE(model->index(0, InvitationModel::StatusColumn).data().toString(), status);
    QCOMPARE(model->index(0, InvitationModel::SourceColumn).data().toString(), source);
    // The view shows the source in the status's tooltip, not in a column.
    const QString tip = model->index(0, InvitationModel::StatusColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(source), qPrintable(tip));
}

void TestInvitationModel::pendingIdsAndRingingRows()
{
    model->add({invitation(QStringLiteral("a"), QStringLiteral("Ada"), start),
                invitation(QStringLiteral("b"), QString(), start, context, IdentityKind::Phone),
                invitation(QStringLiteral("c"), QStringLiteral("Cy"), start)});
    model->markJoined(QStringLiteral("c"));
    QCOMPARE(model->pendingParticipantIds(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    const QList<InvitedRow> rows = model->ringingRows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].participantId, QStringLiteral("b"));
    QCOMPARE(rows[1].displayName, QStringLiteral("id-b")); // a phone invitee is named by its number
    QCOMPARE(rows[1].kind, IdentityKind::Phone);
    QCOMPARE(rows[1].invitedAt, start);
    QVERIFY(!model->invitation(QStringLiteral("zzz")).has_value());
}

void TestInvitationModel::finishedSignalOncePerInvitation()
{
    QSignalSpy finished(model.get(), &InvitationModel::invitationFinished);
    model->add({invitation(QStringLiteral("a"), QStringLiteral("Ada"), start)});
    model->applyOperation(operation(QStringLiteral("op"), context, OperationStatus::Running), StatusSource::Request);
    QCOMPARE(finished.count(), 0);
    model->applyOperation(operation(QStringLiteral("op"), context, OperationStatus::Failed, result(486)),
                          StatusSource::OperationPoll);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished[0][0].value<Invitation>().outcome, InvitationOutcome::Busy);
    model->markCancelled(QStringLiteral("a"));
    QCOMPARE(finished.count(), 1);
}

void TestInvitationModel::completionNotificationFromTheDocs()
{
    QFile file(QStringLiteral(MODERATO_TEST_DATA "/graph/participant-invite.notification.1.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto operations = OperationInfo::fromNotifications(QJsonDocument::fromJson(file.readAll()).object());
    QCOMPARE(operations.size(), 1);
    Invitation inv = invitation(QStringLiteral("a"), QStringLiteral("Ada"), start,
                                QStringLiteral("f2fa86af-3c51-4bc2-8fc0-475452d9764f"));
    model->add({inv});
    const auto response =
        OperationInfo::fromJson(QByteArray(R"({"id":"eec3812a-fdc3-4fb4-825c-a06c9f35414e","status":"Running",
                                                      "clientContext":"f2fa86af-3c51-4bc2-8fc0-475452d9764f","resultInfo":null})"));
    model->applyOperation(response, StatusSource::Request);
    model->applyOperation(operations.first(), StatusSource::OperationPoll);
    QCOMPARE(model->invitation(QStringLiteral("a"))->outcome, InvitationOutcome::Connected);
    QCOMPARE(model->invitation(QStringLiteral("a"))->status, OperationStatus::Completed);
}

void TestInvitationModel::clearRemovesEveryRowWithoutAReset()
{
    model->add({invitation(QStringLiteral("a"), QStringLiteral("Ada"), start)});
    model->add({invitation(QStringLiteral("b"), QStringLiteral("Bo"), start)});
    model->clear();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(log->count(QStringLiteral("removed")), 1);
    QCOMPARE(model->rowOf(QStringLiteral("a")), -1);
}

QTEST_GUILESS_MAIN(TestInvitationModel)
#include "tst_invitation_model.moc"
