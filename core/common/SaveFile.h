#pragma once

class QSaveFile;

namespace rapport {

/**
 * Commits a QSaveFile only if every byte reached the file. Qt 6.4's QSaveFile::commit() flushes its write buffer
 * but ignores a failure there (a full disk, a file size limit) and renames the truncated file into place, reporting
 * success. Flushing first and checking turns that into a failure: the caller then cancels or drops the QSaveFile,
 * whose temporary file is removed, and whatever was at the destination stays as it was. file.error() and
 * file.errorString() say why.
 */
[[nodiscard]] bool commitSaveFile(QSaveFile& file);

} // namespace rapport
