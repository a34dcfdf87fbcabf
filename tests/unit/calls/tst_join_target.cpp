// parseJoinTarget(): whatever the moderator pastes — a Teams link as Teams, Outlook or Safe Links
// wrote it, a whole invitation, a meeting ID, a Graph call id — becomes one meeting to join, or
// one sentence saying what is wrong and what would work.
#include "core/calls/join_target.h"

#include <QtTest>
#include "support/test_columns.h"

using namespace moderato;
using Kind = JoinTarget::Kind;

namespace {

const QString Tenant = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
const QString Organizer = QStringLiteral("5810cede-f3cc-42eb-b2c1-e9bd5d53ec96");
const QString Thread = QStringLiteral("19:meeting_OTU4ZDM5MzQtNzA3Mi00MWE1LTk5ZDktMWExYzk2YzBhOGU0@thread.v2");
const QString EncodedThread =
    QStringLiteral("19%3ameeting_OTU4ZDM5MzQtNzA3Mi00MWE1LTk5ZDktMWExYzk2YzBhOGU0%40thread.v2");
const QString CallId = QStringLiteral("491f0b00-ffff-4bc9-a43e-b226498ec22a");

//! The context part as Teams writes it: {"Tid":…,"Oid":…} percent-encoded, lower-case escapes.
QString context(const QString &tid = Tenant, const QString &oid = Organizer)
{
    return QStringLiteral("%7b%22Tid%22%3a%22") + tid + QStringLiteral("%22%2c%22Oid%22%3a%22") + oid
           + QStringLiteral("%22%7d");
}

QString meetupLink(const QString &host = QStringLiteral("teams.microsoft.com"),
                   const QString &query = QStringLiteral("?context=") + context())
{
    return QStringLiteral("https://") + host + QStringLiteral("/l/meetup-join/") + EncodedThread + QStringLiteral("/0")
           + query;
}

//! \a link as Outlook's Safe Links rewrites it.
QString safeLink(const QString &link, const QString &host = QStringLiteral("eur02.safelinks.protection.outlook.com"))
{
    return QStringLiteral("https://") + host + QStringLiteral("/?url=")
           + QString::fromLatin1(QUrl::toPercentEncoding(link))
           + QStringLiteral("&data=05%7C02%7Cada%40contoso.com%7C2e9f06b0%7C0%7C0%7C638403423578665559"
                            "%7CUnknown%7CTWFpbGZsb3d8%7C0%7C%7C%7C&sdata=bMPrbif%2B96QoKY5W%3D&reserved=0");
}

const QString MeetLink = QStringLiteral("https://teams.microsoft.com/meet/391887961194453?p=gs3i4BbISAYdWvdTo0");

//! A plain-text Teams invitation as Outlook shows it, around \a joinLine.
QString invitation(const QString &joinLine)
{
    return QStringLiteral("Hi all,\n\nsee you there.\n"
                          "________________________________________________________________________________\n"
                          "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n")
           + joinLine
           + QStringLiteral("\nMeeting ID: 344 674 159 108 1\nPasscode: ps3JH7YK\n"
                            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
                            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
                            "meetingOptions/?organizerId=5810cede&tenantId=72f988bf&threadId=19_meeting_OTU4@thread.v2"
                            "&messageId=0&language=en-US>\n____________\n");
}

} // namespace

class TestJoinTarget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void describesWhatItUnderstood();
    void clearsTheErrorAndLeavesTheCallbackToTheCaller();
    void aMeetupLinkBecomesTheDocumentedCallBody();
};

