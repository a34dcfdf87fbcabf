#pragma once
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

} // namespace moderato
