#include "ui/call_header.h"

#include "ui/eliding_label.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace moderato {

namespace {

QToolButton *countButton(const QString &objectName, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setToolTip(tip);
    button->setCursor(Qt::PointingHandCursor);
    // A quiet chip that is also a shortcut to the people it counts.
    button->setStyleSheet(QStringLiteral("QToolButton { background: palette(alternate-base); border: none;"
                                         " border-radius: 4px; padding: 4px 7px; }"
                                         " QToolButton:hover { background: palette(midlight); }"));
    return button;
}

// Graph's call states are API words; the known ones are shown in the moderator's language.
QString callStateText(const QString &state)
{
    if (state == QLatin1String("incoming"))
        return CallHeader::tr("incoming", "call state");
    if (state == QLatin1String("establishing"))
        return CallHeader::tr("connecting", "call state");
    if (state == QLatin1String("established"))
        return CallHeader::tr("connected", "call state");
    if (state == QLatin1String("hold"))
        return CallHeader::tr("on hold", "call state");
    if (state == QLatin1String("transferring") || state == QLatin1String("transferAccepted")
        || state == QLatin1String("redirecting"))
        return CallHeader::tr("being transferred", "call state");
    if (state == QLatin1String("terminating"))
        return CallHeader::tr("ending", "call state");
    if (state == QLatin1String("terminated"))
        return CallHeader::tr("ended", "call state");
    return state;
}

QColor dotColour(CallSession::ConnectionState state)
{
    using S = CallSession::ConnectionState;
    switch (state) {
    case S::Live: return QColor(0x2f, 0x9e, 0x44);
    case S::Refreshing:
    case S::Loading: return QColor(0x1c, 0x7e, 0xd6);
    case S::Stale: return QColor(0xe6, 0x77, 0x00);
    case S::RateLimited: return QColor(0xc9, 0x2a, 0x2a);
    case S::Joining: return QColor(0x1c, 0x7e, 0xd6);
    case S::InLobby: return QColor(0xe6, 0x77, 0x00);
    case S::Ended:
    case S::Idle: break;
    }
    return QColor(0x86, 0x8e, 0x96);
}

} // namespace

QString CallHeader::rateLimitText(int secondsLeft)
{
    if (secondsLeft <= 0)
        return tr("Rate limited — retrying now");
    return tr("Rate limited — retrying in %n s", nullptr, secondsLeft);
}

CallHeader::CallHeader(QWidget *parent)
    : QWidget(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_title(new ElidingLabel(this))
    , m_subtitle(new ElidingLabel(this))
    , m_inCall(countButton(QStringLiteral("inCallCount"), tr("Show everyone"), this))
    , m_inLobby(countButton(QStringLiteral("inLobbyCount"), tr("Show only the people waiting in the lobby"), this))
    , m_invited(countButton(QStringLiteral("invitedCount"), tr("Show only the invitations still ringing"), this))
    , m_connectionDot(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_lastRefresh(new QLabel(this))
    , m_countdown(new QTimer(this))
{
    m_title->setObjectName(QStringLiteral("callTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("callSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_connection->setTextFormat(Qt::PlainText);
    QFont bold = m_connection->font();
    bold.setBold(true);
    m_connection->setFont(bold);
    m_lastRefresh->setObjectName(QStringLiteral("lastRefresh"));
    m_lastRefresh->setTextFormat(Qt::PlainText);
    m_lastRefresh->setForegroundRole(QPalette::PlaceholderText);
    m_lastRefresh->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_connectionDot->setFixedSize(12, 12);

    auto *connectionLine = new QHBoxLayout;
    connectionLine->setSpacing(6);
    connectionLine->addStretch(1);
    connectionLine->addWidget(m_connectionDot);
    connectionLine->addWidget(m_connection);

    // The call and how fresh the roster is above; its id, the counts and the time below. The
    // title and id give up width first (elided), so half a laptop screen is wide enough.
    auto *counts = new QHBoxLayout;
    counts->setSpacing(6);
    counts->addWidget(m_inCall);
    counts->addWidget(m_inLobby);
    counts->addWidget(m_invited);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(12, 8, 12, 8);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_title, 0, 0, 1, 2);
    grid->addLayout(connectionLine, 0, 2);
    grid->addWidget(m_subtitle, 1, 0);
    grid->addLayout(counts, 1, 1);
    grid->addWidget(m_lastRefresh, 1, 2);
    grid->setColumnStretch(0, 1);

    connect(m_inCall, &QToolButton::clicked, this, [this] { Q_EMIT countClicked(Count::InCall); });
    connect(m_inLobby, &QToolButton::clicked, this, [this] { Q_EMIT countClicked(Count::InLobby); });
    connect(m_invited, &QToolButton::clicked, this, [this] { Q_EMIT countClicked(Count::Invited); });

    m_countdown->setSingleShot(true);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        updateConnection();
        scheduleTick();
        Q_EMIT countdownTicked(secondsUntilRetry());
    });
    setState({});
}

void CallHeader::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    updateConnection();
}

