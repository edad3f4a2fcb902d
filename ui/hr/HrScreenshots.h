#pragma once

#include <QDir>

namespace rapport {
class InstrumentRegistry;
class Store;
} // namespace rapport

namespace rapport::ui {

/**
 * Saves PNGs of the HR dashboard over `store` into `folder`: hr-dashboard.png (whole window, top),
 * hr-dashboard-figures.png (scrolled down to the over-time chart and teams), hr-dashboard-dark.png (dark palette).
 * For the screenshot runner; works offscreen.
 */
void renderHrScreenshots(Store& store, const InstrumentRegistry& registry, const QDir& folder);

/** Prefix-free variant for tests: the same shots with `prefix` before each file name ("small-"). */
void renderHrScreenshots(Store& store, const InstrumentRegistry& registry, const QDir& folder, const QString& prefix);

/** A dark palette (for screenshots and tests of readability). */
[[nodiscard]] QPalette hrDarkPalette();

} // namespace rapport::ui
