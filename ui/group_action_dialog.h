#pragma once
// GroupActionDialog: "Remove a group…" and "Mute a group…". The moderator picks everyone the roster
// filter shows, or everyone of some kinds (anonymous guests, other organisations, phone dial-ins,
// the lobby, other applications), sees exactly who that is, unticks anyone, and confirms. The list
// is taken once, by id: people who join afterwards are never touched. Moderato's own participant
// and the organiser are never in it.

#include "core/calls/participant_rule.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace moderato {

class ParticipantModel;

class GroupActionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Action { Remove, Mute };

    //! \a roster: every participant; \a shown: the rows the roster's filter shows (a proxy of it).
    GroupActionDialog(Action action, const ParticipantModel *roster, const QAbstractItemModel *shown,
                      const RuleExemptions &exempt, QWidget *parent = nullptr);

    //! The ticked people's ids, as listed: what the action is sent to.
    QStringList chosenIds() const;

private:
    void updateList();
    void updateButton();
    QList<Participant> shownPeople() const;
    ParticipantRule chosenRule() const;

    Action m_action;
    const ParticipantModel *m_roster;
    const QAbstractItemModel *m_shown;
    RuleExemptions m_exempt;
    QRadioButton *m_byFilter;
    QRadioButton *m_byKind;
    QList<QPair<ParticipantRule::Kind, QCheckBox *>> m_kinds;
    QCheckBox *m_recent;
    QSpinBox *m_recentMinutes;
    QLabel *m_recentNote;
    QListWidget *m_people;
    QLabel *m_count;
    QPushButton *m_go;
};

} // namespace moderato
