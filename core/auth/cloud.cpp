#include "core/auth/cloud.h"

#include "core/graph/graph_client.h"
#include "core/graph/loopback.h"

#include <QCoreApplication>

namespace moderato {

QString cloudName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Global: return QStringLiteral("global");
    case Cloud::UsGov: return QStringLiteral("usgov");
    case Cloud::UsGovDoD: return QStringLiteral("dod");
    case Cloud::China: return QStringLiteral("china");
    }
    return QStringLiteral("global");
}

std::optional<Cloud> parseCloud(QStringView name)
{
    for (Cloud cloud : {Cloud::Global, Cloud::UsGov, Cloud::UsGovDoD, Cloud::China}) {
        if (name.compare(cloudName(cloud), Qt::CaseInsensitive) == 0)
            return cloud;
    }
    return std::nullopt;
}

QString CloudEndpoints::scope() const
{
    return resource + QLatin1String("/.default");
}

QUrl CloudEndpoints::tokenUrl(const QString &tenant) const
{
    QUrl url = loginRoot;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(tenant))
                    + QLatin1String("/oauth2/v2.0/token"),
                QUrl::StrictMode);
    return url;
}

CloudEndpoints CloudEndpoints::forCloud(Cloud cloud)
{
    const auto make = [](const char *graph, const char *login) {
        return CloudEndpoints{QUrl(QString::fromLatin1(graph)), QUrl(QString::fromLatin1(login)),
                              QString::fromLatin1(graph)};
    };
    switch (cloud) {
    case Cloud::Global: return make("https://graph.microsoft.com", "https://login.microsoftonline.com");
    case Cloud::UsGov: return make("https://graph.microsoft.us", "https://login.microsoftonline.us");
    case Cloud::UsGovDoD: return make("https://dod-graph.microsoft.us", "https://login.microsoftonline.us");
    case Cloud::China: return make("https://microsoftgraph.chinacloudapi.cn", "https://login.chinacloudapi.cn");
    }
    return make("https://graph.microsoft.com", "https://login.microsoftonline.com");
}

bool CloudEndpoints::isAcceptableEndpoint(const QUrl &url, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString shown = url.toString(QUrl::RemoveUserInfo);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return fail(QCoreApplication::translate("moderato::CloudEndpoints",
                                                "\"%1\" is not a complete URL (like https://graph.microsoft.com).")
                        .arg(shown));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return fail(QCoreApplication::translate("moderato::CloudEndpoints",
                                                "\"%1\" must not contain a user name, query or fragment.")
                        .arg(shown));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return true;
        return fail(QCoreApplication::translate(
                        "moderato::CloudEndpoints",
                        "\"%1\" uses plain http to a host that is not this computer; tokens would cross "
                        "the "
                        "network unencrypted. Use https (plain http is only allowed for 127.0.0.1, ::1 or "
                        "localhost).")
                        .arg(shown));
    }
    return fail(QCoreApplication::translate("moderato::CloudEndpoints", "\"%1\" is not an http(s) URL.").arg(shown));
}

std::optional<CloudEndpoints> CloudEndpoints::custom(const QUrl &graph, const QUrl &login, QString *error, Cloud cloud)
{
    QString why;
    if (!isAcceptableEndpoint(graph, &why)) {
        if (error)
            *error = QCoreApplication::translate("moderato::CloudEndpoints", "Graph URL: %1").arg(why);
        return std::nullopt;
    }
    if (!isAcceptableEndpoint(login, &why)) {
        if (error)
            *error = QCoreApplication::translate("moderato::CloudEndpoints", "Sign-in URL: %1").arg(why);
        return std::nullopt;
    }
    CloudEndpoints endpoints{GraphClient::serviceRootOf(graph), login, forCloud(cloud).resource};
    QString loginPath = endpoints.loginRoot.path();
    while (loginPath.endsWith(QLatin1Char('/')))
        loginPath.chop(1);
    endpoints.loginRoot.setPath(loginPath);
    return endpoints;
}

bool operator==(const CloudEndpoints &a, const CloudEndpoints &b)
{
    return a.graphRoot == b.graphRoot && a.loginRoot == b.loginRoot && a.resource == b.resource;
}

} // namespace moderato
