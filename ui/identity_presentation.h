#pragma once
// IdentityPresentation: the icon and words for a participant's kind of identity and media.

#include <QCoreApplication>
#include <QIcon>
#include <QString>

#include "core/calls/identity.h"
#include "core/calls/participant.h"

namespace moderato {

class IdentityPresentation
{
    Q_DECLARE_TR_FUNCTIONS(moderato::IdentityPresentation)
public:
    //! Member of the home organisation, external user, guest, phone, app…
    static QIcon kindIcon(IdentityKind kind, bool external);
    //! The short name, used as tooltip and accessible name: "Member", "External user"…
    static QString kindLabel(IdentityKind kind, bool external);
    //! A sentence that explains the kind, for tooltips.
    static QString kindDescription(IdentityKind kind, bool external);

    static QIcon mediaIcon(MediaKind kind);
    static QString mediaLabel(MediaKind kind);
    //! "Audio, video, screen sharing" for the accessible text of the media column.
    static QString mediaList(MediaKinds kinds);
    static QIcon mutedIcon();
    static QIcon lobbyIcon();
};

} // namespace moderato
