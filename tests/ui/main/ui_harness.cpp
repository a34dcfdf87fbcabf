#include "ui/main/ui_harness.h"

#include "core/calls/call_session.h"
#include "core/calls/directory_search.h"
#include "core/calls/join_target.h"
#include "core/calls/meeting_options_controller.h"
#include "core/calls/participant_model.h"
#include "ui/invite_dialog.h"
#include "ui/main_window.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTableView>
#include <QTest>

namespace moderato::test {

namespace {

QJsonObject identity(const QString &id, const QString &name, const QString &tenant = {})
{
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("displayName"), name}};
    if (!tenant.isEmpty())
        o.insert(QStringLiteral("tenantId"), tenant);
    return o;
}

QJsonObject participant(const QString &id, const QString &identityKey, const QJsonObject &who, bool muted = false,
                        bool inLobby = false, bool video = false)
{
    QJsonArray media{QJsonObject{{QStringLiteral("mediaType"), QStringLiteral("audio")},
                                 {QStringLiteral("direction"), QStringLiteral("sendReceive")},
                                 {QStringLiteral("label"), QStringLiteral("main-audio")},
                                 {QStringLiteral("sourceId"), QStringLiteral("1")},
                                 {QStringLiteral("serverMuted"), false}}};
    if (video) {
        media.append(QJsonObject{{QStringLiteral("mediaType"), QStringLiteral("video")},
                                 {QStringLiteral("direction"), QStringLiteral("sendReceive")},
                                 {QStringLiteral("label"), QStringLiteral("main-video")},
                                 {QStringLiteral("sourceId"), QStringLiteral("2")},
                                 {QStringLiteral("serverMuted"), false}});
    }
    return QJsonObject{
        {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.participant")},
        {QStringLiteral("id"), id},
        {QStringLiteral("info"), QJsonObject{{QStringLiteral("identity"), QJsonObject{{identityKey, who}}}}},
        {QStringLiteral("mediaStreams"), media},
        {QStringLiteral("isMuted"), muted},
        {QStringLiteral("isInLobby"), inLobby},
    };
}

QJsonObject directoryUser(const QString &id, const QString &name, const QString &upn, const QString &outcome)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("displayName"), name},
        {QStringLiteral("userPrincipalName"), upn},
        {QStringLiteral("answer"), QJsonObject{{QStringLiteral("after"), 3}, {QStringLiteral("outcome"), outcome}}}};
}

} // namespace

QJsonObject uiScenario(const ScenarioOptions &options)
{
    QJsonArray roles{QStringLiteral("Calls.JoinGroupCall.All"), QStringLiteral("Calls.InitiateGroupCall.All")};
    if (options.userReadAll)
        roles.append(QStringLiteral("User.Read.All"));
    if (options.onlineMeetings)
        roles.append(QStringLiteral("OnlineMeetings.ReadWrite.All"));
    QJsonObject app{{QStringLiteral("clientId"), kClientId},
                    {QStringLiteral("secret"), kSecret},
                    {QStringLiteral("roles"), roles},
                    {QStringLiteral("allowRemoveParticipant"), options.allowRemove}};
    if (options.onlineMeetings)
        app.insert(QStringLiteral("onlineMeetingAccessPolicy"), QStringLiteral("global"));
    const QJsonArray tenants{QJsonObject{{QStringLiteral("id"), kTenant}, {QStringLiteral("apps"), QJsonArray{app}}},
                             QJsonObject{{QStringLiteral("id"), kOtherTenant}, {QStringLiteral("apps"), QJsonArray{}}}};
    const QJsonArray users{
        directoryUser(kAcceptUser, QStringLiteral("Ada Accepts"), QStringLiteral("ada@contoso.example"),
                      QStringLiteral("accept")),
        directoryUser(kDeclineUser, QStringLiteral("Dana Declines"), QStringLiteral("dana@contoso.example"),
                      QStringLiteral("decline")),
    };
    QJsonArray roster{
        participant(kBot, QStringLiteral("application"), identity(kClientId, QStringLiteral("Moderato Bot"))),
        participant(
            kJane, QStringLiteral("user"),
            identity(QStringLiteral("c0000000-0000-4000-8000-000000000002"), QStringLiteral("Jane Doe"), kTenant),
            false, false, true),
        participant(kOmar, QStringLiteral("user"),
                    identity(QStringLiteral("c0000000-0000-4000-8000-000000000003"), QStringLiteral("Omar Haddad"),
                             kOtherTenant),
                    true),
        participant(kGuest, QStringLiteral("guest"),
                    identity(QStringLiteral("guest-4"), QStringLiteral("Visiting Auditor")), false, true),
        participant(kPhone, QStringLiteral("phone"),
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("+14255550123")}}),
        participant(
            kLena, QStringLiteral("user"),
            identity(QStringLiteral("c0000000-0000-4000-8000-000000000006"), QStringLiteral("Lena Fischer"), kTenant)),
    };
    for (int n = 0; n < options.extraPhones; ++n)
        roster.append(participant(
            extraPhoneId(n), QStringLiteral("phone"),
            QJsonObject{{QStringLiteral("id"), QStringLiteral("+1425555%1").arg(n, 4, 10, QLatin1Char('0'))}}));
    QJsonObject call{{QStringLiteral("id"), kCall},
                     {QStringLiteral("tenantId"), kTenant},
                     {QStringLiteral("state"), QStringLiteral("established")},
                     {QStringLiteral("subject"), QStringLiteral("Board review")},
                     {QStringLiteral("participants"), roster}};
    if (options.joinEvery > 0 || options.leaveEvery > 0) {
        call.insert(QStringLiteral("churn"), QJsonObject{{QStringLiteral("joinEvery"), options.joinEvery},
                                                         {QStringLiteral("leaveEvery"), options.leaveEvery}});
    }
    return QJsonObject{{QStringLiteral("tenants"), tenants},
                       {QStringLiteral("users"), users},
                       {QStringLiteral("calls"), QJsonArray{call}},
                       {QStringLiteral("options"),
                        QJsonObject{{QStringLiteral("clock"), QStringLiteral("manual")},
                                    {QStringLiteral("ringTimeout"), 600},
                                    {QStringLiteral("operationsGettable"), options.operationsGettable},
                                    {QStringLiteral("seed"), 7},
                                    {QStringLiteral("startTime"), QStringLiteral("2025-03-03T09:00:00Z")}}}};
}

