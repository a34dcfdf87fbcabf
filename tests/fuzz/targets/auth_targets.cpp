// Fuzz entry for the token endpoint's answers, read by TokenProvider and tokenErrorFromReply().
#include "fuzz/targets/fuzz_targets.h"

#include "core/auth/cloud.h"
#include "core/auth/fixed_secret_source.h"
#include "core/auth/token_error.h"
#include "core/auth/token_provider.h"
#include "unit/graph/fake_network.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>

namespace moderato_fuzz {

using namespace moderato;

namespace {

const QString kSecret = QStringLiteral("fuzz~Secret.0123456789abcdefghijklmnopqrstu");

} // namespace

static void tokenResponseOnce(const QByteArray &input)
{
    if (input.isEmpty())
        return;
    static const int statuses[] = {200, 200, 200, 400, 401, 403, 404, 429, 500, 503};
    const int status = statuses[quint8(input.at(0)) % std::size(statuses)];
    const QByteArray body = input.mid(1);

    const SignInContext context{
        QStringLiteral("contoso.onmicrosoft.com"), QStringLiteral("11111111-2222-3333-4444-555555555555"),
        QStringLiteral("https://graph.microsoft.com/.default"), QStringLiteral("login.microsoftonline.com")};
    const GraphError direct = tokenErrorFromReply(status, body, context);
    if (direct.kind != GraphError::Kind::Auth || direct.userMessage().isEmpty())
        violated("a token error without a sign-in sentence");

    testing::FakeNetwork network;
    network.handler = [&](const testing::RecordedRequest &) { return testing::FakeResponse::json(status, body); };
    FixedSecretSource secrets(kSecret);
    TokenProvider provider(&network, CloudEndpoints::forCloud(Cloud::Global), context.tenantId, context.clientId,
                           &secrets);
    provider.setClock([] { return QDateTime(QDate(2025, 3, 3), QTime(9, 0), QTimeZone::utc()); });
    provider.setRetryPolicy(RetryPolicy{.maxRetries = 0});

    bool answered = false;
    QString token;
    GraphError error;
    QEventLoop loop;
    QTimer watchdog; // not QTimer::singleShot(): its timer object would outlive this input
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, [] { violated("a token answer never finished"); });
    watchdog.start(10000);
    provider.requestToken(&loop, [&](const QString &t, const GraphError &e) {
        answered = true;
        token = t;
        error = e;
        loop.quit();
    });
    loop.exec();

    if (!answered)
        violated("requestToken() never answered");
    if (token.isEmpty() == !error.isError())
        violated("a token answer is neither a token nor an error");
    if (!token.isEmpty() && (status != 200 || !provider.hasValidToken()))
        violated("a token accepted from a non-200 answer or not kept");
    if (error.isError() && (error.kind != GraphError::Kind::Auth || error.userMessage().isEmpty()))
        violated("a failed sign-in without a sign-in sentence");
    // Whatever the service answers, the moderator never sees the secret in a message (unless the
    // service itself echoed it back, which the fuzzer may try).
    if (!input.contains(kSecret.toLatin1())
        && (error.userMessage().contains(kSecret) || error.diagnostics().contains(kSecret)))
        violated("the client secret appears in a sign-in message");
    if (network.requests.size() != 1)
        violated("a token request sent again although retries are off");
}

void tokenResponse(const QByteArray &input)
{
    tokenResponseOnce(input);
    // What the objects of this input handed to deleteLater() (requests, replies, timers) is
    // deleted now: an event loop that never comes back would keep it to the next input, and
    // libFuzzer would then count every input as a possible leak and check it (10x slower).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace moderato_fuzz
