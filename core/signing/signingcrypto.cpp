#include "signingcrypto.h"

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstring>
#include <memory>

namespace Hookbench {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

const EVP_MD *evpDigest(SigningCrypto::Digest digest)
{
    switch (digest) {
    case SigningCrypto::Digest::Sha1:
        return EVP_sha1();
    case SigningCrypto::Digest::Sha512:
        return EVP_sha512();
    case SigningCrypto::Digest::Sha256:
        break;
    }
    return EVP_sha256();
}

// OpenSSL wants a non-null pointer even for empty input.
const unsigned char *bytes(QByteArrayView data)
{
    static const unsigned char empty = 0;
    return data.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(data.data());
}

bool isPem(QByteArrayView data)
{
    return data.trimmed().startsWith("-----BEGIN");
}

std::unique_ptr<BIO, BioFree> memoryBio(QByteArrayView data)
{
    return std::unique_ptr<BIO, BioFree>(BIO_new_mem_buf(data.data(), int(data.size())));
}

bool isP256(const EVP_PKEY *key)
{
    if (!key || EVP_PKEY_get_base_id(key) != EVP_PKEY_EC)
        return false;
    char group[64] = {};
    size_t length = 0;
    return EVP_PKEY_get_group_name(key, group, sizeof group, &length) == 1
           && std::strcmp(group, "prime256v1") == 0;
}

Pkey p256PublicKey(QByteArrayView key)
{
    if (key.isEmpty() || key.size() > 64 * 1024)
        return {};
    Pkey result;
    if (isPem(key)) {
        auto bio = memoryBio(key);
        result.reset(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    } else {
        const unsigned char *in = bytes(key);
        result.reset(d2i_PUBKEY(nullptr, &in, long(key.size())));
        if (result && in != bytes(key) + key.size())
            return {}; // trailing bytes
    }
    return isP256(result.get()) ? std::move(result) : Pkey();
}

Pkey p256PrivateKey(QByteArrayView key)
{
    if (key.isEmpty() || key.size() > 64 * 1024)
        return {};
    Pkey result;
    if (isPem(key)) {
        auto bio = memoryBio(key);
        result.reset(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    } else {
        const unsigned char *in = bytes(key);
        result.reset(d2i_AutoPrivateKey(nullptr, &in, long(key.size())));
    }
    return isP256(result.get()) ? std::move(result) : Pkey();
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

QByteArray SigningCrypto::hmac(Digest digest, QByteArrayView key, QByteArrayView data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(evpDigest(digest),
              bytes(key),
              int(key.size()),
              bytes(data),
              size_t(data.size()),
              out,
              &length))
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(length));
}

QByteArray SigningCrypto::hash(Digest digest, QByteArrayView data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!EVP_Digest(bytes(data), size_t(data.size()), out, &length, evpDigest(digest), nullptr))
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(length));
}

bool SigningCrypto::equal(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(bytes(a), bytes(b), size_t(a.size())) == 0;
}

std::optional<QByteArray> SigningCrypto::fromHex(QByteArrayView text)
{
    if (text.size() % 2)
        return std::nullopt;
    QByteArray result(text.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < result.size(); ++i) {
        const int high = hexDigit(text[2 * i]);
        const int low = hexDigit(text[2 * i + 1]);
        if (high < 0 || low < 0)
            return std::nullopt;
        result[i] = char(high * 16 + low);
    }
    return result;
}

std::optional<QByteArray> SigningCrypto::fromBase64(QByteArrayView text)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded.decoded);
}

bool SigningCrypto::ed25519Verify(QByteArrayView publicKey,
                                  QByteArrayView message,
                                  QByteArrayView signature)
{
    if (publicKey.size() != 32 || signature.size() != 64)
        return false;
    Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), 32));
    MdCtx context(EVP_MD_CTX_new());
    if (!key || !context
        || EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(
               context.get(), bytes(signature), 64, bytes(message), size_t(message.size()))
           == 1;
}

QByteArray SigningCrypto::ed25519Sign(QByteArrayView seed, QByteArrayView message)
{
    if (seed.size() != 32)
        return {};
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(seed), 32));
    MdCtx context(EVP_MD_CTX_new());
    if (!key || !context
        || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return {};
    QByteArray signature(64, Qt::Uninitialized);
    size_t length = 64;
    if (EVP_DigestSign(context.get(),
                       reinterpret_cast<unsigned char *>(signature.data()),
                       &length,
                       bytes(message),
                       size_t(message.size()))
            != 1
        || length != 64)
        return {};
    return signature;
}

QByteArray SigningCrypto::ed25519PublicKey(QByteArrayView seed)
{
    if (seed.size() != 32)
        return {};
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(seed), 32));
    QByteArray publicKey(32, Qt::Uninitialized);
    size_t length = 32;
    if (!key
        || EVP_PKEY_get_raw_public_key(
               key.get(), reinterpret_cast<unsigned char *>(publicKey.data()), &length)
               != 1
        || length != 32)
        return {};
    return publicKey;
}

bool SigningCrypto::isP256PublicKey(QByteArrayView key)
{
    return bool(p256PublicKey(key));
}

bool SigningCrypto::ecdsaP256Verify(QByteArrayView publicKey,
                                    QByteArrayView message,
                                    QByteArrayView signature)
{
    Pkey key = p256PublicKey(publicKey);
    MdCtx context(EVP_MD_CTX_new());
    if (!key || !context || signature.isEmpty()
        || EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(context.get(),
                            bytes(signature),
                            size_t(signature.size()),
                            bytes(message),
                            size_t(message.size()))
           == 1;
}

QByteArray SigningCrypto::ecdsaP256Sign(QByteArrayView privateKey, QByteArrayView message)
{
    Pkey key = p256PrivateKey(privateKey);
    MdCtx context(EVP_MD_CTX_new());
    if (!key || !context
        || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1)
        return {};
    size_t length = 0;
    if (EVP_DigestSign(context.get(), nullptr, &length, bytes(message), size_t(message.size()))
        != 1)
        return {};
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(),
                       reinterpret_cast<unsigned char *>(signature.data()),
                       &length,
                       bytes(message),
                       size_t(message.size()))
        != 1)
        return {};
    signature.truncate(qsizetype(length));
    return signature;
}

QByteArray SigningCrypto::ecdsaP256PublicKeyOf(QByteArrayView privateKey)
{
    Pkey key = p256PrivateKey(privateKey);
    if (!key)
        return {};
    const int length = i2d_PUBKEY(key.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    unsigned char *out = reinterpret_cast<unsigned char *>(der.data());
    return i2d_PUBKEY(key.get(), &out) == length ? der : QByteArray();
}

} // namespace Hookbench
