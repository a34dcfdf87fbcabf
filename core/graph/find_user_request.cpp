#include "core/graph/find_user_request.h"
#include "core/graph/invitee.h"

#include <QUuid>

namespace moderato {

namespace {

//! An OData string literal: quotes doubled inside single quotes.
QString odataString(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

} // namespace

FindUserRequest::FindUserRequest(const QString &who, QObject *parent)
    : GraphRequest(Method::Get, {QStringLiteral("users")}, parent)
    , m_who(who.trimmed())
{
    if (m_who.isEmpty())
        setInvalid(tr("nothing to look up"));
    const QString literal = odataString(m_who);
    const QString filter = Invitee::isObjectId(m_who)
                               ? QStringLiteral("id eq %1").arg(literal)
                               : QStringLiteral("userPrincipalName eq %1 or mail eq %1").arg(literal);
    addQueryItem(QStringLiteral("$filter"), filter);
    addQueryItem(QStringLiteral("$select"), QStringLiteral("id,displayName,userPrincipalName,mail"));
}

QString FindUserRequest::parseSuccess(const QJsonDocument &body)
{
    return readFoundUsers(body, &m_users);
}

} // namespace moderato
