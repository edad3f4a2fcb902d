#include "DemoSession.h"

#include "UiText.h"
#include "demo/DemoGenerator.h"
#include "store/Store.h"

#include <QDir>
#include <QRandomGenerator>

namespace rapport::ui {

DemoSession::~DemoSession() = default;

Result<std::unique_ptr<DemoSession>> DemoSession::create(const InstrumentRegistry& registry)
{
    std::unique_ptr<DemoSession> session(new DemoSession());
    if (!session->m_directory.isValid()) {
        return fail(ErrorCode::Io,
                    UiTr::tr("No temporary folder for the demo: %1").arg(session->m_directory.errorString()));
    }
    session->m_storePath = QDir(session->m_directory.path()).filePath(QStringLiteral("demo.rapport"));
    // Random, but readable: the unlock screen shows it after a lock.
    session->m_passphrase
        = QStringLiteral("demo-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    StoreOptions options;
    options.kdf = KdfParameters::minimal();
    auto store = Store::create(session->m_storePath, SecureBytes::fromUtf8(session->m_passphrase), options);
    if (!store) {
        return tl::unexpected(store.error());
    }
    DemoOptions demo;
    demo.employees = 40;
    demo.professionals = 6;
    demo.months = 12;
    demo.seed = 7;
    demo.until = QDateTime::currentDateTimeUtc();
    auto summary = DemoGenerator(demo).fill(**store, registry);
    if (!summary) {
        return tl::unexpected(summary.error());
    }
    session->m_showcaseClient = summary->showcaseClient;
    session->m_store = std::move(*store);
    return session;
}

std::unique_ptr<Store> DemoSession::takeStore()
{
    return std::move(m_store);
}

} // namespace rapport::ui
