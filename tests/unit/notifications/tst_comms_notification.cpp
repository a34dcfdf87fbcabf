// Reading commsNotifications bodies: the documentation's own examples, the roster in its whole and
// delta forms, and bodies that are not what they claim to be.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include "core/notifications/comms_notification.h"
#include "support/graph_examples.h"
#include "support/test_columns.h"

using namespace moderato;
using testsupport::graphExample;
using Kind = CommsNotification::Kind;
using Change = CommsNotification::Change;

namespace {

QByteArray body(const QJsonArray &entries)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("value"), entries}}).toJson(QJsonDocument::Compact);
}

QJsonObject participant(const QString &id)
{
    return {{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.participant")},
            {QStringLiteral("id"), id}};
}

CommsNotificationBatch parsed(const QByteArray &text)
{
    QString error;
    const auto batch = parseCommsNotifications(text, &error);
    if (!batch)
        qWarning("%s", qPrintable(error));
    return batch.value_or(CommsNotificationBatch{{}, {QStringLiteral("unusable")}});
}

} // namespace

class TestCommsNotification : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyDocumentedNotificationIsRead_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(QStringLiteral(MODERATO_TEST_DATA "/graph"))
                                      .entryList({QStringLiteral("*notification*.json")}, QDir::Files);
        QVERIFY(files.size() >= 15);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void everyDocumentedNotificationIsRead()
    {
        QFETCH(QString, file);
        const QByteArray text = graphExample(file);
        QVERIFY(!text.isEmpty());
        QString error;
        const auto batch = parseCommsNotifications(text, &error);
        QVERIFY2(batch, qPrintable(error));
        // Content sharing is not followed; everything else is.
        if (file.contains(QLatin1String("post-calls.notification.3"))
            || file.contains(QLatin1String("post-calls.notification.4"))
            || file.contains(QLatin1String("post-calls.notification.5"))) {
            QCOMPARE(batch->notifications.size(), 0);
            QCOMPARE(batch->skipped.size(), 1);
            QVERIFY2(batch->skipped.first().contains(QLatin1String("contentsharingsessions")),
                     qPrintable(batch->skipped.first()));
        } else {
            QVERIFY2(batch->skipped.isEmpty(), qPrintable(batch->skipped.join(QLatin1Char('\n'))));
            QVERIFY(!batch->notifications.isEmpty());
        }
    }

    void aTerminatedCallIsACallDeletion()
    {
        const CommsNotificationBatch batch = parsed(graphExample(QStringLiteral("notification.call-terminated.json")));
        QCOMPARE(batch.notifications.size(), 1);
        const CommsNotification &n = batch.notifications.first();
        QCOMPARE(n.kind, Kind::Call);
        QCOMPARE(n.change, Change::Deleted);
        QCOMPARE(n.callId, QStringLiteral("57dab8b1-894c-409a-b240-bd8beae78896"));
        QCOMPARE(n.entity.value(QLatin1String("state")).toString(), QStringLiteral("terminated"));
        QVERIFY(n.entity.value(QLatin1String("resultInfo")).isObject());
    }

    void anInviteResultIsAnOperation()
    {
        const CommsNotificationBatch batch =
            parsed(graphExample(QStringLiteral("participant-invite.notification.1.json")));
        QCOMPARE(batch.notifications.size(), 1);
        const CommsNotification &n = batch.notifications.first();
        QCOMPARE(n.kind, Kind::Operation);
        QCOMPARE(n.callId, QStringLiteral("ab6233a5-20b7-4c5e-bea2-ce56c9776429"));
        QCOMPARE(n.operationId, QStringLiteral("eec3812a-fdc3-4fb4-825c-a06c9f35414e"));
        QCOMPARE(n.entity.value(QLatin1String("status")).toString().toLower(), QStringLiteral("completed"));
    }

    void theHoldMusicResultWithoutALeadingSlashIsAnOperation()
    {
        const CommsNotificationBatch batch =
            parsed(graphExample(QStringLiteral("participant-startholdmusic.notification.1.json")));
        QCOMPARE(batch.notifications.size(), 1);
        QCOMPARE(batch.notifications.first().kind, Kind::Operation);
        QCOMPARE(batch.notifications.first().callId, QStringLiteral("e141b67c-90fd-455d-858b-b48a40b9cc8d"));
    }

    void anUpdatedArrayIsTheWholeRoster()
    {
        const QJsonArray people{participant(QStringLiteral("a")), participant(QStringLiteral("b"))};
        const CommsNotificationBatch batch = parsed(
            body({QJsonObject{{QStringLiteral("changeType"), QStringLiteral("updated")},
                              {QStringLiteral("resourceUrl"), QStringLiteral("/communications/calls/c1/participants")},
                              {QStringLiteral("resourceData"), people}}}));
        QCOMPARE(batch.notifications.size(), 1);
        const CommsNotification &n = batch.notifications.first();
        QCOMPARE(n.kind, Kind::Participants);
        QCOMPARE(n.callId, QStringLiteral("c1"));
        QVERIFY(!n.isDelta);
        QCOMPARE(n.participants, people);
    }

    void deltasAreNeverTakenForTheWholeRoster_data()
    {
        testing::addColumns<QString, QJsonValue, qint64>({"changeType", "data", "sequence"});
        const QJsonArray one{participant(QStringLiteral("a"))};
        QTest::newRow("created") << QStringLiteral("created") << QJsonValue(one) << qint64(-1);
        QTest::newRow("deleted") << QStringLiteral("deleted") << QJsonValue(one) << qint64(-1);
        QTest::newRow("one participant object")
            << QStringLiteral("updated") << QJsonValue(participant(QStringLiteral("a"))) << qint64(-1);
        QTest::newRow("deltaParticipants")
            << QStringLiteral("updated")
            << QJsonValue(
                   QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.deltaParticipants")},
                               {QStringLiteral("sequenceNumber"), 42},
                               {QStringLiteral("participants"), one}})
            << qint64(42);
        // A sequence number that is not a whole number Moderato can count with reads as none.
        const auto withSequence = [&](const QJsonValue &number) {
            return QJsonValue(
                QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.deltaParticipants")},
                            {QStringLiteral("sequenceNumber"), number},
                            {QStringLiteral("participants"), one}});
        };
        QTest::newRow("sequence as a string")
            << QStringLiteral("updated") << withSequence(QStringLiteral(" 7 ")) << qint64(7);
        QTest::newRow("sequence 1e300") << QStringLiteral("updated") << withSequence(1e300) << qint64(-1);
        QTest::newRow("sequence 2^63-1 as a string")
            << QStringLiteral("updated") << withSequence(QStringLiteral("9223372036854775807")) << qint64(-1);
        QTest::newRow("negative sequence") << QStringLiteral("updated") << withSequence(-3) << qint64(-1);
        QTest::newRow("fractional sequence") << QStringLiteral("updated") << withSequence(2.5) << qint64(-1);
        QTest::newRow("sequence not a number")
            << QStringLiteral("updated") << withSequence(QStringLiteral("seven")) << qint64(-1);
    }

    void deltasAreNeverTakenForTheWholeRoster()
    {
        QFETCH(QString, changeType);
        QFETCH(QJsonValue, data);
        QFETCH(qint64, sequence);
        const CommsNotificationBatch batch = parsed(
            body({QJsonObject{{QStringLiteral("changeType"), changeType},
                              {QStringLiteral("resourceUrl"), QStringLiteral("/communications/calls/c1/participants")},
                              {QStringLiteral("resourceData"), data}}}));
        QCOMPARE(batch.notifications.size(), 1);
        QVERIFY(batch.notifications.first().isDelta);
        QCOMPARE(batch.notifications.first().participants.size(), 1);
        QCOMPARE(batch.notifications.first().sequenceNumber, sequence);
    }

    void unusableBodiesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("<html>hello</html>");
        QTest::newRow("an array") << QByteArray("[]");
        QTest::newRow("value not an array") << QByteArray(R"({"value": {}})");
        QTest::newRow("too large") << QByteArray(R"({"value": [)") + QByteArray(MaxNotificationBodyBytes, ' ') + "]}";
    }

    void unusableBodiesAreRefused()
    {
        QFETCH(QByteArray, text);
        QString error;
        QVERIFY(!parseCommsNotifications(text, &error));
        QVERIFY(!error.isEmpty());
    }

    void strangeEntriesAreSkippedAndSaid()
    {
        const CommsNotificationBatch batch = parsed(body({
            QJsonValue(42),
            QJsonObject{{QStringLiteral("changeType"), QStringLiteral("replaced")},
                        {QStringLiteral("resourceUrl"), QStringLiteral("/communications/calls/c1")},
                        {QStringLiteral("resourceData"), QJsonObject{}}},
            QJsonObject{{QStringLiteral("changeType"), QStringLiteral("updated")},
                        {QStringLiteral("resourceUrl"), QStringLiteral("/users/u1")},
                        {QStringLiteral("resourceData"), QJsonObject{}}},
            QJsonObject{{QStringLiteral("changeType"), QStringLiteral("updated")},
                        {QStringLiteral("resourceUrl"), QStringLiteral("/communications/calls/c1")},
                        {QStringLiteral("resourceData"), QJsonArray{}}},
            QJsonObject{{QStringLiteral("changeType"), QStringLiteral("updated")},
                        {QStringLiteral("resourceUrl"), QStringLiteral("/communications/calls//participants")},
                        {QStringLiteral("resourceData"), QJsonArray{}}},
            QJsonObject{{QStringLiteral("changeType"), QStringLiteral("updated")},
                        {QStringLiteral("resourceUrl"), QStringLiteral("/communications/calls/c1/participants")},
                        {QStringLiteral("resourceData"), QStringLiteral("everyone")}},
        }));
        QCOMPARE(batch.notifications.size(), 0);
        QCOMPARE(batch.skipped.size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestCommsNotification)
#include "tst_comms_notification.moc"
