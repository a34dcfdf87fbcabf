#include "simulator/batch_handler.h"

#include "simulator/router.h"

#include "simulator/graph_error_body.h"
#include "simulator/odata.h"
#include "simulator/world.h"

#include <QHash>
#include <QJsonDocument>
#include <QUrl>

namespace graphsim {

namespace {

struct BatchItem
{
    QString id;
    HttpRequest request;
    QStringList dependsOn;
};

QString itemProblem(const QJsonValue &value, qsizetype index, const HttpRequest &outer, BatchItem *item)
{
    const QString where = QStringLiteral("requests[%1]").arg(index);
    if (!value.isObject())
        return where + QStringLiteral(" must be an object.");
    const QJsonObject o = value.toObject();
    item->id = o.value(QStringLiteral("id")).toString();
    if (item->id.isEmpty())
        return where + QStringLiteral(": id is required and must be a non-empty string.");
    const QString method = o.value(QStringLiteral("method")).toString().toUpper();
    static const QStringList methods = {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                                        QStringLiteral("PATCH"), QStringLiteral("DELETE")};
    if (!methods.contains(method))
        return where + QStringLiteral(": method must be one of GET, POST, PUT, PATCH, DELETE.");
    const QString url = o.value(QStringLiteral("url")).toString();
    if (url.isEmpty())
        return where + QStringLiteral(": url is required.");
    if (url.contains(QStringLiteral("://")))
        return where + QStringLiteral(": url must be relative to the version root, e.g. /users.");

    HttpRequest &r = item->request;
    r.method = method.toLatin1();
    const qsizetype question = url.indexOf(QLatin1Char('?'));
    const QString relative = question < 0 ? url : url.left(question);
    r.rawQuery = question < 0 ? QString() : url.mid(question + 1);
    r.query = parseFormEncoded(r.rawQuery.toUtf8());
    r.path = QStringLiteral("/v1.0/")
             + QUrl::fromPercentEncoding(relative.toUtf8()).remove(0, relative.startsWith(QLatin1Char('/')) ? 1 : 0);
    for (const char *name : {"authorization", "client-request-id"}) {
        if (outer.hasHeader(name))
            r.headers.append({name, outer.header(name)});
    }
    const QJsonValue headers = o.value(QStringLiteral("headers"));
    if (!headers.isUndefined() && !headers.isObject())
        return where + QStringLiteral(": headers must be an object.");
    const QJsonObject headerObject = headers.toObject();
    bool hasContentType = false;
    for (auto it = headerObject.begin(); it != headerObject.end(); ++it) {
        const QByteArray name = it.key().toLower().toLatin1();
        hasContentType = hasContentType || name == "content-type";
        r.headers.removeIf([&](const auto &h) { return h.first == name; });
        r.headers.append({name, it.value().toString().toUtf8()});
    }
    const QJsonValue body = o.value(QStringLiteral("body"));
    if (!body.isUndefined()) {
        if (!hasContentType)
            return where + QStringLiteral(": a request with a body needs a Content-Type header.");
        if (body.isObject())
            r.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        else if (body.isArray())
            r.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
        else if (body.isString())
            r.body = QByteArray::fromBase64(body.toString().toLatin1(), QByteArray::Base64UrlEncoding);
    }
    const QJsonValue depends = o.value(QStringLiteral("dependsOn"));
    if (!depends.isUndefined()) {
        if (!depends.isArray())
            return where + QStringLiteral(": dependsOn must be an array of request ids.");
        for (const QJsonValue &d : depends.toArray())
            item->dependsOn.append(d.toString().toLower());
    }
    return {};
}

QJsonObject itemJson(const QString &id, const HttpResponse &response)
{
    QJsonObject headers;
    for (const auto &h : response.headers) {
        const QByteArray lower = h.first.toLower();
        if (lower == "date" || lower == "request-id" || lower == "client-request-id" || lower == "content-length")
            continue;
        headers.insert(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
    }
    QJsonObject item{
        {QStringLiteral("id"), id}, {QStringLiteral("status"), response.status}, {QStringLiteral("headers"), headers}};
    if (!response.body.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        if (document.isObject())
            item.insert(QStringLiteral("body"), document.object());
        else
            item.insert(QStringLiteral("body"), QString::fromLatin1(response.body.toBase64()));
    }
    return item;
}

} // namespace

BatchHandler::BatchHandler(const World &world, ItemDispatch dispatch)
    : m_world(world)
    , m_dispatch(std::move(dispatch))
{}

void BatchHandler::registerOn(Router &router)
{
    router.add("POST", QStringLiteral("/v1.0/$batch"),
               [this](const HttpRequest &r, const QStringList &, const RequestContext &c) { return handle(r, c); });
}

HttpResponse BatchHandler::handle(const HttpRequest &request, const RequestContext &context) const
{
    const auto body = jsonObjectBody(request.body, false);
    if (!body || !body->value(QStringLiteral("requests")).isArray())
        return badRequest(QStringLiteral("Invalid batch payload format: expected an object with a \"requests\" array."),
                          context);
    const QJsonArray requests = body->value(QStringLiteral("requests")).toArray();
    if (requests.isEmpty())
        return badRequest(QStringLiteral("The batch must contain at least one request."), context);
    if (requests.size() > kMaxRequests) {
        return badRequest(QStringLiteral("Number of batch request steps exceeds the maximum of %1 (got %2).")
                              .arg(kMaxRequests)
                              .arg(requests.size()),
                          context);
    }
    QList<BatchItem> items;
    QHash<QString, qsizetype> indexById; // lower-case ids: uniqueness is case-insensitive
    for (qsizetype i = 0; i < requests.size(); ++i) {
        BatchItem item;
        const QString problem = itemProblem(requests.at(i), i, request, &item);
        if (!problem.isEmpty())
            return badRequest(problem, context);
        if (indexById.contains(item.id.toLower()))
            return badRequest(
                QStringLiteral("Batch request ids must be unique; \"%1\" occurs more than once.").arg(item.id),
                context);
        indexById.insert(item.id.toLower(), i);
        items.append(item);
    }
    // Order by dependsOn (stable otherwise); unknown ids and cycles make the whole batch invalid.
    QList<qsizetype> order;
    QList<int> mark(items.size(), 0);
    std::function<QString(qsizetype)> visit = [&](qsizetype i) -> QString {
        if (mark[i] == 2)
            return {};
        if (mark[i] == 1)
            return QStringLiteral("dependsOn forms a cycle through request \"%1\".").arg(items.at(i).id);
        mark[i] = 1;
        for (const QString &dep : items.at(i).dependsOn) {
            if (!indexById.contains(dep))
                return QStringLiteral("Request \"%1\" depends on unknown request \"%2\".").arg(items.at(i).id, dep);
            const QString problem = visit(indexById.value(dep));
            if (!problem.isEmpty())
                return problem;
        }
        mark[i] = 2;
        order.append(i);
        return {};
    };
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString problem = visit(i);
        if (!problem.isEmpty())
            return badRequest(problem, context);
    }

