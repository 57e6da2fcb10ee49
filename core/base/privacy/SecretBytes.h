#pragma once

#include <QByteArrayView>

#include <cstddef>
#include <vector>

namespace relay::core {

// Key material. Move-only, zeroed (sodium_memzero) when it goes away or is
// replaced; never converted to QString, never logged. Held in locked memory
// where the OS allows it so it does not reach swap.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    SecretBytes(const unsigned char *data, std::size_t size);
    ~SecretBytes();

    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    static SecretBytes random(std::size_t size);
    static SecretBytes fromUtf8(QByteArrayView text);

    unsigned char *data() { return m_bytes.data(); }
    const unsigned char *data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.empty(); }

    // Constant time.
    bool equals(const SecretBytes &other) const;

private:
    void wipe();

    std::vector<unsigned char> m_bytes;
};

} // namespace relay::core
