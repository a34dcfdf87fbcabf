#pragma once
// A stand-in for ParticipantModel in pure widget tests: a QStandardItemModel with the same
// columns and roles, changed row by row as the real one is.

#include <QStandardItemModel>

#include "core/calls/participant_model.h"

namespace moderato::test {

struct FakeParticipant
{
    QString id;
    QString name;
    IdentityKind kind = IdentityKind::User;
    bool external = false;
    bool muted = false;
    bool inLobby = false;
    ParticipantModel::RowState state = ParticipantModel::RowState::Active;
    QString address; //!< UPN or phone number, part of the search text
    int media = int(MediaKind::Audio);
};

inline QList<QStandardItem *> fakeRow(const FakeParticipant &p)
{
    using PM = ParticipantModel;
    QList<QStandardItem *> items;
    for (int column = 0; column < PM::ColumnCount; ++column) {
        auto *item = new QStandardItem;
        item->setData(p.id, PM::IdRole);
        item->setData(p.name, PM::DisplayNameRole);
        item->setData(int(p.kind), PM::KindRole);
        item->setData(QStringLiteral("kind %1").arg(int(p.kind)), PM::KindNameRole);
        item->setData(p.external, PM::IsExternalRole);
        item->setData(p.muted, PM::IsMutedRole);
        item->setData(p.inLobby, PM::IsInLobbyRole);
        QStringList mediaNames;
        if (p.media & int(MediaKind::Audio))
            mediaNames.append(QStringLiteral("audio"));
        if (p.media & int(MediaKind::Video))
            mediaNames.append(QStringLiteral("video"));
        item->setData(mediaNames, PM::MediaRole);
        item->setData(int(p.state), PM::StateRole);
        item->setData(QStringList{p.name, p.address, p.id}.join(QLatin1Char(' ')), PM::SearchTextRole);
        item->setEditable(false);
        items.append(item);
    }
    items[PM::MediaColumn]->setData(p.media, PM::SortRole);
    items[PM::NameColumn]->setText(p.name);
    items[PM::OrganisationColumn]->setText(p.external ? QStringLiteral("External") : QStringLiteral("Contoso"));
    items[PM::MutedColumn]->setText(p.muted ? QStringLiteral("Muted") : QString());
    items[PM::LobbyColumn]->setText(p.inLobby ? QStringLiteral("In lobby") : QString());
    items[PM::StateColumn]->setText(p.state == PM::RowState::Invited ? QStringLiteral("Invited")
                                                                     : QStringLiteral("In the call"));
    return items;
}

inline QStandardItemModel *fakeRoster(const QList<FakeParticipant> &people, QObject *parent)
{
    auto *model = new QStandardItemModel(0, ParticipantModel::ColumnCount, parent);
    model->setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Kind"), QStringLiteral("Organisation"),
                                      QStringLiteral("Muted"), QStringLiteral("Lobby"), QStringLiteral("Media"),
                                      QStringLiteral("State")});
    for (const FakeParticipant &p : people)
        model->appendRow(fakeRow(p));
    return model;
}

inline QList<FakeParticipant> sampleRoster()
{
    using K = IdentityKind;
    using S = ParticipantModel::RowState;
    return {
        {QStringLiteral("p-ann"), QStringLiteral("Ann Archer"), K::User, false, false, false, S::Active,
         QStringLiteral("ann@contoso.com")},
        {QStringLiteral("p-bo"), QStringLiteral("Bo Berg"), K::User, true, true, false, S::Active,
         QStringLiteral("bo@fabrikam.com")},
        {QStringLiteral("p-cy"), QStringLiteral("Cy Guest"), K::Guest, false, false, true, S::Active, {}},
        {QStringLiteral("p-dee"), QStringLiteral("+14255550123"), K::Phone, false, true, false, S::Active,
         QStringLiteral("+14255550123")},
        {QStringLiteral("p-eve"), QStringLiteral("Eve Early"), K::User, false, false, false, S::Invited,
         QStringLiteral("eve@contoso.com")},
        {QStringLiteral("p-app"), QStringLiteral("Moderato"), K::Application, false, false, false, S::Active, {}},
    };
}

} // namespace moderato::test
