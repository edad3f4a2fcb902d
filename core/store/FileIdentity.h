#pragma once

#include <QString>
#include <QtGlobal>

namespace rapport {

/**
 * Which file a path names right now (device and inode on Unix), so that the store can tell when its database file
 * was deleted or replaced behind its back: SQLite would otherwise go on writing into a file nobody can open again.
 * On Windows an open database cannot be deleted or replaced, and the identity is reported as Unknown.
 */
struct FileIdentity
{
    enum class State
    {
        Missing,
        Present,
        Unknown,
    };
    State state = State::Unknown;
    quint64 device = 0;
    quint64 inode = 0;

    [[nodiscard]] static FileIdentity of(const QString& path);
    /** False only when both are known and they are different files (or one is missing). */
    [[nodiscard]] bool sameFileAs(const FileIdentity& other) const;
};

} // namespace rapport
