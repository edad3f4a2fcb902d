#include "TestSupport.h"

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

} // namespace rapport::test
