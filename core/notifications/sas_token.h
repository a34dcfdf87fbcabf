#pragma once
// Service Bus shared access signatures: how a listener proves to Azure Relay that it holds a key
// with the Listen right on a hybrid connection. Only the key's name and the signature go on the
// wire; the key itself never leaves this computer.

#include <QByteArray>
#include <QString>

namespace moderato {

//! The resource a hybrid connection's token is issued for: "http://{namespace}/{path}", the form
//! Microsoft's listeners sign (the relay takes a token for this path or for the whole namespace).
QString relayTokenResource(const QString &relayNamespace, const QString &hybridConnectionPath);

//! "SharedAccessSignature sr={resource}&sig={signature}&se={expiry}&skn={keyName}", where
//! resource is \a resourceUri percent-encoded, signature the percent-encoded base64 of
//! HMAC-SHA256(\a key, resource + "\n" + expiry) and expiry the Unix time in seconds.
QByteArray sharedAccessSignature(const QString &resourceUri, const QString &keyName, const QByteArray &key,
                                 qint64 expiresAtUnixSeconds);

} // namespace moderato
