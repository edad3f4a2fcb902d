#pragma once

#include "common/Error.h"

#include <QString>
#include <QStringList>

namespace rapport::ui {

/** What `rapport` was asked to do on its command line. */
struct StartupOptions
{
    QString storePath;      ///< --store; Store::defaultPath() when not given
    QString instrumentsDir; ///< --instruments; the built-in instruments when empty
    bool demo = false;      ///< --demo: a throwaway demo store
    QString screenshotDir;  ///< --screenshot DIR: write PNGs of each screen and exit
    bool showVersion = false;
    bool showHelp = false;
    QString helpText;

    /** Parses `arguments` (argv, program name first). InvalidArgument with the parser's message on bad input. */
    [[nodiscard]] static Result<StartupOptions> parse(const QStringList& arguments);
};

} // namespace rapport::ui
