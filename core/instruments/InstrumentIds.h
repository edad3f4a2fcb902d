#pragma once

#include <QString>

namespace rapport::InstrumentIds {

/** The built-in Wellbeing Index (WHO-5 model, 0–100). */
inline const QString Wellbeing = QStringLiteral("wellbeing-index");
/** The built-in Professional Alliance survey (bond, partnership, confidence; 1.0–7.0). */
inline const QString Alliance = QStringLiteral("professional-alliance");

} // namespace rapport::InstrumentIds
