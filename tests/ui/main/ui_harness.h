#pragma once
// The real thing, in-process: a GraphSimulator on loopback, core (token provider, Graph client,
// CallSession, DirectorySearch) over a real QNetworkAccessManager, and the real MainWindow.

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStringList>
#include <memory>

#include "simulator/graph_simulator.h"
#include "support/signed_in_core.h"

class QAction;
class QModelIndex;
class QTableView;

namespace moderato {
class CallSession;
class DirectorySearch;
class GraphClient;
class InviteDialog;
class MainWindow;
class MeetingOptionsController;
} // namespace moderato

namespace moderato::test {

inline const QString kTenant = QStringLiteral("6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b");
inline const QString kOtherTenant = QStringLiteral("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a");
inline const QString kClientId = QStringLiteral("0e5b1f6c-7a2d-4c3e-9f8a-1b2c3d4e5f60");
inline const QString kSecret = QStringLiteral("ui-test-secret");
inline const QString kCall = QStringLiteral("2f8e1d3c-4b5a-4c6d-8e7f-9a0b1c2d3e4f");

// Participant ids of the roster, and the people in the directory.
inline const QString kBot = QStringLiteral("a0000000-0000-4000-8000-000000000001");
inline const QString kJane = QStringLiteral("a0000000-0000-4000-8000-000000000002");
inline const QString kOmar = QStringLiteral("a0000000-0000-4000-8000-000000000003");  // external, muted
inline const QString kGuest = QStringLiteral("a0000000-0000-4000-8000-000000000004"); // guest in the lobby
inline const QString kPhone = QStringLiteral("a0000000-0000-4000-8000-000000000005");
inline const QString kLena = QStringLiteral("a0000000-0000-4000-8000-000000000006");
inline const QString kAcceptUser = QStringLiteral("b0000000-0000-4000-8000-00000000000a");  // "Ada Accepts"
inline const QString kDeclineUser = QStringLiteral("b0000000-0000-4000-8000-00000000000d"); // "Dana Declines"

struct ScenarioOptions
{
    bool allowRemove = true;
    bool userReadAll = true;
    int joinEvery = 0;
    int leaveEvery = 0;
    bool operationsGettable = false; //!< answers GET of an operation (undocumented; off as on Graph)
    int extraPhones = 0;             //!< dial-ins "+1425555NNNN" with ids extraPhoneId(n), n from 0
    //! OnlineMeetings.ReadWrite.All and an application access policy for everyone (-Global).
    bool onlineMeetings = true;
};

QJsonObject uiScenario(const ScenarioOptions &options = {});
//! The participant id of ScenarioOptions::extraPhones' dial-in \a n.
QString extraPhoneId(int n);

//! Two meetings in \a scenario: "Press briefing", which the window can join by meetingLink() (or
//! its meeting id 358 714 290 465, passcode Qp7hRt), with three attendees, and "Town hall"
//! (meeting id 246 813 579 024, passcode Tw8nHl) with one. Joins complete without moving the clock.
QJsonObject withMeeting(QJsonObject scenario, bool lobbyForApps = false);
QString meetingLink();

//! Who signs in, and which call opens.
struct HarnessAccount
{
    QString tenantId = kTenant;
    QString clientId = kClientId;
    QString secret = kSecret;
    QString callId = kCall;
    QString joinLink; //!< when set, the window joins this meeting instead of opening callId
    bool demo = false;
    QString auditLogPath;     //!< what the audit log window shows; empty: the user's own log
    int undoWindowMs = 30000; //!< how long a removal's banner offers Undo
};

//! The roster's table and a named action of \a w.
QTableView *rosterTable(MainWindow *w);
QAction *action(MainWindow *w, const char *name);
//! The roster view's index (name column) of \a participantId in \a w; invalid when not shown.
QModelIndex viewIndex(MainWindow *w, const QString &participantId);
//! Clicks the roster row of \a participantId; false when it is not shown.
bool clickRow(MainWindow *w, const QString &participantId, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
//! Who is in the call: the roster's rows without those kept as "Left" while the roster holds still.
QStringList idsInTheCall(CallSession *session);
//! Triggers "Invite…" in \a w and waits for its dialog; null when none opened.
InviteDialog *openInviteDialog(MainWindow *w);

class UiHarness
{
public:
    UiHarness();
    ~UiHarness();

    //! Loads \a scenario, listens, builds core and the window, opens the call and waits for
    //! the first roster. Check with QVERIFY(h.start(...)).
    bool start(const QJsonObject &scenario, QString *error, const HarnessAccount &account = {});

    graphsim::GraphSimulator &simulator() { return m_simulator; }
    CallSession *session() const { return m_session.get(); }
    GraphClient *client() const;
    MainWindow *window() const { return m_window.get(); }
    MeetingOptionsController *meetingOptions() const { return m_meetingOptions.get(); }

    //! Answers to the confirmation hook, and the questions asked.
    bool confirmAnswer = true;
    QStringList questions;

    //! POST /_sim/faults with \a rules, through the test's own QNAM.
    bool addFaults(const QByteArray &rulesJson);
    //! The calls of GET /_sim/state: the world as the service sees it (empty if unreachable).
    QJsonArray simulatedCalls();
    //! The options of the scenario's first meeting as the service has them (GET /_sim/onlineMeetings).
    QJsonObject onlineMeetingOptions();

private:
    graphsim::GraphSimulator m_simulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<testsupport::SignedInCore> m_core;
    std::unique_ptr<CallSession> m_session;
    std::unique_ptr<DirectorySearch> m_search;
    std::unique_ptr<MeetingOptionsController> m_meetingOptions;
    std::unique_ptr<MainWindow> m_window;
};

//! What each window test holds: a harness \a h and its window \a w. A test begins with startOn()
//! (or startWith()): a new harness on the scenario, its window shown and active — false, with a
//! warning, when that could not be done; the test class's cleanup() calls closeWindow().
//! The base of a test class that drives the main window: each test function starts its own
//! window (startWith()/startOn()) and it is closed after the function, pass or fail.
class WindowTest : public QObject
{
    Q_OBJECT
protected:
    bool startOn(const QJsonObject &scenario, const HarnessAccount &account = {});
    bool startWith(const ScenarioOptions &options = {}) { return startOn(uiScenario(options)); }
    void closeWindow();

    std::unique_ptr<UiHarness> h;
    MainWindow *w = nullptr;

protected Q_SLOTS:
    void cleanup() { closeWindow(); }
};
} // namespace moderato::test
