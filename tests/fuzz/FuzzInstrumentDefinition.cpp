// Instrument definition JSON (resources/instruments/*.json, or a file an organisation adds): whatever the bytes,
// the loader answers with a definition or an InvalidDefinition error, and a definition it accepts scores every
// in-range answer set without failing and within its documented range.

#include "FuzzInput.h"
#include "instruments/InstrumentLoader.h"
#include "instruments/Scoring.h"

using namespace rapport;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > std::size_t(InstrumentLoader::MaxFileSize)) {
        return -1;
    }
    auto definition = InstrumentLoader::fromJson(fuzz::bytesOf(data, size), QStringLiteral("fuzz.json"));
    if (!definition) {
        if (definition.error().code != ErrorCode::InvalidDefinition || definition.error().message.isEmpty()) {
            fuzz::invariantBroken();
        }
        return 0;
    }
    // Lowest, highest and a mixed answer set: each must score inside [scoreMin, scoreMax].
    for (int pattern = 0; pattern < 3; ++pattern) {
        QList<int> answers;
        for (qsizetype i = 0; i < definition->items.size(); ++i) {
            const int low = definition->scale.min;
            const int high = definition->scale.max;
            answers.append(pattern == 0 ? low : pattern == 1 ? high : (i % 2 == 0 ? low : high));
        }
        auto score = scoreAnswers(*definition, answers);
        if (!score) {
            fuzz::invariantBroken();
        }
        const double slack = definition->scoreStep();
        if (score->value < definition->scoreMin - slack || score->value > definition->scoreMax + slack) {
            fuzz::invariantBroken();
        }
        (void)definition->bracketFor(score->value);
    }
    return 0;
}
