// Fuzz entries for the parsers of core/calls and core/graph.
#include "fuzz/targets/fuzz_targets.h"

#include "core/calls/join_target.h"
#include "core/calls/operation_info.h"
#include "core/calls/participant_model.h"
#include "core/calls/roster_parser.h"
#include "core/graph/batch_runner.h"
#include "core/graph/graph_client.h"
#include "core/graph/graph_error.h"
#include "core/graph/retry_policy.h"
#include "unit/graph/fake_network.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace moderato_fuzz {

using namespace moderato;

namespace {

//! A fixed "now", so that runs are reproducible.
QDateTime fixedNow()
{
    return QDateTime(QDate(2025, 3, 3), QTime(9, 0), QTimeZone::utc());
}

//! Reads everything the UI and the CLI read from a participant.
void touch(const Participant &participant)
{
    if (!participant.isValid())
        violated("a parsed participant without an id");
    (void)participant.displayName();
    (void)participant.identities();
    (void)participant.identity(participant.kind());
    (void)participant.mediaKinds();
    (void)participant.isMuted();
    (void)participant.isInLobby();
    const QJsonObject summary = participant.toSummaryJson();
    if (summary.value(QLatin1String("id")).toString() != participant.id())
        violated("the summary JSON names another id");
    (void)QJsonDocument(summary).toJson(QJsonDocument::Compact);
}

void checkSnapshot(const RosterSnapshot &snapshot)
{
    QSet<QString> ids;
    for (const Participant &participant : snapshot.participants) {
        touch(participant);
        if (ids.contains(participant.id()))
            violated("a snapshot with a duplicate participant id");
        ids.insert(participant.id());
    }
    if (!snapshot.ok && !snapshot.participants.isEmpty())
        violated("an unusable roster body with participants");
    if (!snapshot.ok && snapshot.error.isEmpty())
        violated("an unusable roster body without a reason");
}

//! A roster the fuzzed one is diffed against, so that rows are inserted, changed and removed.
const RosterSnapshot &baseline()
{
    static const RosterSnapshot snapshot = RosterParser::parse(
        QByteArrayLiteral(R"({"value":[{"id":"a","info":{"identity":{"user":{"id":"u1","displayName":"Ada"}}},)"
                          R"("mediaStreams":[{"mediaType":"audio","direction":"sendReceive","serverMuted":false}],)"
                          R"("isMuted":false,"isInLobby":false},)"
                          R"({"id":"b","info":{"identity":{"phone":{"id":"+14255550123"}}},"isMuted":true}]})"));
    return snapshot;
}

void applyToModel(const RosterSnapshot &snapshot)
{
    ParticipantModel model;
    model.apply(baseline());
    model.apply(snapshot);
    if (model.rowCount() != snapshot.participants.size())
        violated("the model's rows differ from the snapshot it was given");
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            (void)model.data(model.index(row, column), Qt::DisplayRole);
    }
}

RawHeaders headersFrom(QByteArrayView block)
{
    RawHeaders headers;
    for (const QByteArray &line : block.toByteArray().split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return headers;
}

} // namespace

void rosterParser(const QByteArray &input)
{
    const RosterSnapshot snapshot = RosterParser::parse(input);
    checkSnapshot(snapshot);
    if (snapshot.ok)
        applyToModel(snapshot);

    // A notification's resourceData is a bare array; a single participant is an object.
    const QJsonDocument document = QJsonDocument::fromJson(input);
    if (document.isArray()) {
        const RosterSnapshot fromArray = RosterParser::parse(document.array());
        checkSnapshot(fromArray);
        RosterSnapshot combined = baseline();
        RosterParser::appendPage(combined, fromArray);
        checkSnapshot(combined);
    } else if (document.isObject()) {
        QString problem;
        const Participant participant = Participant::fromJson(document.object(), &problem);
        if (participant.isValid())
            touch(participant);
        else if (problem.isEmpty())
            violated("an invalid participant without a problem");
    }

    // The same participant straight from the bytes, or nothing: never one Qt's document does
    // not give.
    QString bytesProblem;
    if (const auto fromBytes = Participant::fromJsonBytes(input, &bytesProblem)) {
        if (!document.isObject())
            violated("a participant read from bytes that are not one JSON object");
        QString problem;
        const Participant expected = Participant::fromJson(document.object(), &problem);
        if (!(*fromBytes == expected) || fromBytes->isValid() != expected.isValid() || bytesProblem != problem)
            violated("the bytes reader and the document disagree on a participant");
        if (fromBytes->isValid())
            touch(*fromBytes);
    } else if (!bytesProblem.isEmpty()) {
        violated("the bytes reader set a problem and gave no participant");
    }
}

