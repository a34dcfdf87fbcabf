#include "simulator/scenario.h"
#include "simulator/scenario_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace graphsim {

using namespace scenariojson;

namespace {

AnswerOutcome parseOutcome(const QString &text, const QString &path)
{
    static const QList<QPair<QString, AnswerOutcome>> names = {
        {QStringLiteral("accept"), AnswerOutcome::Accept},
        {QStringLiteral("decline"), AnswerOutcome::Decline},
        {QStringLiteral("busy"), AnswerOutcome::Busy},
        {QStringLiteral("noAnswer"), AnswerOutcome::NoAnswer},
        {QStringLiteral("unreachable"), AnswerOutcome::Unreachable}};
    for (const auto &name : names) {
        if (name.first.compare(text, Qt::CaseInsensitive) == 0)
            return name.second;
    }
    fail(path, QStringLiteral("must be one of accept, decline, busy, noAnswer, unreachable (got \"%1\")").arg(text));
}

ScenarioTenant parseTenant(const QJsonValue &value, const QString &path)
{
    const QJsonObject object = objectAt(value, path);
    allowOnly(object, path,
              {QStringLiteral("id"), QStringLiteral("displayName"), QStringLiteral("domains"), QStringLiteral("apps")});
    ScenarioTenant tenant;
    tenant.id = stringAt(object, QStringLiteral("id"), path, true);
    tenant.displayName = stringAt(object, QStringLiteral("displayName"), path, false);
    tenant.domains = stringListAt(object, QStringLiteral("domains"), path);
    const QJsonArray apps = arrayAt(object, QStringLiteral("apps"), path, false);
    QSet<QString> clientIds;
    for (qsizetype i = 0; i < apps.size(); ++i) {
        const QString appPath = QStringLiteral("%1.apps[%2]").arg(path).arg(i);
        const QJsonObject a = objectAt(apps.at(i), appPath);
        allowOnly(a, appPath,
                  {QStringLiteral("clientId"), QStringLiteral("secret"), QStringLiteral("displayName"),
                   QStringLiteral("roles"), QStringLiteral("allowRemoveParticipant"), QStringLiteral("callingEnabled"),
                   QStringLiteral("onlineMeetingAccessPolicy")});
        ScenarioApp app;
        app.clientId = stringAt(a, QStringLiteral("clientId"), appPath, true);
        app.secret = stringAt(a, QStringLiteral("secret"), appPath, true);
        app.displayName = stringAt(a, QStringLiteral("displayName"), appPath, false);
        app.roles = stringListAt(a, QStringLiteral("roles"), appPath);
        app.allowRemoveParticipant = boolAt(a, QStringLiteral("allowRemoveParticipant"), appPath, true);
        app.callingEnabled = boolAt(a, QStringLiteral("callingEnabled"), appPath, true);
        const QJsonValue policy = a.value(QStringLiteral("onlineMeetingAccessPolicy"));
        if (policy.isString() && policy.toString() == QLatin1String("global"))
            app.accessPolicyGlobal = true;
        else if (policy.isArray())
            app.accessPolicyUsers = stringListAt(a, QStringLiteral("onlineMeetingAccessPolicy"), appPath);
        else if (!policy.isUndefined())
            fail(appPath + QStringLiteral(".onlineMeetingAccessPolicy"),
                 QStringLiteral("must be \"global\" or an array of user ids"));
        if (clientIds.contains(app.clientId.toLower()))
            fail(appPath + QStringLiteral(".clientId"), QStringLiteral("duplicate client id %1").arg(app.clientId));
        clientIds.insert(app.clientId.toLower());
        tenant.apps.append(app);
    }
    return tenant;
}

ScenarioUser parseUser(const QJsonValue &value, const QString &path, const Scenario &scenario)
{
    QJsonObject object = objectAt(value, path);
    ScenarioUser user;
    user.id = stringAt(object, QStringLiteral("id"), path, true);
    stringAt(object, QStringLiteral("displayName"), path, true);
    user.tenantId = stringAt(object, QStringLiteral("tenantId"), path, false);
    if (user.tenantId.isEmpty())
        user.tenantId = scenario.tenants.first().id;
    if (object.contains(QStringLiteral("answer"))) {
        const QString answerPath = path + QStringLiteral(".answer");
        const QJsonObject a = objectAt(object.value(QStringLiteral("answer")), answerPath);
        allowOnly(a, answerPath, {QStringLiteral("after"), QStringLiteral("outcome")});
        ScenarioAnswer answer;
        answer.afterSeconds = numberAt(a, QStringLiteral("after"), answerPath, -1, 0);
        answer.outcome = parseOutcome(stringAt(a, QStringLiteral("outcome"), answerPath, true),
                                      answerPath + QStringLiteral(".outcome"));
        if (answer.afterSeconds < 0)
            fail(answerPath + QStringLiteral(".after"), QStringLiteral("is required (seconds of simulated time)"));
        user.answer = answer;
    }
    object.remove(QStringLiteral("answer"));
    object.remove(QStringLiteral("tenantId"));
    user.properties = object;
    return user;
}

ScenarioCall parseCall(const QJsonValue &value, const QString &path, const Scenario &scenario)
{
    QJsonObject object = objectAt(value, path);
    ScenarioCall call;
    call.id = stringAt(object, QStringLiteral("id"), path, true);
    call.tenantId = tenantIdAt(object, path, scenario);
    call.state = stringAt(object, QStringLiteral("state"), path, false);
    if (call.state.isEmpty())
        call.state = QStringLiteral("established");
    call.ownerClientId = stringAt(object, QStringLiteral("ownerClientId"), path, false);
    if (!call.ownerClientId.isEmpty() && !scenario.app(call.tenantId, call.ownerClientId))
        fail(path + QStringLiteral(".ownerClientId"),
             QStringLiteral("no app %1 in tenant %2").arg(call.ownerClientId, call.tenantId));
    call.participants = participantsAt(object, path);
    call.churn = churnAt(object, path);
    for (const char *key : {"id", "tenantId", "state", "ownerClientId", "participants", "churn"})
        object.remove(QLatin1String(key));
    call.properties = object;
    return call;
}

} // namespace

