#include "core/calls/join_target.h"

#include "core/graph/invitee.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace moderato {

namespace {

// Teams prints 9 to 15 digits in groups of three ("344 674 159 108 1"); Teams passcodes are
// letters and digits, 6 to 8 today, the /meet/ link's p= about 18.
constexpr qsizetype minMeetingIdDigits = 9;
constexpr qsizetype maxMeetingIdDigits = 15;
constexpr qsizetype maxPasscodeLength = 20;
// Safe Links may wrap a link already wrapped by another tenant's Safe Links; a launcher link
// wraps the join link once more.
constexpr int maxUnwrapping = 3;

//! How much a refusal tells the moderator, so that a broken join link in a whole email is what
//! the moderator hears about, not the link to the privacy statement beside it.
enum class Relevance { None, OtherLink, TeamsLink, Invitation, JoinLink };

struct Reading
{
    std::optional<JoinTarget> target;
    QString error;
    Relevance relevance = Relevance::None;
};

Reading refusal(Relevance relevance, const QString &error)
{
    return {std::nullopt, error, relevance};
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}
bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}
bool isAsciiAlnum(QChar c)
{
    return isAsciiDigit(c) || isAsciiLetter(c);
}
bool isHorizontalSpace(QChar c)
{
    return c.isSpace() && c != QLatin1Char('\n') && c != QLatin1Char('\r');
}

bool isAllDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isAsciiDigit);
}

bool isPasscode(QStringView s)
{
    return !s.isEmpty() && s.size() <= maxPasscodeLength && std::all_of(s.begin(), s.end(), isAsciiAlnum);
}

