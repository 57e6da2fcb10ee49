#include "SecretBytes.h"

#include <sodium.h>

#include <utility>

namespace relay::core {

SecretBytes::SecretBytes(std::size_t size) : m_bytes(size, 0)
{
    if (!m_bytes.empty())
        sodium_mlock(m_bytes.data(), m_bytes.size());
}

SecretBytes::SecretBytes(const unsigned char *data, std::size_t size) : SecretBytes(size)
{
    if (size > 0)
        std::copy(data, data + size, m_bytes.begin());
}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes bytes(size);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

SecretBytes SecretBytes::fromUtf8(QByteArrayView text)
{
    return SecretBytes(reinterpret_cast<const unsigned char *>(text.data()),
        static_cast<std::size_t>(text.size()));
}

bool SecretBytes::equals(const SecretBytes &other) const
{
    return size() == other.size()
        && (size() == 0 || sodium_memcmp(data(), other.data(), size()) == 0);
}

void SecretBytes::wipe()
{
    if (!m_bytes.empty()) {
        sodium_memzero(m_bytes.data(), m_bytes.size());
        sodium_munlock(m_bytes.data(), m_bytes.size());
    }
}

} // namespace relay::core
