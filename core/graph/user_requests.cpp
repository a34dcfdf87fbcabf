#include "core/graph/user_requests.h"
#include "core/graph/invitee.h"

#include <QJsonArray>

namespace moderato {

UserListRequest::UserListRequest(QObject *parent)
    : GraphRequest(Method::Get, {QStringLiteral("users")}, parent)
{}

QString UserListRequest::parseSuccess(const QJsonDocument &body)
{
    const QJsonValue value = body.object().value(QLatin1String("value"));
    if (!value.isArray())
        return tr("the answer has no user list (\"value\" is not an array)");
    for (const QJsonValue entry : value.toArray()) {
        const QJsonObject user = entry.toObject();
        if (!user.value(QLatin1String("id")).isString())
            return tr("the user list contains an entry without an id");
        m_users.append({user.value(QLatin1String("id")).toString(), user.value(QLatin1String("displayName")).toString(),
                        user.value(QLatin1String("userPrincipalName")).toString(),
                        user.value(QLatin1String("mail")).toString()});
    }
    return {};
}

SearchUsersRequest::SearchUsersRequest(const QString &text, QObject *parent)
    : UserListRequest(parent)
{
    // Quotes and backslashes would end the $search phrase early; they are never part of a name.
    for (const QChar c : text) {
        if (c != QLatin1Char('"') && c != QLatin1Char('\\'))
            m_text += c;
    }
    m_text = m_text.simplified();
    if (m_text.isEmpty())
        setInvalid(tr("nothing to search for"));

    addQueryItem(QStringLiteral("$search"),
                 QStringLiteral("\"displayName:%1\" OR \"userPrincipalName:%1\"").arg(m_text));
    addQueryItem(QStringLiteral("$select"), QStringLiteral("id,displayName,userPrincipalName,mail"));
    addQueryItem(QStringLiteral("$top"), QString::number(MaxResults));
    setRequestHeader("ConsistencyLevel", "eventual");
}

namespace {

//! An OData string literal: quotes doubled inside single quotes.
QString odataString(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

} // namespace

FindUserRequest::FindUserRequest(const QString &who, QObject *parent)
    : UserListRequest(parent)
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

} // namespace moderato