QList<QJsonObject> scenariojson::participantsAt(const QJsonObject &parent, const QString &path)
{
    QList<QJsonObject> out;
    const QJsonArray participants = arrayAt(parent, QStringLiteral("participants"), path, false);
    QSet<QString> ids;
    for (qsizetype i = 0; i < participants.size(); ++i) {
        const QString pPath = QStringLiteral("%1.participants[%2]").arg(path).arg(i);
        const QJsonObject p = objectAt(participants.at(i), pPath);
        const QString id = stringAt(p, QStringLiteral("id"), pPath, true);
        if (ids.contains(id))
            fail(pPath + QStringLiteral(".id"), QStringLiteral("duplicate participant id %1").arg(id));
        ids.insert(id);
        out.append(p);
    }
    return out;
}

ScenarioChurn scenariojson::churnAt(const QJsonObject &parent, const QString &path)
{
    ScenarioChurn out;
    if (!parent.contains(QStringLiteral("churn")))
        return out;
    const QString churnPath = path + QStringLiteral(".churn");
    const QJsonObject churn = objectAt(parent.value(QStringLiteral("churn")), churnPath);
    allowOnly(churn, churnPath, {QStringLiteral("joinEvery"), QStringLiteral("leaveEvery")});
    out.joinEverySeconds = numberAt(churn, QStringLiteral("joinEvery"), churnPath, 0, 0);
    out.leaveEverySeconds = numberAt(churn, QStringLiteral("leaveEvery"), churnPath, 0, 0);
    return out;
}

namespace {

ScenarioOptions parseOptions(const QJsonValue &value, const QString &path)
{
    ScenarioOptions options;
    if (value.isUndefined())
        return options;
    const QJsonObject o = objectAt(value, path);
    allowOnly(o, path,
              {QStringLiteral("pageSize"), QStringLiteral("rosterCap"), QStringLiteral("operationsGettable"),
               QStringLiteral("tokenLifetime"), QStringLiteral("clock"), QStringLiteral("startTime"),
               QStringLiteral("seed"), QStringLiteral("ringTimeout"), QStringLiteral("reverseBatchResponses"),
               QStringLiteral("joinDelay"), QStringLiteral("batchCommunications"), QStringLiteral("holdMusicDelay")});
    options.pageSize = intAt(o, QStringLiteral("pageSize"), path, 0, 0);
    options.rosterCap = intAt(o, QStringLiteral("rosterCap"), path, options.rosterCap, 0);
    options.operationsGettable = boolAt(o, QStringLiteral("operationsGettable"), path, options.operationsGettable);
    options.joinDelaySeconds = numberAt(o, QStringLiteral("joinDelay"), path, options.joinDelaySeconds, 0);
    const QString batch = stringAt(o, QStringLiteral("batchCommunications"), path, false);
    if (batch == QLatin1String("refused"))
        options.batchCommunications = BatchCommunications::Refused;
    else if (!batch.isEmpty() && batch != QLatin1String("supported"))
        fail(path + QStringLiteral(".batchCommunications"), QStringLiteral("must be \"supported\" or \"refused\""));
    options.tokenLifetime = intAt(o, QStringLiteral("tokenLifetime"), path, 3599, 1);
    options.seed = quint32(intAt(o, QStringLiteral("seed"), path, 1, 0));
    options.ringTimeoutSeconds = numberAt(o, QStringLiteral("ringTimeout"), path, 30, 0);
    options.holdMusicDelaySeconds =
        numberAt(o, QStringLiteral("holdMusicDelay"), path, options.holdMusicDelaySeconds, 0);
    options.reverseBatchResponses = boolAt(o, QStringLiteral("reverseBatchResponses"), path, false);
    const QString clock = stringAt(o, QStringLiteral("clock"), path, false);
    if (clock.isEmpty() || clock == QLatin1String("real"))
        options.clock = SimClock::Mode::Real;
    else if (clock == QLatin1String("manual"))
        options.clock = SimClock::Mode::Manual;
    else
        fail(path + QStringLiteral(".clock"), QStringLiteral("must be \"real\" or \"manual\""));
    const QString start = stringAt(o, QStringLiteral("startTime"), path, false);
    if (!start.isEmpty()) {
        options.startTime = QDateTime::fromString(start, Qt::ISODateWithMs);
        if (!options.startTime.isValid())
            fail(path + QStringLiteral(".startTime"), QStringLiteral("must be an ISO 8601 date-time"));
    }
    return options;
}

//! Each entry of \a entries ("$.<kind>s[i]") read by \a parse; two with the same id (compared
//! without case) are refused.
template <typename Parse> auto parseEach(const QJsonArray &entries, const QString &kind, Parse parse)
{
    QList<decltype(parse(QJsonValue(), QString()))> parsed;
    QSet<QString> ids;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = QStringLiteral("$.%1s[%2]").arg(kind).arg(i);
        auto entry = parse(entries.at(i), path);
        if (ids.contains(entry.id.toLower()))
            fail(path + QStringLiteral(".id"), QStringLiteral("duplicate %1 id %2").arg(kind, entry.id));
        ids.insert(entry.id.toLower());
        parsed.append(entry);
    }
    return parsed;
}

} // namespace

