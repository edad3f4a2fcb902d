#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace rapport::ui {

/** Translation context for ui code that is not a QObject: `UiTr::tr("...")`. */
struct UiTr
{
    Q_DECLARE_TR_FUNCTIONS(RapportUi)
};

/** The language to pick instrument texts in: the UI locale's ("de_CH"); LocalizedText falls back from there. */
[[nodiscard]] inline QString instrumentLanguage()
{
    return QLocale().name();
}

} // namespace rapport::ui
