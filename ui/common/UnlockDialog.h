#pragma once

#include "common/Error.h"
#include "crypto/SecureBytes.h"

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
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

private:
    void tryUnlock();

    Opener m_opener;
    std::unique_ptr<Store> m_store;
    QLineEdit* m_passphrase = nullptr;
    QToolButton* m_reveal = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_unlock = nullptr;
};

} // namespace rapport::ui
