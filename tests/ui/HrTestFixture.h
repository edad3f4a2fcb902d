#pragma once

#include "crypto/KeyDerivation.h"
#include "crypto/SecureBytes.h"
#include "demo/DemoGenerator.h"
#include "instruments/InstrumentRegistry.h"
#include "store/Store.h"

#include <QDir>
#include <QTemporaryDir>

#include <memory>

namespace rapport::test {

inline const QString HrFixturePassphrase = QStringLiteral("correct horse battery");

/** A store in a temporary folder filled with a demo organisation of `employees` people. */
struct HrFixture
{
    QTemporaryDir directory;
    QString path;
    InstrumentRegistry registry;
    std::unique_ptr<Store> store;

    [[nodiscard]] bool setUp(int employees, int months, quint32 seed = 5)
    {
        if (!directory.isValid()) {
            return false;
        }
        path = QDir(directory.path()).filePath(QStringLiteral("hr.rapport"));
        auto loaded = InstrumentRegistry::builtIn();
        if (!loaded) {
            qWarning("%s", qPrintable(loaded.error().message));
            return false;
        }
        registry = *loaded;
        StoreOptions options;
        options.kdf = KdfParameters::minimal();
        auto created = Store::create(path, SecureBytes::fromUtf8(HrFixturePassphrase), options);
        if (!created) {
            qWarning("%s", qPrintable(created.error().message));
            return false;
        }
        store = std::move(*created);
        DemoOptions demo;
        demo.employees = employees;
        demo.professionals = std::max(1, std::min(employees, employees / 10 + 1));
        demo.months = months;
        demo.seed = seed;
        auto filled = DemoGenerator(demo).fill(*store, registry);
        if (!filled) {
            qWarning("%s", qPrintable(filled.error().message));
            return false;
        }
        return true;
    }
};

} // namespace rapport::test
