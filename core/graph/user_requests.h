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

//! Reads a Graph user list ({"value":[{"id","displayName","userPrincipalName","mail"}]}) into
//! \a users; returns what is wrong with it, or an empty string.
QString readFoundUsers(const QJsonDocument &body, QList<FoundUser> *users);

//! GET /users?$search="displayName:x" OR "userPrincipalName:x" (ConsistencyLevel: eventual),
//! $select=id,displayName,userPrincipalName,mail, $top=10. Needs User.Read.All.
class SearchUsersRequest : public GraphRequest
{
    Q_OBJECT
public:
    static constexpr int MaxResults = 10;

    explicit SearchUsersRequest(const QString &text, QObject *parent = nullptr);
    QString text() const { return m_text; }
    QList<FoundUser> users() const { return m_users; }

protected:
    QString parseSuccess(const QJsonDocument &body) override;

private:
    QString m_text;
    QList<FoundUser> m_users;
};

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
