#pragma once

#include <QMainWindow>

namespace rapport::ui {

/** Rapport's top-level window: hosts the screen of the current mode (client, professional, HR, admin). */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace rapport::ui
