#pragma once
// InviteDialog: pick people from the directory or type them in, then send the invitations
// through the CallSession (one invitation per person). It stays open, disabled, while the
// requests are in flight, closes when all were accepted and shows failures inline.

#include <QDialog>
#include <QSet>

#include "core/calls/call_session.h"
#include "core/calls/directory_search.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTimer;

namespace moderato {

class InviteDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int SearchDebounceMs = 300;

    //! \a search may be null: then only manual entry is offered.
    InviteDialog(CallSession *session, DirectorySearch *search, QWidget *parent = nullptr);

    QList<InviteTarget> chosen() const { return m_chosen; }
    bool isSending() const { return !m_pending.isEmpty(); }

    void accept() override;

private:
    enum ManualKind { ManualUser, ManualPhone };

    QWidget *buildSearchColumn();
    QWidget *buildChosenColumn();
    QLayout *buildMeetingLinkRow(QWidget *parent);
    void onSearchTextChanged();
    void runSearch();
    void onResults(const QString &text, const QList<DirectoryUser> &users);
    void onSearchFailed(const QString &text, const QString &message, bool permissionMissing);
    void onResultChanged(QListWidgetItem *item);
    void addManual();
    void addManualTarget(const InviteTarget &target);
    //! A user typed by sign-in name: invited by the object id the directory gives for it.
    void lookUpManualUser(const QString &who);
    void onLookUpFinished(const QString &who, const QList<DirectoryUser> &users, const QString &error);
    void updateManualPlaceholder();
    bool addTarget(const InviteTarget &target);
    void removeTarget(const InviteTarget &target);
    void removeSelectedChosen();
    void refreshChosenList();
    void setSending(bool sending);
    void onActionFinished(const ActionOutcome &outcome);
    void finishSending();

    CallSession *m_session;
    DirectorySearch *m_search;
    QTimer *m_debounce;
    QLineEdit *m_searchEdit;
    QLabel *m_searchStatus;
    QListWidget *m_results;
    QComboBox *m_manualKind;
    QLineEdit *m_manualEntry;
    QPushButton *m_addManual;
    QLabel *m_manualError;
    QListWidget *m_chosenList;
    QPushButton *m_removeChosen;
    QLabel *m_summary;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QTimer *m_sendTimeout;

    QList<InviteTarget> m_chosen;
    QString m_lastQuery;
    QString m_lookingUp; //!< the sign-in name being looked up, if any
    bool m_searchUnavailable = false;
    QHash<QString, InviteTarget> m_pending; //!< participant id → target, while sending
    QList<InviteTarget> m_failed;
    QStringList m_failureLines;
};

} // namespace moderato
