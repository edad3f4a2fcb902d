#include "MainWindow.h"

#include "AboutDialog.h"
#include "Icons.h"
#include "PreferencesDialog.h"
#include "ScreenFit.h"
#include "SessionController.h"
#include "SyncStatusIndicator.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <memory>

namespace rapport::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("screenStack"));
    setCentralWidget(m_stack);

    m_lockedPage = new QWidget(m_stack);
    m_lockedPage->setObjectName(QStringLiteral("lockedPage"));
    auto* lockedLayout = new QVBoxLayout(m_lockedPage);
    lockedLayout->addStretch(1);
    m_lockedLabel = new QLabel(m_lockedPage);
    m_lockedLabel->setObjectName(QStringLiteral("lockedLabel"));
    m_lockedLabel->setAlignment(Qt::AlignCenter);
    QFont lockedFont = m_lockedLabel->font();
    lockedFont.setPointSizeF(lockedFont.pointSizeF() * 1.5);
    m_lockedLabel->setFont(lockedFont);
    lockedLayout->addWidget(m_lockedLabel);
    m_unlockButton = new QPushButton(Icons::unlock(), QString(), m_lockedPage);
    m_unlockButton->setObjectName(QStringLiteral("lockedUnlockButton"));
    lockedLayout->addWidget(m_unlockButton, 0, Qt::AlignHCenter);
    lockedLayout->addStretch(1);
    m_stack->addWidget(m_lockedPage);
    connect(m_unlockButton, &QPushButton::clicked, this, &MainWindow::unlockRequested);

    m_fileMenu = menuBar()->addMenu(QString());
    m_preferencesAction = m_fileMenu->addAction(Icons::settings(), QString());
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setEnabled(false);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::openPreferences);
    m_syncAction = m_fileMenu->addAction(Icons::sync(), QString());
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncAction->setShortcutContext(Qt::ApplicationShortcut);
    m_syncAction->setEnabled(false);
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::syncRequested);
    m_joinAction = m_fileMenu->addAction(QString());
    m_joinAction->setObjectName(QStringLiteral("joinAction"));
    m_joinAction->setEnabled(false);
    connect(m_joinAction, &QAction::triggered, this, &MainWindow::joinRequested);
    m_syncIndicator = new SyncStatusIndicator(this);
    statusBar()->addPermanentWidget(m_syncIndicator);
    m_fileMenu->addSeparator();
    m_lockAction = m_fileMenu->addAction(Icons::lock(), QString());
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_lockAction->setEnabled(false);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockRequested);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(Icons::quit(), QString());
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(Icons::about(), QString());
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::openAbout);

    setWindowTitle(tr("Rapport"));
    retranslate();
    resize(fittedToScreen(this, QSize(1200, 860)));
}

MainWindow::~MainWindow() = default;

void MainWindow::retranslate()
{
    m_lockedLabel->setText(tr("Rapport is locked."));
    m_unlockButton->setText(tr("&Unlock…"));
    m_fileMenu->setTitle(tr("&Rapport"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_lockAction->setText(tr("&Lock"));
    m_syncAction->setText(tr("&Sync Now"));
    m_syncAction->setStatusTip(tr("Send your changes to your organisation's hub and fetch what it has for you"));
    m_joinAction->setText(tr("&Join an Organisation…"));
    m_joinAction->setStatusTip(
        tr("Connect this Rapport to your organisation with an invitation from its administrator"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Rapport"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT languageChanged();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_hidesOnClose) {
        event->ignore();
        hide();
        Q_EMIT hiddenToTray();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::destroyScreen()
{
    if (m_preferencesDialog) {
        // It saves into the open store: it goes with the screen.
        std::unique_ptr<QDialog> preferences(m_preferencesDialog.data());
    }
    if (!m_screen) {
        return;
    }
    // Destroyed now, not later: the page may refer to a store that is about to close. (A person's screen is
    // normally gone already: its Session destroys it.)
    std::unique_ptr<QWidget> old(m_screen.data());
    m_stack->removeWidget(old.get());
}

void MainWindow::setScreen(QWidget* screen)
{
    destroyScreen();
    m_screen = screen;
    m_stack->addWidget(screen);
    m_stack->setCurrentWidget(screen);
    focusFirstControl(screen);
}

void MainWindow::focusFirstControl(QWidget* page)
{
    // A keyboard user starts at the screen's first control, not on whatever the previous screen left focused.
    for (QWidget* widget = page->nextInFocusChain(); widget && widget != page; widget = widget->nextInFocusChain()) {
        if (page->isAncestorOf(widget) && widget->isVisibleTo(page) && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus)) {
            widget->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void MainWindow::showLocked()
{
    destroyScreen();
    m_stack->setCurrentWidget(m_lockedPage);
    focusFirstControl(m_lockedPage);
    setLockEnabled(false);
    m_syncAction->setEnabled(false);
    m_joinAction->setEnabled(false);
    m_syncIndicator->setStatus({});
}

void MainWindow::showMessage(const QString& title, const QString& message)
{
    auto* page = new QWidget();
    page->setObjectName(QStringLiteral("messagePage"));
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    auto* titleLabel = new QLabel(title, page);
    titleLabel->setObjectName(QStringLiteral("messageTitle"));
    titleLabel->setAlignment(Qt::AlignCenter);
    titleLabel->setWordWrap(true);
    QFont titleFont = titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleLabel->setFont(titleFont);
    auto* text = new QLabel(message, page);
    text->setObjectName(QStringLiteral("messageText"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(titleLabel);
    layout->addWidget(text);
    layout->addStretch(1);
    setScreen(page);
}

void MainWindow::setLockEnabled(bool enabled)
{
    m_lockAction->setEnabled(enabled);
    m_preferencesAction->setEnabled(enabled && m_session);
}

void MainWindow::attachSession(SessionController& session)
{
    m_session = &session;
    m_preferencesAction->setEnabled(m_lockAction->isEnabled());
}

void MainWindow::openAbout()
{
    if (m_aboutDialog) {
        m_aboutDialog->raise();
        m_aboutDialog->activateWindow();
        return;
    }
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_aboutDialog = dialog;
    dialog->open();
}

QDialog* MainWindow::aboutDialog() const
{
    return m_aboutDialog;
}

QDialog* MainWindow::preferencesDialog() const
{
    return m_preferencesDialog;
}

void MainWindow::openPreferences()
{
    if (!m_session || !m_session->isUnlocked()) {
        return;
    }
    if (m_preferencesDialog && m_preferencesDialog->isVisible()) {
        m_preferencesDialog->raise();
        m_preferencesDialog->activateWindow();
        return;
    }
    // The session reads and saves them (and applies the auto-lock): the window never sees the store.
    QPointer<SessionController> session = m_session;
    auto save = [session](const Preferences& preferences) -> Result<void> {
        if (!session) {
            return rapport::fail(ErrorCode::NotFound, tr("Rapport is locked."));
        }
        return session->savePreferences(preferences);
    };
    auto* dialog = new PreferencesDialog(m_session->preferences(), save, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_preferencesDialog = dialog;
    dialog->open();
}

} // namespace rapport::ui
