// How QtKeychain's errors (code and text, as seen from gnome-keyring, libsecret and D-Bus) are
// sorted into the kinds the moderator is told about.
#include "core/auth/credential_store.h"

#include <QTest>
#include <qt6keychain/keychain.h>
#include "support/test_columns.h"

using namespace moderato;
using Kind = CredentialError::Kind;

class TestCredentialError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifies_data();
    void classifies();
    void everyKindHasASentence();
    void desktopSentenceOffersNoCommandLineOption();
    void keysNameCloudTenantAndClient();
};

void TestCredentialError::classifies_data()
{
    testing::addColumns<int, QString, Kind>({"code", "text", "kind"});

    QTest::newRow("no error") << int(QKeychain::NoError) << QString() << Kind::None;
    QTest::newRow("entry not found") << int(QKeychain::EntryNotFound) << QStringLiteral("Entry not found")
                                     << Kind::NotFound;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString() << Kind::NoKeychain;
    QTest::newRow("no session bus (seen)")
        << int(QKeychain::OtherError) << QStringLiteral("Could not connect: No such file or directory")
        << Kind::NoKeychain;
    QTest::newRow("service not provided")
        << int(QKeychain::OtherError)
        << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
        << Kind::NoKeychain;
    QTest::newRow("no such interface")
        << int(QKeychain::AccessDenied)
        << QStringLiteral("No such interface “org.freedesktop.Secret.Collection” on object at path /")
        << Kind::NoKeychain;
    QTest::newRow("cannot autolaunch") << int(QKeychain::OtherError)
                                       << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
                                       << Kind::NoKeychain;
    QTest::newRow("locked collection (seen)")
        << int(QKeychain::OtherError) << QStringLiteral("Cannot create an item in a locked collection") << Kind::Locked;
    QTest::newRow("prompt dismissed") << int(QKeychain::OtherError) << QStringLiteral("Prompt dismissed")
                                      << Kind::Locked;
    QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << QString() << Kind::Locked;
    QTest::newRow("no login collection (seen)")
        << int(QKeychain::OtherError)
        << QStringLiteral("Object does not exist at path “/org/freedesktop/secrets/collection/login”")
        << Kind::MissingCollection;
    QTest::newRow("access denied") << int(QKeychain::AccessDenied) << QStringLiteral("Access denied")
                                   << Kind::AccessDenied;
    QTest::newRow("anything else") << int(QKeychain::OtherError) << QStringLiteral("Something odd") << Kind::Other;
}

void TestCredentialError::classifies()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    const CredentialError error = CredentialError::classify(code, text);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.isError(), kind != Kind::None);
}

void TestCredentialError::everyKindHasASentence()
{
    const QList<QPair<Kind, QString>> expected{{Kind::NotFound, QStringLiteral("Sign in with the secret")},
                                               {Kind::NoKeychain, QStringLiteral("gnome-keyring")},
                                               {Kind::Locked, QStringLiteral("Unlock the login keyring")},
                                               {Kind::MissingCollection, QStringLiteral("keyring")},
                                               {Kind::AccessDenied, QStringLiteral("Allow access")},
                                               {Kind::Other, QStringLiteral("Something odd")}};
    for (const auto &[kind, fragment] : expected) {
        CredentialError error;
        error.kind = kind;
        error.detail = QStringLiteral("Something odd");
        QVERIFY2(error.message().contains(fragment), qPrintable(error.message()));
    }
    QVERIFY(CredentialError().message().isEmpty());
}

void TestCredentialError::desktopSentenceOffersNoCommandLineOption()
{
    CredentialError error;
    error.kind = Kind::NoKeychain;
    QVERIFY(error.message().contains(QLatin1String("--secret-stdin")));
    const QString desktop = error.message(CredentialError::Audience::Desktop);
    QVERIFY2(desktop.contains(QLatin1String("gnome-keyring")), qPrintable(desktop));
    QVERIFY2(!desktop.contains(QLatin1String("--")), qPrintable(desktop));
}

void TestCredentialError::keysNameCloudTenantAndClient()
{
    QCOMPARE(
        CredentialStore::keyFor(Cloud::UsGovDoD, QStringLiteral(" Contoso.onmicrosoft.com "), QStringLiteral("ABC-1")),
        QStringLiteral("dod/contoso.onmicrosoft.com/abc-1"));
}

QTEST_GUILESS_MAIN(TestCredentialError)
#include "tst_credential_error.moc"
