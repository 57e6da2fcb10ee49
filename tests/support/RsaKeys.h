#pragma once

// A fresh RSA key pair for the JWT bearer tests, made with OpenSSL as
// `openssl req -newkey rsa:2048` would: the private key (PKCS#8 PEM) the
// engine signs with, the public key (PEM) the stand-in org verifies with.
// Tests that include this link OpenSSL::Crypto.

#include <QByteArray>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>
#include <utility>

namespace relay::test {

struct RsaKeys {
    QByteArray privatePem;
    QByteArray publicPem;
};

inline QByteArray bioText(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

inline RsaKeys rsaKeys(unsigned bits = 2048)
{
    RsaKeys keys;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_RSA_gen(bits), EVP_PKEY_free);
    if (!key)
        return keys;
    std::unique_ptr<BIO, decltype(&BIO_free)> privateBio(BIO_new(BIO_s_mem()), BIO_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> publicBio(BIO_new(BIO_s_mem()), BIO_free);
    if (PEM_write_bio_PrivateKey(privateBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
        == 1)
        keys.privatePem = bioText(privateBio.get());
    if (PEM_write_bio_PUBKEY(publicBio.get(), key.get()) == 1)
        keys.publicPem = bioText(publicBio.get());
    return keys;
}

// The same key, encrypted with a passphrase (which the engine refuses).
inline QByteArray encryptedPem(const QByteArray &privatePem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> in(
        BIO_new_mem_buf(privatePem.constData(), static_cast<int>(privatePem.size())), BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(in.get(), nullptr, nullptr, nullptr), EVP_PKEY_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> out(BIO_new(BIO_s_mem()), BIO_free);
    static const char passphrase[] = "test-passphrase";
    if (!key
        || PEM_write_bio_PKCS8PrivateKey(out.get(), key.get(), EVP_aes_256_cbc(), passphrase,
               static_cast<int>(sizeof passphrase - 1), nullptr, nullptr)
            != 1) {
        return {};
    }
    return bioText(out.get());
}

// An EC key: a PEM private key, but not one RS256 can use.
inline QByteArray ecPrivatePem()
{
    // EVP_EC_gen's macro casts the curve's const away, which -Wcast-qual
    // refuses: the function it expands to, with a curve name of its own.
    char curve[] = "P-256";
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve), EVP_PKEY_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> out(BIO_new(BIO_s_mem()), BIO_free);
    if (!key
        || PEM_write_bio_PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
            != 1)
        return {};
    return bioText(out.get());
}

} // namespace relay::test
