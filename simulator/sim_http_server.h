// QAbstractHttpServer that hands every request to one callback with a connection it can answer later.
#pragma once

#include "simulator/http_connection.h"
#include "simulator/http_message.h"

#include <QAbstractHttpServer>

#include <functional>

namespace graphsim {

class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &, const HttpConnection &)>;

    explicit SimHttpServer(QObject *parent = nullptr);
    void setHandler(Handler handler);

    static HttpRequest toHttpRequest(const QHttpServerRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace graphsim
