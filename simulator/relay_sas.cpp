// The emulated relay's token checks.
#include "simulator/relay_sas.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>

namespace graphsim {

namespace {

RelayTokenCheck refused(int status, const QString &problem)
{
    RelayTokenCheck check;
    check.status = status;
    check.problem = problem;
    return check;
}

bool coversPath(QString resourcePath, const QString &hybridConnection)
{
    while (resourcePath.endsWith(QLatin1Char('/')))
        resourcePath.chop(1);
    if (resourcePath.isEmpty())
        return true; // the whole namespace
    const QString wanted = QLatin1Char('/') + hybridConnection;
    return resourcePath.compare(wanted, Qt::CaseInsensitive) == 0
           || wanted.startsWith(resourcePath + QLatin1Char('/'), Qt::CaseInsensitive);
}

} // namespace

RelayTokenCheck checkRelayToken(const QByteArray &token, const ScenarioRelay &relay, qint64 nowUnixSeconds)
{
    const QByteArray prefix = "SharedAccessSignature ";
    if (!token.startsWith(prefix))
        return refused(401, QStringLiteral("The security token is missing or malformed."));
    QByteArray sr, sig, se, skn;
    for (const QByteArray &field : token.mid(prefix.size()).split('&')) {
        const qsizetype equals = field.indexOf('=');
        if (equals <= 0)
            return refused(401, QStringLiteral("The security token is malformed."));
        const QByteArray name = field.left(equals);
        QByteArray *slot = name == "sr"    ? &sr
                           : name == "sig" ? &sig
                           : name == "se"  ? &se
                           : name == "skn" ? &skn
                                           : nullptr;
        if (slot && !slot->isEmpty())
            return refused(401, QStringLiteral("The security token names %1 twice.").arg(QString::fromLatin1(name)));
        if (slot)
            *slot = field.mid(equals + 1);
    }
    if (sr.isEmpty() || sig.isEmpty() || se.isEmpty() || skn.isEmpty())
        return refused(401, QStringLiteral("The security token lacks sr, sig, se or skn."));
    if (QString::fromUtf8(QByteArray::fromPercentEncoding(skn)) != relay.keyName)
        return refused(401, QStringLiteral("The security token names a key this hybrid connection does not have."));
    // The signature covers the resource exactly as the token spells it (encoded), and the expiry.
    const QByteArray expected =
        QMessageAuthenticationCode::hash(sr + '\n' + se, relay.key.toUtf8(), QCryptographicHash::Sha256).toBase64();
    if (QByteArray::fromPercentEncoding(sig) != expected)
        return refused(401, QStringLiteral("The security token's signature does not match the key."));
    bool ok = false;
    const qint64 expiresAt = se.toLongLong(&ok);
    if (!ok)
        return refused(401, QStringLiteral("The security token's expiry is not a number."));
    if (expiresAt <= nowUnixSeconds)
        return refused(401, QStringLiteral("The security token has expired."));
    const QUrl resource(QString::fromUtf8(QByteArray::fromPercentEncoding(sr)));
    const QString scheme = resource.scheme().toLower();
    const bool knownScheme = scheme == QLatin1String("http") || scheme == QLatin1String("https")
                             || scheme == QLatin1String("sb") || scheme == QLatin1String("ws")
                             || scheme == QLatin1String("wss");
    if (!resource.isValid() || !knownScheme)
        return refused(401, QStringLiteral("The security token's resource is not a URL."));
    if (resource.host().compare(relay.relayNamespace, Qt::CaseInsensitive) != 0
        || !coversPath(resource.path(), relay.path))
        return refused(403, QStringLiteral("The security token is not valid for this path."));
    RelayTokenCheck check;
    check.expiresAt = expiresAt;
    return check;
}

} // namespace graphsim
