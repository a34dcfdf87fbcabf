#pragma once
#include "core/graph/graph_error.h"

#include <QString>

#include <functional>

class QObject;

namespace moderato {

//! Where GraphClient gets its bearer tokens. Implemented by TokenProvider (client credentials)
//! and by fakes in tests.
class AccessTokenSource
{
public:
    using TokenCallback = std::function<void(const QString &token, const GraphError &error)>;

    virtual ~AccessTokenSource() = default;

    //! Asks for a valid token. \a callback runs later on \a context's thread with either a token or
    //! an error (kind Auth with a sentence for the moderator), never both; it is not run if
    //! \a context is destroyed first.
    virtual void requestToken(QObject *context, TokenCallback callback) = 0;

    //! Graph refused \a token (401): forget it so the next requestToken() fetches a new one.
    virtual void invalidateToken(const QString &token) = 0;
};

} // namespace moderato
