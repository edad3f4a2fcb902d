#include "CommonOptions.h"

#include "common/CoreTr.h"

namespace rapport::cli {

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), CoreTr::tr("Print machine-readable JSON."));
}

} // namespace rapport::cli
