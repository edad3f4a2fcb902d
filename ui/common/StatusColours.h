#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

namespace rapport::ui::StatusColours {

/** True when the application palette has light text on a dark window (a dark desktop theme, or --palette dark). */
[[nodiscard]] inline bool darkPaletteInUse()
{
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

/**
 * A text colour in two shades: one for light palettes, one for dark ones. It converts to the shade of the palette in
 * use when it is read, so widgets built under a dark palette get the light shade and keep their contrast.
 */
struct Colour
{
    QColor onLight;
    QColor onDark;

    [[nodiscard]] QColor forDarkPalette(bool dark) const { return dark ? onDark : onLight; }
    // NOLINTNEXTLINE(google-explicit-constructor): used wherever a QColor is, as the constants always were.
    operator QColor() const { return forDarkPalette(darkPaletteInUse()); }
    [[nodiscard]] QString name() const { return QColor(*this).name(); }
};

// Each shade has at least 4.5:1 contrast on its palette's window and base colours (tests/ui/TestAccessibility checks
// it); the word always travels with the colour.
inline const Colour Good {QColor(0x1b, 0x6e, 0x2a), QColor(0x7f, 0xd1, 0x8b)};
inline const Colour Moderate {QColor(0x9a, 0x5b, 0x00), QColor(0xf0, 0xb3, 0x5a)};
inline const Colour Poor {QColor(0xb3, 0x1b, 0x1b), QColor(0xff, 0x8a, 0x80)};
inline const Colour Neutral {QColor(0x55, 0x5f, 0x6b), QColor(0xaa, 0xb4, 0xbf)};

/** The colour of a bracket id of the built-in instruments ("poor", "moderate", "good"); neutral otherwise. */
[[nodiscard]] inline QColor forBracket(const QString& bracketId)
{
    if (bracketId == QLatin1String("good")) {
        return Good;
    }
    if (bracketId == QLatin1String("moderate")) {
        return Moderate;
    }
    if (bracketId == QLatin1String("poor")) {
        return Poor;
    }
    return Neutral;
}

/** Green while sharing, red while not. */
[[nodiscard]] inline QColor forSharing(bool on)
{
    return on ? Good : Poor;
}

/** A banner's background and text for the palette in use: a pale tint on light palettes, a deep one on dark. */
struct Banner
{
    QColor window;
    QColor text;
};

/** Attention banners (a due check-in, a pending request): amber. */
[[nodiscard]] inline Banner attentionBanner()
{
    return darkPaletteInUse() ? Banner {QColor(0x4a, 0x36, 0x10), QColor(0xff, 0xe9, 0xb8)}
                              : Banner {QColor(0xfd, 0xf3, 0xd8), QColor(0x4a, 0x35, 0x00)};
}

/** Information banners (a share request): blue. */
[[nodiscard]] inline Banner informationBanner()
{
    return darkPaletteInUse() ? Banner {QColor(0x1f, 0x33, 0x4a), QColor(0xe3, 0xee, 0xfb)}
                              : Banner {QColor(0xe8, 0xf0, 0xfb), QColor(0x10, 0x2a, 0x43)};
}

/** Warning banners (sharing is off for a professional's client): red. */
[[nodiscard]] inline Banner warningBanner()
{
    return darkPaletteInUse() ? Banner {QColor(0x4a, 0x1f, 0x1f), QColor(0xfb, 0xe3, 0xe3)}
                              : Banner {QColor(0xf6, 0xe9, 0xe9), QColor(0x3d, 0x10, 0x10)};
}

} // namespace rapport::ui::StatusColours
