#pragma once

#include "common/Error.h"
#include "crypto/SecureBytes.h"

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QThread;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace rapport {
class Store;
}

namespace rapport::ui {

/**
 * Asks for the passphrase of an existing store and opens it. A wrong passphrase or a store open elsewhere is said
 * plainly, and the dialog stays open to try again. How the store is opened is injected, so tests need no disk
 * layout and the demo can reuse it.
 *
 * The opener runs on a worker thread: deriving the key (Argon2id, about a third of a second at the default cost)
 * must not freeze the window, so the dialog keeps painting and says that it is working. The opened store is handed
 * back to the dialog's thread before anyone sees it.
 */
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    using Opener = std::function<Result<std::unique_ptr<Store>>(const SecureBytes& passphrase)>;

    UnlockDialog(const QString& storePath, Opener opener, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    /** A line under the field, e.g. the demo store's passphrase. */
    void setHint(const QString& hint);
    /** The opened store, once accepted; the dialog keeps nothing afterwards. */
    [[nodiscard]] std::unique_ptr<Store> takeStore();
    /** Shows an error under the field (also used for screenshots). */
    void showError(const QString& message);
    /** Whether an attempt is running (the key is being derived). */
    [[nodiscard]] bool isUnlocking() const { return m_worker != nullptr; }
    /** Waits until the running attempt, if any, has finished and been handled (screenshots). */
    void waitForAttempt();

Q_SIGNALS:
    /** An attempt ended: `opened` is true when the store opened (the dialog is then accepted). */
    void attemptFinished(bool opened);

private:
    struct Attempt;
    void tryUnlock();
    void setBusy(bool busy);
    void finishAttempt();

    Opener m_opener;
    std::unique_ptr<QThread> m_worker;
    std::shared_ptr<Attempt> m_attempt;
    QLabel* m_working = nullptr;
    QProgressBar* m_progress = nullptr;
    std::unique_ptr<Store> m_store;
    QLineEdit* m_passphrase = nullptr;
    QToolButton* m_reveal = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_unlock = nullptr;
};

} // namespace rapport::ui