void TestJoinTarget::accepts_data()
{
    testing::addColumns<QString, Kind>({"text", "kind"});
    QTest::addColumn<QString>("joinMeetingId"); // empty: by thread, organizer and tenant
    QTest::addColumn<QString>("passcode");

    const QString none;
    // Meetup-join links, every Teams host but the consumer one.
    QTest::newRow("meetup-join") << meetupLink() << Kind::MeetupLink << none << none;
    QTest::newRow("GCC High") << meetupLink(QStringLiteral("teams.microsoft.us")) << Kind::MeetupLink << none << none;
    QTest::newRow("GCC High web") << meetupLink(QStringLiteral("gov.teams.microsoft.us")) << Kind::MeetupLink << none
                                  << none;
    QTest::newRow("DoD") << meetupLink(QStringLiteral("dod.teams.microsoft.us")) << Kind::MeetupLink << none << none;
    QTest::newRow("China") << meetupLink(QStringLiteral("teams.microsoftonline.cn")) << Kind::MeetupLink << none
                           << none;
    QTest::newRow("upper-case escapes, more context")
        << meetupLink()
               .replace(QLatin1String("%3a"), QLatin1String("%3A"))
               .replace(QLatin1String("%7d"), QLatin1String("%2c%22IsBroadcastMeeting%22%3atrue%7D"))
        << Kind::MeetupLink << none << none;
    QTest::newRow("context not encoded") << meetupLink(QStringLiteral("teams.microsoft.com"),
                                                       QStringLiteral("?context={\"Tid\":\"") + Tenant
                                                           + QStringLiteral("\",\"Oid\":\"") + Organizer
                                                           + QStringLiteral("\"}"))
                                         << Kind::MeetupLink << none << none;
    QTest::newRow("launcher link")
        << QStringLiteral("https://teams.microsoft.com/dl/launcher/launcher.html?url=%2f_%23%2fl%2fmeetup-join%2f")
               + QString(EncodedThread).replace(QLatin1Char('%'), QLatin1String("%25"))
               + QStringLiteral("%2f0%3fcontext%3d")
               + QString(context()).replace(QLatin1Char('%'), QLatin1String("%25"))
               + QStringLiteral("%26anon%3dtrue&type=meetup-join&directDl=true&msLaunch=true")
        << Kind::MeetupLink << none << none;
    QTest::newRow("surrounded by whitespace")
        << QStringLiteral("  \n\t") + meetupLink() + QStringLiteral(" \n") << Kind::MeetupLink << none << none;
    QTest::newRow("in angle brackets, with a full stop")
        << QStringLiteral("Join: <") + meetupLink() + QStringLiteral(">.") << Kind::MeetupLink << none << none;

    // Short links, Safe Links.
    QTest::newRow("/meet/") << MeetLink << Kind::MeetingId << QStringLiteral("391887961194453")
                            << QStringLiteral("gs3i4BbISAYdWvdTo0");
    QTest::newRow("/meet/ without p=") << QStringLiteral("https://teams.microsoft.com/meet/264183392744150")
                                       << Kind::MeetingId << QStringLiteral("264183392744150") << none;
    QTest::newRow("Safe Links, meetup-join") << safeLink(meetupLink()) << Kind::MeetupLink << none << none;
    QTest::newRow("Safe Links, /meet/") << safeLink(MeetLink) << Kind::MeetingId << QStringLiteral("391887961194453")
                                        << QStringLiteral("gs3i4BbISAYdWvdTo0");
    QTest::newRow("Safe Links, GCC High") << safeLink(meetupLink(QStringLiteral("gov.teams.microsoft.us")),
                                                      QStringLiteral("gcc02.safelinks.protection.office365.us"))
                                          << Kind::MeetupLink << none << none;
    QTest::newRow("Safe Links, twice") << safeLink(safeLink(meetupLink()),
                                                   QStringLiteral("nam11.safelinks.protection.outlook.com"))
                                       << Kind::MeetupLink << none << none;

    // Invitations: the link wins over the meeting ID; the invitation's passcode over p=.
    QTest::newRow("invitation with a wrapped link")
        << invitation(QStringLiteral("Click here to join the meeting<") + safeLink(meetupLink()) + QLatin1Char('>'))
        << Kind::MeetupLink << none << none;
    QTest::newRow("invitation with a /meet/ link")
        << invitation(QStringLiteral("Join: https://teams.microsoft.com/meet/3446741591081?p=gs3i4BbISAYdWvdTo0"))
        << Kind::MeetingId << QStringLiteral("3446741591081") << QStringLiteral("ps3JH7YK");
    QTest::newRow("invitation without a link") << invitation(QStringLiteral("Join the meeting now")) << Kind::MeetingId
                                               << QStringLiteral("3446741591081") << QStringLiteral("ps3JH7YK");
    QTest::newRow("labels on one line, passcode first")
        << QStringLiteral("Passcode: Mt9xB2N6 Meeting ID: 123 456 789 012") << Kind::MeetingId
        << QStringLiteral("123456789012") << QStringLiteral("Mt9xB2N6");
    QTest::newRow("meeting ID without passcode") << QStringLiteral("Meeting ID:\u00a0123\u00a0456\u00a0789")
                                                 << Kind::MeetingId << QStringLiteral("123456789") << none;
    QTest::newRow("German invitation") << QStringLiteral(
        "Microsoft Teams-Besprechung\nBesprechungs-ID: 264 183 392 744 150\nKennung: eX3yZ9ev\n")
                                       << Kind::MeetingId << QStringLiteral("264183392744150")
                                       << QStringLiteral("eX3yZ9ev");
    QTest::newRow("German invitation with Kenncode")
        << QStringLiteral("Jetzt an der Besprechung teilnehmen\nBesprechungs-ID: 358 714 290 465\nKenncode: Qp7hRt\n")
        << Kind::MeetingId << QStringLiteral("358714290465") << QStringLiteral("Qp7hRt");
    QTest::newRow("meeting ID alone") << QStringLiteral("123 456 789 012") << Kind::MeetingId
                                      << QStringLiteral("123456789012") << none;

    QTest::newRow("Graph call id") << QStringLiteral(" %1\n").arg(CallId) << Kind::CallId << none << none;
}

