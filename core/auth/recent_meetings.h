#pragma once
// RecentMeetings: the last meetings Moderato joined, to join again with one click. No passcode is
// ever stored (a passcode is a secret and QSettings is not a keychain): a short link loses its
// "p=" part, and a meeting id is kept without its passcode, which is asked for again.

#include <QDateTime>
#include <QList>
#include <QString>

class QSettings;

namespace moderato {

struct RecentMeeting
{
    QString target;             //!< what to paste into Join Meeting again, without any passcode
    QString subject;            //!< the meeting's subject when Moderato was in it, if known
    QString joinedBy;           //!< "link", "meetingId" or "callId"
    QDateTime when;             //!< UTC
    bool needsPasscode = false; //!< the passcode was dropped: it must be typed again

    friend bool operator==(const RecentMeeting &, const RecentMeeting &) = default;
};

class RecentMeetings
{
public:
    static constexpr int MaxMeetings = 10;

    explicit RecentMeetings(QSettings *settings);

    //! Most recent first.
    QList<RecentMeeting> list() const;
    //! Adds (or moves to the top) \a meeting, its passcode removed first.
    void add(RecentMeeting meeting);
    void clear();

    //! \a target without any passcode: "p=" dropped from a link, "Passcode: …" lines removed.
    //! Sets \a removed when there was one.
    static QString withoutPasscode(const QString &target, bool *removed = nullptr);

private:
    QSettings *m_settings;
};

} // namespace moderato
