#pragma once
#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

class QRandomGenerator;

namespace moderato {

//! How often and how long Moderato waits before repeating a request that may succeed later.
struct RetryPolicy
{
    int maxRetries = 4;                          //!< repeats after the first attempt
    std::chrono::milliseconds backoffBase{1000}; //!< ceiling of the first backoff
    std::chrono::milliseconds backoffCap{30000}; //!< no backoff waits longer than this
    //! A Retry-After longer than this is not waited for: the request fails and reports it,
    //! so the moderator is not left looking at a request that would finish minutes later.
    std::chrono::milliseconds maxRetryAfter{120000};
    //! Where the jitter comes from; null: QRandomGenerator::global(). Tests give a seeded one.
    QRandomGenerator *random = nullptr;
};

//! Parses a Retry-After header: delay-seconds (also decimals such as "2.128", which Graph has
//! sent) or an HTTP date (IMF-fixdate, RFC 850 or asctime) taken relative to \a now.
//! A date in the past gives zero. Anything else (empty, negative, garbage) gives no value.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

//! Parses an HTTP date in any of the three formats RFC 7231 §7.1.1.1 requires recipients to accept.
//! Returns an invalid QDateTime for anything else.
QDateTime parseHttpDate(const QByteArray &value);

//! Upper bound of the backoff before retry number \a retry (0-based): min(cap, base * 2^retry).
std::chrono::milliseconds backoffCeiling(int retry, const RetryPolicy &policy);

//! "Full jitter" backoff: uniform in [0, backoffCeiling(retry)], so that many clients throttled at
//! the same moment do not all come back at the same moment. \a random overrides policy.random.
std::chrono::milliseconds backoffDelay(int retry, const RetryPolicy &policy, QRandomGenerator *random = nullptr);

//! The one retry decision of every request Moderato repeats (Graph requests, $batch items, the
//! token request): after \a retriesSoFar repeats, how long to wait before the next one — the
//! service's Retry-After when it gave one, else backoffDelay() — or nothing when the request must
//! fail now (retries used up, or a Retry-After longer than policy.maxRetryAfter).
std::optional<std::chrono::milliseconds>
nextDelay(int retriesSoFar, std::optional<std::chrono::milliseconds> retryAfter, const RetryPolicy &policy);

} // namespace moderato