void TestJoinTarget::accepts()
{
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    QFETCH(QString, joinMeetingId);
    QFETCH(QString, passcode);

    QString error;
    const auto target = parseJoinTarget(text, &error);
    QVERIFY2(target.has_value(), qPrintable(error));
    QCOMPARE(target->kind, kind);
    const MeetingToJoin &meeting = target->meeting;
    QCOMPARE(meeting.joinMeetingId, joinMeetingId);
    QCOMPARE(meeting.passcode, passcode);
    const bool byThread = kind == Kind::MeetupLink;
    QCOMPARE(meeting.threadId, byThread ? Thread : QString());
    QCOMPARE(meeting.messageId, QStringLiteral("0"));
    QCOMPARE(meeting.organizerId, byThread ? Organizer : QString());
    QCOMPARE(meeting.tenantId, byThread ? Tenant : QString());
    QCOMPARE(target->callId, kind == Kind::CallId ? CallId : QString());
}

void TestJoinTarget::refuses_data()
{
    testing::addColumns<QString, QString>({"text", "sentenceMentions"});

    const QString guidLike = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db4"); // one digit short
    QTest::newRow("nothing") << QString() << QStringLiteral("paste a teams meeting link");
    QTest::newRow("whitespace") << QStringLiteral(" \n\t ") << QStringLiteral("paste a teams meeting link");
    QTest::newRow("not a link") << QStringLiteral("see you at 10") << QStringLiteral("no teams meeting");
    QTest::newRow("javascript:") << QStringLiteral("javascript:alert(document.cookie)") << QStringLiteral("script");
    QTest::newRow("http:") << QString(meetupLink()).replace(QLatin1String("https:"), QLatin1String("http:"))
                           << QStringLiteral("https://");
    QTest::newRow("ftp:") << QStringLiteral("ftp://teams.microsoft.com/meet/123456789") << QStringLiteral("https://");
    QTest::newRow("another site") << meetupLink(QStringLiteral("example.com")) << QStringLiteral("link to example.com");
    QTest::newRow("a look-alike host") << meetupLink(QStringLiteral("teams.microsoft.com.example.net"))
                                       << QStringLiteral("teams.microsoft.com.example.net");
    QTest::newRow("user info") << meetupLink(QStringLiteral("teams.microsoft.com@example.net"))
                               << QStringLiteral("example.net");
    QTest::newRow("another port") << meetupLink(QStringLiteral("teams.microsoft.com:8443"))
                                  << QStringLiteral("link to teams.microsoft.com:8443");
    QTest::newRow("consumer Teams") << QStringLiteral("https://teams.live.com/meet/9398850607683?p=AbCdEf")
                                    << QStringLiteral("personal use");
    QTest::newRow("not a join link") << QStringLiteral("https://teams.microsoft.com/meetingOptions/?organizerId=x")
                                     << QStringLiteral("not a meeting join link");
    QTest::newRow("no context") << meetupLink(QStringLiteral("teams.microsoft.com"), QString())
                                << QStringLiteral("context");
    QTest::newRow("context cut off") << meetupLink().left(meetupLink().size() - 40) << QStringLiteral("context");
    QTest::newRow("context without Oid") << meetupLink(QStringLiteral("teams.microsoft.com"),
                                                       QStringLiteral("?context=%7b%22Tid%22%3a%22") + Tenant
                                                           + QStringLiteral("%22%7d"))
                                         << QStringLiteral("organiser or tenant");
    QTest::newRow("Tid not a GUID") << meetupLink(QStringLiteral("teams.microsoft.com"),
                                                  QStringLiteral("?context=") + context(guidLike))
                                    << QStringLiteral("not an id");
    QTest::newRow("Oid not a GUID") << meetupLink(QStringLiteral("teams.microsoft.com"),
                                                  QStringLiteral("?context=") + context(Tenant, QStringLiteral("o-1")))
                                    << QStringLiteral("not an id");
    QTest::newRow("link without @thread")
        << QString(meetupLink()).replace(QLatin1String("%40thread.v2"), QString()) << QStringLiteral("meeting thread");
    QTest::newRow("link without thread") << QStringLiteral("https://teams.microsoft.com/l/meetup-join/")
                                         << QStringLiteral("meeting thread");
    QTest::newRow("thread id alone") << Thread << QStringLiteral("whole join link");
    QTest::newRow("thread id without @thread")
        << QStringLiteral("19:meeting_OTU4ZDM5MzQtNzA3Mi00MWE1") << QStringLiteral("whole join link");
    QTest::newRow("meeting ID with letters")
        << QStringLiteral("Meeting ID: 123 456 78a 012\nPasscode: ps3JH7YK") << QStringLiteral("only digits");
    QTest::newRow("meeting ID of letters") << QStringLiteral("Meeting ID: abc def") << QStringLiteral("only digits");
    QTest::newRow("meeting ID too short")
        << QStringLiteral("Meeting ID: 123 456 78") << QStringLiteral("this one has 8");
    QTest::newRow("meeting ID too long") << QStringLiteral("Meeting ID: 1234 5678 9012 3456")
                                         << QStringLiteral("this one has 16");
    QTest::newRow("bare number too short") << QStringLiteral("1234") << QStringLiteral("9 to 15 digits");
    QTest::newRow("empty meeting ID") << QStringLiteral("Meeting ID:\nPasscode: ps3JH7YK")
                                      << QStringLiteral("\"meeting id:\" line is empty");
    QTest::newRow("empty passcode") << QStringLiteral("Meeting ID: 123 456 789 012\nPasscode:\n")
                                    << QStringLiteral("\"passcode:\" line is empty");
    QTest::newRow("passcode with a dash")
        << QStringLiteral("Meeting ID: 123 456 789 012 Passcode: ab-12") << QStringLiteral("letters and digits");
    QTest::newRow("passcode too long") << QStringLiteral("Meeting ID: 123 456 789 012 Passcode: abcdefghij0123456789x")
                                       << QStringLiteral("up to 20");
    QTest::newRow("/meet/ without digits") << QStringLiteral("https://teams.microsoft.com/meet/?p=gs3i4BbISAYdWvdTo0")
                                           << QStringLiteral("no meeting number");
    QTest::newRow("/meet/ with letters") << QStringLiteral("https://teams.microsoft.com/meet/abc")
                                         << QStringLiteral("no meeting number");
    QTest::newRow("/meet/ too short") << QStringLiteral("https://teams.microsoft.com/meet/123")
                                      << QStringLiteral("this one has 3");
    QTest::newRow("Safe Links without url=")
        << QStringLiteral("https://eur02.safelinks.protection.outlook.com/?data=05")
        << QStringLiteral("where it leads");
    QTest::newRow("Safe Links around another site")
        << safeLink(QStringLiteral("https://example.com/")) << QStringLiteral("link to example.com");
    QTest::newRow("Safe Links four deep")
        << safeLink(safeLink(safeLink(safeLink(meetupLink())))) << QStringLiteral("too many");
    QTest::newRow("broken join link in an invitation without meeting ID")
        << QStringLiteral("Join here: ") + meetupLink(QStringLiteral("teams.microsoft.com"), QString())
               + QStringLiteral("\nPrivacy: https://privacy.microsoft.com/")
        << QStringLiteral("context");
    QTest::newRow("GUID in braces") << QLatin1Char('{') + CallId + QLatin1Char('}')
                                    << QStringLiteral("no teams meeting");
    QTest::newRow("too long") << meetupLink() + QString(JoinTarget::maxTextLength, QLatin1Char(' '))
                              << QStringLiteral("too long");
}

