#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <chrono>
#include <optional>

namespace moderato {

//! Response headers as QNetworkReply::rawHeaderPairs() gives them.
using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

//! Case-insensitive header lookup; empty when absent.
QByteArray headerValue(const RawHeaders &headers, QByteArrayView name);

//! Why a Graph request (or the sign-in behind it) did not succeed. A value type: copy freely.
struct GraphError
{
    enum class Kind {
        None,            //!< no error
        Network,         //!< the connection failed before the request was completely sent
        OutcomeUnknown,  //!< a non-idempotent request was sent but no answer came; it may have taken
                         //!< effect
        Timeout,         //!< no answer within the transfer timeout
        Http,            //!< Graph answered with an error status
        InvalidResponse, //!< the answer could not be read: malformed JSON, wrong shape, HTML,
                         //!< truncated
        Auth,            //!< no access token could be obtained; message() is the sign-in sentence
        Cancelled,       //!< aborted by Moderato (the user closed the call, the app quit…)
        InvalidRequest,  //!< not sent: its arguments were invalid (empty id, more than 5 invitees…)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;          //!< error.code, e.g. "TooManyRequests"
    QString innermostCode; //!< the most specific code along innerError/innererror (== code if none)
    QString message;       //!< error.message (developer text, not localized), or our own detail
    QString requestId;
    QString clientRequestId;
    QString date; //!< as Graph wrote it (innerError.date or the Date header)
    std::optional<std::chrono::milliseconds> retryAfter;

    bool isError() const { return kind != Kind::None; }
    //! One translated sentence for the moderator saying what happened and what to do.
    QString userMessage() const;
    //! The permission named by a 403's message ("Calls.JoinGroupCall.All"), if any.
    QString missingPermission() const;
    //! The calling service's own numeric code ("8522", "7503"…): the error code when it is a
    //! number, else the "errorCode" of the JSON the message sometimes carries. Empty otherwise.
    QString callingServiceCode() const;
    //! Graph no longer knows the call the request was about: it has ended, Moderato's leg was
    //! hung up, or it never existed (404 with "8522", or the older "9997", "Call not found").
    bool isCallGone() const;
    //! The app is not registered as a calling bot (403, "7503").
    bool isNotACallingBot() const;
    //! "Request ID …, client request ID …, date …" for a Details section; empty parts left out.
    QString diagnostics() const;

    //! Decodes a Graph error answer: {"error":{"code","message","innerError"|"innererror":{…}}}.
    //! Tolerates any body (HTML, empty, garbage): the status and headers still count.
    //! \a now turns a Retry-After HTTP date into a delay; defaults to the current time.
    static GraphError fromReply(int status, const RawHeaders &headers, const QByteArray &body,
                                const QDateTime &now = QDateTime());
    static GraphError make(Kind kind, const QString &message = QString());
};

} // namespace moderato

Q_DECLARE_METATYPE(moderato::GraphError)
