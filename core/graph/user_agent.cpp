#include "core/graph/user_agent.h"

#include "moderato_version.h"

#include <QByteArray>
#include <QString>
#include <QSysInfo>

namespace moderato {

QByteArray userAgent()
{
    return "Moderato/" MODERATO_VERSION_STRING " (Qt " + QByteArray(qVersion()) + "; " + QSysInfo::kernelType().toUtf8()
           + ")";
}

} // namespace moderato
