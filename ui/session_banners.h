#pragma once
// SessionBanners: the main window's three inline banners and what puts text in them — the
// connection (stale roster, rate-limit countdown), a possibly incomplete roster, and the
// outcome of moderation actions (with the admin command and a Copy button on a 403).

#include <QObject>
#include <QStringList>

namespace moderato {

class CallHeader;
class CallSession;
class MessageBanner;
struct ActionOutcome;

class SessionBanners : public QObject
{
    Q_OBJECT
public:
    static constexpr int PositiveMessageMs = 8000;

    //! The banners are created as children of \a parent; the caller lays them out.
    SessionBanners(CallSession *session, CallHeader *header, QWidget *parent);

    MessageBanner *connection() const { return m_connection; }
    MessageBanner *incomplete() const { return m_incomplete; }
    MessageBanner *action() const { return m_action; }

    void updateConnection();
    void updateIncomplete();
    //! A new call: the moderator's "don't tell me again" no longer applies.
    void resetDismissals() { m_incompleteDismissed = false; }
    void showOutcome(const ActionOutcome &outcome);
    //! Some of the people a question was about changed meanwhile and were left alone.
    void showSkipped(int count);

private:
    CallSession *m_session;
    CallHeader *m_header;
    MessageBanner *m_connection;
    MessageBanner *m_incomplete;
    MessageBanner *m_action;
    QStringList m_failureLines;
    QString m_adminHint;
    bool m_incompleteDismissed = false;
};

} // namespace moderato
