#pragma once
// The entry points shared by the libFuzzer harnesses (tests/fuzz/fuzz_*.cpp, built with clang and
// -fsanitize=fuzzer) and the replay test (tests/fuzz/replay, built in the regular suite), so that
// every seed and every input that once crashed goes through exactly the same code on every CI run.
//
// Each entry takes arbitrary bytes, runs them through Moderato's real parsing code and checks
// the properties that must hold for any input; a violated property aborts (abort() is a crash
// to libFuzzer and a failure to the replay test).

#include <QByteArray>
#include <QList>
#include <QString>

namespace moderato_fuzz {

using Entry = void (*)(const QByteArray &input);

struct Harness
{
    const char *name; //!< fuzz_<name> executable, seeds/<name>, regressions/<name>
    Entry entry;
    bool graphDataSeeds; //!< also seeded with every tests/data/graph/*.json
};

//! Every harness, in a fixed order.
const QList<Harness> &harnesses();

//! Reports the violated \a property on standard error and aborts: a crash to libFuzzer, a failure
//! to the replay test.
[[noreturn]] void violated(const char *property);

//! Silences Qt's message output (parsers log what they skip) without hiding fatal messages.
void quietQtMessages();

// core/calls
void rosterParser(const QByteArray &input);    //!< RosterParser, Participant::fromJson, fromJsonBytes
void operationParser(const QByteArray &input); //!< OperationInfo, ResultInfo
void joinTarget(const QByteArray &input);      //!< parseJoinTarget: whatever a moderator pastes
// core/notifications
void commsNotification(const QByteArray &input); //!< a commsNotifications body, then applied to a NotifiedRoster
// core/graph
void graphError(const QByteArray &input);    //!< GraphError::fromReply: 2 status bytes, headers, "\n\n", body
void retryAfter(const QByteArray &input);    //!< parseRetryAfter, parseHttpDate
void batchResponse(const QByteArray &input); //!< a $batch answer through BatchRunner (fake network)
// core/notifications
void jwt(const QByteArray &input); //!< parseJws, RsaPublicKey::fromJwk, the verifier without keys
// core/auth
void tokenResponse(const QByteArray &input); //!< TokenProvider (fake network): 1 status byte, body
// core/notifications
void relayMessage(const QByteArray &input);    //!< parseRelayMessage: a text message from the relay
void httpRequestHead(const QByteArray &input); //!< parseHttpRequestHead: the local listener's request head
// simulator
void simInvite(const QByteArray &input); //!< POST …/participants/invite body
void simBatch(const QByteArray &input);  //!< POST /$batch body, items run through the routes
void simToken(const QByteArray &input);  //!< form-encoded token request ("Authorization: …\n" optional)

} // namespace moderato_fuzz
