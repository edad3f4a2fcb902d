#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace rapport {

/**
 * Secret bytes (a passphrase, a key) in libsodium-guarded memory: locked out of swap, surrounded by guard pages,
 * and wiped when the object is destroyed. Move-only, so a secret has exactly one owner.
 */
class SecureBytes
{
public:
    SecureBytes() = default;
    /** `size` zeroed bytes. */
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    /** The UTF-8 bytes of `text`. The caller should drop its own copies of the text as soon as it can. */
    [[nodiscard]] static SecureBytes fromUtf8(const QString& text);
    /** A copy of `bytes`; wipes `bytes` afterwards. */
    [[nodiscard]] static SecureBytes takeFrom(QByteArray& bytes);
    /** `size` bytes from the system's secure random source. */
    [[nodiscard]] static SecureBytes random(std::size_t size);

    [[nodiscard]] unsigned char* data() { return m_data; }
    [[nodiscard]] const unsigned char* data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }

    /** Constant-time comparison. */
    [[nodiscard]] bool equals(const SecureBytes& other) const;
    /** A copy in a new guarded buffer. */
    [[nodiscard]] SecureBytes clone() const;
    /** Overwrites the bytes with zeros and releases them. */
    void wipe();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

/** Makes sure libsodium is initialised; safe to call any number of times from any thread. */
[[nodiscard]] bool ensureSodiumInitialised();

} // namespace rapport
