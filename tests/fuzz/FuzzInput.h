#pragma once

// Shared by the libFuzzer targets: one entry point each (LLVMFuzzerTestOneInput), inputs bounded so that a run
// measures the parser, not the allocator.

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace rapport::fuzz {

/** The fuzzer's bytes as a QByteArray that does not own them (valid for this call only). */
inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

/** Stops the run with a crash report: an invariant the code under test promises did not hold. */
[[noreturn]] inline void invariantBroken()
{
    std::abort();
}

} // namespace rapport::fuzz
