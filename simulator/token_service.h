// The Entra (AAD) v2.0 token endpoint for the client-credentials grant, and the tokens it issued.
#pragma once

#include "simulator/http_message.h"
#include "simulator/sim_clock.h"

#include <QHash>
#include <QStringList>

namespace graphsim {

class World;

struct IssuedToken
{
    QString tenantId;
    QString clientId;
    QStringList roles;
    qint64 expiresAtMs = 0; // simulated clock
};

class TokenService
{
public:
    TokenService(const World &world, const SimClock &clock);

    //! POST /{tenant}/oauth2/v2.0/token. acceptedScopes are the "<resource>/.default" values taken as Graph.
    HttpResponse handle(const QString &tenant, const HttpRequest &request, const RequestContext &context,
                        const QStringList &acceptedScopes);
    const IssuedToken *find(const QString &accessToken) const;
    bool isExpired(const IssuedToken &token) const;
    void expireAll();
    void clear();
    int issuedCount() const { return int(m_tokens.size()); }

    //! An error in the shape AAD uses: error, error_description (with AADSTS code), error_codes, ids, timestamp.
    static HttpResponse aadError(int status, const QString &error, int aadstsCode, const QString &description,
                                 const RequestContext &context);

private:
    QString mintToken(const QString &tenantId, const QString &clientId, const QStringList &roles) const;

    const World &m_world;
    const SimClock &m_clock;
    QHash<QString, IssuedToken> m_tokens;
};

} // namespace graphsim
