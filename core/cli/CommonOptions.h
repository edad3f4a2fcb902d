#pragma once

#include <QCommandLineOption>

namespace rapport::cli {

/**
 * `--json`, shared by the commands that can print JSON. Built on each call rather than held in a static: a static's
 * description would be translated at static-initialisation time, before any translator is installed, and so stay
 * English in every language.
 */
[[nodiscard]] QCommandLineOption jsonOption();

} // namespace rapport::cli
