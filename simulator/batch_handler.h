// POST /v1.0/$batch: up to 20 requests, each run through the same routes with the outer Authorization.
#pragma once

#include "simulator/router.h"

namespace graphsim {

class World;

class BatchHandler
{
public:
    using ItemDispatch = std::function<HttpResponse(const HttpRequest &, const RequestContext &)>;

    BatchHandler(const World &world, ItemDispatch dispatch);
    void registerOn(Router &router);
    HttpResponse handle(const HttpRequest &request, const RequestContext &context) const;

    static constexpr int kMaxRequests = 20;

private:
    const World &m_world;
    ItemDispatch m_dispatch;
};

} // namespace graphsim