void TestJoinTarget::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, sentenceMentions);

    QString error = QStringLiteral("stale");
    const auto target = parseJoinTarget(text, &error);
    QVERIFY2(!target.has_value(), qPrintable(target ? target->description() : QString()));
    QVERIFY2(error.contains(sentenceMentions, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')) && error.endsWith(QLatin1Char('.')), qPrintable(error));
}

void TestJoinTarget::describesWhatItUnderstood()
{
    QString error;
    const auto link = parseJoinTarget(meetupLink(), &error);
    QCOMPARE(link->description(), QStringLiteral("Teams meeting, organiser's tenant 72f988bf…"));
    QCOMPARE(link->joinedBy(), QStringLiteral("link"));
    const auto byId = parseJoinTarget(QStringLiteral("Meeting ID: 344 674 159 108 1 Passcode: ps3JH7YK"), &error);
    QCOMPARE(byId->description(), QStringLiteral("Meeting ID 344 674 159 108 1 with its passcode"));
    QCOMPARE(byId->joinedBy(), QStringLiteral("meetingId"));
    const auto byIdOnly = parseJoinTarget(QStringLiteral("123456789012"), &error);
    QCOMPARE(byIdOnly->description(), QStringLiteral("Meeting ID 123 456 789 012, no passcode"));
    const auto call = parseJoinTarget(CallId, &error);
    QCOMPARE(call->description(), QStringLiteral("Graph call 491f0b00…"));
    QCOMPARE(call->joinedBy(), QStringLiteral("callId"));
}

void TestJoinTarget::clearsTheErrorAndLeavesTheCallbackToTheCaller()
{
    QString error = QStringLiteral("from an earlier paste");
    const auto target = parseJoinTarget(meetupLink(), &error);
    QVERIFY(target.has_value());
    QVERIFY(error.isEmpty());
    QVERIFY(target->meeting.callbackUri.isEmpty());
    QVERIFY(parseJoinTarget(MeetLink, nullptr).has_value());
    QVERIFY(!parseJoinTarget(QStringLiteral("nothing"), nullptr).has_value());
}

void TestJoinTarget::aMeetupLinkBecomesTheDocumentedCallBody()
{
    // The shape of application-post-calls.request.5.json (chatInfo + organizerMeetingInfo) and
    // request.7.json (joinMeetingIdMeetingInfo).
    QString error;
    const QJsonObject byLink = parseJoinTarget(meetupLink(), &error)->meeting.toCallBody();
    QCOMPARE(byLink[QLatin1String("chatInfo")][QLatin1String("threadId")].toString(), Thread);
    QCOMPARE(byLink[QLatin1String("chatInfo")][QLatin1String("messageId")].toString(), QStringLiteral("0"));
    QCOMPARE(
        byLink[QLatin1String("meetingInfo")][QLatin1String("organizer")][QLatin1String("user")][QLatin1String("id")]
            .toString(),
        Organizer);
    QCOMPARE(byLink[QLatin1String("tenantId")].toString(), Tenant);
    const QJsonObject byId = parseJoinTarget(MeetLink, &error)->meeting.toCallBody();
    QCOMPARE(byId[QLatin1String("meetingInfo")][QLatin1String("@odata.type")].toString(),
             QStringLiteral("#microsoft.graph.joinMeetingIdMeetingInfo"));
    QCOMPARE(byId[QLatin1String("meetingInfo")][QLatin1String("joinMeetingId")].toString(),
             QStringLiteral("391887961194453"));
    QVERIFY(!byId.contains(QLatin1String("chatInfo")));
}

QTEST_GUILESS_MAIN(TestJoinTarget)
#include "tst_join_target.moc"
