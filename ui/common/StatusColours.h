#pragma once

#include <QColor>
#include <QString>

namespace rapport::ui::StatusColours {

// Text colours with at least 4.5:1 contrast on a light background; the word always travels with the colour.
inline const QColor Good = QColor(0x1b, 0x6e, 0x2a);
inline const QColor Moderate = QColor(0x9a, 0x5b, 0x00);
inline const QColor Poor = QColor(0xb3, 0x1b, 0x1b);
inline const QColor Neutral = QColor(0x55, 0x5f, 0x6b);

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

} // namespace rapport::ui::StatusColours
