#include "StoreFiles.h"

#include "UiText.h"
#include "store/StoreKeyFile.h"

#include <QDir>
#include <QFile>

namespace rapport::ui {

Result<void> removeStoreFiles(const QString& path)
{
    // The key file last: while the database exists, Rapport must still know it is there.
    const QStringList files {
        path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path, StoreKeyFile::pathFor(path)};
    for (const QString& file : files) {
        if (QFile::exists(file) && !QFile::remove(file)) {
            return fail(ErrorCode::Io, UiTr::tr("%1 could not be deleted.").arg(QDir::toNativeSeparators(file)));
        }
    }
    return {};
}

} // namespace rapport::ui
