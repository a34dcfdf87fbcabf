#pragma once
// MeetingOptionsDialog: the options of the joined meeting — who may unmute, share video and
// present, the chat, who waits in the lobby, announcements — with Apply, Lock Down, Restore and
// Let Everyone In. Shows what it is doing (loading, not available and why, failed with the
// administrator's lines and a Copy button). The controller does the work and keeps what a
// lock-down replaced when this window is closed.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace moderato {

class MeetingOptions;
class MeetingOptionsController;
class MessageBanner;

class MeetingOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MeetingOptionsDialog(MeetingOptionsController *controller, QWidget *parent = nullptr);

    //! Reads the meeting's options (again) unless a request is out.
    void reload();

private:
    void updateState();
    void showOptions(const MeetingOptions &options);
    MeetingOptions edited() const;
    void onFailed(const QString &sentence, const QString &adminHint);
    void fitContents();

    MeetingOptionsController *m_controller;
    QLabel *m_status;
    MessageBanner *m_banner;
    QString m_adminHint;
    QGroupBox *m_form;
    QCheckBox *m_mic;
    QCheckBox *m_camera;
    QComboBox *m_presenters;
    QComboBox *m_chat;
    QComboBox *m_lobby;
    QCheckBox *m_dialIn;
    QCheckBox *m_announce;
    QLabel *m_restoreNote;
    QPushButton *m_apply;
    QPushButton *m_lockDown;
    QPushButton *m_restore;
    QPushButton *m_letIn;
    QPushButton *m_useForLockDown;
    QPushButton *m_reload;
};

} // namespace moderato
