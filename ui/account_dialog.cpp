#include "ui/account_dialog.h"

#include "core/auth/account_settings.h"
#include "core/auth/credential_store.h"
#include "core/auth/notification_settings.h"
#include "ui/notifications_box.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUuid>
#include <QVBoxLayout>

namespace moderato {

namespace {

void setMessage(QLabel *label, const QString &text, bool error)
{
    QPalette pal = label->palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::WindowText, error ? (dark ? QColor(0xff, 0x8a, 0x8a) : QColor(0xb0, 0x1e, 0x1e))
                                             : QGuiApplication::palette().color(QPalette::WindowText));
    label->setPalette(pal);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

bool isTenant(const QString &text)
{
    static const QRegularExpression domain(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+")));
    return !QUuid::fromString(text).isNull() || domain.match(text).hasMatch();
}

} // namespace

QStringList AccountDialog::requiredRoles()
{
    return {QStringLiteral("Calls.JoinGroupCall.All"), QStringLiteral("Calls.InitiateGroupCall.All"),
            QStringLiteral("User.Read.All")};
}

QString AccountDialog::removalSetupCommand(const QString &clientId)
{
    const QString id = clientId.trimmed().isEmpty() ? QStringLiteral("<client id>") : clientId.trimmed();
    return QStringLiteral("Set-CsApplicationMeetingConfiguration -AllowRemoveParticipantAppIds @{Add=\"") + id
           + QStringLiteral("\"}");
}

QStringList AccountDialog::missingRoles(const QStringList &granted)
{
    QStringList missing;
    for (const QString &role : requiredRoles()) {
        if (!granted.contains(role, Qt::CaseInsensitive))
            missing.append(role);
    }
    return missing;
}

AccountDialog::AccountDialog(AccountSettings *settings, CredentialStore *credentials, ConnectionTester *tester,
                             QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_tester(tester)
    , m_cloud(new QComboBox(this))
    , m_tenantId(new QLineEdit(settings->tenantId(), this))
    , m_clientId(new QLineEdit(settings->clientId(), this))
    , m_secret(new QLineEdit(this))
    , m_callback(new QLineEdit(settings->callbackUrl().toString(), this))
    , m_notifications(new NotificationsBox(
          settings->settings() ? NotificationSettings::load(*settings->settings()) : NotificationSettings(), this))
    , m_keychainStatus(new QLabel(this))
    , m_test(new QPushButton(tr("Test Connection"), this))
    , m_testResult(new QLabel(this))
    , m_setupCommand(new QLabel(this))
    , m_copySetup(new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(tr("Account"));

    m_cloud->setObjectName(QStringLiteral("cloudCombo"));
    m_cloud->addItem(tr("Global (worldwide)"), int(Cloud::Global));
    m_cloud->addItem(tr("US Government (GCC High)"), int(Cloud::UsGov));
    m_cloud->addItem(tr("US Government (DoD)"), int(Cloud::UsGovDoD));
    m_cloud->addItem(tr("China (21Vianet)"), int(Cloud::China));
    m_cloud->setCurrentIndex(m_cloud->findData(int(settings->cloud())));
    m_tenantId->setObjectName(QStringLiteral("tenantIdEdit"));
    m_tenantId->setPlaceholderText(tr("Directory (tenant) id or contoso.onmicrosoft.com"));
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setPlaceholderText(tr("Application (client) id"));
    m_callback->setObjectName(QStringLiteral("callbackUrlEdit"));
    m_callback->setPlaceholderText(tr("https://… (where Graph posts the meeting's events)"));
    m_callback->setToolTip(tr("Joining a meeting needs an https address that Graph can reach: the bot's calling "
                              "endpoint (or a relay or tunnel to Moderato)."));
    m_secret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Client secret"));
    m_secret->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatus"));
    m_keychainStatus->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Cloud:"), m_cloud);
    form->addRow(tr("&Tenant:"), m_tenantId);
    form->addRow(tr("C&lient id:"), m_clientId);
    form->addRow(tr("Client &secret:"), m_secret);
    form->addRow(tr("Call&back address:"), m_callback);

    auto *check = new QGroupBox(tr("Connection and permissions"), this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setVisible(m_tester != nullptr);
    m_testResult->setObjectName(QStringLiteral("connectionResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setText(tr("Needs the application permissions %1 (people search: %2).")
                              .arg(QStringLiteral("Calls.JoinGroupCall.All, Calls.InitiateGroupCall.All"),
                                   QStringLiteral("User.Read.All")));
    auto *setupLabel =
        new QLabel(tr("Removing participants also needs this line, run once by a Teams administrator:"), check);
    setupLabel->setWordWrap(true);
    m_setupCommand->setObjectName(QStringLiteral("setupCommand"));
    m_setupCommand->setTextFormat(Qt::PlainText);
    m_setupCommand->setWordWrap(true);
    m_setupCommand->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_setupCommand->setFrameShape(QFrame::StyledPanel);
    m_setupCommand->setMargin(6);
    m_setupCommand->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copySetup->setObjectName(QStringLiteral("copySetupCommandButton"));
    connect(m_copySetup, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_setupCommand->text()); });
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_setupCommand, 1);
    commandRow->addWidget(m_copySetup, 0, Qt::AlignTop);
    auto *checkLayout = new QVBoxLayout(check);
    checkLayout->addWidget(m_testResult);
    checkLayout->addWidget(m_test, 0, Qt::AlignLeft);
    checkLayout->addWidget(setupLabel);
    checkLayout->addLayout(commandRow);

    m_error->setObjectName(QStringLiteral("accountError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_keychainStatus);
    layout->addWidget(m_notifications);
    layout->addWidget(check);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_clientId, &QLineEdit::textChanged, this, &AccountDialog::updateSetupCommand);
    connect(m_test, &QPushButton::clicked, this, &AccountDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSetupCommand();
    setMinimumWidth(640);
    readStoredSecret();
}

void AccountDialog::setNotificationTester(NotificationTester *tester)
{
    m_notifications->setTester(tester);
}

void AccountDialog::updateSetupCommand()
{
    m_setupCommand->setText(removalSetupCommand(m_clientId->text()));
}

void AccountDialog::readStoredSecret()
{
    if (const NotificationSettings n = m_notifications->settings(); n.mode == NotificationSettings::Mode::Relay) {
        m_credentials->readSecret(n.relayKeyCredential(), this, [this](const QString &key, const CredentialError &) {
            m_notifications->setRelayKeyStored(!key.isEmpty());
        });
    }
    if (!m_settings->isComplete()) {
        setMessage(m_keychainStatus, tr("The secret will be stored in the desktop keychain."), false);
        return;
    }
    m_credentials->readSecret(
        m_settings->credentialKey(), this, [this](const QString &secret, const CredentialError &error) {
            m_secretStored = !secret.isEmpty();
            if (m_secretStored) {
                m_secret->setPlaceholderText(tr("Stored in the keychain — type to replace"));
                setMessage(m_keychainStatus, {}, false);
            } else if (error.kind == CredentialError::Kind::NotFound || !error.isError()) {
                setMessage(m_keychainStatus, tr("No secret stored yet; it will be kept in the desktop keychain."),
                           false);
            } else {
                showKeychainProblem(error);
            }
        });
}

void AccountDialog::showKeychainProblem(const CredentialError &error)
{
    QString text = error.message(CredentialError::Audience::Desktop);
    if (error.kind == CredentialError::Kind::NoKeychain || error.kind == CredentialError::Kind::MissingCollection)
        text += QLatin1Char(' ') + tr("Moderato keeps the client secret only in the keychain, never in a file.");
    setMessage(m_keychainStatus, text, true);
}

bool AccountDialog::validate(QString *error) const
{
    if (!isTenant(m_tenantId->text().trimmed())) {
        *error = tr("The tenant is a directory id (a GUID) or a domain such as contoso.onmicrosoft.com.");
        return false;
    }
    if (QUuid::fromString(m_clientId->text().trimmed()).isNull()) {
        *error = tr("The client id is the application's id, a GUID such as 11111111-2222-3333-4444-555555555555.");
        return false;
    }
    const QUrl callback(m_callback->text().trimmed());
    if (!m_callback->text().trimmed().isEmpty()
        && (!callback.isValid() || callback.scheme() != QLatin1String("https") || callback.host().isEmpty())) {
        *error = tr("The callback address must be an https URL, such as https://bot.contoso.com/api/calls.");
        return false;
    }
    if (m_secret->text().isEmpty() && !m_secretStored) {
        *error = tr("Type the client secret.");
        return false;
    }
    if (const QString problem = m_notifications->problem(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return true;
}

void AccountDialog::setBusy(bool busy)
{
    for (QWidget *w :
         {static_cast<QWidget *>(m_cloud), static_cast<QWidget *>(m_tenantId), static_cast<QWidget *>(m_clientId),
          static_cast<QWidget *>(m_secret), static_cast<QWidget *>(m_test),
          static_cast<QWidget *>(m_buttons->button(QDialogButtonBox::Save))})
        w->setEnabled(!busy);
}

void AccountDialog::testConnection()
{
    QString error;
    if (!validate(&error)) {
        setMessage(m_error, error, true);
        return;
    }
    setMessage(m_error, {}, false);
    setBusy(true);
    setMessage(m_testResult, tr("Getting a token…"), false);
    const ConnectionTestRequest request{static_cast<Cloud>(m_cloud->currentData().toInt()),
                                        m_tenantId->text().trimmed(), m_clientId->text().trimmed(), m_secret->text()};
    m_tester->test(request, this, [this](const ConnectionTestResult &result) {
        setBusy(false);
        showTestResult(result);
    });
}

void AccountDialog::showTestResult(const ConnectionTestResult &result)
{
    if (!result.signedIn) {
        QString text = tr("Sign-in failed: %1").arg(result.message);
        if (!result.details.isEmpty())
            text += QLatin1Char('\n') + result.details;
        setMessage(m_testResult, text, true);
        return;
    }
    const QStringList missing = missingRoles(result.grantedRoles);
    if (missing.isEmpty()) {
        setMessage(m_testResult, tr("Signed in. The app has every permission Moderato needs."), false);
        return;
    }
    setMessage(m_testResult,
               tr("Signed in, but the app lacks %n permission(s): %1. Grant them (admin consent) in the app "
                  "registration.",
                  nullptr, int(missing.size()))
                   .arg(missing.join(QStringLiteral(", "))),
               true);
}

void AccountDialog::saveSettings()
{
    m_settings->setCloud(static_cast<Cloud>(m_cloud->currentData().toInt()));
    m_settings->setTenantId(m_tenantId->text().trimmed());
    m_settings->setClientId(m_clientId->text().trimmed());
    m_settings->setCallbackUrl(QUrl(m_callback->text().trimmed()));
    if (m_settings->settings())
        m_notifications->settings().save(*m_settings->settings());
    m_settings->sync();
}

void AccountDialog::accept()
{
    QString error;
    if (!validate(&error)) {
        setMessage(m_error, error, true);
        return;
    }
    setMessage(m_error, {}, false);
    QList<QPair<QString, QString>> secrets;
    if (!m_secret->text().isEmpty())
        secrets.append({CredentialStore::keyFor(static_cast<Cloud>(m_cloud->currentData().toInt()),
                                                m_tenantId->text().trimmed(), m_clientId->text().trimmed()),
                        m_secret->text()});
    const NotificationSettings notifications = m_notifications->settings();
    if (notifications.mode == NotificationSettings::Mode::Relay && !m_notifications->typedRelayKey().isEmpty())
        secrets.append({notifications.relayKeyCredential(), m_notifications->typedRelayKey()});
    storeSecrets(secrets);
}

void AccountDialog::storeSecrets(QList<QPair<QString, QString>> secrets)
{
    if (secrets.isEmpty()) {
        setBusy(false);
        m_secret->clear();
        saveSettings();
        QDialog::accept();
        return;
    }
    setBusy(true);
    const auto [key, secret] = secrets.takeFirst();
    m_credentials->writeSecret(key, secret, this, [this, secrets](const CredentialError &writeError) {
        if (writeError.isError()) {
            setBusy(false);
            // Keep everything typed; the moderator can fix the keychain and press Save again.
            showKeychainProblem(writeError);
            setMessage(m_error, tr("The settings were not saved: a secret could not be stored in the keychain."), true);
            return;
        }
        storeSecrets(secrets);
    });
}

} // namespace moderato
