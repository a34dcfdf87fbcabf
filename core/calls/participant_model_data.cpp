// ParticipantModel: what each row says (data, texts, sort values).
#include "core/calls/participant_model.h"

namespace moderato {

namespace {

QStringList liveMediaNames(const Participant &p)
{
    QStringList names;
    const MediaKinds kinds = p.mediaKinds();
    if (kinds & MediaKind::Audio)
        names << mediaTypeName(MediaType::Audio);
    if (kinds & MediaKind::Video)
        names << mediaTypeName(MediaType::Video);
    if (kinds & MediaKind::ScreenSharing)
        names << mediaTypeName(MediaType::ScreenSharing);
    if (kinds & MediaKind::Data)
        names << mediaTypeName(MediaType::Data);
    return names;
}

bool isUserKind(IdentityKind kind)
{
    return kind == IdentityKind::User || kind == IdentityKind::OnPremises;
}

} // namespace

bool ParticipantModel::isExternal(const Participant &p) const
{
    return isUserKind(p.kind()) && !m_homeTenantId.isEmpty() && !p.tenantId().isEmpty()
           && p.tenantId().compare(m_homeTenantId, Qt::CaseInsensitive) != 0;
}

QString ParticipantModel::organisationText(const Participant &p) const
{
    switch (p.kind()) {
    case IdentityKind::User:
    case IdentityKind::OnPremises:
        if (m_homeTenantId.isEmpty() || p.tenantId().isEmpty())
            return {};
        // The tenant id says which organisation an external person comes from; its first
        // block is enough to tell two external organisations apart at a glance.
        return isExternal(p) ? tr("External (%1…)").arg(p.tenantId().left(8)) : tr("Your organisation");
    case IdentityKind::Guest: return tr("Not signed in");
    case IdentityKind::Phone: return tr("Phone network");
    case IdentityKind::Application:
    case IdentityKind::ApplicationInstance: return tr("Application");
    case IdentityKind::AcsUser:
    case IdentityKind::Encrypted:
    case IdentityKind::Device:
    case IdentityKind::Unknown: break;
    }
    return {};
}

QString ParticipantModel::stateText(const Row &row) const
{
    switch (rowState(row)) {
    case RowState::Active:
        switch (row.hold) {
        case HoldState::Starting: return tr("Putting on hold…");
        case HoldState::OnHold: return tr("On hold");
        case HoldState::Unconfirmed: return tr("On hold (not confirmed)");
        case HoldState::Resuming: return tr("Resuming…");
        case HoldState::None: break;
        }
        return row.participant.isInLobby() ? tr("Waiting in lobby") : tr("In the call");
    case RowState::Invited: {
        if (row.joining)
            return tr("Joining…");
        if (!row.since.isValid())
            return tr("Ringing");
        const qint64 seconds = std::max<qint64>(0, row.since.secsTo(m_clock()));
        return tr("Ringing — %1 s").arg(seconds);
    }
    case RowState::Removing: return tr("Removing…");
    case RowState::Cancelling: return tr("Cancelling…");
    case RowState::Muting: return tr("Muting…");
    case RowState::Left: return row.invited ? tr("Invitation ended") : tr("Left");
    }
    return {};
}

int ParticipantModel::attention(const Row &row) const
{
    const RowState state = rowState(row);
    if (state == RowState::Left)
        return 3;
    if (row.participant.isInLobby())
        return 0;
    return row.invited ? 1 : 2;
}

static QString kindText(IdentityKind kind)
{
    switch (kind) {
    case IdentityKind::User: return ParticipantModel::tr("Person");
    case IdentityKind::Guest: return ParticipantModel::tr("Guest");
    case IdentityKind::Phone: return ParticipantModel::tr("Phone");
    case IdentityKind::Application:
    case IdentityKind::ApplicationInstance: return ParticipantModel::tr("App");
    case IdentityKind::AcsUser: return ParticipantModel::tr("Communication Services user");
    case IdentityKind::Encrypted: return ParticipantModel::tr("Encrypted");
    case IdentityKind::OnPremises: return ParticipantModel::tr("On-premises");
    case IdentityKind::Device: return ParticipantModel::tr("Device");
    case IdentityKind::Unknown: break;
    }
    return ParticipantModel::tr("Unknown");
}

static QString mediaText(MediaKinds kinds)
{
    QStringList words;
    if (kinds & MediaKind::Audio)
        words << ParticipantModel::tr("audio");
    if (kinds & MediaKind::Video)
        words << ParticipantModel::tr("video");
    if (kinds & MediaKind::ScreenSharing)
        words << ParticipantModel::tr("screen sharing");
    if (kinds & MediaKind::Data)
        words << ParticipantModel::tr("data");
    QString text = words.join(QStringLiteral(", "));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QVariant ParticipantModel::displayText(const Row &row, int column) const
{
    const Participant &p = row.participant;
    switch (column) {
    case NameColumn: return p.displayName();
    case KindColumn: return isOwn(p) ? tr("Moderato — this app") : kindText(p.kind());
    case OrganisationColumn: return organisationText(p);
    case MutedColumn: return p.isMuted() ? tr("Muted") : QString();
    case LobbyColumn: return p.isInLobby() ? tr("In lobby") : QString();
    case MediaColumn: return mediaText(p.mediaKinds());
    case StateColumn: return stateText(row);
    default: return {};
    }
}

QVariant ParticipantModel::sortValue(const Row &row, int column) const
{
    const Participant &p = row.participant;
    switch (column) {
    case NameColumn: return p.displayName().toCaseFolded();
    case KindColumn: return kindText(p.kind());
    case OrganisationColumn: return organisationText(p);
    case MutedColumn: return p.isMuted();
    case LobbyColumn: return p.isInLobby();
    case MediaColumn: return int(p.mediaKinds().toInt());
    case StateColumn: return int(rowState(row));
    default: return {};
    }
}

QVariant ParticipantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = rowAt(index.row());
    const Participant &p = row.participant;
    switch (role) {
    case Qt::DisplayRole: return displayText(row, index.column());
    case IdRole: return p.id();
    case DisplayNameRole: return p.displayName();
    case KindRole: return int(p.kind());
    case KindNameRole: return identityKindName(p.kind());
    case IdentityIdRole: return p.identityId();
    case TenantIdRole: return p.tenantId();
    case IsExternalRole: return isExternal(p);
    case IsMutedRole: return p.isMuted();
    case IsInLobbyRole: return p.isInLobby();
    case MediaRole: return liveMediaNames(p);
    case StateRole: return int(rowState(row));
    case InvitedSinceRole: return row.invited ? row.since : QDateTime();
    case SearchTextRole: {
        QString text = p.displayName() + QLatin1Char('\n') + p.identityId();
        if (const auto phone = p.identity(IdentityKind::Phone); phone && phone->id != p.identityId())
            text += QLatin1Char('\n') + phone->id;
        text += QLatin1Char('\n') + p.id();
        return text.toLower();
    }
    case ParticipantRole: return QVariant::fromValue(p);
    case SortRole: return sortValue(row, index.column());
    case IsOwnParticipantRole: return isOwn(p);
    case NeedsAttentionRole: return attention(row);
    case HoldStateRole: return int(row.hold);
    default: return {};
    }
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("Name"),  QT_TR_NOOP("Kind"),  QT_TR_NOOP("Organisation"), QT_TR_NOOP("Muted"),
        QT_TR_NOOP("Lobby"), QT_TR_NOOP("Media"), QT_TR_NOOP("State")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

QHash<int, QByteArray> ParticipantModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "participantId");
    names.insert(DisplayNameRole, "displayName");
    names.insert(KindRole, "kind");
    names.insert(KindNameRole, "kindName");
    names.insert(IdentityIdRole, "identityId");
    names.insert(TenantIdRole, "tenantId");
    names.insert(IsExternalRole, "isExternal");
    names.insert(IsMutedRole, "isMuted");
    names.insert(IsInLobbyRole, "isInLobby");
    names.insert(MediaRole, "media");
    names.insert(StateRole, "state");
    names.insert(InvitedSinceRole, "invitedSince");
    names.insert(SearchTextRole, "searchText");
    names.insert(ParticipantRole, "participant");
    names.insert(SortRole, "sortValue");
    names.insert(IsOwnParticipantRole, "isOwnParticipant");
    names.insert(NeedsAttentionRole, "needsAttention");
    names.insert(HoldStateRole, "holdState");
    return names;
}

} // namespace moderato
