#pragma once
// Looking people up in the tenant's directory: a search as the moderator types, and one user by id,
// sign-in name or address.
#include "core/graph/graph_request.h"

#include <QList>

namespace moderato {

//! One directory entry found by SearchUsersRequest.
struct FoundUser
{
    QString id;
    QString displayName;
    QString userPrincipalName;
    QString mail;
};

//! GET /users answered by a list of directory users
//! ({"value":[{"id","displayName","userPrincipalName","mail"}]}).
class UserListRequest : public GraphRequest
{
    Q_OBJECT
public:
    QList<FoundUser> users() const { return m_users; }

protected:
    explicit UserListRequest(QObject *parent);
    QString parseSuccess(const QJsonDocument &body) override;

private:
    QList<FoundUser> m_users;
};

//! GET /users?$search="displayName:x" OR "userPrincipalName:x" (ConsistencyLevel: eventual),
//! $select=id,displayName,userPrincipalName,mail, $top=10. Needs User.Read.All.
class SearchUsersRequest : public UserListRequest
{
    Q_OBJECT
public:
    static constexpr int MaxResults = 10;

    explicit SearchUsersRequest(const QString &text, QObject *parent = nullptr);
    QString text() const { return m_text; }

private:
    QString m_text;
};

//! Looks one user up by object id, sign-in name (userPrincipalName) or email address:
//! GET /users?$filter=id eq 'x' (for an object id) or userPrincipalName eq 'x' or mail eq 'x',
//! $select=id,displayName,userPrincipalName,mail. Needs User.Read.All (or User.ReadBasic.All).
//! users(): every user that matched (normally one; none when nobody has that name or address).
class FindUserRequest : public UserListRequest
{
    Q_OBJECT
public:
    explicit FindUserRequest(const QString &who, QObject *parent = nullptr);
    QString who() const { return m_who; }

private:
    QString m_who;
};

} // namespace moderato
