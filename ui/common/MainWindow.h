#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDialog;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace rapport::ui {

class SessionController;
class SyncStatusIndicator;

/**
 * Rapport's top-level window: hosts the screen of the current person (the client dashboard, or a message for modes
 * that are not there yet) and a "locked" page, and carries the menus (Preferences, Lock). What to show is decided
 * by SessionController (a person's screen belongs to its Session, which destroys it); the window asks the
 * controller through its signals and, after attachSession(), its preferences()/savePreferences().
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
    /** Sync now (F5): enabled while the open store is joined to a hub. */
    [[nodiscard]] QAction* syncAction() const { return m_syncAction; }
    /** Join an Organisation…: enabled while an open store is not joined to a hub yet. */
    [[nodiscard]] QAction* joinAction() const { return m_joinAction; }
    /** The status-bar words for sync; hidden while locked or for a local-only store. */
    [[nodiscard]] SyncStatusIndicator* syncIndicator() const { return m_syncIndicator; }
    /**
     * Closing hides the window instead (started with --tray, where Rapport lives on in the tray) and says so with
     * hiddenToTray(); off by default: closing quits.
     */
    void setHidesOnClose(bool hides) { m_hidesOnClose = hides; }
    /** Enables Lock (and Preferences, once a session is attached) while a store is open. */
    void setLockEnabled(bool enabled);

    /** Lets Preferences… read and save the preferences of the session that drives this window. */
    void attachSession(SessionController& session);
    /** Opens the Preferences dialog for the open store. */
    void openPreferences();
    [[nodiscard]] QDialog* preferencesDialog() const;
    /** Opens Help → About Rapport (version, description, third-party licences). */
    void openAbout();
    [[nodiscard]] QDialog* aboutDialog() const;

Q_SIGNALS:
    /** The person asked to sync with the hub now (menu, F5). */
    void syncRequested();
    /** The person asked to join the open store to an organisation (menu). */
    void joinRequested();
    /** The person asked to lock (menu, Ctrl+L). */
    void lockRequested();
    /** The person asked to unlock from the locked page. */
    void unlockRequested();
    /** The interface language changed (the window's own texts are already retranslated). */
    void languageChanged();
    /** The window was closed and hidden to the tray (setHidesOnClose). */
    void hiddenToTray();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    /** Sets every text the window itself shows; called at construction and when the language changes. */
    void retranslate();
    void destroyScreen();
    void focusFirstControl(QWidget* page);

    QStackedWidget* m_stack = nullptr;
    QWidget* m_lockedPage = nullptr;
    bool m_hidesOnClose = false;
    QPointer<QWidget> m_screen;
    QAction* m_lockAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QLabel* m_lockedLabel = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QAction* m_syncAction = nullptr;
    QAction* m_joinAction = nullptr;
    SyncStatusIndicator* m_syncIndicator = nullptr;
    QPointer<SessionController> m_session;
    QPointer<QDialog> m_preferencesDialog;
    QPointer<QDialog> m_aboutDialog;
};

} // namespace rapport::ui
