#include "SecureBytes.h"

#include <cstring>
#include <new>
#include <sodium.h>
#include <utility>

namespace rapport {

bool ensureSodiumInitialised()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

SecureBytes::SecureBytes(std::size_t size)
{
    if (size == 0) {
        return;
    }
    if (!ensureSodiumInitialised()) {
        throw std::bad_alloc();
    }
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (m_data == nullptr) {
        throw std::bad_alloc();
    }
    sodium_memzero(m_data, size);
    m_size = size;
}

SecureBytes::~SecureBytes()
{
    wipe();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::fromUtf8(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    return takeFrom(utf8);
}

SecureBytes SecureBytes::takeFrom(QByteArray& bytes)
{
    SecureBytes secret(static_cast<std::size_t>(bytes.size()));
    if (!bytes.isEmpty()) {
        std::memcpy(secret.data(), bytes.constData(), secret.size());
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
    return secret;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes secret(size);
    if (size > 0) {
        randombytes_buf(secret.data(), size);
    }
    return secret;
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    if (m_size != other.m_size) {
        return false;
    }
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

SecureBytes SecureBytes::clone() const
{
    SecureBytes copy(m_size);
    if (m_size > 0) {
        std::memcpy(copy.data(), m_data, m_size);
    }
    return copy;
}

void SecureBytes::wipe()
{
    if (m_data != nullptr) {
        sodium_free(m_data); // sodium_free zeroes the memory before releasing it
        m_data = nullptr;
    }
    m_size = 0;
}

} // namespace rapport
