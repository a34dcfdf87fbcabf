// ResultInfo, outcomes and OperationInfo against the documentation's bodies and edge cases.
#include "core/calls/invitation.h"
#include "core/calls/operation_info.h"
#include "support/graph_examples.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>
#include "support/test_columns.h"

using namespace moderato;
using namespace testsupport;

namespace {} // namespace

class TestOperationParsing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resultInfoReadsNumbersStringsAndNulls_data();
    void resultInfoReadsNumbersStringsAndNulls();
    void resultInfoWithStringCodesFromTheDocs();
    void outcomeFromCode_data();
    void outcomeFromCode();
    void describeInPlainWords_data();
    void describeInPlainWords();
    void statusIsCaseInsensitive_data();
    void statusIsCaseInsensitive();
    void unknownStatusKeepsThePrevious();
    void inviteResponses_data();
    void inviteResponses();
    void muteResponse();
    void holdMusicResponseLowerCase();
    void holdMusicAnswersOfTheDocs_data();
    void holdMusicAnswersOfTheDocs();
    void holdMusicNotificationsOfTheDocs_data();
    void holdMusicNotificationsOfTheDocs();
    void operationsInNotifications_data();
    void operationsInNotifications();
    void notificationWithNullOperationId();
    void malformedOperations_data();
    void malformedOperations();
    void elapsedRinging();
    void inviteeLabel();
};

void TestOperationParsing::resultInfoReadsNumbersStringsAndNulls_data()
{
    testing::addColumns<QByteArray, QVariant, QVariant, QString>({"json", "code", "subcode", "message"});
    QTest::newRow("numbers") << QByteArray(R"({"code":500,"subcode":1234,"message":"Server error"})") << QVariant(500)
                             << QVariant(1234) << "Server error";
    QTest::newRow("strings") << QByteArray(R"({"code":"200","subcode":"5001","message":"ok"})") << QVariant(200)
                             << QVariant(5001) << "ok";
    QTest::newRow("nulls") << QByteArray(R"({"code":null,"subcode":null,"message":null})") << QVariant() << QVariant()
                           << "";
    QTest::newRow("garbage") << QByteArray(R"({"code":"busy","subcode":[1],"message":42})") << QVariant() << QVariant()
                             << "42";
    QTest::newRow("fraction") << QByteArray(R"({"code":486.5})") << QVariant() << QVariant() << "";
    QTest::newRow("too big") << QByteArray(R"({"code":99999999999})") << QVariant() << QVariant() << "";
    QTest::newRow("padded string") << QByteArray(R"({"code":" 603 "})") << QVariant(603) << QVariant() << "";
    QTest::newRow("empty") << QByteArray(R"({})") << QVariant() << QVariant() << "";
}

void TestOperationParsing::resultInfoReadsNumbersStringsAndNulls()
{
    QFETCH(QByteArray, json);
    QFETCH(QVariant, code);
    QFETCH(QVariant, subcode);
    QFETCH(QString, message);
    const ResultInfo info = ResultInfo::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(info.code ? QVariant(*info.code) : QVariant(), code);
    QCOMPARE(info.subcode ? QVariant(*info.subcode) : QVariant(), subcode);
    QCOMPARE(info.message, message);
    QVERIFY(ResultInfo::fromJson(QJsonValue()).isEmpty());
    QVERIFY(ResultInfo::fromJson(QJsonValue(QStringLiteral("x"))).isEmpty());
}

void TestOperationParsing::resultInfoWithStringCodesFromTheDocs()
{
    const QJsonObject body = graphExampleObject(QStringLiteral("call-delete.notification.2.json"));
    const QJsonValue data =
        body.value(QLatin1String("value")).toArray().first().toObject().value(QLatin1String("resourceData"));
    const ResultInfo info = ResultInfo::fromJson(data.toObject().value(QLatin1String("resultInfo")));
    QCOMPARE(info.code, std::optional<int>(200));
    QCOMPARE(info.subcode, std::optional<int>(5001));
    QCOMPARE(info.message, QStringLiteral("The conversation has ended."));
    QCOMPARE(info.codeText(), QStringLiteral("200/5001"));
}