    QHash<qsizetype, HttpResponse> results;
    for (qsizetype i : order) {
        const BatchItem &item = items.at(i);
        bool dependencyFailed = false;
        for (const QString &dep : item.dependsOn)
            dependencyFailed = dependencyFailed || results.value(indexById.value(dep)).status >= 400;
        if (dependencyFailed) {
            results.insert(i, graphError(424, QStringLiteral("FailedDependency"),
                                         QStringLiteral("A request this one depends on failed."), context));
        } else if (item.request.path.compare(QLatin1String("/v1.0/$batch"), Qt::CaseInsensitive) == 0) {
            results.insert(i, badRequest(QStringLiteral("A batch cannot contain another batch."), context));
        } else if (m_world.options().batchCommunications == BatchCommunications::Refused
                   && Router::segments(item.request.path).value(1) == QLatin1String("communications")) {
            // Whether Graph takes calling requests in a batch is not documented: this world says no.
            results.insert(i, graphError(400, QStringLiteral("BadRequest"),
                                         QStringLiteral("Requests to /communications are not supported in a batch."),
                                         context));
        } else {
            results.insert(i, m_dispatch(item.request, context));
        }
    }
    QJsonArray responses;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject json = itemJson(items.at(i).id, results.value(i));
        if (m_world.options().reverseBatchResponses)
            responses.prepend(json);
        else
            responses.append(json);
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("responses"), responses}});
}

} // namespace graphsim
