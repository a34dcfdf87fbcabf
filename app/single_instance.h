#pragma once
// One Moderato window per user session: a second launch asks the first to come forward and exits.

#include <QObject>

class QLocalServer;

namespace moderato {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    //! \a key tells instances apart (the demo runs beside a real session: it uses another key).
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    //! True when another instance answered: it has been asked to raise its window.
    bool forwardToRunningInstance();
    //! Starts answering later launches; activationRequested() follows each of them.
    void listen();

Q_SIGNALS:
    void activationRequested();

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace moderato
