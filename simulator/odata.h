// OData plumbing shared by the routes: JSON bodies, $skiptoken paging, context URLs.
#pragma once

#include "simulator/http_message.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace graphsim {

//! The request body as a JSON object; an empty body counts as {} when allowEmpty.
std::optional<QJsonObject> jsonObjectBody(const QByteArray &body, bool allowEmpty);
HttpResponse invalidJsonPayload(const RequestContext &context);
HttpResponse badRequest(const QString &message, const RequestContext &context);

struct Page
{
    QJsonArray items;
    QString nextLink; // empty on the last page
};

//! Slices items by the request's $skiptoken; nothing when the token is not one we issued.
std::optional<Page> pageOf(const QJsonArray &items, int pageSize, const HttpRequest &request,
                           const RequestContext &context);

QString metadataContext(const RequestContext &context, const QString &fragment);

} // namespace graphsim
