#pragma once

#include "common/Error.h"

#include <QSize>
#include <QString>
#include <QStringList>

class QWidget;

namespace rapport {
class InstrumentRegistry;
class Store;
} // namespace rapport

namespace rapport::ui {

class MainWindow;

/**
 * `rapport --screenshot DIR`: builds a demo store and writes a PNG of each main screen (dashboard, each
 * questionnaire, sharing, the professional view, unlock, first-run wizard) at a fixed size, for documentation and
 * for looking at the UI without a display.
 */
class ScreenshotRunner
{
public:
    ScreenshotRunner(QString directory, QString instrumentsDir);

    /** Writes the pictures; returns the files written. */
    [[nodiscard]] Result<QStringList> run();

private:
    [[nodiscard]] Result<void> save(QWidget& widget, const QSize& size, const QString& name);
    /** The professional with the most clients: a sharing client, the help, a client who does not share. */
    [[nodiscard]] Result<void>
    saveProfessionalView(MainWindow& window, Store& store, const InstrumentRegistry& registry);

    QString m_directory;
    QString m_instrumentsDir;
    QStringList m_written;
};

} // namespace rapport::ui
