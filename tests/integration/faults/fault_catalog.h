#pragma once
// The fault matrix's vocabulary: which requests, which faults, and what a moderator should get.
// The reasons behind the expectations are at the top of tst_fault_matrix.cpp.

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QMetaType>
#include <QString>

namespace faults {

enum class RequestKind { Token, Roster, Remove, BatchRemove, Invite, Cancel, Mute, GetOperation, UserSearch };

enum class Fault {
    LatencyBeyondTimeout,
    Throttled429Seconds,
    Throttled429Date,
    Busy503RetryAfter,
    Busy503,
    GatewayTimeout504RetryAfter,
    GatewayTimeout504,
    InternalError500,
    BadGateway502,
    ResetBeforeAction,
    ResetAfterAction,
    TruncatedBody,
    MalformedJson,
    WrongShape,
    HtmlErrorPage,
    ExpiredToken401,
    UnknownAadsts,
    BatchItemThrottled429, //!< one item inside a $batch, not the batch itself
    BatchItemBusy503,
};

//! What the moderator should get.
enum class Expect {
    Retried,  //!< succeeded after more than one attempt (the log shows them)
    Succeeds, //!< succeeded at once: the fault did not matter for what the moderator asked
    Fails,    //!< a clear error: a sentence, nothing done twice, the roster stale but kept
    Unknown,  //!< the service may have acted: said so, never re-sent, settled from the roster
};

inline QString kindName(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Token: return QStringLiteral("token");
    case RequestKind::Roster: return QStringLiteral("roster");
    case RequestKind::Remove: return QStringLiteral("remove");
    case RequestKind::BatchRemove: return QStringLiteral("batch remove");
    case RequestKind::Invite: return QStringLiteral("invite");
    case RequestKind::Cancel: return QStringLiteral("cancel");
    case RequestKind::Mute: return QStringLiteral("mute");
    case RequestKind::GetOperation: return QStringLiteral("get operation");
    case RequestKind::UserSearch: return QStringLiteral("user search");
    }
    return {};
}

inline QString faultName(Fault fault)
{
    switch (fault) {
    case Fault::LatencyBeyondTimeout: return QStringLiteral("latency beyond the timeout");
    case Fault::Throttled429Seconds: return QStringLiteral("429 Retry-After seconds");
    case Fault::Throttled429Date: return QStringLiteral("429 Retry-After date");
    case Fault::Busy503RetryAfter: return QStringLiteral("503 Retry-After");
    case Fault::Busy503: return QStringLiteral("503");
    case Fault::GatewayTimeout504RetryAfter: return QStringLiteral("504 Retry-After");
    case Fault::GatewayTimeout504: return QStringLiteral("504");
    case Fault::InternalError500: return QStringLiteral("500");
    case Fault::BadGateway502: return QStringLiteral("502");
    case Fault::ResetBeforeAction: return QStringLiteral("reset before the action");
    case Fault::ResetAfterAction: return QStringLiteral("reset after the action");
    case Fault::TruncatedBody: return QStringLiteral("truncated body");
    case Fault::MalformedJson: return QStringLiteral("malformed JSON");
    case Fault::WrongShape: return QStringLiteral("wrong shape");
    case Fault::HtmlErrorPage: return QStringLiteral("HTML error page");
    case Fault::ExpiredToken401: return QStringLiteral("401 expired token");
    case Fault::UnknownAadsts: return QStringLiteral("unknown AADSTS error");
    case Fault::BatchItemThrottled429: return QStringLiteral("429 on one batch item");
    case Fault::BatchItemBusy503: return QStringLiteral("503 on one batch item");
    }
    return {};
}

inline QString expectName(Expect expect)
{
    switch (expect) {
    case Expect::Retried: return QStringLiteral("retried and succeeded");
    case Expect::Succeeds: return QStringLiteral("succeeded");
    case Expect::Fails: return QStringLiteral("clear error");
    case Expect::Unknown: return QStringLiteral("outcome unknown, reconciled");
    }
    return {};
}

struct Route
{
    QString method;
    QString path; //!< a /_sim/faults glob
};

//! The latency fault holds the answer back well beyond the transfer timeout set for its rows.
constexpr int LatencyMs = 500;
constexpr int TransferTimeoutMs = 200;

inline const QString TokenPath = QStringLiteral("/*/oauth2/v2.0/token");

