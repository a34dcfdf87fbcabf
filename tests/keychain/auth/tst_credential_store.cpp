// CredentialStore against the real Secret Service (a private, unlocked gnome-keyring: CTest runs
// this inside tests/with-keyring.sh).
#include "core/auth/credential_store.h"
#include "core/auth/keychain_secret_source.h"
#include "keychain/auth/keychain_test_support.h"

#include <QUuid>

using namespace moderato;
using namespace keychaintest;

class TestCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writesReadsOverwritesAndDeletes();
    void readingAnUnknownKeyIsNotFound();
    void accountsDoNotShareSecrets();
    void keychainSecretSourceReadsTheStoredSecret();
    void keychainSecretSourceExplainsAMissingSecret();
    void nothingIsWrittenToFiles();

private:
    QString freshKey() const
    {
        return CredentialStore::keyFor(Cloud::Global, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                       QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"));
    }
    CredentialStore m_store;
};

void TestCredentialStore::initTestCase()
{
    // Fail loudly rather than test nothing: these tests need the Secret Service.
    const auto written = write(m_store, QStringLiteral("moderato-test/probe"), QStringLiteral("probe"));
    QVERIFY2(written.has_value(), "the keychain did not answer");
    QVERIFY2(!written->isError(),
             qPrintable(QStringLiteral("no usable Secret Service (run under tests/with-keyring.sh): %1 [%2]")
                            .arg(written->message(), written->detail)));
    remove(m_store, QStringLiteral("moderato-test/probe"));
}

void TestCredentialStore::writesReadsOverwritesAndDeletes()
{
    const QString key = freshKey();
    QCOMPARE(write(m_store, key, QStringLiteral("first secret"))->kind, CredentialError::Kind::None);
    auto read1 = read(m_store, key);
    QVERIFY(read1);
    QCOMPARE(read1->error.kind, CredentialError::Kind::None);
    QCOMPARE(read1->secret, QStringLiteral("first secret"));

    QCOMPARE(write(m_store, key, QStringLiteral("second — secret ✓"))->kind, CredentialError::Kind::None);
    QCOMPARE(read(m_store, key)->secret, QStringLiteral("second — secret ✓"));

    QCOMPARE(remove(m_store, key)->kind, CredentialError::Kind::None);
    const auto afterDelete = read(m_store, key);
    QCOMPARE(afterDelete->error.kind, CredentialError::Kind::NotFound);
    QVERIFY(afterDelete->secret.isEmpty());
}

void TestCredentialStore::readingAnUnknownKeyIsNotFound()
{
    const auto result = read(m_store, freshKey());
    QVERIFY(result);
    QCOMPARE(result->error.kind, CredentialError::Kind::NotFound);
    QVERIFY(result->error.message().contains(QLatin1String("Sign in")));
}

void TestCredentialStore::accountsDoNotShareSecrets()
{
    const QString a = freshKey();
    const QString b = freshKey();
    QCOMPARE(write(m_store, a, QStringLiteral("secret-a"))->kind, CredentialError::Kind::None);
    QCOMPARE(write(m_store, b, QStringLiteral("secret-b"))->kind, CredentialError::Kind::None);
    QCOMPARE(read(m_store, a)->secret, QStringLiteral("secret-a"));
    QCOMPARE(read(m_store, b)->secret, QStringLiteral("secret-b"));
    remove(m_store, a);
    QCOMPARE(read(m_store, b)->secret, QStringLiteral("secret-b"));
    remove(m_store, b);
}

void TestCredentialStore::keychainSecretSourceReadsTheStoredSecret()
{
    const QString key = freshKey();
    QCOMPARE(write(m_store, key, QStringLiteral("from-the-keychain"))->kind, CredentialError::Kind::None);
    KeychainSecretSource source(&m_store, key);
    QString secret;
    QString error = QStringLiteral("unset");
    source.fetchSecret(this, [&](const QString &s, const QString &e) {
        secret = s;
        error = e;
    });
    QVERIFY(waitFor([&] { return error != QLatin1String("unset"); }));
    QVERIFY(error.isEmpty());
    QCOMPARE(secret, QStringLiteral("from-the-keychain"));
    remove(m_store, key);
}

void TestCredentialStore::keychainSecretSourceExplainsAMissingSecret()
{
    KeychainSecretSource source(&m_store, freshKey());
    QString error;
    source.fetchSecret(this, [&](const QString &, const QString &e) { error = e; });
    QVERIFY(waitFor([&] { return !error.isEmpty(); }));
    CredentialError notFound;
    notFound.kind = CredentialError::Kind::NotFound;
    QCOMPARE(error, notFound.message());
}

void TestCredentialStore::nothingIsWrittenToFiles()
{
    const QString secret = QStringLiteral("Kx7-never-on-disk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString key = freshKey();
    QCOMPARE(write(m_store, key, secret)->kind, CredentialError::Kind::None);
    QCOMPARE(read(m_store, key)->secret, secret);
    QTest::qWait(200); // let the keyring daemon write its files
    const QStringList roots = userDirectories();
    QVERIFY(!roots.isEmpty());
    const QStringList leaks = filesContaining(roots, secret);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1String(", "))));
    remove(m_store, key);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credential_store.moc"
