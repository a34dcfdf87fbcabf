// A small router: method + path pattern ("{}" = one segment), telling "no such path" from "wrong method".
#pragma once

#include "simulator/http_message.h"

#include <QByteArrayList>
#include <QStringList>

#include <functional>

namespace graphsim {

using RouteHandler =
    std::function<HttpResponse(const HttpRequest &, const QStringList &params, const RequestContext &)>;

class Router
{
public:
    struct Resolution
    {
        enum class Kind { Found, MethodNotAllowed, NotFound } kind = Kind::NotFound;
        const RouteHandler *handler = nullptr;
        QStringList params;
        QByteArrayList allowedMethods;
    };

    void add(const QByteArray &method, const QString &pattern, RouteHandler handler);
    //! A route whose answer needs nothing of the request (most /_sim/ hooks).
    void add(const QByteArray &method, const QString &pattern, std::function<HttpResponse()> handler);
    Resolution resolve(const QByteArray &method, const QString &path) const;

    static QStringList segments(const QString &path);

private:
    struct Route
    {
        QByteArray method;
        QStringList pattern;
        RouteHandler handler;
    };
    static bool match(const QStringList &pattern, const QStringList &path, QStringList *params, int *wildcards);

    QList<Route> m_routes;
};

} // namespace graphsim
