#pragma once
#include "core/graph/search_users_request.h"

namespace moderato {

//! Looks one user up by object id, sign-in name (userPrincipalName) or email address:
//! GET /users?$filter=id eq 'x' (for an object id) or userPrincipalName eq 'x' or mail eq 'x',
//! $select=id,displayName,userPrincipalName,mail. Needs User.Read.All (or User.ReadBasic.All).
class FindUserRequest : public GraphRequest
{
    Q_OBJECT
public:
    explicit FindUserRequest(const QString &who, QObject *parent = nullptr);
    QString who() const { return m_who; }
    //! Every user that matched (normally one; none when nobody has that name or address).
    QList<FoundUser> users() const { return m_users; }

protected:
    QString parseSuccess(const QJsonDocument &body) override;

private:
    QString m_who;
    QList<FoundUser> m_users;
};

} // namespace moderato
