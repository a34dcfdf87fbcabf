#include "simulator/odata.h"

#include "simulator/graph_error_body.h"

#include <QJsonDocument>
#include <QUrl>

namespace graphsim {

namespace {

QString encodeSkipToken(qsizetype offset)
{
    const QByteArray raw = "graphsim-offset:" + QByteArray::number(offset);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qsizetype> decodeSkipToken(const QString &token)
{
    const auto result = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::Base64UrlEncoding
                                                                             | QByteArray::AbortOnBase64DecodingErrors);
    if (result.decodingStatus != QByteArray::Base64DecodingStatus::Ok || !result.decoded.startsWith("graphsim-offset:"))
        return std::nullopt;
    bool ok = false;
    const qsizetype offset = result.decoded.mid(16).toLongLong(&ok);
    if (!ok || offset < 0)
        return std::nullopt;
    return offset;
}

QString encodeQueryPart(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, "$,()':"));
}

} // namespace

std::optional<QJsonObject> jsonObjectBody(const QByteArray &body, bool allowEmpty)
{
    if (body.trimmed().isEmpty()) {
        if (allowEmpty)
            return QJsonObject();
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

HttpResponse invalidJsonPayload(const RequestContext &context)
{
    return graphError(
        400, QStringLiteral("BadRequest"),
        QStringLiteral("Unable to read JSON request payload. Please ensure Content-Type header is set and "
                       "payload is of valid JSON format."),
        context);
}

HttpResponse badRequest(const QString &message, const RequestContext &context)
{
    return graphError(400, QStringLiteral("BadRequest"), message, context);
}

std::optional<Page> pageOf(const QJsonArray &items, int pageSize, const HttpRequest &request,
                           const RequestContext &context)
{
    qsizetype offset = 0;
    if (request.hasQuery(QStringLiteral("$skiptoken"))) {
        const auto decoded = decodeSkipToken(request.queryValue(QStringLiteral("$skiptoken")));
        if (!decoded)
            return std::nullopt;
        offset = *decoded;
    }
    Page page;
    const qsizetype end = pageSize > 0 ? qMin(items.size(), offset + pageSize) : items.size();
    for (qsizetype i = offset; i < end; ++i)
        page.items.append(items.at(i));
    if (end < items.size()) {
        QString query;
        for (const auto &item : request.query) {
            if (item.first.compare(QLatin1String("$skiptoken"), Qt::CaseInsensitive) == 0)
                continue;
            query += encodeQueryPart(item.first) + QLatin1Char('=') + encodeQueryPart(item.second) + QLatin1Char('&');
        }
        query += QStringLiteral("$skiptoken=") + encodeSkipToken(end);
        page.nextLink =
            context.root + QString::fromLatin1(QUrl::toPercentEncoding(request.path, "/$")) + QLatin1Char('?') + query;
    }
    return page;
}

QString metadataContext(const RequestContext &context, const QString &fragment)
{
    return context.root + QStringLiteral("/v1.0/$metadata#") + fragment;
}

} // namespace graphsim
