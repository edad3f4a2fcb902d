#include "FileIdentity.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace rapport {

FileIdentity FileIdentity::of(const QString& path)
{
    FileIdentity identity;
#ifdef Q_OS_UNIX
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        identity.state = State::Missing;
        return identity;
    }
    identity.state = State::Present;
    identity.device = static_cast<quint64>(info.st_dev);
    identity.inode = static_cast<quint64>(info.st_ino);
#else
    identity.state = QFileInfo::exists(path) ? State::Unknown : State::Missing;
#endif
    return identity;
}

bool FileIdentity::sameFileAs(const FileIdentity& other) const
{
    if (state == State::Unknown || other.state == State::Unknown) {
        return true;
    }
    return state == State::Present && other.state == State::Present && device == other.device && inode == other.inode;
}

} // namespace rapport
