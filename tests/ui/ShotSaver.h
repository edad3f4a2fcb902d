#pragma once

#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace rapport::test {

/** With RAPPORT_TEST_SHOTS=folder, saves what `widget` looks like as folder/name.png (for looking at layouts). */
inline void saveShot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("RAPPORT_TEST_SHOTS");
    if (folder.isEmpty() || !widget) {
        return;
    }
    QDir().mkpath(folder);
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace rapport::test
