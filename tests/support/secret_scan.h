#pragma once
// Looks for a secret in files and text in every form it could take: UTF-8, UTF-16, base64 and
// percent-encoded.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace testsupport {

//! The forms in which \a secret could leak.
inline QList<QByteArray> secretForms(const QString &secret)
{
    return {secret.toUtf8(), QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2),
            secret.toUtf8().toBase64(), QUrl::toPercentEncoding(secret)};
}

inline bool containsSecret(const QByteArray &bytes, const QString &secret)
{
    for (const QByteArray &form : secretForms(secret)) {
        if (bytes.contains(form))
            return true;
    }
    return false;
}

//! Files under \a roots (recursively, hidden ones too) that contain \a secret in any form.
inline QStringList filesContaining(const QStringList &roots, const QString &secret)
{
    QStringList found;
    for (const QString &root : roots) {
        if (root.isEmpty() || !QDir(root).exists())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && containsSecret(file.readAll(), secret))
                found << path;
        }
    }
    return found;
}

} // namespace testsupport