inline Route routeOf(RequestKind kind)
{
    const QString participants = QStringLiteral("/v1.0/communications/calls/*/participants");
    switch (kind) {
    case RequestKind::Token: return {QStringLiteral("POST"), TokenPath};
    case RequestKind::Roster: return {QStringLiteral("GET"), participants};
    case RequestKind::Remove:
    case RequestKind::Cancel: return {QStringLiteral("DELETE"), participants + QLatin1String("/*")};
    case RequestKind::BatchRemove: return {QStringLiteral("POST"), QStringLiteral("/v1.0/$batch")};
    case RequestKind::Invite: return {QStringLiteral("POST"), participants + QLatin1String("/invite")};
    case RequestKind::Mute: return {QStringLiteral("POST"), participants + QLatin1String("/*/mute")};
    case RequestKind::GetOperation:
        return {QStringLiteral("GET"), QStringLiteral("/v1.0/communications/calls/*/operations/*")};
    case RequestKind::UserSearch: return {QStringLiteral("GET"), QStringLiteral("/v1.0/users")};
    }
    return {};
}

inline QString httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")) + QLatin1String(" GMT");
}

//! The /_sim/faults rule for \a fault on \a kind's route; empty for ExpiredToken401 on Graph
//! routes (the test expires the real tokens instead).
inline QJsonObject ruleFor(RequestKind kind, Fault fault)
{
    const Route route = routeOf(kind);
    QJsonObject rule{{QStringLiteral("method"), route.method}, {QStringLiteral("path"), route.path}};
    const auto status = [&](int code, const QString &retryAfter = QString()) {
        rule.insert(QStringLiteral("status"), code);
        if (!retryAfter.isEmpty())
            rule.insert(QStringLiteral("retryAfter"), retryAfter);
    };
    switch (fault) {
    case Fault::LatencyBeyondTimeout: rule.insert(QStringLiteral("latencyMs"), LatencyMs); break;
    case Fault::Throttled429Seconds: status(429, QStringLiteral("1")); break;
    case Fault::Throttled429Date: status(429, httpDate(QDateTime::currentDateTimeUtc().addSecs(1))); break;
    // Graph has sent fractional Retry-After values ("2.128"); half a second keeps the matrix quick.
    case Fault::Busy503RetryAfter: status(503, QStringLiteral("0.5")); break;
    case Fault::Busy503: status(503); break;
    case Fault::GatewayTimeout504RetryAfter: status(504, QStringLiteral("0.5")); break;
    case Fault::GatewayTimeout504: status(504); break;
    case Fault::InternalError500: status(500); break;
    case Fault::BadGateway502: status(502); break;
    // Qt resends once by itself when a connection closes before any answer: two resets are needed
    // for Moderato's own handling to be seen.
    case Fault::ResetBeforeAction:
        rule.insert(QStringLiteral("reset"), QStringLiteral("beforeAction"));
        rule.insert(QStringLiteral("count"), 2);
        break;
    case Fault::ResetAfterAction:
        rule.insert(QStringLiteral("reset"), QStringLiteral("afterAction"));
        rule.insert(QStringLiteral("count"), 2);
        break;
    case Fault::TruncatedBody: rule.insert(QStringLiteral("body"), QStringLiteral("truncated")); break;
    case Fault::MalformedJson: rule.insert(QStringLiteral("body"), QStringLiteral("malformed")); break;
    case Fault::WrongShape: rule.insert(QStringLiteral("body"), QStringLiteral("wrongShape")); break;
    case Fault::HtmlErrorPage: rule.insert(QStringLiteral("body"), QStringLiteral("html")); break;
    case Fault::ExpiredToken401:
        if (kind != RequestKind::Token)
            return {};
        status(401); // the token endpoint's 401 is invalid_client (AADSTS7000215)
        break;
    case Fault::UnknownAadsts:
        rule = QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                           {QStringLiteral("path"), TokenPath},
                           {QStringLiteral("fraction"), 1.0}};
        status(400, QString());
        rule.insert(QStringLiteral("code"), QStringLiteral("invalid_request")); // AADSTS50000
        break;
    case Fault::BatchItemThrottled429:
    case Fault::BatchItemBusy503:
        rule.insert(QStringLiteral("method"), QStringLiteral("DELETE"));
        rule.insert(QStringLiteral("path"), routeOf(RequestKind::Remove).path);
        status(fault == Fault::BatchItemThrottled429 ? 429 : 503, QStringLiteral("1"));
        break;
    }
    return rule;
}

} // namespace faults

Q_DECLARE_METATYPE(faults::RequestKind)
Q_DECLARE_METATYPE(faults::Fault)
Q_DECLARE_METATYPE(faults::Expect)
