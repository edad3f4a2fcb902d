#pragma once

#include "common/AppPalette.h"
#include "common/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QList>
#include <QPixmap>
#include <QTranslator>
#include <QWidget>

#include <memory>

namespace rapport::test {

/** With RAPPORT_TEST_SHOTS=folder, saves what `widget` looks like as folder/name.png (for looking at layouts). */
inline void saveShot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("RAPPORT_TEST_SHOTS");
    if (folder.isEmpty() || !widget) {
        return;
    }
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    widget->grab().save(path);
}

/** One of the looks docs/screenshots/ shows a screen in: its sub-folder, language and palette. */
struct ShotLook
{
    QString folder; ///< "" (English, light), "dark", "de"
    QString language;
    ui::PaletteChoice palette = ui::PaletteChoice::Light;

    /** `name` inside this look's folder, for saveShot. */
    [[nodiscard]] QString shot(const QString& name) const
    {
        return folder.isEmpty() ? name : folder + QLatin1Char('/') + name;
    }
};

/** The looks of docs/screenshots/: English light, English dark, German light. */
inline QList<ShotLook> shotLooks()
{
    return {{QString(), QStringLiteral("en"), ui::PaletteChoice::Light},
            {QStringLiteral("dark"), QStringLiteral("en"), ui::PaletteChoice::Dark},
            {QStringLiteral("de"), QStringLiteral("de"), ui::PaletteChoice::Light}};
}

/**
 * Switches the application to `look` for the widgets made next. RAPPORT_TEST_EXTRA_QM, when set, names a compiled
 * translation installed on top of the shipped ones (texts newer than the shipped rapport_LANG.ts files, before they are
 * merged).
 */
inline void applyShotLook(const ShotLook& look)
{
    static std::unique_ptr<QTranslator> extra;
    if (extra) {
        QCoreApplication::removeTranslator(extra.get());
        extra.reset();
    }
    Language::apply(look.language);
    const QString file = qEnvironmentVariable("RAPPORT_TEST_EXTRA_QM");
    if (!file.isEmpty() && look.language != QStringLiteral("en")) {
        extra = std::make_unique<QTranslator>();
        if (extra->load(file)) {
            QCoreApplication::installTranslator(extra.get());
        }
    }
    ui::applyPaletteChoice(look.palette);
}

} // namespace rapport::test