void TestOperationParsing::outcomeFromCode_data()
{
    testing::addColumns<QVariant, InvitationOutcome>({"code", "outcome"});
    QTest::newRow("200") << QVariant(200) << InvitationOutcome::Connected;
    QTest::newRow("202") << QVariant(202) << InvitationOutcome::Connected;
    QTest::newRow("603 decline") << QVariant(603) << InvitationOutcome::Declined;
    QTest::newRow("486 busy") << QVariant(486) << InvitationOutcome::Busy;
    QTest::newRow("408 timeout") << QVariant(408) << InvitationOutcome::NoAnswer;
    QTest::newRow("480 unavailable") << QVariant(480) << InvitationOutcome::Unreachable;
    QTest::newRow("487 cancelled") << QVariant(487) << InvitationOutcome::Cancelled;
    QTest::newRow("403") << QVariant(403) << InvitationOutcome::Failed;
    QTest::newRow("500") << QVariant(500) << InvitationOutcome::Failed;
    QTest::newRow("no code") << QVariant() << InvitationOutcome::Unknown;
}

void TestOperationParsing::outcomeFromCode()
{
    QFETCH(QVariant, code);
    QFETCH(InvitationOutcome, outcome);
    ResultInfo info;
    if (code.isValid())
        info.code = code.toInt();
    QCOMPARE(outcomeFromResultInfo(info), outcome);
}

void TestOperationParsing::describeInPlainWords_data()
{
    testing::addColumns<InvitationOutcome, QByteArray, QString>({"outcome", "resultInfo", "text"});
    QTest::newRow("accepted") << InvitationOutcome::Connected << QByteArray("{}") << "Joined";
    QTest::newRow("declined") << InvitationOutcome::Declined << QByteArray(R"({"code":603})") << "Declined";
    QTest::newRow("busy") << InvitationOutcome::Busy << QByteArray("{}") << "Busy";
    QTest::newRow("no answer") << InvitationOutcome::NoAnswer << QByteArray("{}") << "Didn't answer";
    QTest::newRow("unreachable") << InvitationOutcome::Unreachable << QByteArray("{}") << "Couldn't be reached";
    QTest::newRow("cancelled") << InvitationOutcome::Cancelled << QByteArray("{}") << "Cancelled";
    QTest::newRow("failed with codes") << InvitationOutcome::Failed
                                       << QByteArray(R"({"code":500,"subcode":1234,"message":"Media setup failed"})")
                                       << "Failed: Media setup failed (code 500/1234)";
    QTest::newRow("failed, code only") << InvitationOutcome::Failed << QByteArray(R"({"code":"403"})")
                                       << "Failed: no reason given (code 403)";
    QTest::newRow("failed, message only")
        << InvitationOutcome::Failed << QByteArray(R"({"message":"Timed out"})") << "Failed: Timed out";
}

void TestOperationParsing::describeInPlainWords()
{
    QFETCH(InvitationOutcome, outcome);
    QFETCH(QByteArray, resultInfo);
    QFETCH(QString, text);
    QCOMPARE(describe(outcome, ResultInfo::fromJson(QJsonDocument::fromJson(resultInfo).object())), text);
}

void TestOperationParsing::statusIsCaseInsensitive_data()
{
    testing::addColumns<QString, OperationStatus>({"text", "status"});
    QTest::newRow("Running") << "Running" << OperationStatus::Running;
    QTest::newRow("running") << "running" << OperationStatus::Running;
    QTest::newRow("completed") << "completed" << OperationStatus::Completed;
    QTest::newRow("Completed") << "Completed" << OperationStatus::Completed;
    QTest::newRow("FAILED") << "FAILED" << OperationStatus::Failed;
    QTest::newRow("NotStarted") << "NotStarted" << OperationStatus::NotStarted;
    QTest::newRow("notStarted") << "notStarted" << OperationStatus::NotStarted;
}

