#pragma once

#include <QString>

namespace rapport {

/**
 * Who Rapport is to the operating system: the reverse-DNS id (desktop entry, AppStream metainfo, icons, macOS bundle,
 * settings domain) and the names Qt builds its settings and data folders from. The id stays stable from 0.1 on:
 * changing it would orphan users' menu entries and settings.
 */
namespace ApplicationIdentity {

/** The reverse-DNS application id, `io.github.rapportapp.Rapport`. */
[[nodiscard]] QString id();
/** The organisation domain Qt derives the macOS settings file from (`rapportapp.github.io`). */
[[nodiscard]] QString organizationDomain();

/**
 * Sets the application and organisation names and the domain on the running QCoreApplication (or QApplication).
 * `applicationName` is "Rapport" for the programs that share the user's settings and store; the benchmark passes
 * its own so it never touches them. The organisation name stays "Rapport", so the store folder Qt derives from it
 * (`~/.local/share/Rapport/Rapport` on Linux) is where it has always been.
 */
void apply(const QString& applicationName = QStringLiteral("Rapport"));

/**
 * Settings written before the domain was set live, on macOS, under `com.rapport.Rapport`; elsewhere the file is the
 * same and nothing happens. Copies them over once, when the current settings are still empty. Call after apply().
 */
void adoptSettingsFromBeforeTheId();

} // namespace ApplicationIdentity
} // namespace rapport
