#pragma once
// NotificationsBox: the account dialog's part that says how Moderato hears Graph's notifications —
// not at all (polling only), through an Azure Relay hybrid connection, or on a local port behind
// the user's own https address. The relay's key is typed here and kept only in the keychain.

#include "core/auth/notification_settings.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace moderato {

class NotificationTester;

class NotificationsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit NotificationsBox(const NotificationSettings &settings, QWidget *parent = nullptr);

    //! What the fields say (advanced overrides such as the relay's network address are kept).
    NotificationSettings settings() const;
    //! The key typed for the relay; empty: keep the one in the keychain.
    QString typedRelayKey() const;
    //! Whether a relay key is already in the keychain (the placeholder says so).
    void setRelayKeyStored(bool stored);
    //! Empty when the fields can be saved, else one sentence.
    QString problem() const;
    //! Shows the Test button, which proves the address end to end with \a tester (not owned).
    void setTester(NotificationTester *tester);

private:
    void updatePage();
    void runTest();

    NotificationSettings m_original;
    bool m_relayKeyStored = false;
    QComboBox *m_mode;
    QStackedWidget *m_pages;
    QLineEdit *m_relay;
    QLineEdit *m_keyName;
    QLineEdit *m_key;
    QLineEdit *m_publicUrl;
    QSpinBox *m_port;
    QLabel *m_note;
    QPushButton *m_test;
    QLabel *m_testResult;
    NotificationTester *m_tester = nullptr;
};

} // namespace moderato