void TestOperationParsing::statusIsCaseInsensitive()
{
    QFETCH(QString, text);
    QFETCH(OperationStatus, status);
    QCOMPARE(operationStatusFromString(text), std::optional<OperationStatus>(status));
    QCOMPARE(operationStatusFromString(operationStatusName(status)), std::optional<OperationStatus>(status));
}

void TestOperationParsing::unknownStatusKeepsThePrevious()
{
    QString problem;
    const OperationInfo op = OperationInfo::fromJson(
        QJsonDocument::fromJson(R"({"id":"op","status":"unknownFutureValue"})").object(), &problem);
    QVERIFY(!op.status);
    QCOMPARE(op.statusText, QStringLiteral("unknownFutureValue"));
    QCOMPARE(op.statusOr(OperationStatus::Running), OperationStatus::Running);
    QVERIFY(problem.contains(QLatin1String("unknownFutureValue")));
    const OperationInfo none =
        OperationInfo::fromJson(QJsonDocument::fromJson(R"({"id":"op","status":null})").object());
    QCOMPARE(none.statusOr(OperationStatus::Completed), OperationStatus::Completed);
}

void TestOperationParsing::inviteResponses_data()
{
    testing::addColumns<QString, int, QString>({"file", "participants", "firstIdentityId"});
    QTest::newRow("one invitee") << "participant-invite.response.1.json" << 1 << "278405a3-f568-4b3e-b684-009193463064";
    QTest::newRow("two invitees") << "participant-invite.response.2.json" << 2
                                  << "7e1b4346-85a6-4bdd-abe3-d11c5d420efe";
    QTest::newRow("cancel example") << "participant-delete.response.2.json" << 1
                                    << "278405a3-f568-4b3e-b684-009193463064";
}

