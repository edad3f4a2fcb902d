#pragma once

#include <QCoreApplication>

namespace rapport {

/** Translation context for core code that is not a QObject: `CoreTr::tr("...")`. */
struct CoreTr
{
    Q_DECLARE_TR_FUNCTIONS(Rapport)
};

} // namespace rapport
