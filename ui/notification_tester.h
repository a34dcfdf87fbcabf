#pragma once
// NotificationTester: what the account dialog needs to prove its notification settings — open the
// listener they name and send a request to the public address that must come back to this
// computer. The app implements it with core's NotificationPathTest; the dialog never talks to the
// network itself.

#include "core/auth/notification_settings.h"

#include <QObject>

#include <functional>

namespace moderato {

class NotificationTester
{
public:
    using Callback = std::function<void(bool ok, const QString &text)>;
    virtual ~NotificationTester() = default;
    //! \a typedRelayKey empty: the relay key stored in the keychain. Calls \a done once, later,
    //! unless \a context is destroyed first.
    virtual void test(const NotificationSettings &settings, const QString &typedRelayKey, QObject *context,
                      Callback done) = 0;
};

} // namespace moderato
