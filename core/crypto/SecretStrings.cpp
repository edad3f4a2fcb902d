#include "SecretStrings.h"

#include <sodium.h>

namespace rapport {

bool wipeString(QString& text)
{
    if (text.isEmpty() || !text.isDetached()) {
        return text.isEmpty();
    }
    // data() on a detached string does not copy: these are the very bytes the string holds.
    sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    return true;
}

SecureBytes takeSecretString(QString& text)
{
    SecureBytes secret = SecureBytes::fromUtf8(text); // fromUtf8 wipes its UTF-8 intermediate
    wipeString(text);
    text.clear();
    return secret;
}

} // namespace rapport
