#include "core/graph/one_shot_upload_device.h"

#include <cstring>

namespace moderato {

OneShotUploadDevice::OneShotUploadDevice(const QByteArray &data, QObject *parent)
    : QIODevice(parent)
    , m_data(data)
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotUploadDevice::bytesAvailable() const
{
    return m_data.size() - m_position + QIODevice::bytesAvailable();
}

bool OneShotUploadDevice::atEnd() const
{
    return m_position >= m_data.size() && QIODevice::bytesAvailable() == 0;
}

qint64 OneShotUploadDevice::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, m_data.size() - m_position);
    if (count <= 0)
        return m_position >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_position, static_cast<size_t>(count));
    m_position += count;
    return count;
}

qint64 OneShotUploadDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace moderato
