// The relay protocol's JSON messages, read and written.
#include "core/notifications/relay_message.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace moderato {

namespace {

constexpr qsizetype kMaxIdLength = 256;
constexpr qsizetype kMaxTargetLength = 16 * 1024;
constexpr qsizetype kMaxHeaders = 256;

//! RFC 7230 token characters: header names and methods.
bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

bool hasControlCharacters(QStringView text, bool allowTab)
{
    for (const QChar c : text) {
        if ((c.unicode() < 0x20 && !(allowTab && c == u'\t')) || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

//! A rendezvous address: an absolute ws:// or wss:// URL with a host.
QUrl rendezvousAddress(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QUrl url(value.toString(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"wss" && scheme != u"ws"))
        return {};
    return url;
}

RelayMessage invalid(RelayMessage message, const QString &problem)
{
    message.kind = RelayMessage::Kind::Invalid;
    message.problem = problem;
    return message;
}

bool readHeaders(const QJsonValue &value, RelayHeaders *headers, QString *problem)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject()) {
        *problem = QStringLiteral("requestHeaders is not an object");
        return false;
    }
    const QJsonObject object = value.toObject();
    if (object.size() > kMaxHeaders) {
        *problem = QStringLiteral("more than %1 request headers").arg(kMaxHeaders);
        return false;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QByteArray name = it.key().toLatin1().toLower();
        if (!isToken(name) || name.size() != it.key().size()) {
            *problem = QStringLiteral("a request header name is not an HTTP token");
            return false;
        }
        if (!it.value().isString() || hasControlCharacters(it.value().toString(), true)) {
            *problem = QStringLiteral("request header %1 is not a text value").arg(QString::fromLatin1(name));
            return false;
        }
        headers->append({name, it.value().toString().toUtf8()});
    }
    return true;
}

RelayMessage parseRequest(const QJsonObject &object)
{
    RelayMessage message;
    RelayRequest &request = message.request;
    const QJsonValue id = object.value(QLatin1String("id"));
    if (id.isString() && !id.toString().isEmpty() && id.toString().size() <= kMaxIdLength
        && !hasControlCharacters(id.toString(), false))
        request.id = id.toString();
    const QJsonValue body = object.value(QLatin1String("body"));
    request.hasBody = body.isBool() && body.toBool();
    request.address = rendezvousAddress(object.value(QLatin1String("address")));

    const QJsonValue method = object.value(QLatin1String("method"));
    if (method.isUndefined() && body.isUndefined()) {
        // Larger than the control channel takes: only the address came.
        if (!request.address.isValid())
            return invalid(message, QStringLiteral("a request with neither method nor a usable address"));
        request.onlyAddress = true;
        message.kind = RelayMessage::Kind::Request;
        return message;
    }
    if (!body.isUndefined() && !body.isBool())
        return invalid(message, QStringLiteral("body is not true or false"));
    if (request.id.isEmpty())
        return invalid(message, QStringLiteral("a request without a usable id"));
    request.method = method.toString().toLatin1();
    if (!method.isString() || !isToken(request.method) || request.method.size() > 32)
        return invalid(message, QStringLiteral("the method is not an HTTP method"));
    if (request.method.compare("CONNECT", Qt::CaseInsensitive) == 0)
        return invalid(message, QStringLiteral("the method is CONNECT, which the relay never forwards"));
    const QJsonValue target = object.value(QLatin1String("requestTarget"));
    request.target = target.toString();
    if (!target.isString() || !request.target.startsWith(QLatin1Char('/')) || request.target.size() > kMaxTargetLength
        || hasControlCharacters(request.target, false) || request.target.contains(QLatin1Char(' ')))
        return invalid(message, QStringLiteral("the request target is not a path"));
    QString problem;
    if (!readHeaders(object.value(QLatin1String("requestHeaders")), &request.headers, &problem))
        return invalid(message, problem);
    message.kind = RelayMessage::Kind::Request;
    return message;
}

} // namespace

RelayMessage parseRelayMessage(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return invalid({}, QStringLiteral("not a JSON object"));
    const QJsonObject root = document.object();
    if (root.size() != 1)
        return invalid({}, QStringLiteral("not exactly one message in the object"));
    const QString kind = root.begin().key();
    const QJsonValue value = root.begin().value();
    if (kind == u"request" || kind == u"accept") {
        if (!value.isObject())
            return invalid({}, kind + QStringLiteral(" is not an object"));
    }
    if (kind == u"request")
        return parseRequest(value.toObject());
    if (kind == u"accept") {
        RelayMessage message;
        const QJsonObject accept = value.toObject();
        message.accept.address = rendezvousAddress(accept.value(QLatin1String("address")));
        message.accept.id = accept.value(QLatin1String("id")).toString().left(kMaxIdLength);
        if (!message.accept.address.isValid())
            return invalid(message, QStringLiteral("an accept without a usable address"));
        message.kind = RelayMessage::Kind::Accept;
        return message;
    }
    RelayMessage ignored;
    ignored.kind = RelayMessage::Kind::Ignored;
    return ignored;
}

QByteArray relayResponseMessage(const QString &requestId, int statusCode, const RelayHeaders &headers, bool hasBody)
{
    QJsonObject responseHeaders;
    for (const auto &header : headers)
        responseHeaders.insert(QString::fromLatin1(header.first), QString::fromUtf8(header.second));
    const QJsonObject response{{QStringLiteral("requestId"), requestId},
                               {QStringLiteral("statusCode"), statusCode},
                               {QStringLiteral("responseHeaders"), responseHeaders},
                               {QStringLiteral("body"), hasBody}};
    return QJsonDocument(QJsonObject{{QStringLiteral("response"), response}}).toJson(QJsonDocument::Compact);
}

QByteArray relayRenewTokenMessage(const QByteArray &token)
{
    const QJsonObject renew{{QStringLiteral("token"), QString::fromLatin1(token)}};
    return QJsonDocument(QJsonObject{{QStringLiteral("renewToken"), renew}}).toJson(QJsonDocument::Compact);
}

int handshakeRefusalStatus(const QString &webSocketError)
{
    static const QRegularExpression status(QStringLiteral("status code: ([1-5][0-9][0-9])\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = status.match(webSocketError);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace moderato
