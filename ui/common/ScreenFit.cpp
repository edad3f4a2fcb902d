#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace rapport::ui {

QSize fittedToScreen(const QWidget* widget, QSize preferred)
{
    const QScreen* screen = widget && widget->screen() ? widget->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        return preferred;
    }
    const QSize available = screen->availableGeometry().size() * 0.9;
    return preferred.boundedTo(available).expandedTo(QSize(1, 1));
}

} // namespace rapport::ui
