#pragma once

#include <QPalette>
#include <QString>

#include <optional>

namespace rapport::ui {

/** The colour scheme Rapport runs in: the system's (default), or light or dark when asked with --palette. */
enum class PaletteChoice
{
    System,
    Light,
    Dark
};

/** "system", "light" or "dark"; nullopt for anything else. */
[[nodiscard]] std::optional<PaletteChoice> paletteChoiceFromName(const QString& name);

/** A dark palette with readable contrast (text 4.5:1 and more on window, base and button). */
[[nodiscard]] QPalette darkPalette();
/** A light palette: Fusion's standard one. */
[[nodiscard]] QPalette lightPalette();

/**
 * Applies `choice` to the running QApplication. System leaves the platform theme alone (on Windows, macOS and desktop
 * themes that report dark, Qt already gives a dark palette); Light and Dark switch to the Fusion style, which draws
 * every palette faithfully, focus frames included.
 */
void applyPaletteChoice(PaletteChoice choice);

} // namespace rapport::ui
