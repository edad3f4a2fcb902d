// A backup file as found on disk, byte for byte: the plaintext header (magic, length, JSON, KDF parameters, key
// check, stream header) and the framing of the encrypted chunks. The key is a fixed test key instead of one
// derived with Argon2 (the header's cost is only validated, never paid), so chunks rarely authenticate here;
// FuzzBackupBody covers what lies behind authentication.

#include "FuzzInput.h"
#include "backup/BackupReader.h"

#include <QBuffer>

using namespace rapport;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 512 * 1024) {
        return -1;
    }
    QByteArray bytes = fuzz::bytesOf(data, size);
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    auto header = BackupReader::readHeader(in, QStringLiteral("fuzz.rapport-backup"));
    if (!header) {
        const ErrorCode code = header.error().code;
        if (code != ErrorCode::ForeignFile && code != ErrorCode::CorruptFile && code != ErrorCode::NewerSchema) {
            fuzz::invariantBroken();
        }
        return 0;
    }
    static const SecureBytes key(32); // all zeros: a fixed key, not a secret
    QByteArray snapshotBytes;
    QBuffer snapshot(&snapshotBytes);
    snapshot.open(QIODevice::WriteOnly);
    auto body = BackupReader::readBody(in, *header, key, snapshot, QStringLiteral("fuzz.snapshot"));
    if (!body && body.error().code != ErrorCode::CorruptFile && body.error().code != ErrorCode::NewerSchema) {
        fuzz::invariantBroken();
    }
    return 0;
}
