#include "SaveFile.h"

#include <QSaveFile>

namespace rapport {

bool commitSaveFile(QSaveFile& file)
{
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        return false;
    }
    return file.commit();
}

} // namespace rapport
