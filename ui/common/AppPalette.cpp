#include "AppPalette.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace rapport::ui {

std::optional<PaletteChoice> paletteChoiceFromName(const QString& name)
{
    if (name == QLatin1String("system")) {
        return PaletteChoice::System;
    }
    if (name == QLatin1String("light")) {
        return PaletteChoice::Light;
    }
    if (name == QLatin1String("dark")) {
        return PaletteChoice::Dark;
    }
    return std::nullopt;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x8a, 0x8d, 0x91);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x35, 0x38));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x41));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x46));
    palette.setColor(QPalette::Mid, QColor(0x5a, 0x5d, 0x61));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    palette.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc6));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Link, QColor(0x8c, 0xc4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc8, 0xa8, 0xff));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xb0, 0xb3, 0xb8));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    return palette;
}

QPalette lightPalette()
{
    // A style made by the factory has no parent: ours to delete.
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion ? fusion->standardPalette() : QPalette();
}

void applyPaletteChoice(PaletteChoice choice)
{
    if (choice == PaletteChoice::System) {
        return;
    }
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(choice == PaletteChoice::Dark ? darkPalette() : lightPalette());
}

} // namespace rapport::ui
