#pragma once

#include <QIcon>
#include <QString>

namespace rapport::ui::Icons {

/**
 * An action icon: the desktop theme's icon named `themeName` (freedesktop names, e.g. "document-export") where the
 * theme has one, else Rapport's own SVG `:/icons/actions/<bundled>.svg`. The bundled set is one consistent style
 * whose stroke colour keeps 3:1 contrast on light and dark palettes.
 */
[[nodiscard]] QIcon action(const QString& themeName, const QString& bundled);

/** Rapport's application icon (window icon; the installed hicolor PNGs carry the same picture). */
[[nodiscard]] QIcon application();

// The icons Rapport uses, one a function, so the same action looks the same everywhere.
[[nodiscard]] QIcon lock();
[[nodiscard]] QIcon unlock();
[[nodiscard]] QIcon settings();
[[nodiscard]] QIcon quit();
[[nodiscard]] QIcon about();
[[nodiscard]] QIcon help();
[[nodiscard]] QIcon questionnaire();
[[nodiscard]] QIcon session();
[[nodiscard]] QIcon sharing();
[[nodiscard]] QIcon exportData();
[[nodiscard]] QIcon deleteData();
[[nodiscard]] QIcon people();
[[nodiscard]] QIcon backup();
[[nodiscard]] QIcon verify();
[[nodiscard]] QIcon restore();
[[nodiscard]] QIcon sync();

} // namespace rapport::ui::Icons
