#include "SyncController.h"

#include "HubPasswordDialog.h"
#include "hub/HubAddress.h"
#include "hub/sync/HubSync.h"
#include "secrets/SecretNames.h"
#include "secrets/SecretVault.h"
#include "store/Store.h"

#include <QThread>
#include <QTimer>

namespace rapport::ui {
namespace {

/** libpq's words when it had no password to send, or the server refused the one it sent. */
bool wantsPassword(const Error& error)
{
    return error.code == ErrorCode::PermissionDenied
        && (error.message.contains(QStringLiteral("no password supplied"))
            || error.message.contains(QStringLiteral("password authentication failed")));
}

/** Marks a keychain call in progress for as long as it lives (its local event loop may run timers). */
class VaultCall
{
public:
    explicit VaultCall(bool& flag)
        : m_flag(flag)
    {
        m_flag = true;
    }
    ~VaultCall() { m_flag = false; }
    VaultCall(const VaultCall&) = delete;
    VaultCall& operator=(const VaultCall&) = delete;

private:
    bool& m_flag;
};

} // namespace

SyncController::SyncController(Store& store, QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_dialogParent(dialogParent)
    , m_exchange(&hub::HubSync::exchange)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    m_interval = new QTimer(this);
    m_interval->setInterval(DefaultInterval);
    connect(m_interval, &QTimer::timeout, this, [this] { syncNow(); });
    m_changeDelay = new QTimer(this);
    m_changeDelay->setSingleShot(true);
    m_changeDelay->setInterval(DefaultChangeDelay);
    connect(m_changeDelay, &QTimer::timeout, this, &SyncController::changedLocally);
    connect(&m_store, &Store::changed, this, [this] {
        if (m_binding) {
            m_changeDelay->start();
        }
    });
}

SyncController::~SyncController()
{
    if (m_thread) {
        // The exchange holds no Store, only values; its connection times out on its own (connect_timeout).
        m_thread->wait();
    }
    if (m_passwordDialog) {
        std::unique_ptr<HubPasswordDialog> dialog(m_passwordDialog.data());
    }
}

void SyncController::setExchange(Exchange exchange)
{
    m_exchange = std::move(exchange);
}

void SyncController::setEnvironment(QProcessEnvironment environment)
{
    m_environment = std::move(environment);
}

void SyncController::setSecretVault(SecretVault* vault)
{
    m_vault = vault;
}

void SyncController::setInterval(std::chrono::milliseconds interval)
{
    m_interval->setInterval(interval);
}

void SyncController::setChangeDelay(std::chrono::milliseconds delay)
{
    m_changeDelay->setInterval(delay);
}

void SyncController::usePassword(SecureBytes password, bool remember)
{
    m_password = std::move(password);
    m_promptDismissed = false;
    m_fromVault = false;
    m_rememberTyped = remember;
}

HubPasswordDialog* SyncController::passwordDialog() const
{
    return m_passwordDialog;
}

void SyncController::start()
{
    auto binding = hub::HubSync::binding(m_store);
    if (!binding) {
        m_binding.reset();
        setStatus(SyncStatus::State::LocalOnly);
        return;
    }
    // Before the binding is set, so no timer or change can start a sync while the keychain answers.
    readRememberedPassword(*binding);
    m_binding = *binding;
    m_status.lastSynced = m_binding->lastSyncedAt;
    setStatus(SyncStatus::State::NeverSynced);
    m_interval->start();
    syncNow();
}

void SyncController::syncNow(bool asked)
{
    if (!m_binding) {
        return;
    }
    if (asked) {
        m_promptDismissed = false;
    }
    if (m_thread || m_inVault) {
        m_again = true;
        return;
    }
    if (m_passwordDialog && m_passwordDialog->isVisible()) {
        return; // the sync resumes when the person answers
    }
    auto request = hub::HubSync::prepare(m_store, environmentWithPassword());
    if (!request) {
        setStatus(SyncStatus::State::Failed, request.error().message);
        Q_EMIT syncFinished(false);
        return;
    }
    m_request = std::move(*request);
    m_result = std::make_shared<std::optional<Result<PulledSnapshot>>>();
    setStatus(SyncStatus::State::Syncing);
    // Values only cross to the worker: the request copy and the slot for its result.
    m_thread.reset(QThread::create(
        [exchange = m_exchange, request = *m_request, result = m_result] { *result = exchange(request); }));
    m_thread->setObjectName(QStringLiteral("rapport-sync"));
    connect(m_thread.get(), &QThread::finished, this, &SyncController::exchangeFinished);
    m_thread->start();
}

void SyncController::exchangeFinished()
{
    std::unique_ptr<QThread> thread = std::move(m_thread);
    std::optional<hub::SyncRequest> request = std::move(m_request);
    m_request.reset();
    thread->wait();
    if (!request || !m_result || !*m_result) {
        return;
    }
    const Result<PulledSnapshot> result = std::move(**m_result);
    m_result.reset();
    bool succeeded = false;
    if (result) {
        auto outcome = hub::HubSync::finish(m_store, *request, *result);
        if (outcome) {
            m_status.lastSynced = outcome->at;
            setStatus(SyncStatus::State::Synced);
            succeeded = true;
            rememberTypedPassword();
        } else {
            setStatus(SyncStatus::State::Failed, outcome.error().message);
        }
    } else if (result.error().code == ErrorCode::Unreachable) {
        setStatus(SyncStatus::State::Offline, result.error().message, request->batch.size());
    } else if (wantsPassword(result.error())) {
        const bool refused = !m_password.isEmpty();
        m_password = SecureBytes(); // a refused password is not tried again
        m_rememberTyped = false;
        forgetRememberedPassword();
        setStatus(SyncStatus::State::PasswordNeeded, result.error().message, request->batch.size());
        if (!m_promptDismissed) {
            askForPassword(refused);
        }
    } else {
        setStatus(SyncStatus::State::Failed, result.error().message, request->batch.size());
    }
    Q_EMIT syncFinished(succeeded);
    if (m_again) {
        m_again = false;
        changedLocally();
    }
}

void SyncController::changedLocally()
{
    if (!m_binding || m_thread) {
        m_again = m_thread != nullptr;
        return;
    }
    auto waiting = hub::HubSync::hasOutgoing(m_store, *m_binding);
    if (waiting && *waiting) {
        syncNow();
    }
}

void SyncController::askForPassword(bool retry)
{
    if (m_passwordDialog || !m_binding) {
        return;
    }
    bool keychain = false;
    if (m_vault) {
        VaultCall call(m_inVault);
        keychain = m_vault->isAvailable();
    }
    if (m_passwordDialog || !m_binding) {
        return; // asked meanwhile, or the session went on while the keychain answered
    }
    auto* dialog = new HubPasswordDialog(m_binding->login, m_binding->hubUrl, retry, keychain, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_passwordDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_password = dialog->takePassword();
        m_fromVault = false;
        m_rememberTyped = dialog->remember();
        syncNow();
    });
    connect(dialog, &QDialog::rejected, this, [this] { m_promptDismissed = true; });
    dialog->open();
}

