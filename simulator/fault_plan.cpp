#include "simulator/fault_plan.h"

#include "simulator/router.h"

namespace graphsim {

namespace {

bool globSegments(const QStringList &glob, qsizetype g, const QStringList &path, qsizetype p)
{
    if (g == glob.size())
        return p == path.size();
    if (glob.at(g) == QLatin1String("**")) {
        for (qsizetype rest = p; rest <= path.size(); ++rest) {
            if (globSegments(glob, g + 1, path, rest))
                return true;
        }
        return false;
    }
    if (p == path.size())
        return false;
    if (glob.at(g) != QLatin1String("*") && glob.at(g).compare(path.at(p), Qt::CaseInsensitive) != 0)
        return false;
    return globSegments(glob, g + 1, path, p + 1);
}

} // namespace

QString FaultDecision::label() const
{
    if (status != 0)
        return QStringLiteral("status:%1").arg(status);
    if (reset == ResetFault::BeforeAction)
        return QStringLiteral("reset:beforeAction");
    if (reset == ResetFault::AfterAction)
        return QStringLiteral("reset:afterAction");
    switch (body) {
    case BodyFault::Truncated: return QStringLiteral("body:truncated");
    case BodyFault::Malformed: return QStringLiteral("body:malformed");
    case BodyFault::Html: return QStringLiteral("body:html");
    case BodyFault::WrongShape: return QStringLiteral("body:wrongShape");
    case BodyFault::None: break;
    }
    return latencyMs > 0 ? QStringLiteral("latency:%1").arg(latencyMs) : QString();
}

bool FaultPlan::globMatches(const QString &glob, const QString &path)
{
    return globSegments(Router::segments(glob), 0, Router::segments(path), 0);
}

bool FaultPlan::parseRule(const QJsonValue &value, int index, Rule *rule, QString *error)
{
    const QString where = QStringLiteral("faults[%1]").arg(index);
    auto problem = [&](const QString &what) {
        *error = where + QStringLiteral(": ") + what;
        return false;
    };
    if (!value.isObject())
        return problem(QStringLiteral("must be an object"));
    const QJsonObject o = value.toObject();
    static const QStringList known = {
        QStringLiteral("method"),    QStringLiteral("path"),   QStringLiteral("count"),      QStringLiteral("fraction"),
        QStringLiteral("latencyMs"), QStringLiteral("status"), QStringLiteral("retryAfter"), QStringLiteral("code"),
        QStringLiteral("reset"),     QStringLiteral("body")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return problem(QStringLiteral("unknown key \"%1\"").arg(it.key()));
    }
    rule->source = o;
    if (o.contains(QStringLiteral("method")) && !o.value(QStringLiteral("method")).isString())
        return problem(QStringLiteral("method must be a string"));
    rule->method = o.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    if (o.contains(QStringLiteral("path")) && !o.value(QStringLiteral("path")).toString().startsWith(QLatin1Char('/')))
        return problem(QStringLiteral("path must be a string starting with '/'"));
    rule->path = o.value(QStringLiteral("path")).toString(QStringLiteral("/**"));
    if (o.contains(QStringLiteral("count")) && o.contains(QStringLiteral("fraction")))
        return problem(QStringLiteral("give either count or fraction, not both"));
    if (o.contains(QStringLiteral("count"))) {
        const double count = o.value(QStringLiteral("count")).toDouble(-1);
        if (count < 1 || count != double(int(count)))
            return problem(QStringLiteral("count must be a whole number >= 1"));
        rule->remaining = int(count);
    }
    if (o.contains(QStringLiteral("fraction"))) {
        const QJsonValue f = o.value(QStringLiteral("fraction"));
        if (!f.isDouble() || f.toDouble() < 0 || f.toDouble() > 1)
            return problem(QStringLiteral("fraction must be a number from 0.0 to 1.0"));
        rule->fraction = f.toDouble();
        rule->remaining = -1;
    }
    FaultDecision &e = rule->effect;
    if (o.contains(QStringLiteral("latencyMs"))) {
        const double latency = o.value(QStringLiteral("latencyMs")).toDouble(-1);
        if (latency < 0 || latency > 600000)
            return problem(QStringLiteral("latencyMs must be a number of milliseconds from 0 to 600000"));
        e.latencyMs = int(latency);
    }
    if (o.contains(QStringLiteral("status"))) {
        const double status = o.value(QStringLiteral("status")).toDouble(-1);
        if (status < 400 || status > 599 || status != double(int(status)))
            return problem(QStringLiteral("status must be an HTTP error status from 400 to 599"));
        e.status = int(status);
    }
    const QJsonValue retryAfter = o.value(QStringLiteral("retryAfter"));
    if (retryAfter.isString())
        e.retryAfter = retryAfter.toString();
    else if (retryAfter.isDouble())
        e.retryAfter = QString::number(retryAfter.toDouble());
    else if (!retryAfter.isUndefined())
        return problem(QStringLiteral("retryAfter must be seconds or an HTTP date"));
    if (o.contains(QStringLiteral("code")) && !o.value(QStringLiteral("code")).isString())
        return problem(QStringLiteral("code must be a string"));
    e.code = o.value(QStringLiteral("code")).toString();
    if ((!e.retryAfter.isEmpty() || !e.code.isEmpty()) && e.status == 0)
        return problem(QStringLiteral("retryAfter and code go with status"));
    const QString reset = o.value(QStringLiteral("reset")).toString();
    if (reset == QLatin1String("beforeAction"))
        e.reset = ResetFault::BeforeAction;
    else if (reset == QLatin1String("afterAction"))
        e.reset = ResetFault::AfterAction;
    else if (o.contains(QStringLiteral("reset")))
        return problem(QStringLiteral("reset must be \"beforeAction\" or \"afterAction\""));
    const QString body = o.value(QStringLiteral("body")).toString();
    if (body == QLatin1String("truncated"))
        e.body = BodyFault::Truncated;
    else if (body == QLatin1String("malformed"))
        e.body = BodyFault::Malformed;
    else if (body == QLatin1String("html"))
        e.body = BodyFault::Html;
    else if (body == QLatin1String("wrongShape"))
        e.body = BodyFault::WrongShape;
    else if (o.contains(QStringLiteral("body")))
        return problem(QStringLiteral("body must be one of truncated, malformed, html, wrongShape"));
    const int terminals = (e.status != 0) + (e.reset != ResetFault::None) + (e.body != BodyFault::None);
    if (terminals > 1)
        return problem(QStringLiteral("use only one of status, reset and body in a rule"));
    if (terminals == 0 && !o.contains(QStringLiteral("latencyMs")))
        return problem(QStringLiteral("needs an effect: latencyMs, status, reset or body"));
    return true;
}

bool FaultPlan::add(const QJsonArray &rules, QString *error)
{
    QList<Rule> parsed;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        Rule rule;
        if (!parseRule(rules.at(i), int(i), &rule, error))
            return false;
        parsed.append(rule);
    }
    m_rules.append(parsed);
    return true;
}

