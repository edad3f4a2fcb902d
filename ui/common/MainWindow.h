#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDialog;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace rapport::ui {

class SessionController;
struct Preferences;

/**
 * Rapport's top-level window: hosts the screen of the current person (the client dashboard, or a message for modes
 * that are not there yet) and a "locked" page, and carries the menus (Preferences, Lock). What to show is decided
 * by SessionController; attachSession() lets the window's actions reach it.
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
    [[nodiscard]] QAction* preferencesAction() const { return m_preferencesAction; }
    /** Enables Lock (and Preferences, once a session is attached) while a store is open. */
    void setLockEnabled(bool enabled);

    /**
     * Connects the window to the session that drives it: preferences are read from its store and applied when a
     * person's screen opens and when they are saved; a client who erased their data goes back to the start.
     */
    void attachSession(SessionController& session);
    /** Opens the Preferences dialog for the open store. */
    void openPreferences();
    [[nodiscard]] QDialog* preferencesDialog() const;
    /** Opens Help → About Rapport (version, description, third-party licences). */
    void openAbout();
    [[nodiscard]] QDialog* aboutDialog() const;

Q_SIGNALS:
    /** The person asked to lock (menu, Ctrl+L). */
    void lockRequested();
    /** The person asked to unlock from the locked page. */
    void unlockRequested();
    /** The person on screen erased their data: go back to the start (person picker, or first run). */
    void startOverRequested();

private:
    void destroyScreen();
    void focusFirstControl(QWidget* page);
    void applyStoredPreferences();
    void applyPreferences(const rapport::ui::Preferences& preferences);

    QStackedWidget* m_stack = nullptr;
    QWidget* m_lockedPage = nullptr;
    QPointer<QWidget> m_screen;
    QAction* m_lockAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QPointer<SessionController> m_session;
    QPointer<QDialog> m_preferencesDialog;
    QPointer<QDialog> m_aboutDialog;
};

} // namespace rapport::ui
