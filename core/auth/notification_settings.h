#pragma once
// NotificationSettings: how Moderato hears Graph's notifications — not at all, through an Azure
// Relay hybrid connection, or on a local port behind the user's own https address. Kept in
// QSettings next to the account; the relay's key lives only in the keychain (relayKeyCredential()).

#include <QHostAddress>
#include <QString>
#include <QUrl>

class QSettings;

namespace moderato {

struct NotificationSettings
{
    enum class Mode {
        None,       //!< polling only; joins use the account's callback address as it is
        Relay,      //!< Azure Relay Hybrid Connections: Moderato is the listener
        OwnAddress, //!< a local port that the user's tunnel or reverse proxy reaches
    };

    Mode mode = Mode::None;
    // Relay
    QString relayNamespace; //!< "contoso-moderato.servicebus.windows.net"
    QString relayPath;      //!< the hybrid connection's name
    QString relayKeyName;   //!< the shared access policy with Listen rights
    QUrl relayUrl;          //!< overrides the relay's network address (wss://, or ws:// on loopback)
    // Own address
    QUrl publicUrl; //!< https://… that reaches the local port
    QHostAddress listenHost = QHostAddress::LocalHost;
    quint16 listenPort = 0;
    //! Overrides the OpenID configuration address that notification tokens are checked against.
    QUrl openIdUrl;
    //! Moderato's unguessable path below the listener's address ("/moderato/<128 random bits>"),
    //! made once and kept, so that a call joined before a restart (or by moderato-cli) is still
    //! heard. Graph's signed token, not this path, is what proves a notification genuine.
    QString receiverPath;

    //! A new "/moderato/<128 random bits>".
    static QString newReceiverPath();
    //! Loads the settings, making and saving receiverPath first if there is none yet.
    static NotificationSettings loadEnsuringPath(QSettings &settings);

    static NotificationSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    //! The keychain key of the relay's shared access key.
    QString relayKeyCredential() const;
    //! The hybrid connection's https address (the base of the callbackUri).
    QUrl relayPublicUrl() const;
    //! Empty when usable, else one sentence saying what is missing or wrong.
    QString problem() const;
    //! Why \a url cannot be the relay's network address (wss://, ws:// only on loopback), or empty.
    static QString relayUrlProblem(const QUrl &url);
    //! Why \a url cannot be the OpenID configuration's address (https, http only on loopback), or empty.
    static QString openIdUrlProblem(const QUrl &url);
    //! "NAMESPACE/HYBRID_CONNECTION" → namespace and path; false if it is not of that form.
    static bool splitRelay(const QString &text, QString *ns, QString *path);
};

} // namespace moderato