void operationParser(const QByteArray &input)
{
    QString problem;
    const OperationInfo operation = OperationInfo::fromJson(input, &problem);
    (void)operation.isTerminal();
    const InvitationOutcome outcome = outcomeFromResultInfo(operation.resultInfo);
    (void)describe(outcome, operation.resultInfo);
    (void)outcomeName(outcome);
    (void)operation.resultInfo.codeText();
    if (operation.status && operationStatusFromString(operationStatusName(*operation.status)) != operation.status)
        violated("an operation status does not survive its own name");
    for (const OperationParticipant &participant : operation.participants)
        (void)participant.identity.displayName;

    const QJsonDocument document = QJsonDocument::fromJson(input);
    if (document.isObject()) {
        for (const OperationInfo &notified : OperationInfo::fromNotifications(document.object()))
            (void)describe(outcomeFromResultInfo(notified.resultInfo), notified.resultInfo);
        const ResultInfo info = ResultInfo::fromJson(document.object());
        (void)describe(outcomeFromResultInfo(info), info);
    }
}

namespace {

bool isMeetingIdOfDigits(const QString &id)
{
    return id.size() >= 9 && id.size() <= 15
           && std::all_of(id.begin(), id.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

void checkJoinTarget(const JoinTarget &target)
{
    const MeetingToJoin &meeting = target.meeting;
    const bool byThread = !meeting.threadId.isEmpty() && !meeting.organizerId.isEmpty() && !meeting.tenantId.isEmpty();
    const bool byId = !meeting.joinMeetingId.isEmpty();
    switch (target.kind) {
    case JoinTarget::Kind::MeetupLink:
    case JoinTarget::Kind::MeetingId:
        if (byThread == byId)
            violated("a meeting to join by neither or both of thread+organizer+tenant and meeting ID");
        if (byId && !isMeetingIdOfDigits(meeting.joinMeetingId))
            violated("a meeting ID that is not 9 to 15 digits");
        if (byThread != (target.kind == JoinTarget::Kind::MeetupLink))
            violated("a join target whose kind does not say how it joins");
        if (!target.callId.isEmpty())
            violated("a meeting to join with a call id");
        if (!meeting.passcode.isEmpty() && (!byId || meeting.passcode.size() > 20))
            violated("a passcode without a meeting ID, or longer than 20 characters");
        (void)meeting.toCallBody();
        break;
    case JoinTarget::Kind::CallId:
        if (target.callId.size() != 36 || byThread || byId)
            violated("a call id that is not a GUID, or one with a meeting");
        break;
    }
    if (!meeting.callbackUri.isEmpty())
        violated("a join target with a callback URL the caller did not give");
    if (target.description().isEmpty() || target.joinedBy().isEmpty())
        violated("a join target without a description");
}

} // namespace

void joinTarget(const QByteArray &input)
{
    const QString text = QString::fromUtf8(input);
    QString error = QStringLiteral("stale");
    const std::optional<JoinTarget> target = parseJoinTarget(text, &error);
    if (target.has_value() == !error.isEmpty())
        violated("a pasted text read as both a join target and an error, or as neither");
    if (!target) {
        if (error.contains(QLatin1Char('\n')) || error.size() > 400)
            violated("a refusal that is not one short sentence");
        return;
    }
    if (text.size() > JoinTarget::maxTextLength)
        violated("a pasted text longer than the limit was accepted");
    checkJoinTarget(*target);
    // Whitespace around the text changes nothing.
    if (text.size() + 2 <= JoinTarget::maxTextLength) {
        const auto padded = parseJoinTarget(QLatin1Char('\n') + text + QLatin1Char(' '), nullptr);
        if (!padded || padded->kind != target->kind || padded->meeting.toCallBody() != target->meeting.toCallBody()
            || padded->callId != target->callId)
            violated("whitespace around a pasted text changed what it was read as");
    }
}

void graphError(const QByteArray &input)
{
    if (input.size() < 2)
        return;
    const int status = 100 + ((quint8(input.at(0)) << 8) | quint8(input.at(1))) % 500;
    const QByteArray rest = input.mid(2);
    const qsizetype split = rest.indexOf("\n\n");
    const RawHeaders headers = split < 0 ? RawHeaders() : headersFrom(rest.left(split));
    const QByteArray body = split < 0 ? rest : rest.mid(split + 2);

    const GraphError error = GraphError::fromReply(status, headers, body, fixedNow());
    if (error.kind != GraphError::Kind::Http || error.httpStatus != status)
        violated("an HTTP error answer read as something else");
    if (error.retryAfter && error.retryAfter->count() < 0)
        violated("a negative Retry-After");
    if (error.userMessage().isEmpty())
        violated("an HTTP error without a sentence for the moderator");
    (void)error.diagnostics();
    (void)error.missingPermission();
}

void retryAfter(const QByteArray &input)
{
    const auto delay = parseRetryAfter(input, fixedNow());
    if (delay && delay->count() < 0)
        violated("a negative Retry-After");
    (void)parseRetryAfter(input, QDateTime());
    const QDateTime date = parseHttpDate(input);
    if (date.isValid() && date.timeSpec() != Qt::UTC)
        violated("an HTTP date that is not UTC");
}

namespace {

//! Whether a $batch answer, as BatchRequest reads it, has an item refused with 401.
bool refusesAToken(const QByteArray &answer)
{
    const QJsonArray responses = QJsonDocument::fromJson(answer).object().value(QLatin1String("responses")).toArray();
    for (const QJsonValue &response : responses) {
        if (response[QLatin1String("status")].isDouble() && response[QLatin1String("status")].toInt() == 401)
            return true;
    }
    return false;
}

//! How many items of a $batch answer were answered 400: each may go out once more, alone (Graph
//! may refuse calling requests inside a batch).
int refusedWith400(const QByteArray &answer)
{
    int count = 0;
    const QJsonArray responses = QJsonDocument::fromJson(answer).object().value(QLatin1String("responses")).toArray();
    for (const QJsonValue &response : responses) {
        if (response[QLatin1String("status")].isDouble() && response[QLatin1String("status")].toInt() == 400)
            ++count;
    }
    return count;
}

} // namespace

static void batchResponseOnce(const QByteArray &input)
{
    testing::FakeNetwork network;
    network.handler = [&input](const testing::RecordedRequest &) { return testing::FakeResponse::json(200, input); };
    GraphClient client(&network, nullptr, QUrl(QStringLiteral("https://graph.microsoft.com")));
    client.setClock(fixedNow);
    client.setRetryPolicy(RetryPolicy{.maxRetries = 0}); // a throttled item is reported at once, nothing waits

    BatchRunner runner(&client);
    const QString call = QStringLiteral("call-1");
    runner.addItem(BatchItem::removeParticipant(call, QStringLiteral("p1")));
    runner.addItem(BatchItem::removeParticipant(call, QStringLiteral("p2")));
    runner.addItem(BatchItem::muteParticipant(call, QStringLiteral("p3")));

    QEventLoop loop;
    QObject::connect(&runner, &BatchRunner::finished, &loop, &QEventLoop::quit);
    QTimer watchdog; // not QTimer::singleShot(): its timer object would outlive this input
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, [] { violated("a batch answer never finished"); });
    watchdog.start(10000);
    runner.start();
    if (!runner.isFinished())
        loop.exec();

    const auto results = runner.results();
    if (results.size() != 3)
        violated("a batch item without an outcome");
    for (const BatchItemResult &result : results) {
        if (result.ok() && (result.status < 200 || result.status >= 300))
            violated("a batch item reported done with a non-2xx status");
        if (result.attempts > 2)
            violated("a batch item sent more than twice although retries are off");
        (void)result.error.userMessage();
    }
    // Only items refused with 401 (an expired token; Graph acted on nothing) go out again in a
    // batch, once; only items answered 400 go out alone, once each.
    qsizetype batches = 0;
    qsizetype alone = 0;
    for (const testing::RecordedRequest &request : network.requests)
        (request.url.path().endsWith(QLatin1String("$batch")) ? batches : alone) += 1;
    if (batches > 2 || (batches == 2 && !refusesAToken(input)))
        violated("a batch sent again although retries are off and no token was refused");
    if (alone > qMin(3, 2 * refusedWith400(input)))
        violated("an item sent alone that no batch answered 400");
}

void batchResponse(const QByteArray &input)
{
    batchResponseOnce(input);
    // What the objects of this input handed to deleteLater() (requests, replies, timers) is
    // deleted now: an event loop that never comes back would keep it to the next input, and
    // libFuzzer would then count every input as a possible leak and check it (10x slower).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace moderato_fuzz
