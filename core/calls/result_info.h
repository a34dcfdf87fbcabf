#pragma once
// resultInfo ({code, subcode, message}) and what it means for an invitation.

#include <QJsonValue>
#include <QString>

#include <optional>

namespace moderato {

//! Graph's resultInfo. Codes arrive as numbers or as strings ("200", "5001"); either reads.
struct ResultInfo
{
    std::optional<int> code;
    std::optional<int> subcode;
    QString message;

    //! Reads a resultInfo object; null, missing or non-object values give an empty ResultInfo.
    static ResultInfo fromJson(const QJsonValue &value);
    bool isEmpty() const { return !code && !subcode && message.isEmpty(); }
    //! "500/1234", "500", or empty.
    QString codeText() const;

    friend bool operator==(const ResultInfo &, const ResultInfo &) = default;
};

//! How an invitation ended, or that it is still ringing.
enum class InvitationOutcome {
    Ringing,
    Connected, //!< accepted: the invitee joined
    Declined,
    Busy,
    NoAnswer,
    Unreachable, //!< the callee could not be reached (offline, no device)
    Cancelled,
    Failed, //!< any other failure
    Unknown,
};

//! 2xx → Connected; 603 → Declined; 486 → Busy; 408 → NoAnswer; 480 → Unreachable; 487 →
//! Cancelled; other codes → Failed; no code → Unknown.
InvitationOutcome outcomeFromResultInfo(const ResultInfo &info);

//! Plain words for the moderator: "Joined", "Declined", "Busy", "Didn't answer", "Couldn't be
//! reached", "Cancelled", "Failed: <message> (code 500/1234)", "Ringing", "Unknown".
QString describe(InvitationOutcome outcome, const ResultInfo &info = {});

//! A stable lower-camel name for scripts ("connected", "noAnswer", …).
QString outcomeName(InvitationOutcome outcome);

} // namespace moderato
