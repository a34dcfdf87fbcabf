#pragma once
#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace moderato {

//! The Microsoft cloud an account lives in. Tokens and tenants do not cross clouds.
enum class Cloud {
    Global,   //!< worldwide (and GCC moderate)
    UsGov,    //!< US Government L4 (GCC High)
    UsGovDoD, //!< US Government L5 (DoD)
    China,    //!< operated by 21Vianet
};

//! "global", "usgov", "dod", "china".
QString cloudName(Cloud cloud);
//! Accepts the names cloudName() gives (case-insensitive).
std::optional<Cloud> parseCloud(QStringView name);

//! Where Graph and the token service are for one cloud (or a custom pair, e.g. the simulator).
struct CloudEndpoints
{
    QUrl graphRoot; //!< e.g. https://graph.microsoft.com — without "/v1.0"
    QUrl loginRoot; //!< e.g. https://login.microsoftonline.com
    //! The resource tokens are asked for: the cloud's Graph identifier (https://graph.microsoft.com
    //! for the global cloud), whatever address the requests go to — a proxy or gateway in front
    //! of Graph answers under another name, but the token is still for Graph.
    QString resource;

    //! The client-credentials scope: resource + "/.default".
    QString scope() const;
    //! <loginRoot>/<tenant>/oauth2/v2.0/token (the tenant percent-encoded).
    QUrl tokenUrl(const QString &tenant) const;

    static CloudEndpoints forCloud(Cloud cloud);
    //! A custom pair in \a cloud (whose Graph the tokens are for): https anywhere, plain http only
    //! on a loopback host (127.0.0.0/8, ::1, localhost) — a token must never cross a network in
    //! the clear. Sets \a error otherwise.
    static std::optional<CloudEndpoints> custom(const QUrl &graph, const QUrl &login, QString *error,
                                                Cloud cloud = Cloud::Global);
    //! Whether \a url is acceptable for custom(); \a error says why not.
    static bool isAcceptableEndpoint(const QUrl &url, QString *error);
};

bool operator==(const CloudEndpoints &a, const CloudEndpoints &b);

} // namespace moderato
