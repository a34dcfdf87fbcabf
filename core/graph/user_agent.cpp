#include "core/graph/user_agent.h"

#include "moderato_version.h"

#include <QSysInfo>

namespace moderato {

QString applicationVersion()
{
    return QStringLiteral(MODERATO_VERSION_STRING);
}

QByteArray userAgent()
{
    return "Moderato/" MODERATO_VERSION_STRING " (Qt " + QByteArray(qVersion()) + "; " + QSysInfo::kernelType().toUtf8()
           + ")";
}

} // namespace moderato