void FaultPlan::clear()
{
    m_rules.clear();
}

QJsonObject FaultPlan::toJson() const
{
    QJsonArray out;
    for (const Rule &rule : m_rules) {
        QJsonObject o = rule.source;
        o.insert(QStringLiteral("remaining"), rule.remaining < 0 ? QJsonValue() : QJsonValue(rule.remaining));
        o.insert(QStringLiteral("applied"), rule.applied);
        out.append(o);
    }
    return QJsonObject{{QStringLiteral("faults"), out}};
}

FaultDecision FaultPlan::decide(const QByteArray &method, const QString &path, bool batchItem)
{
    FaultDecision decision;
    for (Rule &rule : m_rules) {
        if (rule.remaining == 0)
            continue;
        if (!rule.method.isEmpty() && rule.method != method)
            continue;
        if (!globMatches(rule.path, path))
            continue;
        const bool terminal = rule.effect.hasTerminal();
        if (batchItem && rule.effect.status == 0)
            continue; // inside a $batch only an item's own status can be faked
        if (terminal && decision.hasTerminal())
            continue;
        if (rule.fraction >= 0 && m_random.generateDouble() >= rule.fraction)
            continue;
        if (rule.remaining > 0)
            --rule.remaining;
        ++rule.applied;
        if (!batchItem)
            decision.latencyMs += rule.effect.latencyMs;
        if (terminal) {
            decision.status = rule.effect.status;
            decision.retryAfter = rule.effect.retryAfter;
            decision.code = rule.effect.code;
            decision.reset = rule.effect.reset;
            decision.body = rule.effect.body;
        }
    }
    return decision;
}

} // namespace graphsim