QString extraPhoneId(int n)
{
    return QStringLiteral("d0000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

GraphClient *UiHarness::client() const
{
    return m_core ? m_core->client() : nullptr;
}

QString meetingLink()
{
    const QString thread = QStringLiteral("19:meeting_Qm9hcmQgcmV2aWV3@thread.v2");
    return QStringLiteral("https://teams.microsoft.com/l/meetup-join/%1/0?context=%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(thread)),
             QString::fromLatin1(
                 QUrl::toPercentEncoding(QStringLiteral("{\"Tid\":\"%1\",\"Oid\":\"%2\"}").arg(kTenant, kAcceptUser))));
}

QJsonObject withMeeting(QJsonObject scenario, bool lobbyForApps)
{
    const QJsonArray people{
        participant(
            QStringLiteral("e0000000-0000-4000-8000-000000000001"), QStringLiteral("user"),
            identity(QStringLiteral("c1000000-0000-4000-8000-000000000001"), QStringLiteral("Maya Lin"), kTenant)),
        participant(
            QStringLiteral("e0000000-0000-4000-8000-000000000002"), QStringLiteral("user"),
            identity(QStringLiteral("c1000000-0000-4000-8000-000000000002"), QStringLiteral("Noah Berg"), kTenant)),
        participant(QStringLiteral("e0000000-0000-4000-8000-000000000003"), QStringLiteral("guest"),
                    identity(QStringLiteral("guest-3"), QStringLiteral("Visiting Press"))),
    };
    scenario.insert(
        QStringLiteral("meetings"),
        QJsonArray{QJsonObject{{QStringLiteral("joinWebUrl"), meetingLink()},
                               {QStringLiteral("joinMeetingId"), QStringLiteral("358714290465")},
                               {QStringLiteral("passcode"), QStringLiteral("Qp7hRt")},
                               {QStringLiteral("threadId"), QStringLiteral("19:meeting_Qm9hcmQgcmV2aWV3@thread.v2")},
                               {QStringLiteral("tenantId"), kTenant},
                               {QStringLiteral("organizer"), QJsonObject{{QStringLiteral("id"), kAcceptUser}}},
                               {QStringLiteral("subject"), QStringLiteral("Press briefing")},
                               {QStringLiteral("lobbyForApps"), lobbyForApps},
                               {QStringLiteral("participants"), people}},
                   QJsonObject{{QStringLiteral("joinMeetingId"), QStringLiteral("246813579024")},
                               {QStringLiteral("passcode"), QStringLiteral("Tw8nHl")},
                               {QStringLiteral("threadId"), QStringLiteral("19:meeting_VG93biBoYWxs@thread.v2")},
                               {QStringLiteral("tenantId"), kTenant},
                               {QStringLiteral("organizer"), QJsonObject{{QStringLiteral("id"), kAcceptUser}}},
                               {QStringLiteral("subject"), QStringLiteral("Town hall")},
                               {QStringLiteral("participants"), QJsonArray{people.at(0)}}}});
    QJsonObject options = scenario.value(QStringLiteral("options")).toObject();
    options.insert(QStringLiteral("joinDelay"), 0);
    scenario.insert(QStringLiteral("options"), options);
    return scenario;
}

UiHarness::UiHarness() = default;

UiHarness::~UiHarness()
{
    // The window refers to the session, the session to the client: tear down in that order.
    m_window.reset();
    m_meetingOptions.reset();
    m_search.reset();
    m_session.reset();
    m_core.reset();
}

bool UiHarness::start(const QJsonObject &scenario, QString *error, const HarnessAccount &account)
{
    if (!m_simulator.loadScenario(QJsonDocument(scenario).toJson(), error))
        return false;
    if (m_simulator.listen(QHostAddress::LocalHost, 0) == 0) {
        *error = QStringLiteral("the simulator cannot listen");
        return false;
    }
    m_core = std::make_unique<testsupport::SignedInCore>(
        &m_network, m_simulator.baseUrl(),
        testsupport::TestAccount{account.tenantId, account.clientId, account.secret});
    if (!m_core->ok()) {
        *error = m_core->error();
        return false;
    }
    m_session = std::make_unique<CallSession>(m_core->client(), account.clientId);
    m_session->setHomeTenantId(account.tenantId);
    m_session->setRefreshInterval(300);
    m_search = std::make_unique<DirectorySearch>(m_core->client());
    m_meetingOptions = std::make_unique<MeetingOptionsController>(m_core->client(), account.clientId, m_session.get());

    MainWindow::Options options;
    options.callbackUrl = QUrl(QStringLiteral("https://moderato-test.invalid/callback"));
    options.demo = account.demo;
    options.auditLogPath = account.auditLogPath;
    options.undoWindowMs = account.undoWindowMs;
    options.meetingOptions = m_meetingOptions.get();
    m_window = std::make_unique<MainWindow>(m_session.get(), m_search.get(), options);
    m_window->setConfirmHook([this](const QString &title, const QString &text) {
        questions.append(title + QStringLiteral(": ") + text);
        return confirmAnswer;
    });
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        *error = QStringLiteral("the window was not exposed");
        return false;
    }
    if (account.joinLink.isEmpty()) {
        m_session->open(account.callId);
    } else {
        const auto target = parseJoinTarget(account.joinLink, error);
        if (!target)
            return false;
        m_window->join(*target, account.joinLink);
    }
    const bool live =
        QTest::qWaitFor([this] { return m_session->connectionState() == CallSession::ConnectionState::Live; }, 10000);
    if (!live) {
        *error = QStringLiteral("the first roster did not load: ") + m_session->lastRefreshError();
        return false;
    }
    return true;
}

bool UiHarness::addFaults(const QByteArray &rulesJson)
{
    return testsupport::simHook(m_network, m_simulator.baseUrl(), "POST", QStringLiteral("/_sim/faults"), rulesJson)
        .ok();
}

QJsonObject UiHarness::onlineMeetingOptions()
{
    return testsupport::firstMeetingOptions(m_network, m_simulator.baseUrl());
}

QJsonArray UiHarness::simulatedCalls()
{
    const testsupport::HookAnswer state =
        testsupport::simHook(m_network, m_simulator.baseUrl(), "GET", QStringLiteral("/_sim/state"));
    return state.ok() ? state.json().value(QStringLiteral("calls")).toArray() : QJsonArray{};
}

QTableView *rosterTable(MainWindow *w)
{
    return w->findChild<QTableView *>(QStringLiteral("rosterView"));
}

QAction *action(MainWindow *w, const char *name)
{
    return w->findChild<QAction *>(QLatin1String(name));
}

QStringList idsInTheCall(CallSession *session)
{
    QStringList ids;
    for (int row = 0; row < session->participants()->rowCount(); ++row) {
        const QString id = session->participants()->idAt(row);
        if (session->participants()->state(id) != ParticipantModel::RowState::Left)
            ids.append(id);
    }
    return ids;
}

InviteDialog *openInviteDialog(MainWindow *w)
{
    action(w, "actionInvite")->trigger();
    InviteDialog *dialog = nullptr;
    const bool opened = QTest::qWaitFor(
        [&] { return (dialog = w->findChild<InviteDialog *>(QStringLiteral("inviteDialog"))) != nullptr; });
    return opened ? dialog : nullptr;
}

QModelIndex viewIndex(MainWindow *w, const QString &participantId)
{
    QAbstractItemModel *model = rosterTable(w)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, ParticipantModel::NameColumn);
        if (index.data(ParticipantModel::IdRole).toString() == participantId)
            return index;
    }
    return {};
}

bool clickRow(MainWindow *w, const QString &participantId, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex index = viewIndex(w, participantId);
    if (!index.isValid())
        return false;
    QTableView *table = rosterTable(w);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, table->visualRect(index).center());
    return true;
}

bool WindowTest::startOn(const QJsonObject &scenario, const HarnessAccount &account)
{
    closeWindow();
    h = std::make_unique<UiHarness>();
    QString error;
    if (!h->start(scenario, &error, account)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    h->window()->activateWindow();
    if (!QTest::qWaitForWindowActive(h->window()))
        return false;
    w = h->window();
    return true;
}

void WindowTest::closeWindow()
{
    w = nullptr;
    h.reset();
}

} // namespace moderato::test
