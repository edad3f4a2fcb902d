#include "HrScreenshots.h"

#include "HrDashboard.h"

#include <QApplication>
#include <QPalette>
#include <QScrollArea>
#include <QScrollBar>

namespace rapport::ui {

namespace {

void save(QWidget& widget, const QDir& folder, const QString& name)
{
    QApplication::processEvents();
    widget.grab().save(folder.filePath(name));
}

} // namespace

QPalette hrDarkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x35, 0x38));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x41));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Mid, QColor(0x5a, 0x5d, 0x61));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    return palette;
}

void renderHrScreenshots(Store& store, const InstrumentRegistry& registry, const QDir& folder, const QString& prefix)
{
    folder.mkpath(QStringLiteral("."));
    {
        HrDashboard dashboard(store, registry);
        dashboard.resize(1280, 900);
        dashboard.show();
        save(dashboard, folder, prefix + QStringLiteral("hr-dashboard.png"));
        if (auto* scroll = dashboard.findChild<QScrollArea*>(QStringLiteral("hrFiguresScroll"))) {
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            save(dashboard, folder, prefix + QStringLiteral("hr-dashboard-figures.png"));
        }
    }
    {
        HrDashboard dashboard(store, registry);
        dashboard.setPalette(hrDarkPalette());
        dashboard.refresh(); // charts take their colours from the palette as they are drawn
        dashboard.resize(1280, 900);
        dashboard.show();
        save(dashboard, folder, prefix + QStringLiteral("hr-dashboard-dark.png"));
    }
}

void renderHrScreenshots(Store& store, const InstrumentRegistry& registry, const QDir& folder)
{
    renderHrScreenshots(store, registry, folder, QString());
}

} // namespace rapport::ui
