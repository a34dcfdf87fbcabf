#pragma once
// remove/mute --where: who the rule selects in the roster just read, shown before anything is sent.

#include "app/cli/cli_options.h"

#include <QStringList>

#include <optional>

namespace moderato {
class CallSession;
}

namespace moderato::cli {

//! The participant ids --where selects in \a session's roster, after printing them. Nothing (and
//! \a exitCode set) when nothing is to be sent: nobody matched, --dry-run, more than five without
//! --yes, or the moderator said no.
std::optional<QStringList> idsSelectedByRule(const CallSession &session, const CliOptions &options,
                                             const QString &clientId, int *exitCode);

} // namespace moderato::cli
