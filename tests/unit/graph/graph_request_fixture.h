#pragma once
// Shared set-up of the request tests: a GraphClient over a fake network and a fake token source.

// GraphRequest behaviour against a scripted network: headers, token handling, retries,
// non-idempotent safety, decoding, and the endpoint classes' requests and parsing.
#include "core/graph/participant_requests.h"
#include "core/graph/call_requests.h"
#include "core/graph/get_operation_request.h"
#include "core/graph/invite_participants_request.h"
#include "core/graph/join_meeting_request.h"
#include "core/graph/list_participants_request.h"
#include "core/graph/user_requests.h"
#include "core/graph/user_agent.h"
#include "support/graph_examples.h"
#include "unit/graph/fake_graph_client.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace moderato;
using namespace testing;
using testsupport::graphExample;

namespace graph_request_fixture {

inline const QUrl Root = FakeGraphRoot;

inline QByteArray callBody(const char *id = "c1")
{
    return QByteArray("{\"id\":\"") + id + "\",\"state\":\"established\"}";
}

inline QJsonObject bodyOf(const RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

//! Runs \a request to completion and returns whether it succeeded.
inline bool run(GraphClient &client, GraphRequest *request, int timeoutMs = 5000)
{
    request->setAutoDelete(false);
    QSignalSpy finished(request, &GraphRequest::finished);
    client.send(request);
    if (!finished.wait(timeoutMs))
        qWarning("request did not finish");
    return request->isSucceeded();
}

} // namespace graph_request_fixture

using namespace graph_request_fixture;

//! The base of a request test: a fresh client over a fresh fake network for each test function.
class RequestTest : public QObject, public FakeGraphClient
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
};