void CallHeader::setState(const CallHeaderState &state)
{
    m_state = state;
    if (state.callId.isEmpty() && state.title.isEmpty()) {
        m_title->setFullText(tr("No call open"));
        m_subtitle->setFullText(tr("Join a meeting with Ctrl+J"));
    } else {
        m_title->setFullText(state.title.isEmpty() ? state.callId : state.title);
        QString subtitle = state.callId;
        if (!state.callState.isEmpty())
            subtitle = tr("%1 · %2", "call id · call state").arg(state.callId, callStateText(state.callState));
        if (state.notificationsInUse)
            subtitle = tr("%1 · notifications on", "call id and state · notifications").arg(subtitle);
        m_subtitle->setFullText(subtitle);
    }
    // "100+": short enough for a narrow window in every language; the tooltip says why.
    m_inCall->setText(state.rosterMayBeIncomplete ? tr("%n+ in the call", "at least this many", state.inCall)
                                                  : tr("%n in the call", nullptr, state.inCall));
    m_inCall->setToolTip(state.rosterMayBeIncomplete
                             ? tr("Show everyone. Graph lists at most 100 people: there may be more in the call.")
                             : tr("Show everyone"));
    m_inLobby->setText(tr("%n in the lobby", nullptr, state.inLobby));
    m_invited->setText(tr("%n invited", nullptr, state.invited));
    const bool rateLimited = state.connection == CallSession::ConnectionState::RateLimited;
    if (rateLimited && !m_countdown->isActive())
        scheduleTick();
    else if (!rateLimited)
        m_countdown->stop();
    updateConnection();
}

void CallHeader::scheduleTick()
{
    // Tick just after the shown number of seconds changes, so the countdown never lags.
    int next = 1000;
    if (m_state.rateLimitedUntil.isValid()) {
        const qint64 ms = m_now().msecsTo(m_state.rateLimitedUntil);
        if (ms > 0)
            next = int(ms % 1000) + 5;
    }
    m_countdown->start(next);
}

int CallHeader::secondsUntilRetry() const
{
    if (m_state.connection != CallSession::ConnectionState::RateLimited || !m_state.rateLimitedUntil.isValid())
        return 0;
    const qint64 ms = m_now().msecsTo(m_state.rateLimitedUntil);
    return ms <= 0 ? 0 : int(std::ceil(double(ms) / 1000.0));
}

QString CallHeader::connectionText() const
{
    using S = CallSession::ConnectionState;
    switch (m_state.connection) {
    case S::Idle: return tr("Not connected");
    case S::Joining: return tr("Joining…");
    case S::InLobby: return tr("In the lobby");
    case S::Ended: return tr("Ended");
    case S::Loading: return tr("Loading the roster…");
    case S::Live: return tr("Live");
    case S::Refreshing: return tr("Refreshing…");
    case S::Stale:
        if (m_state.staleSince.isValid())
            return tr("Stale since %1").arg(localTime(m_state.staleSince));
        return tr("Stale");
    case S::RateLimited: return rateLimitText(secondsUntilRetry());
    }
    return {};
}

QString CallHeader::localTime(const QDateTime &utc) const
{
    // Seconds matter when the roster refreshes every few seconds; 24-hour time reads the same in every language.
    return utc.toLocalTime().time().toString(QStringLiteral("HH:mm:ss"));
}

void CallHeader::updateConnection()
{
    m_connection->setText(connectionText());
    const QColor colour = dotColour(m_state.connection);
    QPixmap dot(m_connectionDot->size() * devicePixelRatio());
    dot.setDevicePixelRatio(devicePixelRatio());
    dot.fill(Qt::transparent);
    {
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(1, 1, 10, 10));
    }
    m_connectionDot->setPixmap(dot);
    m_connectionDot->setAccessibleName(m_connection->text());
    if (m_state.lastRefresh.isValid())
        m_lastRefresh->setText(tr("Updated %1").arg(localTime(m_state.lastRefresh)));
    else
        m_lastRefresh->setText(tr("Not updated yet"));
}

} // namespace moderato
