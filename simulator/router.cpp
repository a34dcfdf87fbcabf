#include "simulator/router.h"

#include <climits>

namespace graphsim {

QStringList Router::segments(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

void Router::add(const QByteArray &method, const QString &pattern, RouteHandler handler)
{
    m_routes.append(Route{method, segments(pattern), std::move(handler)});
}

void Router::add(const QByteArray &method, const QString &pattern, std::function<HttpResponse()> handler)
{
    add(method, pattern,
        [handler = std::move(handler)](const HttpRequest &, const QStringList &, const RequestContext &) {
            return handler();
        });
}

bool Router::match(const QStringList &pattern, const QStringList &path, QStringList *params, int *wildcards)
{
    if (pattern.size() != path.size())
        return false;
    params->clear();
    *wildcards = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == QLatin1String("{}")) {
            params->append(path.at(i));
            ++*wildcards;
        } else if (pattern.at(i).compare(path.at(i), Qt::CaseInsensitive) != 0) {
            return false;
        }
    }
    return true;
}

Router::Resolution Router::resolve(const QByteArray &method, const QString &path) const
{
    const QStringList pathSegments = segments(path);
    Resolution best;
    int bestWildcards = INT_MAX;
    for (const Route &route : m_routes) {
        QStringList params;
        int wildcards = 0;
        if (!match(route.pattern, pathSegments, &params, &wildcards))
            continue;
        if (route.method != method) {
            if (!best.allowedMethods.contains(route.method))
                best.allowedMethods.append(route.method);
            continue;
        }
        // Literal segments win over wildcards: POST .../participants/invite is not a participant id.
        if (wildcards < bestWildcards) {
            bestWildcards = wildcards;
            best.handler = &route.handler;
            best.params = params;
        }
    }
    if (best.handler)
        best.kind = Resolution::Kind::Found;
    else if (!best.allowedMethods.isEmpty())
        best.kind = Resolution::Kind::MethodNotAllowed;
    return best;
}

} // namespace graphsim
