#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace rapport::ui {

/**
 * Rapport's top-level window: hosts the screen of the current person (the client dashboard, or a message for modes
 * that are not there yet) and a "locked" page, and carries the Lock action. What to show is decided by
 * SessionController.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Shows `screen` (the window takes it over), replacing and destroying the previous one. */
    void setScreen(QWidget* screen);
    /** Destroys the current screen at once and shows the locked page. */
    void showLocked();
    /** Shows a message in place of a screen (e.g. a mode arriving in a later version). */
    void showMessage(const QString& title, const QString& message);

    [[nodiscard]] QWidget* screen() const { return m_screen; }
    [[nodiscard]] QAction* lockAction() const { return m_lockAction; }
    void setLockEnabled(bool enabled);

Q_SIGNALS:
    /** The person asked to lock (menu, Ctrl+L). */
    void lockRequested();
    /** The person asked to unlock from the locked page. */
    void unlockRequested();

private:
    void destroyScreen();

    QStackedWidget* m_stack = nullptr;
    QWidget* m_lockedPage = nullptr;
    QPointer<QWidget> m_screen;
    QAction* m_lockAction = nullptr;
};

} // namespace rapport::ui
