#pragma once
// A GraphClient over a fake network and a fake token source, owned for one test function: the
// test class derives from it and calls setUp() in init() and tearDown() in cleanup().

#include "core/graph/graph_client.h"
#include "unit/graph/fake_network.h"

namespace testing {

inline const QUrl FakeGraphRoot(QStringLiteral("https://graph.example.test"));

class FakeGraphClient
{
public:
    //! \a fastRetries: retries after 1 to 5 ms instead of the default backoff.
    void setUp(bool fastRetries = true)
    {
        m_nam = new FakeNetwork;
        m_tokens = new FakeTokenSource;
        m_client = new moderato::GraphClient(m_nam, m_tokens, FakeGraphRoot);
        if (fastRetries)
            m_client->setRetryPolicy(fastRetryPolicy());
    }
    void tearDown()
    {
        delete m_client;
        delete m_tokens;
        delete m_nam;
    }

    static moderato::RetryPolicy fastRetryPolicy()
    {
        moderato::RetryPolicy fast;
        fast.backoffBase = std::chrono::milliseconds(1);
        fast.backoffCap = std::chrono::milliseconds(5);
        return fast;
    }

protected:
    FakeNetwork *m_nam = nullptr;
    FakeTokenSource *m_tokens = nullptr;
    moderato::GraphClient *m_client = nullptr;
};

} // namespace testing
