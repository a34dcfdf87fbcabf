#pragma once
// What an access token says about the application: its roles (application permissions).

#include <QString>
#include <QStringList>

namespace moderato {

//! The application permissions the service granted, read from the access token's "roles"
//! claim. Only the payload is decoded (the token was just received from the token endpoint over
//! TLS; nothing here trusts it for anything but telling the moderator what is missing). A token
//! that is not a JWT gives an empty list.
QStringList tokenRoles(const QString &accessToken);

//! The permissions Moderato needs, each with what it is for.
struct RequiredPermission
{
    QString role;
    QString purpose;
};
QList<RequiredPermission> requiredPermissions();

} // namespace moderato
