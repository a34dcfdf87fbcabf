// The German catalogue reaches the core's sentences at run time: each call site's translation
// context must be the one lupdate files the text under, or the moderator reads English.
#include "core/auth/cloud.h"
#include "core/auth/credential_store.h"
#include "core/auth/token_error.h"
#include "core/calls/moderation_actions.h"
#include "core/calls/result_info.h"
#include "core/graph/graph_error.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>
#include <QUrl>
#include "support/test_columns.h"

using namespace moderato;

class TestCoreGerman : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_german.load(QStringLiteral(":/i18n/moderato_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&m_german));
    }

    void coreSentencesAreGerman_data()
    {
        testing::addColumns<QString, QString>({"text", "german"});

        GraphError notFound = GraphError::make(GraphError::Kind::Http);
        notFound.httpStatus = 404;
        QTest::newRow("GraphError") << notFound.userMessage() << QStringLiteral("Nicht gefunden");

        GraphError throttled = GraphError::make(GraphError::Kind::Http);
        throttled.httpStatus = 429;
        throttled.retryAfter = std::chrono::seconds(5);
        QTest::newRow("GraphError plural") << throttled.userMessage() << QStringLiteral("5 Sekunden");

        CredentialError noKeychain;
        noKeychain.kind = CredentialError::Kind::NoKeychain;
        QTest::newRow("CredentialError") << noKeychain.message(CredentialError::Audience::Desktop)
                                         << QStringLiteral("Schlüsselbund");

        QTest::newRow("token error") << aadstsSentence(7000222, SignInContext())
                                     << QStringLiteral("Anmeldung fehlgeschlagen");

        QString urlError;
        CloudEndpoints::isAcceptableEndpoint(QUrl(QStringLiteral("ftp://example.com")), &urlError);
        QTest::newRow("cloud") << urlError << QStringLiteral("keine http(s)-URL");

        QTest::newRow("result info") << describe(InvitationOutcome::Declined) << QStringLiteral("Abgelehnt");

        GraphError gone = GraphError::make(GraphError::Kind::Http);
        gone.httpStatus = 404;
        const ActionOutcome outcome = outcomeFromError(ActionOutcome::Action::Remove, QStringLiteral("p1"),
                                                       QStringLiteral("Jane Doe"), gone, QString());
        QTest::newRow("call session") << outcome.message << QStringLiteral("bereits verlassen");
    }

    void coreSentencesAreGerman()
    {
        QFETCH(QString, text);
        QFETCH(QString, german);
        QVERIFY2(text.contains(german), qPrintable(text));
    }

private:
    QTranslator m_german;
};

QTEST_GUILESS_MAIN(TestCoreGerman)
#include "tst_core_german.moc"
