// The store's key file (rapport.db.key.json) and the KDF parameters inside it, which also sit in every backup
// header: anything is parsed into a key file whose Argon2 cost is within the bounds KdfParameters promises and whose
// page sizes SQLCipher accepts, or
// refused with CorruptFile / ForeignFile / NewerSchema. No key is derived here, so a doctored cost costs nothing.

#include "FuzzInput.h"
#include "store/Database.h"
#include "store/StoreKeyFile.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

using namespace rapport;

namespace {

void checkBounded(const KdfParameters& kdf)
{
    if (kdf.algorithm != QStringLiteral("argon2id13") || kdf.opsLimit < crypto_pwhash_OPSLIMIT_MIN || kdf.opsLimit > 64
        || kdf.memLimitBytes < crypto_pwhash_MEMLIMIT_MIN || kdf.memLimitBytes > quint64(4) * 1024 * 1024 * 1024
        || kdf.salt.size() != crypto_pwhash_SALTBYTES) {
        fuzz::invariantBroken();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > std::size_t(StoreKeyFile::MaxSize) + 1) {
        return -1;
    }
    const QByteArray bytes = fuzz::bytesOf(data, size);
    auto keyFile = StoreKeyFile::parse(bytes, QStringLiteral("fuzz.key.json"));
    if (keyFile) {
        checkBounded(keyFile->current.kdf);
        // A page size SQLCipher would refuse (or read as garbage) never gets through.
        if (!CipherPageSize::isValid(keyFile->current.pageSize)) {
            fuzz::invariantBroken();
        }
        if (keyFile->pending) {
            checkBounded(keyFile->pending->kdf);
            if (!CipherPageSize::isValid(keyFile->pending->pageSize)) {
                fuzz::invariantBroken();
            }
        }
    } else if (keyFile.error().code != ErrorCode::CorruptFile && keyFile.error().code != ErrorCode::ForeignFile
               && keyFile.error().code != ErrorCode::NewerSchema) {
        fuzz::invariantBroken();
    }
    // The same bytes as a bare KDF object, as backup headers carry it.
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    if (auto kdf = KdfParameters::fromJson(object); kdf) {
        checkBounded(*kdf);
        if (auto back = KdfParameters::fromJson(kdf->toJson()); !back || !(*back == *kdf)) {
            fuzz::invariantBroken();
        }
    }
    return 0;
}
