#pragma once
// DirectorySearch: people search for the invite dialog (GET /users with $search), and the
// look-up of one sign-in name typed by hand.

#include <QList>
#include <QObject>
#include <QString>

namespace moderato {

class GraphClient;

struct DirectoryUser
{
    QString id;
    QString displayName;
    QString userPrincipalName;
};

//! Searches the tenant's directory by display name or UPN. Only the newest query's answer is
//! reported; older answers still in flight are dropped.
class DirectorySearch : public QObject
{
    Q_OBJECT
public:
    explicit DirectorySearch(GraphClient *client, QObject *parent = nullptr);
    ~DirectorySearch() override;

    void search(const QString &text);
    //! Looks up the one user with the sign-in name, email address or object id \a who
    //! (FindUserRequest); answers with lookUpFinished().
    void lookUp(const QString &who);

Q_SIGNALS:
    void resultsReady(const QString &text, const QList<moderato::DirectoryUser> &users);
    //! \a permissionMissing is true when the app lacks User.Read.All: manual entry still works.
    void failed(const QString &text, const QString &message, bool permissionMissing);
    //! \a users: everyone who matched (normally one, none if nobody); \a error: why the look-up
    //! failed, empty if it did not.
    void lookUpFinished(const QString &who, const QList<moderato::DirectoryUser> &users, const QString &error);

private:
    GraphClient *m_client;
    quint64 m_generation = 0;
};

} // namespace moderato
