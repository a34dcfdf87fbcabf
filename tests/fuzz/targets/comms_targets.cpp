// Fuzz entry for what Graph posts to the callbackUri: any bytes as a commsNotifications body, and
// whatever it says about a roster applied to a NotifiedRoster.
#include "fuzz/targets/fuzz_targets.h"

#include "core/calls/notified_roster.h"
#include "core/notifications/comms_notification.h"

#include <QSet>

namespace moderato_fuzz {

void commsNotification(const QByteArray &input)
{
    quietQtMessages();
    QString error;
    const auto batch = moderato::parseCommsNotifications(input, &error);
    if (!batch) {
        if (error.isEmpty())
            violated("a refused body says why");
        return;
    }
    if (!error.isEmpty())
        violated("an accepted body has no error");
    moderato::NotifiedRoster roster;
    for (const moderato::CommsNotification &n : batch->notifications) {
        if (n.callId.isEmpty())
            violated("every notification names its call");
        if (n.kind == moderato::CommsNotification::Kind::Operation && n.operationId.isEmpty())
            violated("an operation notification names its operation");
        if (n.kind != moderato::CommsNotification::Kind::Participants)
            continue;
        if (n.isDelta)
            roster.applyDelta(n.participants, n.change == moderato::CommsNotification::Change::Deleted,
                              n.sequenceNumber);
        else
            roster.replaceAll(n.participants);
        QSet<QString> ids;
        for (const moderato::Participant &p : roster.participants()) {
            if (!p.isValid() || ids.contains(p.id()))
                violated("the roster holds valid, unique participants");
            ids.insert(p.id());
        }
        if (ids.size() != roster.size())
            violated("the roster's size is its number of participants");
    }
}

} // namespace moderato_fuzz
