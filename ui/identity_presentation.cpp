#include "ui/identity_presentation.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QStringList>

namespace moderato {

namespace {

// A white variant for selected rows: coloured icons vanish on the selection highlight.
QIcon icon(const char *name)
{
    static QHash<QByteArray, QIcon> cache;
    const QByteArray key(name);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    const QIcon normal(QStringLiteral(":/icons/") + QLatin1String(name) + QStringLiteral(".svg"));
    QIcon icon;
    for (int size : {16, 20, 24, 32}) {
        for (qreal dpr : {1.0, 2.0}) {
            QPixmap pixmap = normal.pixmap(QSize(size, size), dpr);
            icon.addPixmap(pixmap, QIcon::Normal);
            QPixmap white = pixmap;
            QPainter painter(&white);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(white.rect(), Qt::white);
            painter.end();
            icon.addPixmap(white, QIcon::Selected);
        }
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace

QIcon IdentityPresentation::kindIcon(IdentityKind kind, bool external)
{
    switch (kind) {
    case IdentityKind::User:
    case IdentityKind::OnPremises: return external ? icon("kind-external") : icon("kind-member");
    case IdentityKind::Guest:
    case IdentityKind::AcsUser: return icon("kind-guest");
    case IdentityKind::Phone: return icon("kind-phone");
    case IdentityKind::Application:
    case IdentityKind::ApplicationInstance: return icon("kind-app");
    case IdentityKind::Encrypted:
    case IdentityKind::Device:
    case IdentityKind::Unknown: break;
    }
    return icon("kind-unknown");
}

QString IdentityPresentation::kindLabel(IdentityKind kind, bool external)
{
    switch (kind) {
    case IdentityKind::User: return external ? tr("External user") : tr("Member");
    case IdentityKind::OnPremises: return external ? tr("External user") : tr("Member (on-premises)");
    case IdentityKind::Guest: return tr("Guest");
    case IdentityKind::AcsUser: return tr("Guest (Communication Services)");
    case IdentityKind::Phone: return tr("Phone");
    case IdentityKind::Application: return tr("App");
    case IdentityKind::ApplicationInstance: return tr("App (resource account)");
    case IdentityKind::Encrypted: return tr("Encrypted identity");
    case IdentityKind::Device: return tr("Device");
    case IdentityKind::Unknown: break;
    }
    return tr("Unknown");
}

QString IdentityPresentation::kindDescription(IdentityKind kind, bool external)
{
    switch (kind) {
    case IdentityKind::User:
    case IdentityKind::OnPremises:
        return external ? tr("A user from another organisation") : tr("A user of your organisation");
    case IdentityKind::Guest: return tr("An anonymous guest who joined with a name only");
    case IdentityKind::AcsUser: return tr("A guest who joined through Azure Communication Services");
    case IdentityKind::Phone: return tr("Someone who dialled in or was called by phone");
    case IdentityKind::Application:
    case IdentityKind::ApplicationInstance: return tr("An app or bot in the call");
    case IdentityKind::Encrypted: return tr("An identity the service does not reveal");
    case IdentityKind::Device: return tr("A meeting room or other device");
    case IdentityKind::Unknown: break;
    }
    return tr("The service did not say who this is");
}

QIcon IdentityPresentation::mediaIcon(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Audio: return icon("media-audio");
    case MediaKind::Video: return icon("media-video");
    case MediaKind::ScreenSharing: return icon("media-screen");
    case MediaKind::Data: break;
    }
    return {};
}

QString IdentityPresentation::mediaLabel(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Audio: return tr("Audio");
    case MediaKind::Video: return tr("Video");
    case MediaKind::ScreenSharing: return tr("Screen sharing");
    case MediaKind::Data: break;
    }
    return tr("Data");
}

QString IdentityPresentation::mediaList(MediaKinds kinds)
{
    QStringList names;
    for (MediaKind kind : {MediaKind::Audio, MediaKind::Video, MediaKind::ScreenSharing}) {
        if (kinds.testFlag(kind))
            names.append(mediaLabel(kind));
    }
    if (names.isEmpty())
        return tr("No media");
    return names.join(tr(", ", "separator of a list of media"));
}

QIcon IdentityPresentation::mutedIcon()
{
    return icon("muted");
}

QIcon IdentityPresentation::lobbyIcon()
{
    return icon("lobby");
}

} // namespace moderato
