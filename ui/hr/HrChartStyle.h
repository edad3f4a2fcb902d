#pragma once

#include <QPalette>

class QChart;

namespace rapport::ui {

/** Colours a chart from `palette` (background, title, axes, grid), so charts stay readable in dark palettes. */
void applyChartPalette(QChart* chart, const QPalette& palette);

/** True when `palette` has light text on a dark window. */
[[nodiscard]] bool isDarkPalette(const QPalette& palette);

/** The line colour for wellbeing figures: dark blue on light palettes, light blue on dark ones. */
[[nodiscard]] QColor lineColourFor(const QPalette& palette);

} // namespace rapport::ui
