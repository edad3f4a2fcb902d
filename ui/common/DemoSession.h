#pragma once

#include "common/Error.h"

#include <QString>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace rapport {
class InstrumentRegistry;
class Store;
} // namespace rapport

namespace rapport::ui {

/**
 * A throwaway demo organisation: a store in a temporary folder under a random passphrase, filled by the core demo
 * generator. The folder (and the store in it) is removed when this object goes; close the store first.
 */
class DemoSession
{
public:
    /** Creates and fills the demo store; the store is handed out once through takeStore(). */
    [[nodiscard]] static Result<std::unique_ptr<DemoSession>> create(const InstrumentRegistry& registry);
    ~DemoSession();

    DemoSession(const DemoSession&) = delete;
    DemoSession& operator=(const DemoSession&) = delete;

    [[nodiscard]] std::unique_ptr<Store> takeStore();
    [[nodiscard]] QString storePath() const { return m_storePath; }
    /** The demo store's passphrase: shown on the unlock screen after a lock, since nobody chose it. */
    [[nodiscard]] QString passphrase() const { return m_passphrase; }
    /** A client with a long, shared history: who the demo opens as. */
    [[nodiscard]] QUuid showcaseClient() const { return m_showcaseClient; }

private:
    DemoSession() = default;

    QTemporaryDir m_directory;
    QString m_storePath;
    QString m_passphrase;
    QUuid m_showcaseClient;
    std::unique_ptr<Store> m_store;
};

} // namespace rapport::ui
