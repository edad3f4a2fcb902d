#include "SyncController.h"

#include "HubPasswordDialog.h"
#include "hub/sync/HubSync.h"
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

void SyncController::setInterval(std::chrono::milliseconds interval)
{
    m_interval->setInterval(interval);
}

void SyncController::setChangeDelay(std::chrono::milliseconds delay)
{
    m_changeDelay->setInterval(delay);
}

void SyncController::usePassword(SecureBytes password)
{
    m_password = std::move(password);
    m_promptDismissed = false;
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
    if (m_thread) {
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
        } else {
            setStatus(SyncStatus::State::Failed, outcome.error().message);
        }
    } else if (result.error().code == ErrorCode::Unreachable) {
        setStatus(SyncStatus::State::Offline, result.error().message, request->batch.size());
    } else if (wantsPassword(result.error())) {
        const bool refused = !m_password.isEmpty();
        m_password = SecureBytes(); // a refused password is not tried again
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
    auto* dialog = new HubPasswordDialog(m_binding->login, m_binding->hubUrl, retry, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_passwordDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_password = dialog->takePassword();
        syncNow();
    });
    connect(dialog, &QDialog::rejected, this, [this] { m_promptDismissed = true; });
    dialog->open();
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

void SyncController::setStatus(SyncStatus::State state, const QString& detail, qsizetype queued)
{
    m_status.state = state;
    m_status.detail = detail;
    m_status.queued = queued;
    Q_EMIT statusChanged(m_status);
}

} // namespace rapport::ui
