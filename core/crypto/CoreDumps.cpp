#include "CoreDumps.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace rapport {

bool disableCoreDumps()
{
#ifdef Q_OS_UNIX
    bool ok = true;
    const rlimit none {0, 0}; // also the hard limit, so the process cannot raise it again
    ok = ::setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#ifdef Q_OS_LINUX
    ok = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
#else
    return false;
#endif
}

bool coreDumpsDisabled()
{
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (::getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0) {
        return false;
    }
#ifdef Q_OS_LINUX
    if (::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0) {
        return false;
    }
#endif
    return true;
#else
    return false;
#endif
}

} // namespace rapport
