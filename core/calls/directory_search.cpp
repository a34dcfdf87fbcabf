#include "core/calls/directory_search.h"

#include "core/graph/user_requests.h"
#include "core/graph/graph_client.h"

namespace moderato {

namespace {

QList<DirectoryUser> directoryUsers(const QList<FoundUser> &found)
{
    QList<DirectoryUser> users;
    for (const FoundUser &user : found)
        users.append({user.id, user.displayName, user.userPrincipalName});
    return users;
}

} // namespace

DirectorySearch::DirectorySearch(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

DirectorySearch::~DirectorySearch() = default;

void DirectorySearch::search(const QString &text)
{
    const quint64 generation = ++m_generation;
    const QString query = text.trimmed();
    if (query.isEmpty()) {
        Q_EMIT resultsReady(text, {});
        return;
    }
    auto *request = new SearchUsersRequest(query);
    connect(request, &GraphRequest::finished, this, [this, request, text, generation] {
        if (generation != m_generation)
            return; // a newer query is on its way; this answer is out of date
        if (!request->isSucceeded()) {
            const GraphError &error = request->error();
            const bool permissionMissing = error.httpStatus == 403;
            Q_EMIT failed(text, error.userMessage(), permissionMissing);
            return;
        }
        Q_EMIT resultsReady(text, directoryUsers(request->users()));
    });
    m_client->send(request, GraphClient::Priority::User);
}

void DirectorySearch::lookUp(const QString &who)
{
    auto *request = new FindUserRequest(who);
    connect(request, &GraphRequest::finished, this, [this, request, who] {
        Q_EMIT lookUpFinished(who, directoryUsers(request->users()),
                              request->isSucceeded() ? QString() : request->error().userMessage());
    });
    m_client->send(request, GraphClient::Priority::User);
}

} // namespace moderato
