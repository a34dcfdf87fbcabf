#pragma once
// AccountDialog: the app registration Moderato signs in with. The client secret goes to the
// keychain and is never shown again; without a usable keychain nothing is stored elsewhere.

#include <QDialog>

#include "ui/connection_tester.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace moderato {

class AccountSettings;
class CredentialStore;
class NotificationsBox;
class NotificationTester;
struct CredentialError;

class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    //! The permissions Moderato needs; User.Read.All only for people search.
    static QStringList requiredRoles();
    //! The tenant administrator's one-time line that lets \a clientId remove participants.
    static QString removalSetupCommand(const QString &clientId);
    //! Which of requiredRoles() are not in \a granted.
    static QStringList missingRoles(const QStringList &granted);

    //! \a tester may be null (the Test button is then hidden). Nothing is owned.
    AccountDialog(AccountSettings *settings, CredentialStore *credentials, ConnectionTester *tester,
                  QWidget *parent = nullptr);

    void accept() override;
    //! Shows the notifications' Test button (\a tester not owned; may be null).
    void setNotificationTester(NotificationTester *tester);

private:
    void readStoredSecret();
    void testConnection();
    void showTestResult(const ConnectionTestResult &result);
    void showKeychainProblem(const CredentialError &error);
    void updateSetupCommand();
    void setBusy(bool busy);
    bool validate(QString *error) const;
    void saveSettings();
    //! Writes the typed secrets (client secret, relay key) to the keychain one after the other,
    //! then saves the settings and closes; on a keychain error nothing is saved.
    void storeSecrets(QList<QPair<QString, QString>> secrets);

    AccountSettings *m_settings;
    CredentialStore *m_credentials;
    ConnectionTester *m_tester;
    QComboBox *m_cloud;
    QLineEdit *m_tenantId;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QLineEdit *m_callback;
    NotificationsBox *m_notifications;
    QLabel *m_keychainStatus;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLabel *m_setupCommand;
    QPushButton *m_copySetup;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_secretStored = false;
};

} // namespace moderato
