#pragma once
// JoinDialog: one field for whatever the moderator pastes — a meeting link, the invitation with
// its meeting ID and passcode, or a Graph call id. It says what it understood before anything is
// sent, or what it could not read; the recent meetings are one click away.

#include <QDialog>

#include "core/auth/recent_meetings.h"
#include "core/calls/join_target.h"

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;

namespace moderato {

class JoinDialog : public QDialog
{
    Q_OBJECT
public:
    //! \a canJoinMeetings: a callback address is set, so meetings (not only calls by id) can be
    //! joined.
    JoinDialog(const QList<RecentMeeting> &recent, bool canJoinMeetings, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    //! What the text says, when it can be joined.
    std::optional<JoinTarget> target() const { return m_target; }

    void accept() override;

Q_SIGNALS:
    //! The moderator chose to join \a target; \a text is what they pasted.
    void joinRequested(const moderato::JoinTarget &target, const QString &text);

private:
    void updateState();
    //! Fills in the recent meeting \a item; false when its passcode has to be typed again.
    bool useRecent(QListWidgetItem *item);

    QPlainTextEdit *m_edit;
    QLabel *m_understood;
    QLabel *m_error;
    QListWidget *m_recent;
    QDialogButtonBox *m_buttons;
    QList<RecentMeeting> m_recentMeetings;
    std::optional<JoinTarget> m_target;
    bool m_canJoinMeetings;
};

} // namespace moderato
