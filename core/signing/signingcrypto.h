#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Hookbench {

/// The cryptographic primitives the signature schemes are built from (OpenSSL underneath).
/// Every function works on raw bytes; none of them logs or keeps a key.
class SigningCrypto final
{
public:
    enum class Digest { Sha1, Sha256, Sha512 };

    static QByteArray hmac(Digest digest, QByteArrayView key, QByteArrayView data);
    static QByteArray hash(Digest digest, QByteArrayView data);
    /// Constant-time comparison; sizes are not secret.
    static bool equal(QByteArrayView a, QByteArrayView b);

    /// Strict decoders: nullopt unless the whole text is valid (hex: either case; base64:
    /// standard alphabet, padding optional).
    static std::optional<QByteArray> fromHex(QByteArrayView text);
    static std::optional<QByteArray> fromBase64(QByteArrayView text);

    /// Ed25519 with raw keys: 32-byte public key, 32-byte seed, 64-byte signature.
    static bool
    ed25519Verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);
    static QByteArray ed25519Sign(QByteArrayView seed, QByteArrayView message);
    static QByteArray ed25519PublicKey(QByteArrayView seed);

    /// ECDSA P-256 with SHA-256. The public key is DER SubjectPublicKeyInfo or PEM; the private
    /// key DER (PKCS#8 or SEC 1) or PEM; signatures are DER. False/empty when a key is unusable.
    static bool isP256PublicKey(QByteArrayView key);
    static bool
    ecdsaP256Verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);
    static QByteArray ecdsaP256Sign(QByteArrayView privateKey, QByteArrayView message);
    static QByteArray ecdsaP256PublicKeyOf(QByteArrayView privateKey); ///< DER SPKI
};

} // namespace Hookbench