void TestOperationParsing::inviteResponses()
{
    QFETCH(QString, file);
    QFETCH(int, participants);
    QFETCH(QString, firstIdentityId);
    QString problem;
    const OperationInfo op = OperationInfo::fromJson(graphExample(file), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(op.id, QStringLiteral("eec3812a-fdc3-4fb4-825c-a06c9f35414e"));
    QCOMPARE(op.type, QStringLiteral("inviteParticipantsOperation"));
    QCOMPARE(op.status, std::optional<OperationStatus>(OperationStatus::Running)); // "Running"
    QCOMPARE(op.clientContext, QStringLiteral("f2fa86af-3c51-4bc2-8fc0-475452d9764f"));
    QVERIFY(op.resultInfo.isEmpty()); // null
    QVERIFY(!op.isTerminal());
    QCOMPARE(op.participants.size(), participants);
    QCOMPARE(op.participants[0].identity.kind, IdentityKind::User);
    QCOMPARE(op.participants[0].identity.id, firstIdentityId);
    QVERIFY(op.participants[0].participantId.isEmpty()); // "id": null or absent
}

void TestOperationParsing::muteResponse()
{
    const OperationInfo op = OperationInfo::fromJson(graphExample(QStringLiteral("participant-mute.response.1.json")));
    QCOMPARE(op.id, QStringLiteral("17e3b46c-f61d-4f4d-9635-c626ef18e6ad"));
    QCOMPARE(op.type, QStringLiteral("muteParticipantOperation"));
    QCOMPARE(op.status, std::optional<OperationStatus>(OperationStatus::Completed));
    QVERIFY(op.isTerminal());
    QCOMPARE(op.clientContext, QStringLiteral("d45324c1-fcb5-430a-902c-f20af696537c"));
    QVERIFY(op.participants.isEmpty());
}

void TestOperationParsing::holdMusicResponseLowerCase()
{
    const OperationInfo op =
        OperationInfo::fromJson(graphExample(QStringLiteral("participant-startholdmusic.response.1.json")));
    QCOMPARE(op.status, std::optional<OperationStatus>(OperationStatus::Running));
    QCOMPARE(op.type, QStringLiteral("startHoldMusicOperation"));
}

void TestOperationParsing::holdMusicAnswersOfTheDocs_data()
{
    testing::addColumns<QString, QString, bool>({"file", "type", "terminal"});
    QTest::newRow("start, running") << "participant-startholdmusic.response.1.json"
                                    << "startHoldMusicOperation" << false;
    QTest::newRow("stop, completed at once") << "participant-stopholdmusic.response.1.json"
                                             << "stopHoldMusicOperation" << true;
    QTest::newRow("stop, running") << "participant-stopholdmusic.response.2.json"
                                   << "stopHoldMusicOperation" << false;
}

void TestOperationParsing::holdMusicAnswersOfTheDocs()
{
    QFETCH(QString, file);
    QFETCH(QString, type);
    QFETCH(bool, terminal);
    QString problem;
    const OperationInfo op = OperationInfo::fromJson(graphExample(file), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(op.type, type);
    QCOMPARE(op.id, QStringLiteral("0fe0623f-d628-42ed-b4bd-8ac290072cc5"));
    QCOMPARE(op.clientContext, QStringLiteral("d45324c1-fcb5-430a-902c-f20af696537c"));
    QCOMPARE(op.isTerminal(), terminal);
    QVERIFY(op.resultInfo.isEmpty()); // "resultInfo": null reads as nothing
}

void TestOperationParsing::holdMusicNotificationsOfTheDocs_data()
{
    testing::addColumns<QString, QString>({"file", "type"});
    QTest::newRow("start") << "participant-startholdmusic.notification.1.json"
                           << "startHoldMusicOperation";
    QTest::newRow("stop") << "participant-stopholdmusic.notification.1.json"
                          << "stopHoldMusicOperation";
}

void TestOperationParsing::holdMusicNotificationsOfTheDocs()
{
    QFETCH(QString, file);
    QFETCH(QString, type);
    // resourceUrl without a leading slash, and no "id" in resourceData: matched by clientContext.
    const QList<OperationInfo> ops = OperationInfo::fromNotifications(graphExampleObject(file));
    QCOMPARE(ops.size(), 1);
    QCOMPARE(ops.first().type, type);
    QCOMPARE(ops.first().status, std::optional<OperationStatus>(OperationStatus::Completed));
    QCOMPARE(ops.first().clientContext, QStringLiteral("d45324c1-fcb5-430a-902c-f20af696537c"));
    QVERIFY(ops.first().id.isEmpty());
}

void TestOperationParsing::operationsInNotifications_data()
{
    testing::addColumns<QString, QString, QString, IdentityKind>({"file", "id", "identityId", "kind"});
    QTest::newRow("invite completed") << "participant-invite.notification.1.json"
                                      << "eec3812a-fdc3-4fb4-825c-a06c9f35414e"
                                      << "278405a3-f568-4b3e-b684-009193463064" << IdentityKind::User;
    QTest::newRow("replacing a call") << "participant-invite.notification.5.json"
                                      << "278405a3-f568-4b3e-b684-009193463064"
                                      << "7e1b4346-85a6-4bdd-abe3-d11c5d420efe" << IdentityKind::User;
    QTest::newRow("phone invitee") << "participant-invite.notification.7.json"
                                   << "eec3812a-fdc3-4fb4-825c-a06c9f35414e"
                                   << "+12345678901" << IdentityKind::Phone;
    QTest::newRow("with tenant") << "notification.operation-completed.invite.json"
                                 << "eec3812a-fdc3-4fb4-825c-a06c9f35414e"
                                 << "278405a3-f568-4b3e-b684-009193463064" << IdentityKind::User;
}

void TestOperationParsing::operationsInNotifications()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(QString, identityId);
    QFETCH(IdentityKind, kind);
    const auto operations = OperationInfo::fromNotifications(graphExampleObject(file));
    QCOMPARE(operations.size(), 1);
    const OperationInfo &op = operations.first();
    QCOMPARE(op.id, id);
    QCOMPARE(op.status, std::optional<OperationStatus>(OperationStatus::Completed));
    QVERIFY(op.isTerminal());
    QCOMPARE(op.participants.size(), 1);
    QCOMPARE(op.participants[0].identity.id, identityId);
    QCOMPARE(op.participants[0].identity.kind, kind);
}

void TestOperationParsing::notificationWithNullOperationId()
{
    const auto operations =
        OperationInfo::fromNotifications(graphExampleObject(QStringLiteral("participant-invite.notification.3.json")));
    QCOMPARE(operations.size(), 1);
    QVERIFY(operations[0].id.isEmpty());
    QCOMPARE(operations[0].clientContext, QStringLiteral("f2fa86af-3c51-4bc2-8fc0-475452d9764f"));
    QCOMPARE(operations[0].participants.size(), 2);
    // A call-state notification is not an operation.
    QVERIFY(OperationInfo::fromNotifications(graphExampleObject(QStringLiteral("call-delete.notification.2.json")))
                .isEmpty());
    QVERIFY(OperationInfo::fromNotifications(QJsonObject()).isEmpty());
}

void TestOperationParsing::malformedOperations_data()
{
    testing::addColumns<QByteArray, bool, bool>({"body", "problem", "hasStatus"});
    QTest::newRow("not json") << QByteArray("nope") << true << false;
    QTest::newRow("array") << QByteArray("[]") << true << false;
    QTest::newRow("no id nor context") << QByteArray(R"({"status":"running"})") << true << true;
    QTest::newRow("wrong types") << QByteArray(
        R"({"id":"op","status":7,"participants":{"a":1},"resultInfo":"x","clientContext":[]})")
                                 << true << false; // status "7" is not one we know
    QTest::newRow("status of the wrong type") << QByteArray(R"({"id":"op","status":{"x":1}})") << false << false;
    QTest::newRow("participants not objects")
        << QByteArray(R"({"id":"op","participants":[null,1,{"identity":null}]})") << false << false;
}

void TestOperationParsing::malformedOperations()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, problem);
    QFETCH(bool, hasStatus);
    QString text;
    const OperationInfo op = OperationInfo::fromJson(body, &text);
    QCOMPARE(!text.isEmpty(), problem);
    QCOMPARE(op.status.has_value(), hasStatus);
    QVERIFY(op.participants.size() <= 1);
}

void TestOperationParsing::elapsedRinging()
{
    const QDateTime sent(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    Invitation inv;
    QCOMPARE(inv.elapsedRinging(sent), 0); // never sent
    inv.sentAt = sent;
    QCOMPARE(inv.elapsedRinging(sent.addSecs(12)), 12);
    QCOMPARE(inv.elapsedRinging(sent.addSecs(-5)), 0); // clock went back
    inv.outcome = InvitationOutcome::Declined;
    inv.endedAt = sent.addSecs(20);
    QCOMPARE(inv.elapsedRinging(sent.addSecs(100)), 20);
}

void TestOperationParsing::inviteeLabel()
{
    QCOMPARE((InvitationInvitee{IdentityKind::User, QStringLiteral("u"), QStringLiteral("Ada")}.label()),
             QStringLiteral("Ada"));
    QCOMPARE((InvitationInvitee{IdentityKind::Phone, QStringLiteral("+1555"), {}}.label()), QStringLiteral("+1555"));
    QCOMPARE((InvitationInvitee{IdentityKind::Guest, {}, {}}.label()), QStringLiteral("Guest"));
}

QTEST_GUILESS_MAIN(TestOperationParsing)
#include "tst_operation_parsing.moc"
