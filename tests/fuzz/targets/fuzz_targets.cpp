#include "fuzz/targets/fuzz_targets.h"

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace moderato_fuzz {

const QList<Harness> &harnesses()
{
    static const QList<Harness> all = {
        {"roster_parser", rosterParser, true},
        {"operation_parser", operationParser, true},
        {"graph_error", graphError, false},
        {"retry_after", retryAfter, false},
        {"batch_response", batchResponse, true},
        {"token_response", tokenResponse, false},
        {"sim_invite", simInvite, true},
        {"sim_batch", simBatch, true},
        {"sim_token", simToken, false},
        {"join_target", joinTarget, false},
        {"comms_notification", commsNotification, true},
        {"jwt", jwt, false},
        {"relay_message", relayMessage, false},
        {"http_request_head", httpRequestHead, false},
    };
    return all;
}

void violated(const char *property)
{
    std::fprintf(stderr, "fuzz property violated: %s\n", property);
    std::abort();
}

void quietQtMessages()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            fprintf(stderr, "%s\n", qPrintable(message));
            abort();
        }
    });
}

} // namespace moderato_fuzz
