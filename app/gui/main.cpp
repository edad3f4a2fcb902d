#include "common/MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Rapport"));
    QApplication::setOrganizationName(QStringLiteral("Rapport"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));

    rapport::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
