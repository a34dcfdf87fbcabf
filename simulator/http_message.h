// Plain HTTP request/response values the simulator's routes work on, independent of QtHttpServer.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace graphsim {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;
using QueryItems = QList<QPair<QString, QString>>;

struct HttpRequest
{
    QByteArray method;  // upper case, e.g. "GET"
    QString path;       // percent-decoded, no query
    QString rawQuery;   // as received, percent-encoded, without '?'
    QueryItems query;   // decoded
    HeaderList headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const;
    bool hasHeader(const QByteArray &lowerCaseName) const;
    QString queryValue(const QString &key) const;
    bool hasQuery(const QString &key) const;
};

struct HttpResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
    void removeHeader(const QByteArray &name);

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse noContent();
};

//! Per-request identifiers and time, shared by a $batch and its items.
struct RequestContext
{
    QString requestId;
    QString clientRequestId;
    QDateTime now; // simulated clock, UTC
    QString root;  // scheme://host:port the client used, for absolute links (nextLink, Location)
};

// Graph answers successful JSON with the OData media type and errors with plain application/json.
inline constexpr char kODataJson[] =
    "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";
inline constexpr char kPlainJson[] = "application/json";

QByteArray reasonPhrase(int status);
QByteArray httpDate(const QDateTime &utc);
//! Decodes application/x-www-form-urlencoded text ('+' is a space), also used for URL queries.
QueryItems parseFormEncoded(const QByteArray &encoded);
QString newUuid();

} // namespace graphsim
