#include "PassphraseStrength.h"

#include "UiText.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace rapport::ui {

PassphraseStrength PassphraseStrength::assess(const QString& passphrase)
{
    PassphraseStrength result;
    if (passphrase.isEmpty()) {
        return result;
    }
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool symbol = false;
    bool other = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        distinct.insert(c);
        if (c.unicode() > 0x7f) {
            other = true;
        } else if (c.isLower()) {
            lower = true;
        } else if (c.isUpper()) {
            upper = true;
        } else if (c.isDigit()) {
            digit = true;
        } else {
            symbol = true;
        }
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 100 : 0);
    // Repeated characters add little: count each distinct character fully and repeats at a quarter.
    const double distinctCount = static_cast<double>(distinct.size());
    const double effectiveLength = distinctCount + (static_cast<double>(passphrase.size()) - distinctCount) * 0.25;
    result.m_bits = effectiveLength * std::log2(std::max(pool, 2));
    if (result.m_bits < 30) {
        result.m_level = Level::TooWeak;
    } else if (result.m_bits < 45) {
        result.m_level = Level::Weak;
    } else if (result.m_bits < 60) {
        result.m_level = Level::Fair;
    } else if (result.m_bits < 80) {
        result.m_level = Level::Strong;
    } else {
        result.m_level = Level::VeryStrong;
    }
    result.m_acceptable = passphrase.size() >= MinimumLength && result.m_level != Level::TooWeak;
    return result;
}

int PassphraseStrength::percent() const
{
    return std::clamp(static_cast<int>(m_bits * 100 / 90), 0, 100);
}

QString PassphraseStrength::description() const
{
    switch (m_level) {
    case Level::Empty:
        return UiTr::tr("Use several words that mean something only to you.");
    case Level::TooWeak:
        return UiTr::tr("Too weak: use at least %1 characters, better a few unrelated words.").arg(MinimumLength);
    case Level::Weak:
        return UiTr::tr("Weak: add another word or two.");
    case Level::Fair:
        return UiTr::tr("Fair: one more word would make it strong.");
    case Level::Strong:
        return UiTr::tr("Strong.");
    case Level::VeryStrong:
        return UiTr::tr("Very strong.");
    }
    return {};
}

} // namespace rapport::ui
