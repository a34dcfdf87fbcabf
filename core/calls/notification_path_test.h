#pragma once
// NotificationPathTest: proves that Graph could reach Moderato with the given notification
// settings — opens the listener they name (with its own receiver, beside any running one), sends
// one probe POST to the public callback address from this computer, and reports whether it came
// back to this process through the relay or the user's tunnel.

#include "core/calls/notification_hookup.h"

#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace moderato {

class NotificationPathTest : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        QString text; //!< one or two sentences for the moderator
    };
    using Callback = std::function<void(const Result &result)>;

    //! \a nam is not owned and must outlive the test.
    NotificationPathTest(QNetworkAccessManager *nam, const NotificationHookup::Config &config,
                         QObject *parent = nullptr);
    ~NotificationPathTest() override;

    //! Calls \a done once, within about \a timeoutMs.
    void run(Callback done, int timeoutMs = 20000);

private:
    void sendProbe();
    void finish(bool ok, const QString &text);

    QNetworkAccessManager *m_nam;
    NotificationHookup::Config m_config;
    std::unique_ptr<NotificationHookup> m_hookup;
    Callback m_done;
    QByteArray m_nonce;
    bool m_sent = false;
    bool m_heard = false;
};

} // namespace moderato
