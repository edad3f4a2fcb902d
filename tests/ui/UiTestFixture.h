#pragma once

#include "ResultTesting.h"
#include "crypto/KeyDerivation.h"
#include "crypto/SecureBytes.h"
#include "domain/Person.h"
#include "instruments/InstrumentRegistry.h"
#include "store/ConnectionRepository.h"
#include "store/PersonRepository.h"
#include "store/Store.h"

#include <QDir>
#include <QTemporaryDir>

#include <memory>

namespace rapport::test {

inline const QString FixturePassphrase = QStringLiteral("correct horse battery");

/** A store in a temporary folder (cheapest key derivation) with one client connected to two professionals. */
struct ClientFixture
{
    QTemporaryDir directory;
    QString path;
    InstrumentRegistry registry;
    std::unique_ptr<Store> store;
    Person client;
    Person professional;
    Person secondProfessional;

    /** Builds it; returns false (after a QFAIL-style message via qWarning) when anything fails. */
    [[nodiscard]] bool setUp(bool withProfessionals = true)
    {
        if (!directory.isValid()) {
            return false;
        }
        path = QDir(directory.path()).filePath(QStringLiteral("test.rapport"));
        auto loaded = InstrumentRegistry::builtIn();
        if (!loaded) {
            qWarning("%s", qPrintable(loaded.error().message));
            return false;
        }
        registry = *loaded;
        StoreOptions options;
        options.kdf = KdfParameters::minimal();
        auto created = Store::create(path, SecureBytes::fromUtf8(FixturePassphrase), options);
        if (!created) {
            qWarning("%s", qPrintable(created.error().message));
            return false;
        }
        store = std::move(*created);
        auto addedClient = store->people().add(QStringLiteral("Alex Morgan"), Role::Client, QStringLiteral("Ops"));
        if (!addedClient) {
            return false;
        }
        client = *addedClient;
        if (!withProfessionals) {
            return true;
        }
        auto first = store->people().add(QStringLiteral("Dana Berg"), Role::Professional);
        auto second = store->people().add(QStringLiteral("Sam Ortiz"), Role::Professional);
        if (!first || !second) {
            return false;
        }
        professional = *first;
        secondProfessional = *second;
        return store->connections().connect(client.id, professional.id, Connection::State::Accepted).has_value()
            && store->connections().connect(client.id, secondProfessional.id, Connection::State::Accepted).has_value();
    }
};

} // namespace rapport::test
