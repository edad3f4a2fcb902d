#pragma once

#include "AppPalette.h"
#include "common/Error.h"
#include "domain/Role.h"

#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace rapport::ui {

/** What `rapport` was asked to do on its command line. */
struct StartupOptions
{
    QString storePath; ///< --store; Store::defaultPath() when not given
    QString instrumentsDir; ///< --instruments; the built-in instruments when empty
    bool demo = false; ///< --demo: a throwaway demo store
    /** --tray: start minimised to the tray, locked, only reminding (the start-at-login entry's option). */
    bool startInTray = false;
    QString screenshotDir; ///< --screenshot DIR: write PNGs of each screen and exit
    /**
     * --render-hr-report JSON: draw the HR report of JSON (hrReportToJson(), from rapport-cli's `report hr --pdf`)
     * as a PDF to renderHrReportOut (--out PDF; JSON's name with .pdf when not given) and exit.
     */
    QString renderHrReport;
    QString renderHrReportOut;
    /** --mode client|professional|hr|admin: open as a person in that role (needs --person, except with --demo). */
    std::optional<Role> mode;
    /** --person ID: who to open as; they must have the role of --mode (checked once the store is open). */
    QUuid person;
    /** --language system|en|de|is: the interface language for this run only; empty when not given. */
    QString language;
    /**
     * --passphrase-file FILE: unlock at start with the first line of FILE instead of asking (for unattended runs such
     * as rapport-bench; the same option as rapport-cli's). Read once, at start; locking asks again as always.
     */
    QString passphraseFile;
    /**
     * --join FILE (or FILE alone, as a file manager passes an opened `*.rapport-invitation`): join the organisation
     * of that invitation, in a new store or the existing one.
     */
    QString joinFile;
    /** --palette system|light|dark: the colour scheme (the system's unless asked). */
    PaletteChoice palette = PaletteChoice::System;
    bool showVersion = false;
    bool showHelp = false;
    QString helpText;

    /** Parses `arguments` (argv, program name first). InvalidArgument with the parser's message on bad input. */
    [[nodiscard]] static Result<StartupOptions> parse(const QStringList& arguments);
};

} // namespace rapport::ui
