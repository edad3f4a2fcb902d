#pragma once

#include <QSize>

class QWidget;

namespace rapport::ui {

/**
 * `preferred`, made smaller where the screen `widget` is on (or the primary screen) cannot show it: at most 90 % of
 * the available area, so a window never starts larger than a 1024×768 display or a 200 % scaled laptop screen.
 */
[[nodiscard]] QSize fittedToScreen(const QWidget* widget, QSize preferred);

} // namespace rapport::ui
