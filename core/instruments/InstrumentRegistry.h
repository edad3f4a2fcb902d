#pragma once

#include "common/Error.h"
#include "instruments/InstrumentDefinition.h"

#include <QList>
#include <QString>

namespace rapport {

/**
 * The instruments available to the app: a plain value holding validated definitions by id, either the built-in
 * ones (compiled in as Qt resources under `:/instruments`) or an organisation's own folder of `*.json` files.
 */
class InstrumentRegistry
{
public:
    /** Where the built-in definitions live. */
    static inline const QString BuiltInDirectory = QStringLiteral(":/instruments");

    /** An empty registry. */
    InstrumentRegistry() = default;

    /** The built-in instruments (Wellbeing Index, Professional Alliance). */
    [[nodiscard]] static Result<InstrumentRegistry> builtIn();

    /**
     * The built-in instruments when `directory` is empty; otherwise the `*.json` files in `directory` instead (an
     * organisation's licensed instruments), as fromDirectory().
     */
    [[nodiscard]] static Result<InstrumentRegistry> load(const QString& directory);

    /**
     * Every `*.json` file in `directory`, in file-name order. Fails on the first invalid file with an error naming
     * the file and field, when two files define the same id, and when the folder is missing or has no definitions.
     */
    [[nodiscard]] static Result<InstrumentRegistry> fromDirectory(const QString& directory);

    /** A registry of already loaded definitions; fails when two share an id. */
    [[nodiscard]] static Result<InstrumentRegistry> fromDefinitions(const QList<InstrumentDefinition>& definitions);

    /** The definition with `id`, or a NotFound error naming it. */
    [[nodiscard]] Result<InstrumentDefinition> get(const QString& id) const;
    /** The definition with `id`, or nullptr. The pointer stays valid while this registry is unchanged. */
    [[nodiscard]] const InstrumentDefinition* find(const QString& id) const;
    /** Every definition, in the order they were loaded. */
    [[nodiscard]] QList<InstrumentDefinition> all() const { return m_definitions; }
    /** The ids, in the order they were loaded. */
    [[nodiscard]] QStringList ids() const;
    [[nodiscard]] bool isEmpty() const { return m_definitions.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_definitions.size(); }

private:
    QList<InstrumentDefinition> m_definitions;
};

} // namespace rapport
