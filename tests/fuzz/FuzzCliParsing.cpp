// Command-line values (rapport-cli's --answers, dates, trend points, language codes): any text gets a value or an
// InvalidArgument/OutOfRange error with a message, never a crash. The first byte picks the parser so that the
// corpus of each stays separate in libFuzzer's view.

#include "FuzzInput.h"
#include "cli/CliParsing.h"

#include <QString>

using namespace rapport;

namespace {

template <typename T>
void expectValueOrInputError(const Result<T>& result)
{
    if (!result
        && ((result.error().code != ErrorCode::InvalidArgument && result.error().code != ErrorCode::OutOfRange)
            || result.error().message.isEmpty())) {
        fuzz::invariantBroken();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1 || size > 16 * 1024) {
        return -1;
    }
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    switch (data[0] % 4) {
    case 0: {
        const auto answers = cli::parseAnswerList(text);
        expectValueOrInputError(answers);
        if (answers && (answers->isEmpty() || answers->size() > cli::MaxAnswers)) {
            fuzz::invariantBroken();
        }
        break;
    }
    case 1: {
        const auto time = cli::parseTimePoint(text);
        expectValueOrInputError(time);
        if (time && (!time->isValid() || time->timeSpec() != Qt::UTC)) {
            fuzz::invariantBroken();
        }
        break;
    }
    case 2:
        expectValueOrInputError(cli::parseTrendPoint(text));
        break;
    default:
        expectValueOrInputError(cli::parseLanguageCode(text));
        break;
    }
    return 0;
}
