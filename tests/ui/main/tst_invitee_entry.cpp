// What the invite dialog accepts when typed by hand — by the one set of invitee rules (Invitee) that
// the session and moderato-cli use too — and how it says how many people will be called.
#include <QTest>

#include "ui/invitee_entry.h"
#include "support/test_columns.h"

using namespace moderato;

class TestInviteeEntry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void e164_data()
    {
        testing::addColumns<QString, bool>({"input", "valid"});
        QTest::newRow("US number") << QStringLiteral("+14255550123") << true;
        QTest::newRow("shortest: 7 digits") << QStringLiteral("+1234567") << true;
        QTest::newRow("longest: 15 digits") << QStringLiteral("+123456789012345") << true;
        QTest::newRow("too short") << QStringLiteral("+123456") << false;
        QTest::newRow("too long") << QStringLiteral("+1234567890123456") << false;
        QTest::newRow("no plus") << QStringLiteral("14255550123") << false;
        QTest::newRow("leading zero country code") << QStringLiteral("+04255550123") << false;
        QTest::newRow("letters") << QStringLiteral("+1425555CALL") << false;
        QTest::newRow("spaces are not E.164") << QStringLiteral("+1 425 555 0123") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("trailing newline") << QStringLiteral("+14255550123\n") << false;
    }
    void e164()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(Invitee::isE164(input), valid);
    }

    void phoneNumbersAreNormalised_data()
    {
        testing::addColumns<QString, QString>({"input", "expected"});
        QTest::newRow("spaces") << QStringLiteral(" +1 425 555 0123 ") << QStringLiteral("+14255550123");
        QTest::newRow("brackets and dashes") << QStringLiteral("+1 (425) 555-0123") << QStringLiteral("+14255550123");
        QTest::newRow("dots") << QStringLiteral("+49.30.1234567") << QStringLiteral("+49301234567");
        QTest::newRow("national format stays invalid") << QStringLiteral("030 1234567") << QString();
    }
    void phoneNumbersAreNormalised()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Invitee::normalisedPhoneNumber(input), expected);
    }

    void phoneTargetExplainsTheFormat()
    {
        InviteTarget target;
        QString error;
        QVERIFY(!InviteeEntry::phoneTarget(QStringLiteral("0301234567"), &target, &error));
        QVERIFY2(error.contains(QStringLiteral("+14255550123")), qPrintable(error));
        QVERIFY(InviteeEntry::phoneTarget(QStringLiteral("+44 20 7946 0958"), &target, &error));
        QCOMPARE(int(target.kind), int(InviteTarget::Kind::Phone));
        QCOMPARE(target.id, QStringLiteral("+442079460958"));
    }

    void userTarget_data()
    {
        testing::addColumns<QString, bool>({"input", "valid"});
        QTest::newRow("object id") << QStringLiteral("8b081ef6-4792-4def-b2c9-c363a1bf41d5") << true;
        // Graph writes object ids without braces; a braced one would reach Graph as typed.
        QTest::newRow("object id in braces") << QStringLiteral("{8b081ef6-4792-4def-b2c9-c363a1bf41d5}") << false;
        QTest::newRow("UPN") << QStringLiteral("jane.doe@contoso.com") << true;
        QTest::newRow("a name is not an id") << QStringLiteral("Jane Doe") << false;
        QTest::newRow("two at signs") << QStringLiteral("a@b@c.com") << false;
        QTest::newRow("no domain dot") << QStringLiteral("jane@contoso") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void userTarget()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        InviteTarget target;
        QString error;
        QCOMPARE(InviteeEntry::userTarget(input, &target, &error), valid);
        QCOMPARE(error.isEmpty(), valid);
        if (valid)
            QCOMPARE(target.id, input.trimmed());
    }

    void summarySaysHowManyWillBeCalled()
    {
        QCOMPARE(InviteeEntry::requestSummary(0), QStringLiteral("Nobody chosen yet."));
        QCOMPARE(InviteeEntry::requestSummary(7),
                 QStringLiteral("7 people will be called, each with an invitation of their own."));
    }
};

QTEST_GUILESS_MAIN(TestInviteeEntry)
#include "tst_invitee_entry.moc"
