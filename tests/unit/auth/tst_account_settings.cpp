// AccountSettings: what is kept, recent calls, and that no secret ever reaches a settings file.
#include "core/auth/account_settings.h"
#include "core/auth/fixed_secret_source.h"
#include "core/auth/token_provider.h"
#include "unit/graph/fake_network.h"
#include "support/cli_process.h"

#include <QDirIterator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace moderato;
using namespace testing;

namespace {
const QString Secret = QStringLiteral("Zq8~unmistakable-client-secret-value");
}

class TestAccountSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void keepsTheAccount();
    void defaultsToTheGlobalCloud();
    void customEndpointsWinOverTheCloud();
    void invalidCustomEndpointsAreReported();
    void recentCallsAreMostRecentFirstDeduplicatedAndCapped();
    void usesTheModeratoOrganizationByDefault();
    void signingInLeavesNoSecretInAnyFile();

private:
    QByteArray allFileBytes() const;
    QTemporaryDir m_home;
    std::unique_ptr<QSettings> m_settings;
};

void TestAccountSettings::initTestCase()
{
    QVERIFY(m_home.isValid());
    testsupport::moveHomeOfThisProcess(m_home.path());
}

void TestAccountSettings::init()
{
    m_settings = std::make_unique<QSettings>(m_home.filePath(QStringLiteral("test.ini")), QSettings::IniFormat);
    m_settings->clear();
}

QByteArray TestAccountSettings::allFileBytes() const
{
    QByteArray bytes;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

void TestAccountSettings::keepsTheAccount()
{
    {
        AccountSettings account(m_settings.get());
        account.setCloud(Cloud::UsGov);
        account.setTenantId(QStringLiteral(" t-1 "));
        account.setClientId(QStringLiteral("c-1"));
        account.setDisplayName(QStringLiteral("Contoso moderation"));
        account.sync();
    }
    AccountSettings again(m_settings.get());
    QCOMPARE(again.cloud(), Cloud::UsGov);
    QCOMPARE(again.tenantId(), QStringLiteral("t-1"));
    QCOMPARE(again.clientId(), QStringLiteral("c-1"));
    QCOMPARE(again.displayName(), QStringLiteral("Contoso moderation"));
    QVERIFY(again.isComplete());
    QCOMPARE(again.credentialKey(), QStringLiteral("usgov/t-1/c-1"));
    QCOMPARE(again.endpoints().value(), CloudEndpoints::forCloud(Cloud::UsGov));
}

void TestAccountSettings::defaultsToTheGlobalCloud()
{
    AccountSettings account(m_settings.get());
    QCOMPARE(account.cloud(), Cloud::Global);
    QVERIFY(!account.isComplete());
    m_settings->setValue(QStringLiteral("account/cloud"), QStringLiteral("atlantis"));
    QCOMPARE(account.cloud(), Cloud::Global);
}

void TestAccountSettings::customEndpointsWinOverTheCloud()
{
    AccountSettings account(m_settings.get());
    account.setCustomEndpoints(QUrl(QStringLiteral("http://127.0.0.1:4000")),
                               QUrl(QStringLiteral("http://127.0.0.1:4000")));
    const auto endpoints = account.endpoints();
    QVERIFY(endpoints);
    QCOMPARE(endpoints->graphRoot, QUrl(QStringLiteral("http://127.0.0.1:4000")));
    account.setCustomEndpoints({}, {});
    QCOMPARE(account.endpoints().value(), CloudEndpoints::forCloud(Cloud::Global));
}

void TestAccountSettings::invalidCustomEndpointsAreReported()
{
    AccountSettings account(m_settings.get());
    account.setCustomEndpoints(QUrl(QStringLiteral("http://10.0.0.5:4000")),
                               QUrl(QStringLiteral("http://127.0.0.1:4000")));
    QString error;
    QVERIFY(!account.endpoints(&error));
    QVERIFY(error.contains(QLatin1String("unencrypted")));
}

void TestAccountSettings::recentCallsAreMostRecentFirstDeduplicatedAndCapped()
{
    AccountSettings account(m_settings.get());
    for (int i = 0; i < 12; ++i)
        account.addRecentCallId(QStringLiteral("call-%1").arg(i));
    account.addRecentCallId(QStringLiteral("call-5"));
    account.addRecentCallId(QStringLiteral("  "));
    const QStringList recent = account.recentCallIds();
    QCOMPARE(recent.size(), AccountSettings::MaxRecentCalls);
    QCOMPARE(recent.first(), QStringLiteral("call-5"));
    QCOMPARE(recent.at(1), QStringLiteral("call-11"));
    QCOMPARE(recent.count(QStringLiteral("call-5")), 1);
    QVERIFY(!recent.contains(QStringLiteral("call-0")));
    account.removeRecentCallId(QStringLiteral("call-5"));
    QCOMPARE(account.recentCallIds().first(), QStringLiteral("call-11"));
    account.clearRecentCallIds();
    QVERIFY(account.recentCallIds().isEmpty());
}

void TestAccountSettings::usesTheModeratoOrganizationByDefault()
{
    AccountSettings account;
    account.setTenantId(QStringLiteral("t-default"));
    account.sync();
    QCOMPARE(account.settings()->organizationName(), QStringLiteral("Moderato"));
    QCOMPARE(account.settings()->applicationName(), QStringLiteral("Moderato"));
    QVERIFY2(account.settings()->fileName().startsWith(m_home.path()), qPrintable(account.settings()->fileName()));
    account.settings()->clear();
}

void TestAccountSettings::signingInLeavesNoSecretInAnyFile()
{
    // Sign in the way the app does: settings saved, the secret handed to the token provider.
    AccountSettings stored(m_settings.get());
    AccountSettings defaults;
    for (AccountSettings *account : {&stored, &defaults}) {
        account->setCloud(Cloud::Global);
        account->setTenantId(QStringLiteral("contoso.onmicrosoft.com"));
        account->setClientId(QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"));
        account->setDisplayName(QStringLiteral("Contoso"));
        account->addRecentCallId(QStringLiteral("7531d31f-d10d-44de-802f-c569dbca451c"));
    }

    FakeNetwork nam;
    QByteArray sentBody;
    nam.handler = [&sentBody](const RecordedRequest &request) {
        sentBody = request.body;
        return FakeResponse::json(200, R"({"token_type":"Bearer","expires_in":3599,"access_token":"tok-value-123"})");
    };
    FixedSecretSource secret(Secret);
    TokenProvider provider(&nam, stored.endpoints().value(), stored.tenantId(), stored.clientId(), &secret);
    QString token;
    provider.requestToken(this, [&token](const QString &t, const GraphError &) { token = t; });
    QTRY_COMPARE(token, QStringLiteral("tok-value-123"));
    QVERIFY(sentBody.contains(QUrl::toPercentEncoding(Secret))); // it did travel, to the token endpoint only

    stored.sync();
    defaults.sync();
    const QByteArray bytes = allFileBytes();
    QVERIFY(bytes.contains("contoso.onmicrosoft.com")); // the files were written and are scanned
    QVERIFY(!bytes.contains(Secret.toUtf8()));
    QVERIFY(!bytes.contains(QByteArray(reinterpret_cast<const char *>(Secret.utf16()), Secret.size() * 2)));
    QVERIFY(!bytes.contains(QUrl::toPercentEncoding(Secret)));
    QVERIFY(!bytes.contains("tok-value-123"));
    defaults.settings()->clear();
}

QTEST_GUILESS_MAIN(TestAccountSettings)
#include "tst_account_settings.moc"