std::optional<Scenario> Scenario::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("scenario is not valid JSON: %1 at offset %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    try {
        if (!document.isObject())
            fail(QStringLiteral("$"), QStringLiteral("must be an object"));
        const QJsonObject root = document.object();
        allowOnly(root, QStringLiteral("$"),
                  {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("tenants"),
                   QStringLiteral("users"), QStringLiteral("calls"), QStringLiteral("meetings"),
                   QStringLiteral("relays"), QStringLiteral("options")});
        Scenario scenario;
        const QJsonArray tenants = arrayAt(root, QStringLiteral("tenants"), QStringLiteral("$"), true);
        if (tenants.isEmpty())
            fail(QStringLiteral("$.tenants"), QStringLiteral("needs at least one tenant"));
        scenario.tenants =
            parseEach(tenants, QStringLiteral("tenant"),
                      [](const QJsonValue &value, const QString &path) { return parseTenant(value, path); });
        scenario.users = parseEach(
            arrayAt(root, QStringLiteral("users"), QStringLiteral("$"), false), QStringLiteral("user"),
            [&scenario](const QJsonValue &value, const QString &path) { return parseUser(value, path, scenario); });
        scenario.calls = parseEach(
            arrayAt(root, QStringLiteral("calls"), QStringLiteral("$"), false), QStringLiteral("call"),
            [&scenario](const QJsonValue &value, const QString &path) { return parseCall(value, path, scenario); });
        const QJsonArray meetings = arrayAt(root, QStringLiteral("meetings"), QStringLiteral("$"), false);
        for (qsizetype i = 0; i < meetings.size(); ++i)
            scenario.meetings.append(parseMeeting(meetings.at(i), QStringLiteral("$.meetings[%1]").arg(i), scenario));
        scenario.relays = parseRelays(arrayAt(root, QStringLiteral("relays"), QStringLiteral("$"), false), scenario);
        scenario.options = parseOptions(root.value(QStringLiteral("options")), QStringLiteral("$.options"));
        return scenario;
    } catch (const ScenarioError &e) {
        if (error)
            *error = e.message;
        return std::nullopt;
    }
}

const ScenarioTenant *Scenario::tenant(const QString &idOrDomain) const
{
    for (const ScenarioTenant &t : tenants) {
        if (t.id.compare(idOrDomain, Qt::CaseInsensitive) == 0 || t.domains.contains(idOrDomain, Qt::CaseInsensitive))
            return &t;
    }
    return nullptr;
}

const ScenarioApp *Scenario::app(const QString &tenantId, const QString &clientId) const
{
    const ScenarioTenant *t = tenant(tenantId);
    if (!t)
        return nullptr;
    for (const ScenarioApp &a : t->apps) {
        if (a.clientId.compare(clientId, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

QString outcomeName(AnswerOutcome outcome)
{
    switch (outcome) {
    case AnswerOutcome::Accept: return QStringLiteral("accept");
    case AnswerOutcome::Decline: return QStringLiteral("decline");
    case AnswerOutcome::Busy: return QStringLiteral("busy");
    case AnswerOutcome::NoAnswer: return QStringLiteral("noAnswer");
    case AnswerOutcome::Unreachable: return QStringLiteral("unreachable");
    }
    return {};
}

} // namespace graphsim
