#include "core/calls/directory_search.h"

#include "core/graph/graph_client.h"
#include "core/graph/search_users_request.h"

namespace moderato {

DirectorySearch::DirectorySearch(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

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
        QList<DirectoryUser> users;
        for (const FoundUser &found : request->users())
            users.append({found.id, found.displayName, found.userPrincipalName});
        Q_EMIT resultsReady(text, users);
    });
    m_client->send(request, GraphClient::Priority::User);
}

} // namespace moderato
