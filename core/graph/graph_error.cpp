#include "core/graph/graph_error.h"

#include "core/graph/retry_policy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace moderato {

namespace {

QJsonObject innerOf(const QJsonObject &object)
{
    const QJsonValue inner = object.contains(QLatin1String("innerError")) ? object.value(QLatin1String("innerError"))
                                                                          : object.value(QLatin1String("innererror"));
    return inner.toObject();
}

} // namespace

QByteArray headerValue(const RawHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

GraphError GraphError::make(Kind kind, const QString &message)
{
    GraphError error;
    error.kind = kind;
    error.message = message;
    return error;
}

GraphError GraphError::fromReply(int status, const RawHeaders &headers, const QByteArray &body, const QDateTime &now)
{
    GraphError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    error.requestId = QString::fromLatin1(headerValue(headers, "request-id"));
    error.clientRequestId = QString::fromLatin1(headerValue(headers, "client-request-id"));
    error.date = QString::fromLatin1(headerValue(headers, "Date"));
    error.retryAfter =
        parseRetryAfter(headerValue(headers, "Retry-After"), now.isValid() ? now : QDateTime::currentDateTimeUtc());

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject top = document.object().value(QLatin1String("error")).toObject();
    if (parseError.error != QJsonParseError::NoError || top.isEmpty())
        return error;

    error.code = top.value(QLatin1String("code")).toString();
    error.innermostCode = error.code;
    error.message = top.value(QLatin1String("message")).toString();

    // The innermost values are the most specific; an outer request-id from the headers is as
    // good as one from the body, so the body only fills what is still missing — except codes.
    QJsonObject level = innerOf(top);
    for (int depth = 0; !level.isEmpty() && depth < 16; ++depth, level = innerOf(level)) {
        const QString code = level.value(QLatin1String("code")).toString();
        if (!code.isEmpty())
            error.innermostCode = code;
        if (error.message.isEmpty())
            error.message = level.value(QLatin1String("message")).toString();
        const QString requestId = level.value(QLatin1String("request-id")).toString();
        if (error.requestId.isEmpty() && !requestId.isEmpty())
            error.requestId = requestId;
        const QString clientRequestId = level.value(QLatin1String("client-request-id")).toString();
        if (error.clientRequestId.isEmpty() && !clientRequestId.isEmpty())
            error.clientRequestId = clientRequestId;
        const QString date = level.value(QLatin1String("date")).toString();
        if (!date.isEmpty())
            error.date = date;
    }
    return error;
}

QString GraphError::missingPermission() const
{
    static const QRegularExpression permission(
        QStringLiteral("\\b((?:[A-Z][A-Za-z]*\\.)+(?:All|Chat|ReadWrite|Read))\\b"));
    const auto match = permission.match(message);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString GraphError::callingServiceCode() const
{
    static const QRegularExpression number(QStringLiteral("^[0-9]{3,6}$"));
    if (number.match(code).hasMatch())
        return code;
    if (message.startsWith(QLatin1Char('{'))) {
        const QJsonValue inner = QJsonDocument::fromJson(message.toUtf8()).object().value(QLatin1String("errorCode"));
        const QString embedded = inner.isDouble() ? QString::number(inner.toInt()) : inner.toString();
        if (number.match(embedded).hasMatch())
            return embedded;
    }
    return {};
}

bool GraphError::isCallGone() const
{
    const QString calling = callingServiceCode();
    return kind == Kind::Http && httpStatus == 404
           && (calling == QLatin1String("8522") || calling == QLatin1String("9997"));
}

bool GraphError::isNotACallingBot() const
{
    return kind == Kind::Http && httpStatus == 403 && callingServiceCode() == QLatin1String("7503");
}

QString GraphError::userMessage() const
{
    switch (kind) {
    case Kind::None: return {};
    case Kind::Network:
        return QCoreApplication::translate(
            "moderato::GraphError", "Could not reach Microsoft Graph. Check the network connection and try again.");
    case Kind::OutcomeUnknown:
        return QCoreApplication::translate(
            "moderato::GraphError", "The connection was lost after the request was sent, so it is not known whether "
                                    "it took "
                                    "effect. Check the roster before trying again.");
    case Kind::Timeout:
        return QCoreApplication::translate("moderato::GraphError",
                                           "Microsoft Graph did not answer in time. Try again in a moment.");
    case Kind::InvalidResponse:
        return QCoreApplication::translate(
            "moderato::GraphError", "Microsoft Graph sent an answer Moderato could not read. Try again; if it keeps "
                                    "happening, "
                                    "report the request ID.");
    case Kind::Auth:
        return message.isEmpty()
                   ? QCoreApplication::translate("moderato::GraphError", "Signing in to Microsoft Entra ID failed.")
                   : message;
    case Kind::Cancelled: return QCoreApplication::translate("moderato::GraphError", "The request was cancelled.");
    case Kind::InvalidRequest:
        return QCoreApplication::translate("moderato::GraphError",
                                           "The request was not sent because it was incomplete: %1")
            .arg(message);
    case Kind::Http: break;
    }

    const auto waitSeconds = [this] { return retryAfter ? static_cast<int>((retryAfter->count() + 999) / 1000) : 0; };
    switch (httpStatus) {
    case 400:
        return QCoreApplication::translate("moderato::GraphError",
                                           "Microsoft Graph rejected the request as invalid (%1).")
            .arg(message.isEmpty() ? code : message);
    case 401:
        return QCoreApplication::translate(
            "moderato::GraphError", "Microsoft Graph did not accept the app's sign-in. Sign in again; if it keeps "
                                    "happening, "
                                    "check the tenant and the app's credentials.");
    case 403: {
        if (isNotACallingBot())
            return QCoreApplication::translate(
                "moderato::GraphError",
                "This app is not registered as a calling bot (7503): in its Azure Bot resource, turn on "
                "calling on the Microsoft Teams channel.");
        const QString permission = missingPermission();
        if (!permission.isEmpty())
            return QCoreApplication::translate(
                       "moderato::GraphError",
                       "The app lacks the permission %1. A tenant administrator must grant it and "
                       "give "
                       "admin consent.")
                .arg(permission);
        return QCoreApplication::translate(
            "moderato::GraphError", "The app is not allowed to do this. Check that it has the needed application "
                                    "permissions "
                                    "with admin consent, and that it is in the call.");
    }
    case 404:
        if (isCallGone())
            return QCoreApplication::translate(
                "moderato::GraphError",
                "The meeting has ended for Moderato: Graph no longer knows this call (or its id is wrong).");
        return QCoreApplication::translate("moderato::GraphError",
                                           "Not found: the call has ended or the participant has already left.");
    case 429:
        if (waitSeconds() > 0)
            return QCoreApplication::translate(
                "moderato::GraphError", "Microsoft Graph is limiting the app's requests. Try again in %n second(s).",
                nullptr, waitSeconds());
        return QCoreApplication::translate(
            "moderato::GraphError", "Microsoft Graph is limiting the app's requests. Wait a moment and try again.");
    case 503:
        if (waitSeconds() > 0)
            return QCoreApplication::translate(
                "moderato::GraphError", "Microsoft Graph is busy or limiting requests. Try again in %n second(s).",
                nullptr, waitSeconds());
        return QCoreApplication::translate(
            "moderato::GraphError", "Microsoft Graph is busy or limiting requests. Wait a moment and try again.");
    default: break;
    }
    if (httpStatus >= 500)
        return QCoreApplication::translate(
                   "moderato::GraphError",
                   "Microsoft Graph had a problem of its own (HTTP %1). Try again shortly; if it "
                   "keeps "
                   "happening, report the request ID.")
            .arg(httpStatus);
    return QCoreApplication::translate("moderato::GraphError", "Microsoft Graph refused the request (HTTP %1: %2).")
        .arg(httpStatus)
        .arg(message.isEmpty() ? code : message);
}

QString GraphError::diagnostics() const
{
    QStringList parts;
    if (httpStatus > 0)
        parts << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!code.isEmpty())
        parts << (innermostCode.isEmpty() || innermostCode == code
                      ? code
                      : QString(code + QLatin1String(" / ") + innermostCode));
    if (!requestId.isEmpty())
        parts << QStringLiteral("request-id %1").arg(requestId);
    if (!clientRequestId.isEmpty())
        parts << QStringLiteral("client-request-id %1").arg(clientRequestId);
    if (!date.isEmpty())
        parts << QStringLiteral("date %1").arg(date);
    if (!message.isEmpty() && kind != Kind::Auth)
        parts << message;
    return parts.join(QLatin1String("; "));
}

} // namespace moderato
