#include "KeyDerivation.h"

#include "common/CoreTr.h"

#include <sodium.h>

namespace rapport {
namespace {

const QString Argon2id = QStringLiteral("argon2id13");
constexpr int SaltSize = crypto_pwhash_SALTBYTES;
// Upper bounds when reading parameters from a file, so a doctored header cannot make us allocate 100 GiB.
constexpr quint64 MaxOpsLimit = 64;
constexpr quint64 MaxMemLimit = quint64(4) * 1024 * 1024 * 1024;

QByteArray randomSalt()
{
    QByteArray salt(SaltSize, Qt::Uninitialized);
    if (ensureSodiumInitialised()) {
        randombytes_buf(salt.data(), static_cast<std::size_t>(salt.size()));
    }
    return salt;
}

} // namespace

KdfParameters KdfParameters::defaults()
{
    // 2 passes over 256 MiB: ~0.35 s on the 2-core CI machine, roughly 0.5 s on a modest laptop.
    return {Argon2id, 2, quint64(256) * 1024 * 1024, randomSalt()};
}

KdfParameters KdfParameters::minimal()
{
    return {Argon2id, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN, randomSalt()};
}

KdfParameters KdfParameters::withFreshSalt() const
{
    KdfParameters fresh = *this;
    fresh.salt = randomSalt();
    return fresh;
}

QJsonObject KdfParameters::toJson() const
{
    return QJsonObject {
        {QStringLiteral("algorithm"), algorithm},
        {QStringLiteral("opsLimit"), static_cast<qint64>(opsLimit)},
        {QStringLiteral("memLimit"), static_cast<qint64>(memLimitBytes)},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
    };
}

Result<KdfParameters> KdfParameters::fromJson(const QJsonObject& json)
{
    KdfParameters parameters;
    parameters.algorithm = json.value(QStringLiteral("algorithm")).toString();
    if (parameters.algorithm != Argon2id) {
        return fail(ErrorCode::CorruptFile,
                    CoreTr::tr("Unknown key-derivation algorithm \"%1\".").arg(parameters.algorithm));
    }
    const double ops = json.value(QStringLiteral("opsLimit")).toDouble(-1);
    const double mem = json.value(QStringLiteral("memLimit")).toDouble(-1);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > MaxOpsLimit || mem < crypto_pwhash_MEMLIMIT_MIN
        || mem > static_cast<double>(MaxMemLimit)) {
        return fail(ErrorCode::CorruptFile, CoreTr::tr("The key-derivation cost recorded in the file is not valid."));
    }
    parameters.opsLimit = static_cast<quint64>(ops);
    parameters.memLimitBytes = static_cast<quint64>(mem);
    const auto salt = QByteArray::fromBase64Encoding(json.value(QStringLiteral("salt")).toString().toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || salt.decoded.size() != SaltSize) {
        return fail(ErrorCode::CorruptFile, CoreTr::tr("The key-derivation salt recorded in the file is not valid."));
    }
    parameters.salt = salt.decoded;
    return parameters;
}

Result<SecureBytes> deriveKey(const SecureBytes& passphrase, const KdfParameters& parameters)
{
    if (!ensureSodiumInitialised()) {
        return fail(ErrorCode::Internal, CoreTr::tr("The cryptography library could not be initialised."));
    }
    if (parameters.salt.size() != SaltSize) {
        return fail(ErrorCode::Internal, CoreTr::tr("The key-derivation salt has the wrong size."));
    }
    SecureBytes key(DerivedKeySize);
    static const char empty = 0;
    const char* passphraseBytes = passphrase.isEmpty() ? &empty : reinterpret_cast<const char*>(passphrase.data());
    if (crypto_pwhash(key.data(),
                      key.size(),
                      passphraseBytes,
                      passphrase.size(),
                      reinterpret_cast<const unsigned char*>(parameters.salt.constData()),
                      parameters.opsLimit,
                      static_cast<std::size_t>(parameters.memLimitBytes),
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return fail(ErrorCode::Io,
                    CoreTr::tr("Not enough memory to derive the key (%1 MiB needed).")
                        .arg(parameters.memLimitBytes / (1024 * 1024)));
    }
    return key;
}

QByteArray keyCheckValue(const SecureBytes& key, const QByteArray& label)
{
    QByteArray out(16, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()),
                       static_cast<std::size_t>(out.size()),
                       reinterpret_cast<const unsigned char*>(label.constData()),
                       static_cast<unsigned long long>(label.size()),
                       key.data(),
                       key.size());
    return out;
}

} // namespace rapport
