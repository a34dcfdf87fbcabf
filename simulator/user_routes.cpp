#include "simulator/user_routes.h"

#include "simulator/graph_auth.h"
#include "simulator/graph_error_body.h"
#include "simulator/odata.h"
#include "simulator/world.h"

#include <QRegularExpression>

#include <functional>
#include <optional>

namespace graphsim {

namespace {

const QStringList kUserRoles = {QStringLiteral("User.Read.All"), QStringLiteral("User.ReadBasic.All"),
                                QStringLiteral("Directory.Read.All")};
const QStringList kSearchable = {QStringLiteral("displayName"),       QStringLiteral("givenName"),
                                 QStringLiteral("surname"),           QStringLiteral("mail"),
                                 QStringLiteral("userPrincipalName"), QStringLiteral("jobTitle"),
                                 QStringLiteral("department")};
constexpr int kDefaultPageSize = 100;
constexpr int kMaxTop = 999;

using UserPredicate = std::function<bool(const QJsonObject &)>;

HttpResponse unsupportedQuery(const QString &message, const RequestContext &context)
{
    return graphError(400, QStringLiteral("Request_UnsupportedQuery"), message, context);
}

// Directory search is tokenised: a term matches where a word of the property starts with it.
bool wordStartsWith(const QString &value, const QString &term)
{
    const QString haystack = value.toLower();
    const QString needle = term.toLower();
    qsizetype from = 0;
    while ((from = haystack.indexOf(needle, from)) >= 0) {
        if (from == 0 || !haystack.at(from - 1).isLetterOrNumber())
            return true;
        ++from;
    }
    return false;
}

// "displayName:jan" OR "mail:jan" AND ...: OR of AND-groups of quoted property:term clauses.
std::optional<UserPredicate> parseSearch(const QString &search, QString *problem)
{
    QList<QList<QPair<QString, QString>>> groups(1);
    static const QRegularExpression token(QStringLiteral("\\s*(?:\"([^\"]*)\"|(AND|OR))\\s*"));
    qsizetype pos = 0;
    bool expectClause = true;
    while (pos < search.size()) {
        const QRegularExpressionMatch m =
            token.match(search, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() || m.capturedLength() == 0) {
            *problem = QStringLiteral(
                "Syntax error: the $search value must be quoted \"property:term\" clauses joined by AND or OR.");
            return std::nullopt;
        }
        pos += m.capturedLength();
        if (!m.captured(2).isEmpty()) {
            if (expectClause) {
                *problem = QStringLiteral("Syntax error: %1 without a clause before it in $search.").arg(m.captured(2));
                return std::nullopt;
            }
            if (m.captured(2) == QLatin1String("OR"))
                groups.emplaceBack();
            expectClause = true;
            continue;
        }
        const QString clause = m.captured(1);
        const qsizetype colon = clause.indexOf(QLatin1Char(':'));
        const QString property = colon < 0 ? QString() : clause.left(colon);
        if (!kSearchable.contains(property)) {
            *problem = QStringLiteral("Invalid $search clause \"%1\": use \"property:term\" with one of %2.")
                           .arg(clause, kSearchable.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        groups.last().append({property, clause.mid(colon + 1)});
        expectClause = false;
    }
    if (expectClause) {
        *problem = QStringLiteral("Syntax error: the $search value is empty or ends with an operator.");
        return std::nullopt;
    }
    return [groups](const QJsonObject &user) {
        for (const auto &group : groups) {
            bool all = true;
            for (const auto &clause : group)
                all = all && wordStartsWith(user.value(clause.first).toString(), clause.second);
            if (all)
                return true;
        }
        return false;
    };
}

// startswith(prop,'x') and prop eq 'x', joined by "or" / "and" (evaluated as OR of AND-groups).
std::optional<UserPredicate> parseFilter(const QString &filter, QString *problem)
{
    static const QRegularExpression startsWith(
        QStringLiteral("^\\s*startswith\\(\\s*(\\w+)\\s*,\\s*'((?:[^']|'')*)'\\s*\\)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression equals(QStringLiteral("^\\s*(\\w+)\\s+eq\\s+'((?:[^']|'')*)'\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression orSplit(QStringLiteral("\\s+or\\s+"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression andSplit(QStringLiteral("\\s+and\\s+"), QRegularExpression::CaseInsensitiveOption);
    QList<QList<std::function<bool(const QJsonObject &)>>> groups;
    for (const QString &orPart : filter.split(orSplit)) {
        groups.emplaceBack();
        for (const QString &clause : orPart.split(andSplit)) {
            QRegularExpressionMatch m = startsWith.match(clause);
            const bool isPrefix = m.hasMatch();
            if (!isPrefix)
                m = equals.match(clause);
            if (!m.hasMatch()) {
                *problem = QStringLiteral("Invalid filter clause: %1").arg(clause.trimmed());
                return std::nullopt;
            }
            const QString property = m.captured(1);
            const QString value = m.captured(2).replace(QStringLiteral("''"), QStringLiteral("'"));
            if (!kSearchable.contains(property) && property != QLatin1String("id")) {
                *problem =
                    QStringLiteral(
                        "Unsupported or invalid query filter clause specified for property '%1' of resource 'User'.")
                        .arg(property);
                return std::nullopt;
            }
            groups.last().append([property, value, isPrefix](const QJsonObject &user) {
                const QString actual = user.value(property).toString();
                return isPrefix ? actual.startsWith(value, Qt::CaseInsensitive)
                                : actual.compare(value, Qt::CaseInsensitive) == 0;
            });
        }
    }
    return [groups](const QJsonObject &user) {
        for (const auto &group : groups) {
            bool all = true;
            for (const auto &test : group)
                all = all && test(user);
            if (all)
                return true;
        }
        return false;
    };
}

} // namespace

UserRoutes::UserRoutes(const World &world, const TokenService &tokens)
    : m_world(world)
    , m_tokens(tokens)
{}

void UserRoutes::registerOn(Router &router)
{
    router.add("GET", QStringLiteral("/v1.0/users"),
               [this](const HttpRequest &r, const QStringList &, const RequestContext &c) { return list(r, c); });
}

HttpResponse UserRoutes::list(const HttpRequest &request, const RequestContext &context) const
{
    const AuthResult auth =
        authorize(m_tokens, request, context, kUserRoles, QStringLiteral("Authorization_RequestDenied"));
    if (!auth.ok())
        return auth.error;
    const bool eventual = request.header("consistencylevel").trimmed().compare("eventual", Qt::CaseInsensitive) == 0;
    QList<UserPredicate> predicates;
    QString problem;
    if (request.hasQuery(QStringLiteral("$search"))) {
        if (!eventual) {
            return unsupportedQuery(QStringLiteral("Request with $search query parameter only works through MSGraph "
                                                   "with a special request header: 'ConsistencyLevel: eventual'"),
                                    context);
        }
        const auto search = parseSearch(request.queryValue(QStringLiteral("$search")), &problem);
        if (!search)
            return graphError(400, QStringLiteral("Request_BadRequest"), problem, context);
        predicates.append(*search);
    }
    if (request.hasQuery(QStringLiteral("$filter"))) {
        const auto filter = parseFilter(request.queryValue(QStringLiteral("$filter")), &problem);
        if (!filter)
            return unsupportedQuery(problem, context);
        predicates.append(*filter);
    }
    const bool count =
        request.queryValue(QStringLiteral("$count")).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    if (count && !eventual) {
        return unsupportedQuery(
            QStringLiteral("$count is not currently supported without the 'ConsistencyLevel: eventual' header."),
            context);
    }
    int pageSize = kDefaultPageSize;
    if (request.hasQuery(QStringLiteral("$top"))) {
        bool ok = false;
        pageSize = request.queryValue(QStringLiteral("$top")).toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > kMaxTop) {
            return graphError(400, QStringLiteral("Request_BadRequest"),
                              QStringLiteral("Invalid page size specified: '%1'. Must be between 1 and %2 inclusive.")
                                  .arg(request.queryValue(QStringLiteral("$top")))
                                  .arg(kMaxTop),
                              context);
        }
    }
    QStringList select;
    if (request.hasQuery(QStringLiteral("$select")))
        select = request.queryValue(QStringLiteral("$select")).split(QLatin1Char(','), Qt::SkipEmptyParts);

    QJsonArray matches;
    for (const ScenarioUser *user : m_world.directory(auth.token->tenantId)) {
        bool keep = true;
        for (const UserPredicate &predicate : predicates)
            keep = keep && predicate(user->properties);
        if (!keep)
            continue;
        QJsonObject out;
        if (select.isEmpty()) {
            out = user->properties;
        } else {
            for (const QString &key : select)
                out.insert(key.trimmed(), user->properties.value(key.trimmed()).isUndefined()
                                              ? QJsonValue()
                                              : user->properties.value(key.trimmed()));
        }
        matches.append(out);
    }
    const auto page = pageOf(matches, pageSize, request, context);
    if (!page)
        return graphError(400, QStringLiteral("Request_BadRequest"),
                          QStringLiteral("The $skiptoken value is not valid."), context);
    QJsonObject body{{QStringLiteral("@odata.context"), metadataContext(context, QStringLiteral("users"))},
                     {QStringLiteral("value"), page->items}};
    if (count)
        body.insert(QStringLiteral("@odata.count"), matches.size());
    if (!page->nextLink.isEmpty())
        body.insert(QStringLiteral("@odata.nextLink"), page->nextLink);
    return HttpResponse::json(200, body);
}

} // namespace graphsim
