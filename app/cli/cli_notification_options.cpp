// moderato-cli's notification options (--relay, --relay-key-name, --relay-url, --listen,
// --openid-url) over the account's saved notification settings.
#include "app/cli/cli_options.h"

#include "app/cli/cli_text.h"
#include "core/auth/notification_settings.h"

namespace moderato::cli {

NotificationSettings applyNotificationOptions(NotificationSettings settings, const CliOptions &options)
{
    if (!options.relay.isEmpty()) {
        settings.mode = NotificationSettings::Mode::Relay;
        QString ns, path;
        if (NotificationSettings::splitRelay(options.relay, &ns, &path)) {
            settings.relayNamespace = ns;
            settings.relayPath = path;
        }
    }
    if (!options.relayKeyName.isEmpty())
        settings.relayKeyName = options.relayKeyName;
    if (!options.relayUrl.isEmpty())
        settings.relayUrl = QUrl(options.relayUrl);
    if (!options.listen.isEmpty()) {
        settings.mode = NotificationSettings::Mode::OwnAddress;
        const qsizetype colon = options.listen.lastIndexOf(QLatin1Char(':'));
        settings.listenHost =
            QHostAddress(options.listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
        settings.listenPort = quint16(options.listen.mid(colon + 1).toUInt());
        settings.publicUrl = QUrl(options.callbackUrl);
    }
    if (!options.openIdUrl.isEmpty())
        settings.openIdUrl = QUrl(options.openIdUrl);
    return settings;
}

QString notificationOptionsProblem(const CliOptions &options)
{
    QString ns, path;
    if (!options.relay.isEmpty() && !NotificationSettings::splitRelay(options.relay, &ns, &path))
        return CliText::tr("--relay is NAMESPACE/HYBRID_CONNECTION, e.g. "
                           "contoso-moderato.servicebus.windows.net/moderato, not \"%1\".")
            .arg(options.relay);
    if (!options.relay.isEmpty() && !options.listen.isEmpty())
        return CliText::tr("--relay and --listen are two ways to hear notifications: give one.");
    if (!options.listen.isEmpty()) {
        const qsizetype colon = options.listen.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const uint port = colon > 0 ? options.listen.mid(colon + 1).toUInt(&portOk) : 0;
        const QString host =
            colon > 0 ? options.listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')) : QString();
        if (!portOk || port == 0 || port > 65535 || QHostAddress(host).isNull())
            return CliText::tr("--listen is HOST:PORT, e.g. 127.0.0.1:8443, not \"%1\".").arg(options.listen);
        if (options.callbackUrl.isEmpty())
            return CliText::tr("--listen needs --callback-url: the public https address that reaches the port.");
    }
    if (const QString p = NotificationSettings::relayUrlProblem(QUrl(options.relayUrl)); !p.isEmpty())
        return QStringLiteral("--relay-url: ") + p;
    if (const QString p = NotificationSettings::openIdUrlProblem(QUrl(options.openIdUrl)); !p.isEmpty())
        return QStringLiteral("--openid-url: ") + p;
    return {};
}

} // namespace moderato::cli
