#include "core/auth/token_claims.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace moderato {

QStringList tokenRoles(const QString &accessToken)
{
    const QStringList parts = accessToken.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return {};
    const QJsonArray roles = QJsonDocument::fromJson(*decoded).object().value(QLatin1String("roles")).toArray();
    QStringList result;
    for (const QJsonValue &role : roles)
        if (role.isString())
            result.append(role.toString());
    return result;
}

QList<RequiredPermission> requiredPermissions()
{
    return {
        {QStringLiteral("Calls.JoinGroupCall.All"),
         QCoreApplication::translate("Permissions", "see the roster, remove and mute participants")},
        {QStringLiteral("Calls.InitiateGroupCall.All"),
         QCoreApplication::translate("Permissions", "invite people into the call")},
        {QStringLiteral("User.Read.All"),
         QCoreApplication::translate("Permissions", "search the directory in the invite dialog (optional)")},
    };
}

} // namespace moderato
