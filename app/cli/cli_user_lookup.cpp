#include "app/cli/cli_user_lookup.h"

#include "app/cli/cli_text.h"

#include "core/graph/user_requests.h"
#include "core/graph/graph_client.h"

#include <memory>

namespace moderato::cli {

namespace {

struct Lookup
{
    QList<InviteTarget> targets;
    QStringList problems;
    int pending = 0;
    UsersResolved done;
};

void settle(Lookup &lookup, int index, const FindUserRequest &request)
{
    InviteTarget &target = lookup.targets[index];
    const bool byObjectId = Invitee::isObjectId(target.id.trimmed());
    if (!request.isSucceeded()) {
        if (!byObjectId)
            lookup.problems
                << CliText::tr("could not look up \"%1\": %2").arg(target.id, request.error().userMessage());
        return;
    }
    const QList<FoundUser> users = request.users();
    if (users.size() > 1) {
        lookup.problems << CliText::tr("\"%1\" matches %2 users in the directory; give the object id instead.")
                               .arg(target.id)
                               .arg(users.size());
    } else if (users.isEmpty()) {
        if (!byObjectId)
            lookup.problems
                << CliText::tr("nobody in the directory has the sign-in name or email address \"%1\".").arg(target.id);
    } else {
        target.id = users.first().id;
        if (target.displayName.isEmpty())
            target.displayName = users.first().displayName;
    }
}

} // namespace

void resolveInviteUsers(CliEnvironment &env, const QList<InviteTarget> &targets, UsersResolved done)
{
    auto lookup = std::make_shared<Lookup>();
    lookup->targets = targets;
    lookup->done = std::move(done);
    for (int i = 0; i < targets.size(); ++i) {
        if (targets.at(i).kind != InviteTarget::Kind::User)
            continue;
        ++lookup->pending;
        auto *request = new FindUserRequest(targets.at(i).id);
        QObject::connect(request, &GraphRequest::finished, &env, [lookup, i, request] {
            settle(*lookup, i, *request);
            if (--lookup->pending == 0)
                lookup->done(lookup->targets, lookup->problems);
        });
        env.graph()->send(request);
    }
    if (lookup->pending == 0)
        lookup->done(lookup->targets, lookup->problems);
}

} // namespace moderato::cli
