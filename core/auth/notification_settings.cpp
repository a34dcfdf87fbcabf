#include "core/auth/notification_settings.h"

#include "core/graph/loopback.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>

namespace moderato {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("moderato::NotificationSettings", text);
}

const QRegularExpression &hostName()
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    return re;
}

const QRegularExpression &pathName()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,259}$"));
    return re;
}

} // namespace

NotificationSettings NotificationSettings::load(const QSettings &s)
{
    NotificationSettings n;
    const QString mode = s.value(QStringLiteral("notifications/mode")).toString();
    n.mode = mode == QLatin1String("relay")        ? Mode::Relay
             : mode == QLatin1String("ownAddress") ? Mode::OwnAddress
                                                   : Mode::None;
    n.relayNamespace = s.value(QStringLiteral("notifications/relayNamespace")).toString();
    n.relayPath = s.value(QStringLiteral("notifications/relayPath")).toString();
    n.relayKeyName = s.value(QStringLiteral("notifications/relayKeyName")).toString();
    n.relayUrl = QUrl(s.value(QStringLiteral("notifications/relayUrl")).toString());
    n.publicUrl = QUrl(s.value(QStringLiteral("notifications/publicUrl")).toString());
    const QHostAddress host(s.value(QStringLiteral("notifications/listenHost")).toString());
    if (!host.isNull())
        n.listenHost = host;
    n.listenPort = quint16(s.value(QStringLiteral("notifications/listenPort")).toUInt());
    n.openIdUrl = QUrl(s.value(QStringLiteral("notifications/openIdUrl")).toString());
    n.receiverPath = s.value(QStringLiteral("notifications/receiverPath")).toString();
    if (!n.receiverPath.startsWith(QLatin1String("/moderato/")))
        n.receiverPath.clear();
    return n;
}

QString NotificationSettings::newReceiverPath()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QStringLiteral("/moderato/")
           + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

NotificationSettings NotificationSettings::loadEnsuringPath(QSettings &settings)
{
    NotificationSettings n = load(settings);
    if (n.receiverPath.isEmpty()) {
        n.receiverPath = newReceiverPath();
        settings.setValue(QStringLiteral("notifications/receiverPath"), n.receiverPath);
        settings.sync();
    }
    return n;
}

void NotificationSettings::save(QSettings &s) const
{
    s.setValue(QStringLiteral("notifications/mode"), mode == Mode::Relay        ? QStringLiteral("relay")
                                                     : mode == Mode::OwnAddress ? QStringLiteral("ownAddress")
                                                                                : QStringLiteral("none"));
    const auto put = [&s](const char *key, const QString &value) {
        const QString name = QStringLiteral("notifications/") + QLatin1String(key);
        if (value.isEmpty())
            s.remove(name);
        else
            s.setValue(name, value);
    };
    put("relayNamespace", relayNamespace);
    put("relayPath", relayPath);
    put("relayKeyName", relayKeyName);
    put("relayUrl", relayUrl.toString(QUrl::FullyEncoded));
    put("publicUrl", publicUrl.toString(QUrl::FullyEncoded));
    put("listenHost", listenHost == QHostAddress(QHostAddress::LocalHost) ? QString() : listenHost.toString());
    put("listenPort", listenPort ? QString::number(listenPort) : QString());
    put("openIdUrl", openIdUrl.toString(QUrl::FullyEncoded));
    put("receiverPath", receiverPath);
}

QString NotificationSettings::relayKeyCredential() const
{
    return QStringLiteral("relay/%1/%2/%3").arg(relayNamespace.toLower(), relayPath, relayKeyName);
}

QUrl NotificationSettings::relayPublicUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(relayNamespace.toLower());
    url.setPath(QLatin1Char('/') + relayPath);
    return url;
}

QString NotificationSettings::problem() const
{
    switch (mode) {
    case Mode::None: return {};
    case Mode::Relay:
        if (!hostName().match(relayNamespace).hasMatch())
            return tr("The relay namespace is a host name, like contoso-moderato.servicebus.windows.net.");
        if (!pathName().match(relayPath).hasMatch())
            return tr("The hybrid connection is a name of letters, digits, dots, dashes and underscores.");
        if (relayKeyName.trimmed().isEmpty())
            return tr("The relay needs the name of a shared access policy with Listen rights.");
        if (const QString p = relayUrlProblem(relayUrl); !p.isEmpty())
            return p;
        break;
    case Mode::OwnAddress:
        if (publicUrl.scheme() != QLatin1String("https") || publicUrl.host().isEmpty())
            return tr("Graph posts only to https: the public address must start with https://.");
        if (listenPort == 0)
            return tr("Choose the local port that your tunnel or proxy forwards to.");
        break;
    }
    return openIdUrlProblem(openIdUrl);
}

QString NotificationSettings::relayUrlProblem(const QUrl &url)
{
    if (url.isEmpty() || url.scheme() == QLatin1String("wss")
        || (url.scheme() == QLatin1String("ws") && isLoopbackHost(url.host())))
        return {};
    return tr("The relay's address must be wss:// (ws:// only on this computer).");
}

QString NotificationSettings::openIdUrlProblem(const QUrl &url)
{
    if (url.isEmpty() || isHttpsOrLoopbackHttp(url))
        return {};
    return tr("The OpenID configuration address must be https (http only on this computer).");
}

bool NotificationSettings::splitRelay(const QString &text, QString *ns, QString *path)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == text.size() - 1 || text.indexOf(QLatin1Char('/'), slash + 1) >= 0)
        return false;
    *ns = text.left(slash).trimmed();
    *path = text.mid(slash + 1).trimmed();
    return hostName().match(*ns).hasMatch() && pathName().match(*path).hasMatch();
}

} // namespace moderato
