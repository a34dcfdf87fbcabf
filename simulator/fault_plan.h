// The /_sim/faults rules: which requests get latency, an injected error, a reset or a broken body.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace graphsim {

enum class ResetFault { None, BeforeAction, AfterAction };
enum class BodyFault { None, Truncated, Malformed, Html, WrongShape };

//! What to do to one request: latency adds up over rules; at most one terminal effect applies.
struct FaultDecision
{
    int latencyMs = 0;
    int status = 0; // injected error status, 0 = none
    QString retryAfter;
    QString code;
    ResetFault reset = ResetFault::None;
    BodyFault body = BodyFault::None;

    bool hasTerminal() const { return status != 0 || reset != ResetFault::None || body != BodyFault::None; }
    QString label() const; // e.g. "status:429", "reset:beforeAction", "body:truncated", "" for none
};

class FaultPlan
{
public:
    //! Validates all rules first; appends them only if every one is well-formed.
    bool add(const QJsonArray &rules, QString *error);
    void clear();
    QJsonObject toJson() const;
    void seed(quint32 seed) { m_random.seed(seed); }

    //! Consumes the rules that apply to this request. Items inside a $batch take only injected statuses.
    FaultDecision decide(const QByteArray &method, const QString &path, bool batchItem);

    static bool globMatches(const QString &glob, const QString &path);

private:
    struct Rule
    {
        QJsonObject source;
        QByteArray method;
        QString path;
        int remaining = 1; // -1 = unlimited (fraction rules)
        double fraction = -1;
        int applied = 0;
        FaultDecision effect;
    };
    static bool parseRule(const QJsonValue &value, int index, Rule *rule, QString *error);

    QList<Rule> m_rules;
    QRandomGenerator m_random{1};
};

} // namespace graphsim
