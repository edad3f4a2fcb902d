#pragma once

#include "SecureBytes.h"

#include <QString>

namespace rapport {

// Passphrases arrive as QString (from a line edit, a file, the environment). These move them into guarded memory
// and wipe the QString buffers Rapport owns.

/**
 * Overwrites the characters of `text` with zeros in place, without releasing or resizing its buffer, when `text`
 * is the only owner of that buffer (returns true); a shared buffer is left alone (returns false), since writing to
 * it would first copy it. Callers clear `text` afterwards.
 */
bool wipeString(QString& text);

/**
 * The UTF-8 bytes of `text` in guarded memory, then wipes `text` (see wipeString: a copy still shared with, say, a
 * line edit cannot be reached, so clear that first) and leaves it empty. The UTF-8 intermediate is wiped too.
 */
[[nodiscard]] SecureBytes takeSecretString(QString& text);

} // namespace rapport
