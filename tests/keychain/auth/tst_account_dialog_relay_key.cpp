// The account dialog's notifications part against the real Secret Service: the relay's key goes to
// the keychain and only its names to the settings file; a stored key is said, not shown; a
// half-filled relay is explained and saves nothing.
#include "keychain_test_support.h"

#include "core/auth/account_settings.h"
#include "core/auth/notification_settings.h"
#include "ui/account_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>

using namespace moderato;

namespace {
const QString kTenant = QStringLiteral("9d2c6a1e-4b3f-4e5d-8a7c-1f2e3d4c5b6a");
const QString kClient = QStringLiteral("11111111-2222-3333-4444-555555555555");
const QString kRelayKey = QStringLiteral("Zr3lay-key-unmistakable-0123456789abcdef=");
const QString kClientSecret = QStringLiteral("client-secret-unmistakable-42");
} // namespace

class TestAccountDialogRelayKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void relayKeyGoesToTheKeychainOnly();
    void aHalfFilledRelayIsExplained();

private:
    void fillAccount(AccountDialog &dialog)
    {
        dialog.findChild<QLineEdit *>(QStringLiteral("tenantIdEdit"))->setText(kTenant);
        dialog.findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->setText(kClient);
        dialog.findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"))->setText(kClientSecret);
    }
    static void chooseRelay(AccountDialog &dialog)
    {
        auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("notificationModeCombo"));
        mode->setCurrentIndex(mode->findData(int(NotificationSettings::Mode::Relay)));
    }
};

void TestAccountDialogRelayKey::relayKeyGoesToTheKeychainOnly()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a.ini"));
    CredentialStore store(nullptr, QStringLiteral("Moderato relay key test"));
    {
        QSettings ini(file, QSettings::IniFormat);
        AccountSettings settings(&ini);
        AccountDialog dialog(&settings, &store, nullptr);
        dialog.show();
        fillAccount(dialog);
        chooseRelay(dialog);
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("relayEdit"))->isVisible());
        dialog.findChild<QLineEdit *>(QStringLiteral("relayEdit"))
            ->setText(QStringLiteral("contoso-moderato.servicebus.windows.net/moderato-adele"));
        dialog.findChild<QLineEdit *>(QStringLiteral("relayKeyNameEdit"))->setText(QStringLiteral("listen"));
        auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("relayKeyEdit"));
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        key->setText(kRelayKey);
        dialog.accept();
        QVERIFY(keychaintest::waitFor([&] { return dialog.result() == QDialog::Accepted; }));
        const NotificationSettings saved = NotificationSettings::load(ini);
        QCOMPARE(saved.mode, NotificationSettings::Mode::Relay);
        QCOMPARE(saved.relayNamespace, QStringLiteral("contoso-moderato.servicebus.windows.net"));
        QCOMPARE(saved.relayPath, QStringLiteral("moderato-adele"));
        const auto stored = keychaintest::read(store, saved.relayKeyCredential());
        QVERIFY(stored);
        QCOMPARE(stored->secret, kRelayKey);
    }
    QFile ini(file);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray written = ini.readAll();
    QVERIFY2(!written.contains(kRelayKey.toUtf8()) && !written.contains(kClientSecret.toUtf8()),
             "no key or secret in the settings file");

    // Opened again: the key is known to be stored, and not shown.
    QSettings again(file, QSettings::IniFormat);
    AccountSettings settings(&again);
    AccountDialog dialog(&settings, &store, nullptr);
    auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("relayKeyEdit"));
    QTRY_VERIFY_WITH_TIMEOUT(key->placeholderText().contains(QStringLiteral("Stored in the keychain")), 10000);
    QVERIFY(key->text().isEmpty());
    keychaintest::remove(store, NotificationSettings::load(again).relayKeyCredential());
    keychaintest::remove(store, settings.credentialKey());
}

void TestAccountDialogRelayKey::aHalfFilledRelayIsExplained()
{
    QTemporaryDir dir;
    QSettings ini(dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
    AccountSettings settings(&ini);
    CredentialStore store(nullptr, QStringLiteral("Moderato relay key test"));
    AccountDialog dialog(&settings, &store, nullptr);
    dialog.show();
    fillAccount(dialog);
    chooseRelay(dialog);
    dialog.findChild<QLineEdit *>(QStringLiteral("relayEdit"))->setText(QStringLiteral("contoso-moderato"));
    dialog.accept();
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("accountError"));
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("NAMESPACE/NAME")), qPrintable(error->text()));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(settings.clientId().isEmpty());
    QCOMPARE(NotificationSettings::load(ini).mode, NotificationSettings::Mode::None);
}

QTEST_MAIN(TestAccountDialogRelayKey)
#include "tst_account_dialog_relay_key.moc"
