#include "core/auth/token_error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace moderato {

QString aadstsSentence(int code, const SignInContext &context)
{
    switch (code) {
    case 7000215:
        return QCoreApplication::translate(
            "moderato::TokenProvider", "Sign-in failed: the client secret is wrong. Copy the secret's Value (not its "
                                       "Secret ID) from the "
                                       "app registration's Certificates & secrets page and sign in again.");
    case 7000222:
        return QCoreApplication::translate(
            "moderato::TokenProvider", "Sign-in failed: the client secret has expired. Create a new secret in the app "
                                       "registration "
                                       "and sign in again with it.");
    case 700016:
        return QCoreApplication::translate(
                   "moderato::TokenProvider",
                   "Sign-in failed: application %1 was not found in tenant %2. Check the client ID "
                   "and the tenant, "
                   "and that an administrator has consented to the app in that tenant.")
            .arg(context.clientId, context.tenantId);
    case 90002:
        return QCoreApplication::translate("moderato::TokenProvider",
                                           "Sign-in failed: tenant %1 was not found. Check the "
                                           "tenant ID — and the cloud: a "
                                           "tenant of a "
                                           "national cloud (US Government, China) is unknown to "
                                           "the global sign-in service.")
            .arg(context.tenantId);
    case 90038:
    case 900432:
        return QCoreApplication::translate(
                   "moderato::TokenProvider",
                   "Sign-in failed: tenant %1 belongs to another national cloud. Choose that cloud "
                   "in the account settings (or with --cloud on the command line) and sign in "
                   "again.")
            .arg(context.tenantId);
    case 70011:
        return QCoreApplication::translate(
                   "moderato::TokenProvider",
                   "Sign-in failed: the scope %1 is not valid for this sign-in service. Check that "
                   "the cloud and "
                   "the Graph URL belong together.")
            .arg(context.scope);
    default: break;
    }
    return QCoreApplication::translate("moderato::TokenProvider",
                                       "Sign-in failed with error AADSTS%1. See "
                                       "https://login.microsoftonline.com/error?code=%1 for its "
                                       "meaning.")
        .arg(code);
}

GraphError tokenErrorFromReply(int status, const QByteArray &body, const SignInContext &context)
{
    GraphError error = GraphError::make(GraphError::Kind::Auth);
    error.httpStatus = status;

    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || object.isEmpty()) {
        error.message = QCoreApplication::translate(
                            "moderato::TokenProvider",
                            "Sign-in failed: the sign-in service at %1 answered HTTP %2 with something that is "
                            "not "
                            "a sign-in answer. Check the sign-in URL and the network (a proxy or portal "
                            "page?).")
                            .arg(context.loginHost)
                            .arg(status);
        return error;
    }

    const QString oauthError = object.value(QLatin1String("error")).toString();
    const QJsonArray codes = object.value(QLatin1String("error_codes")).toArray();
    error.requestId = object.value(QLatin1String("trace_id")).toString();
    error.clientRequestId = object.value(QLatin1String("correlation_id")).toString();
    error.date = object.value(QLatin1String("timestamp")).toString();
    if (!codes.isEmpty()) {
        const int code = codes.first().toInt();
        error.code = QStringLiteral("AADSTS%1").arg(code);
        error.innermostCode = oauthError.isEmpty() ? error.code : oauthError;
        error.message = aadstsSentence(code, context);
        return error;
    }
    error.code = oauthError;
    error.innermostCode = oauthError;
    if (oauthError == QLatin1String("invalid_client"))
        error.message = QCoreApplication::translate(
            "moderato::TokenProvider", "Sign-in failed: the client ID or secret was not accepted. Check both "
                                       "and sign in again.");
    else if (oauthError == QLatin1String("temporarily_unavailable"))
        error.message = QCoreApplication::translate(
            "moderato::TokenProvider",
            "Sign-in failed: the sign-in service is temporarily unavailable. Try again shortly.");
    else
        error.message =
            QCoreApplication::translate("moderato::TokenProvider", "Sign-in failed (HTTP %1, %2).")
                .arg(status)
                .arg(oauthError.isEmpty() ? QCoreApplication::translate("moderato::TokenProvider", "no error code")
                                          : oauthError);
    return error;
}

} // namespace moderato
