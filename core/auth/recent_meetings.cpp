#include "core/auth/recent_meetings.h"

#include <QRegularExpression>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

namespace moderato {

namespace {
const QString Group = QStringLiteral("recentMeetings");
} // namespace

RecentMeetings::RecentMeetings(QSettings *settings)
    : m_settings(settings)
{}

QList<RecentMeeting> RecentMeetings::list() const
{
    QList<RecentMeeting> meetings;
    const int size = m_settings->beginReadArray(Group);
    for (int i = 0; i < size && meetings.size() < MaxMeetings; ++i) {
        m_settings->setArrayIndex(i);
        RecentMeeting m;
        m.target = m_settings->value(QStringLiteral("target")).toString();
        m.subject = m_settings->value(QStringLiteral("subject")).toString();
        m.joinedBy = m_settings->value(QStringLiteral("joinedBy")).toString();
        m.when = m_settings->value(QStringLiteral("when")).toDateTime();
        m.needsPasscode = m_settings->value(QStringLiteral("needsPasscode")).toBool();
        if (!m.target.isEmpty())
            meetings.append(m);
    }
    m_settings->endArray();
    return meetings;
}

void RecentMeetings::add(RecentMeeting meeting)
{
    bool removed = false;
    meeting.target = withoutPasscode(meeting.target, &removed);
    meeting.needsPasscode = meeting.needsPasscode || removed;
    if (meeting.target.isEmpty())
        return;
    QList<RecentMeeting> meetings = list();
    meetings.removeIf([&](const RecentMeeting &m) { return m.target == meeting.target; });
    meetings.prepend(meeting);
    m_settings->remove(Group);
    m_settings->beginWriteArray(Group);
    for (int i = 0; i < meetings.size() && i < MaxMeetings; ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("target"), meetings.at(i).target);
        m_settings->setValue(QStringLiteral("subject"), meetings.at(i).subject);
        m_settings->setValue(QStringLiteral("joinedBy"), meetings.at(i).joinedBy);
        m_settings->setValue(QStringLiteral("when"), meetings.at(i).when);
        m_settings->setValue(QStringLiteral("needsPasscode"), meetings.at(i).needsPasscode);
    }
    m_settings->endArray();
}

void RecentMeetings::clear()
{
    m_settings->remove(Group);
}

QString RecentMeetings::withoutPasscode(const QString &target, bool *removed)
{
    bool dropped = false;
    QString text = target.trimmed();
    // Any URL with a "p" or "passcode" query item (the short /meet/ links carry it as p=).
    static const QRegularExpression url(QStringLiteral("https?://\\S+"));
    QString out;
    qsizetype last = 0;
    for (auto it = url.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QUrl link(match.captured(), QUrl::TolerantMode);
        QUrlQuery query(link);
        bool droppedHere = false;
        for (const QString &key : {QStringLiteral("p"), QStringLiteral("passcode"), QStringLiteral("pwd")}) {
            if (query.hasQueryItem(key)) {
                query.removeAllQueryItems(key);
                droppedHere = true;
            }
        }
        link.setQuery(query);
        dropped = dropped || droppedHere;
        // A link without a passcode stays exactly as pasted.
        out += text.mid(last, match.capturedStart() - last)
               + (droppedHere ? link.toString(QUrl::FullyEncoded) : match.captured());
        last = match.capturedEnd();
    }
    out += text.mid(last);
    // "Passcode: abc123" (and the German "Kenncode" or "Kennung") lines of an invitation text.
    static const QRegularExpression line(QStringLiteral("(?im)^.*\\b(passcode|kenncode|kennung)\\b.*$\\n?"));
    if (line.match(out).hasMatch()) {
        out.remove(line);
        dropped = true;
    }
    if (removed)
        *removed = dropped;
    return out.trimmed();
}

} // namespace moderato
