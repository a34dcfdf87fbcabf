#include "ui/notifications_box.h"

#include "ui/notification_tester.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace moderato {

NotificationsBox::NotificationsBox(const NotificationSettings &settings, QWidget *parent)
    : QGroupBox(tr("Graph's notifications"), parent)
    , m_original(settings)
    , m_mode(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_relay(new QLineEdit(this))
    , m_keyName(new QLineEdit(settings.relayKeyName, this))
    , m_key(new QLineEdit(this))
    , m_publicUrl(new QLineEdit(settings.publicUrl.toString(), this))
    , m_port(new QSpinBox(this))
    , m_note(new QLabel(this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_testResult(new QLabel(this))
{
    setObjectName(QStringLiteral("notificationsBox"));
    m_mode->setObjectName(QStringLiteral("notificationModeCombo"));
    m_mode->addItem(tr("Off — read the roster every few seconds"), int(NotificationSettings::Mode::None));
    m_mode->addItem(tr("Azure Relay hybrid connection"), int(NotificationSettings::Mode::Relay));
    m_mode->addItem(tr("My own https address (tunnel or proxy)"), int(NotificationSettings::Mode::OwnAddress));
    m_mode->setCurrentIndex(m_mode->findData(int(settings.mode)));

    m_relay->setObjectName(QStringLiteral("relayEdit"));
    if (!settings.relayNamespace.isEmpty())
        m_relay->setText(settings.relayNamespace + QLatin1Char('/') + settings.relayPath);
    m_relay->setPlaceholderText(tr("contoso-moderato.servicebus.windows.net/moderato-adele"));
    m_keyName->setObjectName(QStringLiteral("relayKeyNameEdit"));
    m_keyName->setPlaceholderText(tr("A shared access policy with Listen rights"));
    m_key->setObjectName(QStringLiteral("relayKeyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_key->setPlaceholderText(tr("The policy's key (kept in the keychain)"));
    auto *relayPage = new QWidget(m_pages);
    auto *relayForm = new QFormLayout(relayPage);
    relayForm->setContentsMargins(0, 0, 0, 0);
    relayForm->addRow(tr("&Hybrid connection:"), m_relay);
    relayForm->addRow(tr("Key &name:"), m_keyName);
    relayForm->addRow(tr("&Key:"), m_key);

    m_publicUrl->setObjectName(QStringLiteral("publicUrlEdit"));
    m_publicUrl->setPlaceholderText(tr("https://moderato-adele.eu.devtunnels.ms"));
    m_port->setObjectName(QStringLiteral("listenPortSpin"));
    m_port->setRange(1024, 65535);
    m_port->setValue(settings.listenPort ? settings.listenPort : 8443);
    auto *ownPage = new QWidget(m_pages);
    auto *ownForm = new QFormLayout(ownPage);
    ownForm->setContentsMargins(0, 0, 0, 0);
    ownForm->addRow(tr("&Public address:"), m_publicUrl);
    ownForm->addRow(tr("Local &port:"), m_port);

    m_pages->addWidget(new QWidget(m_pages));
    m_pages->addWidget(relayPage);
    m_pages->addWidget(ownPage);

    m_note->setObjectName(QStringLiteral("notificationsNote"));
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_mode);
    layout->addWidget(m_pages);
    layout->addWidget(m_note);
    m_test->setObjectName(QStringLiteral("testNotificationsButton"));
    m_test->setToolTip(tr("Opens the listener and sends a request to the public address: it must come back here."));
    m_test->hide();
    m_testResult->setObjectName(QStringLiteral("notificationsTestResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->hide();
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop | Qt::AlignLeft);
    testRow->addWidget(m_testResult, 1);
    testRow->addStretch(0);
    layout->addLayout(testRow);
    connect(m_test, &QPushButton::clicked, this, &NotificationsBox::runTest);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &NotificationsBox::updatePage);
    updatePage();
}

void NotificationsBox::setTester(NotificationTester *tester)
{
    m_tester = tester;
    updatePage();
}

void NotificationsBox::runTest()
{
    if (!m_tester)
        return;
    m_testResult->show();
    if (const QString p = problem(); !p.isEmpty()) {
        m_testResult->setText(p);
        return;
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Opening the listener and sending a test request…"));
    m_tester->test(settings(), typedRelayKey(), this, [this](bool ok, const QString &text) {
        m_test->setEnabled(true);
        m_testResult->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + text);
    });
}

void NotificationsBox::updatePage()
{
    const auto mode = NotificationSettings::Mode(m_mode->currentData().toInt());
    m_test->setVisible(m_tester && mode != NotificationSettings::Mode::None);
    if (mode == NotificationSettings::Mode::None)
        m_testResult->hide();
    // The fields of the chosen way appear: the dialog grows to hold them (it never shrinks under the user).
    QTimer::singleShot(0, this, [this] {
        QWidget *dialog = window();
        if (!dialog || !dialog->isVisible())
            return;
        if (dialog->layout())
            dialog->layout()->activate();
        const QSize wanted = dialog->sizeHint().expandedTo(dialog->minimumSizeHint());
        if (wanted.height() > dialog->height() || wanted.width() > dialog->width())
            dialog->resize(dialog->size().expandedTo(wanted));
    });
    m_pages->setCurrentIndex(m_mode->currentIndex());
    m_pages->setVisible(mode != NotificationSettings::Mode::None);
    switch (mode) {
    case NotificationSettings::Mode::None:
        m_note->setText(tr("Without notifications Moderato sees at most 100 people of a meeting and learns how "
                           "an invitation ended only from the roster."));
        break;
    case NotificationSettings::Mode::Relay:
        m_note->setText(tr("Moderato connects out to the relay; nothing listens on this computer. Each moderator's "
                           "computer needs its own hybrid connection: the relay hands each notification to one "
                           "listener only. Turn client authorization off on it — Moderato checks Graph's "
                           "signature instead."));
        break;
    case NotificationSettings::Mode::OwnAddress:
        m_note->setText(tr("Moderato listens on this computer's loopback port; your tunnel or reverse proxy must "
                           "forward the public https address to it."));
        break;
    }
}

NotificationSettings NotificationsBox::settings() const
{
    NotificationSettings s = m_original;
    s.mode = NotificationSettings::Mode(m_mode->currentData().toInt());
    QString ns, path;
    if (NotificationSettings::splitRelay(m_relay->text().trimmed(), &ns, &path)) {
        s.relayNamespace = ns;
        s.relayPath = path;
    } else {
        s.relayNamespace = m_relay->text().trimmed();
        s.relayPath.clear();
    }
    s.relayKeyName = m_keyName->text().trimmed();
    s.publicUrl = QUrl(m_publicUrl->text().trimmed());
    s.listenPort = quint16(m_port->value());
    return s;
}

QString NotificationsBox::typedRelayKey() const
{
    return m_key->text();
}

void NotificationsBox::setRelayKeyStored(bool stored)
{
    m_relayKeyStored = stored;
    m_key->setPlaceholderText(stored ? tr("Stored in the keychain — type to replace")
                                     : tr("The policy's key (kept in the keychain)"));
}

QString NotificationsBox::problem() const
{
    const NotificationSettings s = settings();
    if (s.mode == NotificationSettings::Mode::Relay) {
        QString ns, path;
        if (!NotificationSettings::splitRelay(m_relay->text().trimmed(), &ns, &path))
            return tr("Give the hybrid connection as NAMESPACE/NAME, e.g. "
                      "contoso-moderato.servicebus.windows.net/moderato-adele.");
        if (const QString p = s.problem(); !p.isEmpty())
            return p;
        if (m_key->text().isEmpty() && !m_relayKeyStored)
            return tr("Type the relay's key.");
        return {};
    }
    return s.problem();
}

} // namespace moderato
