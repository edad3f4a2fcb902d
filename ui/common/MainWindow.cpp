#include "MainWindow.h"

#include <QLabel>

namespace rapport::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Rapport"));
    auto* placeholder = new QLabel(tr("Welcome to Rapport."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1000, 700);
}

} // namespace rapport::ui
