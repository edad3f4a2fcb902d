#pragma once

namespace rapport {

/**
 * Keeps secrets out of crash dumps: a core dump of a process with an open store would hold the store key and
 * decrypted pages in plain text. Linux: no core file (RLIMIT_CORE 0) and not dumpable (PR_SET_DUMPABLE 0, which
 * also stops other unprivileged processes from attaching a debugger or reading /proc/PID/mem). macOS and other
 * Unix: RLIMIT_CORE 0. Windows: nothing to set per process (Windows Error Reporting is a system policy); returns
 * false. Called by both executables before anything is unlocked, so it covers every unlocked moment.
 * Returns true when every available protection was applied.
 */
bool disableCoreDumps();

/** Whether this process currently may not write a core dump (for tests and diagnostics). */
[[nodiscard]] bool coreDumpsDisabled();

} // namespace rapport