//! "19:meeting_…@thread.v2" (scheduled meetings) or "19:…@thread.tacv2" (channel meetings).
bool isThreadId(const QString &s)
{
    static const QRegularExpression shape(QStringLiteral(R"(^19:[^\s/@]+@thread\.[a-z0-9]+$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    return s.size() <= 512 && shape.match(s).hasMatch();
}

//! The one rule for meeting IDs, wherever they come from: 9 to 15 digits.
Reading meetingById(const QString &digits, const QString &passcode, Relevance relevance)
{
    if (digits.size() < minMeetingIdDigits || digits.size() > maxMeetingIdDigits)
        return refusal(relevance, JoinTarget::tr("A Teams meeting ID has 9 to 15 digits, this one has %n: "
                                                 "copy it again from the invitation, or paste the whole join "
                                                 "link.",
                                                 nullptr, int(digits.size())));
    JoinTarget target;
    target.kind = JoinTarget::Kind::MeetingId;
    target.meeting.joinMeetingId = digits;
    target.meeting.passcode = passcode;
    return {target, {}, relevance};
}

//! Reads "123 456 789 012" from \a at on: digit groups separated by spaces on one line. Returns
//! the digits and moves \a at past them; \a mixed is set when letters are part of it ("78a").
QString digitGroupsAt(const QString &text, qsizetype &at, bool *mixed)
{
    QString digits;
    qsizetype end = at;
    while (end < text.size() && isAsciiDigit(text.at(end))) {
        digits.append(text.at(end++));
        qsizetype next = end;
        while (next < text.size() && isHorizontalSpace(text.at(next)))
            ++next;
        if (next > end && next < text.size() && isAsciiDigit(text.at(next)))
            end = next;
    }
    // What follows is another word unless it has digits or touches the last digit ("78a").
    qsizetype wordEnd = end;
    while (wordEnd < text.size() && isHorizontalSpace(text.at(wordEnd)))
        ++wordEnd;
    const qsizetype wordStart = wordEnd;
    bool wordHasDigit = false;
    while (wordEnd < text.size() && !text.at(wordEnd).isSpace())
        wordHasDigit = isAsciiDigit(text.at(wordEnd++)) || wordHasDigit;
    *mixed = wordEnd > wordStart && (wordStart == end ? isAsciiAlnum(text.at(end)) : wordHasDigit);
    at = end;
    return digits;
}

//! The invitation's "Meeting ID: …" and "Passcode: …" lines (German: "Besprechungs-ID", "Kenncode" or "Kennung").
struct InvitationLines
{
    bool hasMeetingId = false;
    QString meetingId; //!< its digits, when it is one
    QString passcode;  //!< when it is one
    QString error;     //!< what is wrong with either line
};

InvitationLines readInvitationLines(const QString &text)
{
    static const QRegularExpression idLabel(
        QStringLiteral(R"(\b(?:meeting[ \t\x{a0}]+id|besprechungs-id)[ \t\x{a0}]*:)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression passcodeLabel(QStringLiteral(R"(\b(?:passcode|kenncode|kennung)[ \t\x{a0}]*:)"),
                                                  QRegularExpression::CaseInsensitiveOption);
    InvitationLines lines;

    const QRegularExpressionMatch id = idLabel.match(text);
    if (id.hasMatch()) {
        lines.hasMeetingId = true;
        qsizetype at = id.capturedEnd();
        while (at < text.size() && isHorizontalSpace(text.at(at)))
            ++at;
        bool mixed = false;
        const QString digits = digitGroupsAt(text, at, &mixed);
        if (digits.isEmpty() && (at == text.size() || text.at(at).isSpace()))
            lines.error = JoinTarget::tr("The invitation's \"Meeting ID:\" line is empty: copy the "
                                         "meeting ID with it, or paste the whole join link.");
        else if (digits.isEmpty() || mixed)
            lines.error = JoinTarget::tr("A Teams meeting ID has only digits (like 123 456 789 "
                                         "012): copy it again, or paste the whole join link.");
        else if (const Reading byId = meetingById(digits, {}, Relevance::Invitation); !byId.target)
            lines.error = byId.error;
        else
            lines.meetingId = digits;
    }

    const QRegularExpressionMatch passcode = passcodeLabel.match(text);
    if (passcode.hasMatch()) {
        qsizetype at = passcode.capturedEnd();
        while (at < text.size() && isHorizontalSpace(text.at(at)))
            ++at;
        qsizetype end = at;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        QStringView word = QStringView(text).sliced(at, end - at);
        while (!word.isEmpty() && QStringView(u".,;").contains(word.back()))
            word.chop(1);
        QString problem;
        if (word.isEmpty())
            problem = JoinTarget::tr("The invitation's \"Passcode:\" line is empty: copy the "
                                     "passcode with the meeting ID, or paste the whole join link.");
        else if (!isPasscode(word))
            problem = JoinTarget::tr("A Teams passcode is up to 20 letters and digits, this one "
                                     "is not: copy it again, or paste the whole join link.");
        else
            lines.passcode = word.toString();
        if (lines.error.isEmpty())
            lines.error = problem;
    }
    return lines;
}

bool isTeamsHost(const QString &host)
{
    static const QStringList hosts = {
        QStringLiteral("teams.microsoft.com"),      // worldwide and GCC
        QStringLiteral("teams.microsoft.us"),       // GCC High
        QStringLiteral("gov.teams.microsoft.us"),   // GCC High's web client
        QStringLiteral("dod.teams.microsoft.us"),   // DoD
        QStringLiteral("teams.microsoftonline.cn"), // China, operated by 21Vianet
    };
    return hosts.contains(host);
}

bool isSafeLinksHost(const QString &host)
{
    return host.endsWith(QLatin1String(".safelinks.protection.outlook.com"))
           || host.endsWith(QLatin1String(".safelinks.protection.office365.us"));
}

Reading readLink(const QString &link, int unwrapped);

Reading readMeetupJoin(const QUrl &url, const QStringList &segments)
{
    const auto broken = [](const QString &why) { return refusal(Relevance::JoinLink, why); };
    if (segments.size() < 3 || !isThreadId(segments.at(2)))
        return broken(JoinTarget::tr("This Teams link does not name a meeting thread "
                                     "(19:…@thread.v2): copy the whole link, or paste the meeting "
                                     "ID and passcode from the invitation."));
    const QString messageId = segments.size() > 3 ? segments.at(3) : QStringLiteral("0");
    if (!isAllDigits(messageId) || messageId.size() > 20)
        return broken(JoinTarget::tr("This Teams link is damaged after the meeting thread: copy "
                                     "the whole link again from the invitation."));

    const QUrlQuery query(url);
    if (!query.hasQueryItem(QStringLiteral("context")))
        return broken(JoinTarget::tr("This Teams link is cut off before its context, which names "
                                     "the organiser and tenant: copy the whole link, or paste the "
                                     "meeting ID and passcode from the invitation."));
    QString context = query.queryItemValue(QStringLiteral("context"), QUrl::FullyDecoded);
    if (context.startsWith(QLatin1Char('%'))) // encoded twice, as in launcher links
        context = QUrl::fromPercentEncoding(context.toUtf8());
    const QJsonDocument document = QJsonDocument::fromJson(context.toUtf8());
    if (!document.isObject())
        return broken(JoinTarget::tr("This Teams link's context is cut off or damaged: copy the "
                                     "whole link, or paste the meeting ID and passcode from the "
                                     "invitation."));
    const QJsonObject object = document.object();
    const QString tenant = object.value(QLatin1String("Tid")).toString();
    const QString organizer = object.value(QLatin1String("Oid")).toString();
    if (tenant.isEmpty() || organizer.isEmpty())
        return broken(JoinTarget::tr("This Teams link's context lacks the organiser or tenant "
                                     "(Oid, Tid): copy the whole link, or paste the meeting ID "
                                     "and passcode from the invitation."));
    if (!Invitee::isObjectId(tenant) || !Invitee::isObjectId(organizer))
        return broken(JoinTarget::tr("This Teams link's organiser or tenant is not an id "
                                     "(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): copy the whole link "
                                     "again from the invitation."));
    JoinTarget target;
    target.kind = JoinTarget::Kind::MeetupLink;
    target.meeting.threadId = segments.at(2);
    target.meeting.messageId = messageId;
    target.meeting.organizerId = organizer;
    target.meeting.tenantId = tenant;
    return {target, {}, Relevance::JoinLink};
}

Reading readMeetLink(const QUrl &url, const QStringList &segments)
{
    if (segments.size() < 2 || !isAllDigits(segments.at(1)))
        return refusal(Relevance::JoinLink, JoinTarget::tr("This Teams /meet/ link has no meeting number: copy the "
                                                           "whole link, or paste the meeting ID and passcode from the "
                                                           "invitation."));
    const QString passcode = QUrlQuery(url).queryItemValue(QStringLiteral("p"), QUrl::FullyDecoded);
    if (!passcode.isEmpty() && !isPasscode(passcode))
        return refusal(Relevance::JoinLink, JoinTarget::tr("The passcode in this Teams link (p=…) is not up to 20 "
                                                           "letters and digits: copy the whole link again, or paste "
                                                           "the meeting ID and passcode from the invitation."));
    return meetingById(segments.at(1), passcode, Relevance::JoinLink);
}

//! The link inside a Safe Links address (?url=…) or a Teams launcher address
//! (/dl/launcher/launcher.html?url=/_#/l/meetup-join/…).
Reading readWrapped(const QUrl &url, const QString &inner, int unwrapped)
{
    if (unwrapped >= maxUnwrapping)
        return refusal(Relevance::JoinLink, JoinTarget::tr("This link is wrapped in too many other links: paste the "
                                                           "join link from the original invitation."));
    if (inner.trimmed().isEmpty())
        return refusal(Relevance::OtherLink, JoinTarget::tr("This link does not say where it leads (it has no url=…): "
                                                            "paste the join link from the original invitation."));
    if (inner.startsWith(QLatin1String("/_#/")))
        return readLink(QStringLiteral("https://") + url.host() + inner.mid(3), unwrapped + 1);
    return readLink(inner.trimmed(), unwrapped + 1);
}

Reading readLink(const QString &link, int unwrapped)
{
    const QUrl url(link, QUrl::TolerantMode);
    const QString host = url.host().toLower();
    if (!url.isValid() || host.isEmpty())
        return refusal(Relevance::OtherLink, JoinTarget::tr("This link cannot be read: copy the join link again from "
                                                            "the invitation."));
    const bool teamsLike = isTeamsHost(host) || isSafeLinksHost(host) || host == QLatin1String("teams.live.com");
    if (url.scheme() != QLatin1String("https"))
        return refusal(teamsLike ? Relevance::JoinLink : Relevance::OtherLink,
                       JoinTarget::tr("Teams meeting links start with https://, this one with "
                                      "%1: copy the join link again from the invitation.")
                           .arg(url.scheme().left(20) + QLatin1String("://")));
    // Only the hosts themselves: "teams.microsoft.com@example.net" leads to example.net.
    const bool plainHost = url.userInfo().isEmpty() && (url.port() == -1 || url.port() == 443);
    if (plainHost && isSafeLinksHost(host))
        return readWrapped(url, QUrlQuery(url).queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded), unwrapped);
    if (plainHost && host == QLatin1String("teams.live.com"))
        return refusal(Relevance::JoinLink,
                       JoinTarget::tr("This is a meeting of Teams for personal use "
                                      "(teams.live.com), which an organisation's bot cannot join: "
                                      "ask for a meeting organised with a work or school account."));
    if (!plainHost || !isTeamsHost(host)) {
        const QString place = url.adjusted(QUrl::RemoveUserInfo).authority().toLower();
        return refusal(Relevance::OtherLink, JoinTarget::tr("This is a link to %1, not to a Teams meeting: paste the "
                                                            "meeting's join link (https://teams.microsoft.com/…).")
                                                 .arg(place.size() <= 60 ? place : place.left(59) + QChar(0x2026)));
    }

    const QStringList segments = url.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const auto is = [&segments](qsizetype i, QLatin1String name) {
        return i < segments.size() && segments.at(i).compare(name, Qt::CaseInsensitive) == 0;
    };
    if (is(0, QLatin1String("l")) && is(1, QLatin1String("meetup-join")))
        return readMeetupJoin(url, segments);
    if (is(0, QLatin1String("meet")))
        return readMeetLink(url, segments);
    if (is(0, QLatin1String("dl")) && is(1, QLatin1String("launcher")))
        return readWrapped(url, QUrlQuery(url).queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded), unwrapped);
    return refusal(Relevance::TeamsLink, JoinTarget::tr("This Teams link is not a meeting join link: paste the link "
                                                        "behind \"Join the meeting now\" in the invitation."));
}

//! Every "scheme://…" in the text, up to a space or an angle bracket and without trailing
//! punctuation.
QStringList linksIn(const QString &text)
{
    QStringList links;
    const auto isSchemeChar = [](QChar c) {
        return isAsciiAlnum(c) || c == QLatin1Char('+') || c == QLatin1Char('.') || c == QLatin1Char('-');
    };
    const auto linkEnd = [&text](qsizetype from) {
        while (from < text.size() && !text.at(from).isSpace() && text.at(from) != QLatin1Char('<')
               && text.at(from) != QLatin1Char('>'))
            ++from;
        return from;
    };
    const auto take = [&links, &text](qsizetype start, qsizetype end) {
        QString link = text.sliced(start, end - start);
        while (!link.isEmpty() && QStringView(u"\"'.,;:!?)]").contains(link.back()))
            link.chop(1);
        links.append(link);
    };
    for (qsizetype from = 0;;) {
        const qsizetype separator = text.indexOf(QLatin1String("://"), from);
        if (separator < 0)
            break;
        qsizetype start = separator;
        while (start > 0 && separator - start < 32 && isSchemeChar(text.at(start - 1)))
            --start;
        while (start < separator && !isAsciiLetter(text.at(start)))
            ++start;
        from = linkEnd(separator + 3);
        if (start < separator)
            take(start, from);
    }
    return links;
}

//! The forms that are the whole text: a Graph call id, a meeting ID alone; a script or a thread id
//! alone are refused by name.
Reading readWholeText(const QString &text)
{
    if (Invitee::isObjectId(text)) {
        JoinTarget target;
        target.kind = JoinTarget::Kind::CallId;
        target.callId = text;
        return {target, {}, Relevance::None};
    }
    qsizetype at = 0;
    bool mixed = false;
    const QString digits = digitGroupsAt(text, at, &mixed);
    if (at == text.size() && !digits.isEmpty())
        return meetingById(digits, {}, Relevance::None);
    if (text.startsWith(QLatin1String("javascript:"), Qt::CaseInsensitive))
        return refusal(Relevance::None, JoinTarget::tr("This is a script, not a link: paste the meeting's join "
                                                       "link (https://teams.microsoft.com/…)."));
    if (text.startsWith(QLatin1String("19:")) || text.contains(QLatin1String("@thread")))
        return refusal(Relevance::None, JoinTarget::tr("A meeting's thread id (19:…@thread.v2) is not enough to "
                                                       "join it, Moderato also needs its organiser and tenant: "
                                                       "paste the whole join link instead."));
    return refusal(Relevance::None, JoinTarget::tr("Moderato found no Teams meeting here: paste the meeting's join "
                                                   "link, the meeting ID and passcode from the invitation, or a "
                                                   "Graph call id."));
}

Reading readPaste(const QString &pasted)
{
    if (pasted.size() > JoinTarget::maxTextLength)
        return refusal(Relevance::None, JoinTarget::tr("This text is too long (%1 characters, at most %2 are "
                                                       "read): paste only the join link, or the meeting ID and "
                                                       "passcode.")
                                            .arg(pasted.size())
                                            .arg(JoinTarget::maxTextLength));
    const QString text = pasted.trimmed();
    if (text.isEmpty())
        return refusal(Relevance::None, JoinTarget::tr("Paste a Teams meeting link, a meeting ID with its "
                                                       "passcode, or a Graph call id."));

    Reading best;
    const InvitationLines lines = readInvitationLines(text);
    for (const QString &link : linksIn(text)) {
        Reading reading = readLink(link, 0);
        if (reading.target) {
            // A /meet/ link's p= may be a hashed passcode: the invitation's own passcode for the
            // same meeting ID is the one Graph documents for joinMeetingIdMeetingInfo.
            MeetingToJoin &meeting = reading.target->meeting;
            if (!meeting.joinMeetingId.isEmpty() && !lines.passcode.isEmpty()
                && (lines.meetingId.isEmpty() || lines.meetingId == meeting.joinMeetingId))
                meeting.passcode = lines.passcode;
            return reading;
        }
        if (reading.relevance > best.relevance)
            best = reading;
    }
    if (lines.hasMeetingId && lines.error.isEmpty())
        return meetingById(lines.meetingId, lines.passcode, Relevance::Invitation);
    if (!lines.error.isEmpty() && Relevance::Invitation > best.relevance)
        best = refusal(Relevance::Invitation, lines.error);
    return best.relevance == Relevance::None ? readWholeText(text) : best;
}

} // namespace

QString JoinTarget::description() const
{
    switch (kind) {
    case Kind::MeetupLink: return tr("Teams meeting, organiser's tenant %1…").arg(meeting.tenantId.left(8));
    case Kind::MeetingId: {
        QString grouped;
        for (qsizetype i = 0; i < meeting.joinMeetingId.size(); i += 3)
            grouped += (i ? QStringLiteral(" ") : QString()) + meeting.joinMeetingId.mid(i, 3);
        return meeting.passcode.isEmpty() ? tr("Meeting ID %1, no passcode").arg(grouped)
                                          : tr("Meeting ID %1 with its passcode").arg(grouped);
    }
    case Kind::CallId: return tr("Graph call %1…").arg(callId.left(8));
    }
    return {};
}

QString JoinTarget::joinedBy() const
{
    switch (kind) {
    case Kind::MeetupLink: return QStringLiteral("link");
    case Kind::MeetingId: return QStringLiteral("meetingId");
    case Kind::CallId: return QStringLiteral("callId");
    }
    return {};
}

std::optional<JoinTarget> parseJoinTarget(const QString &text, QString *error)
{
    const Reading reading = readPaste(text);
    if (error)
        *error = reading.target ? QString() : reading.error;
    return reading.target;
}

} // namespace moderato
