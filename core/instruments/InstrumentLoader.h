#pragma once

#include "common/Error.h"
#include "instruments/InstrumentDefinition.h"

#include <QByteArray>
#include <QString>

namespace rapport {

/**
 * Reads instrument definitions from JSON (format: docs/instruments.md) and validates every field, so that scoring
 * can rely on the result. Errors have the code InvalidDefinition and a message naming the source and the field:
 * "wellbeing.json: items[2].dimension: unknown dimension 'trust'".
 */
class InstrumentLoader
{
public:
    /** Files larger than this are rejected before parsing. */
    static constexpr qint64 MaxFileSize = 1024 * 1024;

    /** Parses and validates `json`; `sourceName` (usually a file name) begins every error message. */
    [[nodiscard]] static Result<InstrumentDefinition> fromJson(const QByteArray& json, const QString& sourceName);

    /** Reads and validates the file at `path` (also a `:/` resource); errors name the file by its file name. */
    [[nodiscard]] static Result<InstrumentDefinition> fromFile(const QString& path);
};

} // namespace rapport
