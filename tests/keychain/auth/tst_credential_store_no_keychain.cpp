// CredentialStore with no Secret Service on the session bus (CTest points DBUS_SESSION_BUS_ADDRESS
// at a socket that does not exist): a clear NoKeychain error, and never a file instead.
#include "core/auth/credential_store.h"
#include "keychain/auth/keychain_test_support.h"
#include "support/cli_process.h"

#include <QTemporaryDir>

using namespace moderato;
using namespace keychaintest;

namespace {
const QString Key = QStringLiteral("global/contoso.onmicrosoft.com/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
const QString Secret = QStringLiteral("Qw9-no-keychain-no-file-secret");
} // namespace

class TestCredentialStoreNoKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readReportsNoKeychain();
    void writeReportsNoKeychainAndWritesNoFile();
    void deleteReportsNoKeychain();

private:
    QTemporaryDir m_home;
    CredentialStore m_store;
};

void TestCredentialStoreNoKeychain::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nonexistent")),
             "run with DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent-moderato-bus (CTest does)");
    QVERIFY(m_home.isValid());
    testsupport::moveHomeOfThisProcess(m_home.path());
}

void TestCredentialStoreNoKeychain::readReportsNoKeychain()
{
    const auto result = read(m_store, Key);
    QVERIFY(result);
    QVERIFY(result->secret.isEmpty());
    qInfo().noquote() << "keychain detail:" << result->error.detail;
    QCOMPARE(result->error.kind, CredentialError::Kind::NoKeychain);
    const QString message = result->error.message();
    QVERIFY2(message.contains(QLatin1String("gnome-keyring")) && message.contains(QLatin1String("KWallet")),
             qPrintable(message));
    QVERIFY(message.contains(QLatin1String("--secret-stdin")));
}

void TestCredentialStoreNoKeychain::writeReportsNoKeychainAndWritesNoFile()
{
    const auto result = write(m_store, Key, Secret);
    QVERIFY(result);
    QCOMPARE(result->kind, CredentialError::Kind::NoKeychain);
    const QStringList leaks = filesContaining({m_home.path()}, Secret);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1String(", "))));
    QVERIFY(QDir(m_home.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty()
            || filesContaining({m_home.path()}, QStringLiteral("Moderato")).isEmpty());
}

void TestCredentialStoreNoKeychain::deleteReportsNoKeychain()
{
    const auto result = remove(m_store, Key);
    QVERIFY(result);
    QCOMPARE(result->kind, CredentialError::Kind::NoKeychain);
}

QTEST_GUILESS_MAIN(TestCredentialStoreNoKeychain)
#include "tst_credential_store_no_keychain.moc"
