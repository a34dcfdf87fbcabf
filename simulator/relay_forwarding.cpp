// The emulated relay's handling of request and response contents.
#include "simulator/relay_forwarding.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace graphsim {

namespace {

//! RFC 7230's own headers, which concern only the connection to the relay (Via excepted).
bool isConnectionHeader(const QByteArray &lowerName)
{
    static const QByteArrayList names = {"connection", "content-length",    "host",    "te",
                                         "trailer",    "transfer-encoding", "upgrade", "close"};
    return names.contains(lowerName);
}

void addVia(HeaderList &headers, const ScenarioRelay &relay)
{
    const QByteArray hop = "1.1 " + relay.relayNamespace.toLatin1();
    for (auto &header : headers) {
        if (header.first.compare("via", Qt::CaseInsensitive) == 0) {
            header.second += ", " + hop;
            return;
        }
    }
    headers.append({"Via", hop});
}

} // namespace

std::optional<QString> pathBelowRelay(const QString &requestPath, const ScenarioRelay &relay)
{
    const QStringList prefixes = {QString(QLatin1Char('/') + relay.path),
                                  QString(QStringLiteral("/$hc/") + relay.path)};
    for (const QString &prefix : prefixes) {
        if (!requestPath.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        const QString rest = requestPath.mid(prefix.size());
        if (rest.isEmpty() || rest.startsWith(QLatin1Char('/')))
            return rest;
    }
    return std::nullopt;
}

QByteArray senderRelayToken(const HttpRequest &request, bool *fromAuthorization)
{
    *fromAuthorization = false;
    const QString queryToken = request.queryValue(QStringLiteral("sb-hc-token"));
    if (!queryToken.isEmpty())
        return queryToken.toUtf8();
    if (request.hasHeader("servicebusauthorization"))
        return request.header("servicebusauthorization");
    if (request.hasHeader("authorization")) {
        *fromAuthorization = true;
        return request.header("authorization");
    }
    return {};
}

ForwardedRequest forwardedRequest(const HttpRequest &request, const ScenarioRelay &relay, const QString &below,
                                  bool relayTookAuthorization)
{
    ForwardedRequest out;
    out.method = request.method;
    out.body = request.body;
    QStringList kept;
    for (const QString &item : request.rawQuery.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        if (!item.startsWith(QLatin1String("sb-hc-"), Qt::CaseInsensitive))
            kept.append(item);
    }
    out.target = QLatin1Char('/') + relay.path + below;
    if (!kept.isEmpty())
        out.target += QLatin1Char('?') + kept.join(QLatin1Char('&'));
    for (const auto &header : request.headers) {
        const QByteArray name = header.first.toLower();
        if (isConnectionHeader(name) || name == "servicebusauthorization"
            || (name == "authorization" && relayTookAuthorization))
            continue;
        out.headers.append({name, header.second});
    }
    addVia(out.headers, relay);
    return out;
}

QByteArray requestMessage(const ForwardedRequest &request, const QString &id, const QString &address, bool onlyAddress)
{
    QJsonObject body{{QStringLiteral("address"), address}, {QStringLiteral("id"), id}};
    if (!onlyAddress) {
        QJsonObject headers;
        for (const auto &header : request.headers) {
            const QString name = QString::fromLatin1(header.first);
            const QString value = QString::fromUtf8(header.second);
            // One JSON key per name: repeated headers are joined as HTTP allows.
            headers.insert(name, headers.contains(name) ? headers.value(name).toString() + QStringLiteral(", ") + value
                                                        : value);
        }
        body.insert(QStringLiteral("requestTarget"), request.target);
        body.insert(QStringLiteral("method"), QString::fromLatin1(request.method));
        body.insert(QStringLiteral("requestHeaders"), headers);
        body.insert(QStringLiteral("body"), !request.body.isEmpty());
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("request"), body}}).toJson(QJsonDocument::Compact);
}

bool fitsControlChannel(const ForwardedRequest &request)
{
    qsizetype size = request.body.size() + request.target.size();
    for (const auto &header : request.headers)
        size += header.first.size() + header.second.size() + 4;
    return size <= kRelayControlChannelLimit;
}

std::optional<ListenerResponse> parseListenerResponse(const QJsonObject &message)
{
    const QJsonValue value = message.value(QStringLiteral("response"));
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject response = value.toObject();
    ListenerResponse out;
    out.requestId = response.value(QStringLiteral("requestId")).toString();
    const QJsonValue status = response.value(QStringLiteral("statusCode"));
    // A number, or a number in a string as in the protocol's own example.
    out.status = status.isString() ? status.toString().toInt() : status.toInt();
    if (out.requestId.isEmpty() || out.status < 100 || out.status > 599)
        return std::nullopt;
    const QJsonObject headers = response.value(QStringLiteral("responseHeaders")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        out.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
    out.hasBody = response.value(QStringLiteral("body")).toBool();
    return out;
}

HttpResponse senderResponse(const ListenerResponse &response, const QByteArray &body, const ScenarioRelay &relay)
{
    HttpResponse out;
    out.status = response.status;
    for (const auto &header : response.headers) {
        if (!isConnectionHeader(header.first.toLower()))
            out.headers.append(header);
    }
    addVia(out.headers, relay);
    out.body = body;
    return out;
}

HttpResponse relayError(int status, const QString &message)
{
    HttpResponse out;
    out.status = status;
    out.setHeader("Content-Type", "application/json; charset=utf-8");
    const QJsonObject error{{QStringLiteral("code"), QString::number(status)},
                            {QStringLiteral("message"), QString(message + QStringLiteral(" TrackingId:") + newUuid())}};
    out.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
    return out;
}

} // namespace graphsim
