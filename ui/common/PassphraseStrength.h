#pragma once

#include <QString>

namespace rapport::ui {

/** A rough, offline estimate of how hard a passphrase is to guess, for feedback while typing one. */
class PassphraseStrength
{
public:
    enum class Level
    {
        Empty,
        TooWeak,
        Weak,
        Fair,
        Strong,
        VeryStrong,
    };

    /** Shorter passphrases are refused. */
    static constexpr int MinimumLength = 8;

    [[nodiscard]] static PassphraseStrength assess(const QString& passphrase);

    [[nodiscard]] Level level() const { return m_level; }
    /** Estimated bits of entropy (character classes × length, discounted for repeats). */
    [[nodiscard]] double bits() const { return m_bits; }
    /** Whether Rapport accepts it as a store passphrase. */
    [[nodiscard]] bool isAcceptable() const { return m_acceptable; }
    /** 0–100, for a meter. */
    [[nodiscard]] int percent() const;
    /** A translated word and a hint, e.g. "Weak: add more words". */
    [[nodiscard]] QString description() const;

private:
    Level m_level = Level::Empty;
    double m_bits = 0;
    bool m_acceptable = false;
};

} // namespace rapport::ui
