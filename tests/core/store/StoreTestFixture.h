#pragma once

#include "crypto/KeyDerivation.h"
#include "crypto/SecureBytes.h"
#include "store/Store.h"

#include <QDateTime>
#include <QTimeZone>

namespace rapport::test {

inline SecureBytes passphrase(const char* text)
{
    return SecureBytes::fromUtf8(QString::fromUtf8(text));
}

/** Options for test stores: the cheapest key derivation, and a clock that tests can move. */
inline StoreOptions fastOptions(QDateTime* now = nullptr)
{
    StoreOptions options;
    options.kdf = KdfParameters::minimal();
    if (now != nullptr) {
        options.clock = Clock([now] { return *now; });
    }
    return options;
}

} // namespace rapport::test
