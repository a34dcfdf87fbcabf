#pragma once
// The --user values of `moderato-cli invite`, looked up in the directory before anything is sent.

#include "app/cli/cli_environment.h"
#include "core/calls/call_session.h"

#include <QStringList>

#include <functional>

namespace moderato::cli {

using UsersResolved = std::function<void(const QList<InviteTarget> &targets, const QStringList &problems)>;

//! Looks every user target up (FindUserRequest): a sign-in name or email address becomes the
//! user's object id, and each user gets the directory's display name for the output. An object id
//! the directory cannot confirm (not found, or no permission to read users) is kept as it is: the
//! invitation itself will tell. A sign-in name or address that is not found, matches several
//! users or cannot be looked up is a problem; \a done then gets the problems, and nothing should
//! be sent. Phone numbers and guests pass through.
void resolveInviteUsers(CliEnvironment &env, const QList<InviteTarget> &targets, UsersResolved done);

} // namespace moderato::cli
