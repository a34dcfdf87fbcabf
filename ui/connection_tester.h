#pragma once
// ConnectionTester: what the account dialog needs to try an account before saving it — get a
// token and read the permissions (application roles) it carries. The app implements it with
// core's TokenProvider; the dialog never talks to the network itself.

#include <QObject>
#include <QStringList>
#include <functional>

#include "core/auth/cloud.h"

namespace moderato {

struct ConnectionTestRequest
{
    Cloud cloud = Cloud::Global;
    QString tenantId;
    QString clientId;
    QString secret; //!< as typed; empty: the one stored in the keychain
};

struct ConnectionTestResult
{
    bool signedIn = false;    //!< a token was issued
    QString message;          //!< why not, in a sentence, when !signedIn
    QStringList grantedRoles; //!< the token's application roles
    QString details;          //!< e.g. AADSTS code and trace id, for a Details line
};

class ConnectionTester
{
public:
    using Callback = std::function<void(const ConnectionTestResult &result)>;
    virtual ~ConnectionTester() = default;
    //! Calls \a done once, later, unless \a context is destroyed first.
    virtual void test(const ConnectionTestRequest &request, QObject *context, Callback done) = 0;
};

} // namespace moderato
