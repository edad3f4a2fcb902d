#include "SessionController.h"

#include "DemoSession.h"
#include "FirstRunWizard.h"
#include "IdleWatcher.h"
#include "MainWindow.h"
#include "PersonPickerDialog.h"
#include "StoreFiles.h"
#include "UnlockDialog.h"
#include "client/ClientDashboard.h"
#include "store/PersonRepository.h"

namespace rapport::ui {

SessionController::SessionController(MainWindow& window, StartupOptions options, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_options(std::move(options))
{
    m_idle = new IdleWatcher(DefaultIdleTimeout, this);
    connect(m_idle, &IdleWatcher::idleTimedOut, this, &SessionController::lock);
    connect(&m_window, &MainWindow::lockRequested, this, &SessionController::lock);
    connect(&m_window, &MainWindow::unlockRequested, this, [this] {
        if (!m_store) {
            openUnlock();
        }
    });
}

SessionController::~SessionController()
{
    // The screen refers to the store: take it down first.
    m_window.showLocked();
}

UnlockDialog* SessionController::unlockDialog() const
{
    return m_unlockDialog;
}

FirstRunWizard* SessionController::firstRunWizard() const
{
    return m_wizard;
}

void SessionController::setStoreOptions(StoreOptions options)
{
    m_storeOptions = std::move(options);
}

void SessionController::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idle->setTimeout(timeout);
}

void SessionController::start()
{
    auto registry = InstrumentRegistry::load(m_options.instrumentsDir);
    if (!registry) {
        fail(tr("The questionnaires could not be loaded: %1").arg(registry.error().message));
        return;
    }
    m_registry = std::move(*registry);

    if (m_options.demo) {
        auto demo = DemoSession::create(m_registry);
        if (!demo) {
            fail(tr("The demo could not be prepared: %1").arg(demo.error().message));
            return;
        }
        m_demo = std::move(*demo);
        m_store = m_demo->takeStore();
        auto client = m_store->people().find(m_demo->showcaseClient());
        if (!client) {
            fail(client.error().message);
            return;
        }
        m_window.setWindowTitle(tr("Rapport — demo"));
        showPerson(*client);
        return;
    }
    if (Store::exists(m_options.storePath)) {
        openUnlock();
    } else {
        openFirstRun();
    }
}

void SessionController::openFirstRun()
{
    const QString path = m_options.storePath;
    auto creator = [this, path](const SecureBytes& passphrase, const QString& name) -> Result<void> {
        StoreOptions options = m_storeOptions;
        auto store = Store::create(path, passphrase, options);
        if (!store) {
            return tl::unexpected(store.error());
        }
        auto person = (*store)->people().add(name, Role::Client);
        if (!person) {
            return tl::unexpected(person.error());
        }
        m_store = std::move(*store);
        return {};
    };
    auto* wizard = new FirstRunWizard(creator, &m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard = wizard;
    connect(wizard, &QDialog::accepted, this, [this] {
        if (m_store) {
            choosePerson();
        }
    });
    connect(wizard, &QDialog::rejected, this, [this] { m_window.showLocked(); });
    wizard->open();
}

void SessionController::openUnlock()
{
    if (m_unlockDialog && m_unlockDialog->isVisible()) {
        m_unlockDialog->raise();
        m_unlockDialog->activateWindow();
        return;
    }
    const QString path = m_demo ? m_demo->storePath() : m_options.storePath;
    auto opener = [path](const SecureBytes& passphrase) { return Store::open(path, passphrase); };
    auto* dialog = new UnlockDialog(path, opener, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_demo) {
        dialog->setHint(tr("Demo data: the passphrase is %1").arg(m_demo->passphrase()));
    }
    m_unlockDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_unlockDialog = nullptr; // closing; deleted later
        m_store = dialog->takeStore();
        if (m_store) {
            choosePerson();
        }
    });
    dialog->open();
}

void SessionController::choosePerson()
{
    auto people = m_store->people().list();
    if (!people) {
        fail(people.error().message);
        return;
    }
    if (m_demo) {
        if (auto client = m_store->people().find(m_demo->showcaseClient())) {
            showPerson(*client);
            return;
        }
    }
    if (people->isEmpty()) {
        m_window.showMessage(tr("Nobody is set up yet"),
                             tr("This Rapport data has no people in it. Use rapport-cli to add people."));
        m_window.setLockEnabled(true);
        return;
    }
    if (people->size() == 1) {
        showPerson(people->constFirst());
        return;
    }
    auto* picker = new PersonPickerDialog(tr("Who is using Rapport?"), tr("Choose yourself from the list."),
                                          *people, tr("Continue"), &m_window);
    picker->setObjectName(QStringLiteral("whoIsUsingDialog"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        if (const auto person = picker->selectedPerson()) {
            showPerson(*person);
        }
    });
    connect(picker, &QDialog::rejected, this, &SessionController::lock);
    picker->open();
}

void SessionController::showPerson(const Person& person)
{
    if (person.role == Role::Client) {
        auto* dashboard = new ClientDashboard(*m_store, m_registry, person.id);
        m_window.setScreen(dashboard);
    } else {
        m_window.showMessage(tr("Hello, %1").arg(person.name),
                             tr("The %1 mode of Rapport arrives in a later version. For now, Rapport on this "
                                "computer is for clients; lock it (Ctrl+L) to let someone else in.")
                                 .arg(roleDisplayName(person.role)));
    }
    m_window.setLockEnabled(true);
    m_idle->start();
    Q_EMIT sessionStarted(person);
}

void SessionController::lock()
{
    m_idle->stop();
    m_window.showLocked(); // destroys the dashboard before the store closes
    m_store.reset();
    Q_EMIT sessionLocked();
    openUnlock();
}

void SessionController::startOver()
{
    m_idle->stop();
    m_window.showLocked(); // destroys the screen of the erased person
    if (!m_store) {
        return;
    }
    auto people = m_store->people().count();
    if (!people) {
        fail(people.error().message);
        return;
    }
    if (*people > 0 || m_demo) {
        choosePerson();
        return;
    }
    const QString path = m_store->path();
    m_store.reset();
    if (auto removed = removeStoreFiles(path); !removed) {
        fail(removed.error().message);
        return;
    }
    openFirstRun();
}

void SessionController::fail(const QString& message)
{
    m_window.showMessage(tr("Rapport cannot start"), message);
}

} // namespace rapport::ui
