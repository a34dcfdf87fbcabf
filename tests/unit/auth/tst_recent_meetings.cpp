// The recent meetings: most recent first, at most ten, and never a passcode in the settings file.
#include "core/auth/recent_meetings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>
#include "support/test_columns.h"

using namespace moderato;

class TestRecentMeetings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passcodesAreDropped_data()
    {
        testing::addColumns<QString, QString, bool>({"target", "kept", "removed"});
        QTest::newRow("meetup-join link")
            << QStringLiteral("https://teams.microsoft.com/l/meetup-join/19%3ameeting_a%40thread.v2/0")
            << QStringLiteral("https://teams.microsoft.com/l/meetup-join/19%3ameeting_a%40thread.v2/0") << false;
        QTest::newRow("short link") << QStringLiteral("https://teams.microsoft.com/meet/358714290465?p=gs3i4BbISAYd")
                                    << QStringLiteral("https://teams.microsoft.com/meet/358714290465") << true;
        QTest::newRow("invitation text") << QStringLiteral("Meeting ID: 358 714 290 465\nPasscode: Qp7hRt")
                                         << QStringLiteral("Meeting ID: 358 714 290 465") << true;
        QTest::newRow("German invitation") << QStringLiteral("Besprechungs-ID: 358 714 290 465\nKenncode: Qp7hRt")
                                           << QStringLiteral("Besprechungs-ID: 358 714 290 465") << true;
        QTest::newRow("call id") << QStringLiteral("491f0b00-ffff-4bc9-a43e-b226498ec22a")
                                 << QStringLiteral("491f0b00-ffff-4bc9-a43e-b226498ec22a") << false;
    }
    void passcodesAreDropped()
    {
        QFETCH(QString, target);
        QFETCH(QString, kept);
        QFETCH(bool, removed);
        bool dropped = false;
        QCOMPARE(RecentMeetings::withoutPasscode(target, &dropped), kept);
        QCOMPARE(dropped, removed);
    }

    void mostRecentFirstAtMostTenAndNoSecretOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("moderato.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            RecentMeetings recent(&settings);
            for (int i = 0; i < 12; ++i) {
                recent.add({QStringLiteral("Meeting ID: 35871429%1\nPasscode: Secret%1").arg(1000 + i), QString(),
                            QStringLiteral("meetingId"), QDateTime::currentDateTimeUtc()});
            }
            // Joining one again moves it to the top instead of adding it twice.
            recent.add({QStringLiteral("Meeting ID: 358714291005"), QStringLiteral("Weekly"),
                        QStringLiteral("meetingId"), QDateTime::currentDateTimeUtc()});
            const QList<RecentMeeting> list = recent.list();
            QCOMPARE(list.size(), RecentMeetings::MaxMeetings);
            QCOMPARE(list.first().target, QStringLiteral("Meeting ID: 358714291005"));
            QCOMPARE(list.first().subject, QStringLiteral("Weekly"));
            QVERIFY(list.at(1).needsPasscode);
            settings.sync();
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(!stored.contains("Secret")); // none of the twelve passcodes
    }
};

QTEST_GUILESS_MAIN(TestRecentMeetings)
#include "tst_recent_meetings.moc"
