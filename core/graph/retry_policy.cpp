#include "core/graph/retry_policy.h"

#include <QList>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace moderato {

namespace {

int monthFromName(QByteArrayView name)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    const QByteArray lower = name.toByteArray().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == months[i])
            return i + 1;
    }
    return 0;
}

QDateTime makeUtc(int year, int month, int day, int hour, int minute, int second)
{
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value.trimmed());
    // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
    static const QRegularExpression imf(
        QStringLiteral("^[A-Za-z]{3}, (\\d{2}) ([A-Za-z]{3}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
    static const QRegularExpression rfc850(
        QStringLiteral("^[A-Za-z]{6,9}, (\\d{2})-([A-Za-z]{3})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    // asctime: Sun Nov  6 08:49:37 1994
    static const QRegularExpression asctime(
        QStringLiteral("^[A-Za-z]{3} ([A-Za-z]{3}) ([ \\d]\\d) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"));

    if (const auto m = imf.match(text); m.hasMatch()) {
        return makeUtc(m.capturedView(3).toInt(), monthFromName(m.capturedView(2).toLatin1()),
                       m.capturedView(1).toInt(), m.capturedView(4).toInt(), m.capturedView(5).toInt(),
                       m.capturedView(6).toInt());
    }
    if (const auto m = rfc850.match(text); m.hasMatch()) {
        // RFC 7231: a two-digit year more than 50 years in the future means the past century.
        int year = 2000 + m.capturedView(3).toInt();
        if (year > QDate::currentDate().year() + 50)
            year -= 100;
        return makeUtc(year, monthFromName(m.capturedView(2).toLatin1()), m.capturedView(1).toInt(),
                       m.capturedView(4).toInt(), m.capturedView(5).toInt(), m.capturedView(6).toInt());
    }
    if (const auto m = asctime.match(text); m.hasMatch()) {
        return makeUtc(m.capturedView(6).toInt(), monthFromName(m.capturedView(1).toLatin1()),
                       m.capturedView(2).trimmed().toInt(), m.capturedView(3).toInt(), m.capturedView(4).toInt(),
                       m.capturedView(5).toInt());
    }
    return {};
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;

    static const QRegularExpression seconds(QStringLiteral("^(\\d{1,9})(?:\\.(\\d{1,9}))?$"));
    if (const auto m = seconds.match(QString::fromLatin1(trimmed)); m.hasMatch()) {
        const double secondsValue = QString::fromLatin1(trimmed).toDouble();
        // Round up: coming back a fraction too early only earns another 429.
        return std::chrono::milliseconds(static_cast<qint64>(std::ceil(secondsValue * 1000.0)));
    }

    const QDateTime when = parseHttpDate(trimmed);
    if (!when.isValid() || !now.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(when)));
}

std::chrono::milliseconds backoffCeiling(int retry, const RetryPolicy &policy)
{
    const qint64 base = std::max<qint64>(1, policy.backoffBase.count());
    const qint64 cap = std::max<qint64>(base, policy.backoffCap.count());
    qint64 ceiling = base;
    for (int i = 0; i < retry && ceiling < cap; ++i)
        ceiling *= 2;
    return std::chrono::milliseconds(std::min(ceiling, cap));
}

std::chrono::milliseconds backoffDelay(int retry, const RetryPolicy &policy, QRandomGenerator *random)
{
    QRandomGenerator *generator = random ? random : policy.random ? policy.random : QRandomGenerator::global();
    const qint64 ceiling = backoffCeiling(retry, policy).count();
    return std::chrono::milliseconds(static_cast<qint64>(generator->bounded(static_cast<double>(ceiling) + 1.0)));
}

std::optional<std::chrono::milliseconds>
nextDelay(int retriesSoFar, std::optional<std::chrono::milliseconds> retryAfter, const RetryPolicy &policy)
{
    if (retriesSoFar >= policy.maxRetries)
        return std::nullopt;
    if (retryAfter)
        return *retryAfter > policy.maxRetryAfter ? std::nullopt : retryAfter;
    return backoffDelay(retriesSoFar, policy);
}

} // namespace moderato