QProcessEnvironment SyncController::connectionEnvironment() const
{
    if (!m_binding) {
        return {};
    }
    QProcessEnvironment environment = environmentWithPassword();
    environment.insert(hub::HubAddress::UrlVariable, m_binding->hubUrl);
    return environment;
}

QProcessEnvironment SyncController::environmentWithPassword() const
{
    QProcessEnvironment environment = m_environment;
    if (!m_password.isEmpty()) {
        // libpq takes it through the connection options; this copy lives only as long as the sync request.
        environment.insert(QStringLiteral("PGPASSWORD"),
                           QString::fromUtf8(reinterpret_cast<const char*>(m_password.data()),
                                             static_cast<qsizetype>(m_password.size())));
    }
    return environment;
}

QString SyncController::secretName() const
{
    return m_binding ? SecretNames::hubPassword(m_binding->hubUrl) : QString();
}

void SyncController::readRememberedPassword(const HubBinding& binding)
{
    const QString name = SecretNames::hubPassword(binding.hubUrl);
    if (!m_vault || name.isEmpty() || !m_password.isEmpty() || m_environment.contains(QStringLiteral("PGPASSWORD"))) {
        return;
    }
    VaultCall call(m_inVault);
    auto remembered = m_vault->read(name);
    // No keychain, or nothing in it: libpq's own places are tried, then the person is asked.
    if (remembered && remembered->has_value()) {
        m_password = std::move(**remembered);
        m_fromVault = true;
    }
}

void SyncController::rememberTypedPassword()
{
    const QString name = secretName();
    if (!m_rememberTyped || !m_vault || m_password.isEmpty() || name.isEmpty()) {
        return;
    }
    m_rememberTyped = false;
    VaultCall call(m_inVault);
    if (auto written = m_vault->write(name, m_password); !written) {
        // The sync worked; say why the password will be asked for again next time.
        setStatus(
            SyncStatus::State::Synced,
            tr("The hub password could not be remembered in the system keychain: %1").arg(written.error().message));
        return;
    }
    m_fromVault = true;
}

void SyncController::forgetRememberedPassword()
{
    const QString name = secretName();
    if (!m_fromVault || !m_vault || name.isEmpty()) {
        return;
    }
    m_fromVault = false;
    VaultCall call(m_inVault);
    // Best effort: if the keychain cannot remove it now, the hub refuses it again next time and this runs again.
    static_cast<void>(m_vault->remove(name));
}

void SyncController::setStatus(SyncStatus::State state, const QString& detail, qsizetype queued)
{
    m_status.state = state;
    m_status.detail = detail;
    m_status.queued = queued;
    Q_EMIT statusChanged(m_status);
}

} // namespace rapport::ui
