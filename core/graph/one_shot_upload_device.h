#pragma once
#include <QByteArray>
#include <QIODevice>

namespace moderato {

//! A request body that can be read exactly once. Qt's HTTP layer silently re-sends a request when
//! the server closes the connection before answering — even a POST. For a non-idempotent request
//! (invite, join) that would invite people twice, so its body is given through this sequential,
//! non-rewindable device (with QNetworkRequest::DoNotBufferUploadDataAttribute): Qt then cannot
//! rewind it and reports QNetworkReply::ContentReSendError instead of sending the request again.
class OneShotUploadDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotUploadDevice(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    bool reset() override { return false; }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace moderato
