#include "cli/CliApplication.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    return rapport::cli::run(QCoreApplication::arguments());
}
