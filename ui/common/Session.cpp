#include "Session.h"

#include "DemoSession.h"
#include "MainWindow.h"
#include "SyncController.h"
#include "backup/BackupScheduler.h"
#include "store/Store.h"

#include <QWidget>

namespace rapport::ui {

Session::Session(std::unique_ptr<Store> store,
                 MainWindow& host,
                 std::shared_ptr<DemoSession> demoFolder,
                 QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_host(&host)
    , m_demoFolder(std::move(demoFolder))
{
    Q_ASSERT(m_store);
}

Session::~Session()
{
    close();
}

bool Session::isOpen() const
{
    return m_store != nullptr;
}

Store& Session::store() const
{
    Q_ASSERT(m_store);
    return *m_store;
}

void Session::showScreen(const Person& person, QWidget* screen)
{
    Q_ASSERT(m_store);
    // The old screen goes before the new one is shown, so two screens never hold the store at once.
    destroyScreen();
    m_person = person;
    m_screen = screen;
    if (m_host && screen) {
        m_host->setScreen(screen);
    }
}

void Session::clearScreen()
{
    destroyScreen();
}

void Session::startBackgroundWork(const std::function<void(SyncController&)>& prepareSync)
{
    Q_ASSERT(m_store);
    stopBackgroundWork(); // the old ones go first: never two syncs on one store
    // Automatic backups run while Rapport is open, whoever uses it; they are set up in admin mode.
    m_backups = std::make_unique<BackupScheduler>(*m_store, m_vault);
    connect(m_backups.get(), &BackupScheduler::backupFinished, this, &Session::backupFinished);
    // A store joined to a hub syncs while it is open (docs/sync.md); a local-only one shows nothing.
    m_sync = std::make_unique<SyncController>(*m_store, m_host);
    m_sync->setSecretVault(m_vault);
    connect(m_sync.get(), &SyncController::statusChanged, this, &Session::syncStatusChanged);
    if (prepareSync) {
        prepareSync(*m_sync);
    }
    m_sync->start();
}

Result<Preferences> Session::preferences() const
{
    Q_ASSERT(m_store);
    return Preferences::load(*m_store);
}

Result<void> Session::savePreferences(const Preferences& preferences)
{
    Q_ASSERT(m_store);
    return preferences.save(*m_store);
}

void Session::close()
{
    if (!m_store) {
        return;
    }
    // The order is the point: everything that uses the store goes before it, and the folder it lives in after it.
    stopBackgroundWork();
    destroyScreen();
    m_store.reset();
    m_demoFolder.reset();
    Q_EMIT closed();
}

void Session::stopBackgroundWork()
{
    // Sync first: destroying it waits for a running exchange and wipes a hub password typed this session.
    m_sync.reset();
    m_backups.reset();
}

void Session::destroyScreen()
{
    m_person.reset();
    // Now, not with deleteLater(): the screen refers to the store. Its parent (the window's stack) lets go of it.
    std::unique_ptr<QWidget> screen(m_screen.data());
    m_screen = nullptr;
}

} // namespace rapport::ui
