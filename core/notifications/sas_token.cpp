// Azure Relay SAS tokens.
#include "core/notifications/sas_token.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>

namespace moderato {

QString relayTokenResource(const QString &relayNamespace, const QString &hybridConnectionPath)
{
    return QStringLiteral("http://") + relayNamespace.toLower() + QLatin1Char('/') + hybridConnectionPath;
}

QByteArray sharedAccessSignature(const QString &resourceUri, const QString &keyName, const QByteArray &key,
                                 qint64 expiresAtUnixSeconds)
{
    // Percent-encoded as encodeURIComponent does for these characters: only A-Z a-z 0-9 - . _ ~
    // stay as they are, so '/' and ':' of the resource and '+', '/', '=' of base64 are escaped.
    const QByteArray resource = QUrl::toPercentEncoding(resourceUri);
    const QByteArray expiry = QByteArray::number(expiresAtUnixSeconds);
    const QByteArray signature =
        QMessageAuthenticationCode::hash(resource + '\n' + expiry, key, QCryptographicHash::Sha256).toBase64();
    return "SharedAccessSignature sr=" + resource + "&sig=" + QUrl::toPercentEncoding(QString::fromLatin1(signature))
           + "&se=" + expiry + "&skn=" + QUrl::toPercentEncoding(keyName);
}

} // namespace moderato
