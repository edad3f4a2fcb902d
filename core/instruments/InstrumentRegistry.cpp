#include "InstrumentRegistry.h"

#include "common/CoreTr.h"
#include "instruments/InstrumentLoader.h"

#include <QDir>
#include <QFileInfo>

namespace rapport {

Result<InstrumentRegistry> InstrumentRegistry::builtIn()
{
    auto registry = fromDirectory(BuiltInDirectory);
    if (!registry) {
        // The built-in definitions are part of the program, so any failure here is a bug or a broken build.
        return fail(ErrorCode::Internal,
                    CoreTr::tr("The built-in instruments could not be loaded: %1").arg(registry.error().message));
    }
    return registry;
}

Result<InstrumentRegistry> InstrumentRegistry::load(const QString& directory)
{
    if (directory.isEmpty()) {
        return builtIn();
    }
    return fromDirectory(directory);
}

Result<InstrumentRegistry> InstrumentRegistry::fromDirectory(const QString& directory)
{
    const QDir dir(directory);
    if (!QFileInfo(directory).isDir()) {
        return fail(ErrorCode::NotFound, CoreTr::tr("The instrument folder '%1' does not exist.").arg(directory));
    }
    const QFileInfoList files = dir.entryInfoList(QStringList {QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        return fail(ErrorCode::NotFound,
                    CoreTr::tr("The instrument folder '%1' has no definitions (*.json files).").arg(directory));
    }
    InstrumentRegistry registry;
    QStringList sources;
    for (const QFileInfo& file : files) {
        auto definition = InstrumentLoader::fromFile(file.filePath());
        if (!definition) {
            return tl::unexpected(definition.error());
        }
        const qsizetype existing = registry.ids().indexOf(definition->id);
        if (existing >= 0) {
            return fail(ErrorCode::InvalidDefinition,
                        CoreTr::tr("%1: id: instrument '%2' is already defined in %3")
                            .arg(file.fileName(), definition->id, sources.at(existing)));
        }
        registry.m_definitions.append(*definition);
        sources.append(file.fileName());
    }
    return registry;
}

Result<InstrumentRegistry> InstrumentRegistry::fromDefinitions(const QList<InstrumentDefinition>& definitions)
{
    InstrumentRegistry registry;
    for (const InstrumentDefinition& definition : definitions) {
        if (registry.find(definition.id) != nullptr) {
            return fail(ErrorCode::AlreadyExists,
                        CoreTr::tr("The instrument '%1' is defined twice.").arg(definition.id));
        }
        registry.m_definitions.append(definition);
    }
    return registry;
}

Result<InstrumentDefinition> InstrumentRegistry::get(const QString& id) const
{
    if (const InstrumentDefinition* definition = find(id)) {
        return *definition;
    }
    return fail(ErrorCode::NotFound, CoreTr::tr("There is no instrument '%1'.").arg(id));
}

const InstrumentDefinition* InstrumentRegistry::find(const QString& id) const
{
    for (const InstrumentDefinition& definition : m_definitions) {
        if (definition.id == id) {
            return &definition;
        }
    }
    return nullptr;
}

QStringList InstrumentRegistry::ids() const
{
    QStringList result;
    result.reserve(m_definitions.size());
    for (const InstrumentDefinition& definition : m_definitions) {
        result.append(definition.id);
    }
    return result;
}

} // namespace rapport
