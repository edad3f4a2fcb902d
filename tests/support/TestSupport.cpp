#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>

namespace rapport::test {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

QByteArray fileHash(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

} // namespace rapport::test
