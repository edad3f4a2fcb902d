// The encrypted part of a backup, behind authentication: the fuzzer's bytes describe chunks that this target
// encrypts with a fixed key (as a genuine backup writer would), so the manifest JSON, the FINAL tag, the chunk
// order and trailing data are all reachable. Input: records of [flags:1][length:2, big-endian][payload]. Flag bit 0
// marks the chunk FINAL; bit 1 writes the payload as raw bytes instead of an encrypted chunk (broken framing).

#include "FuzzInput.h"
#include "backup/BackupReader.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <sodium.h>

using namespace rapport;

namespace {

/** A valid header and a push state for it, made once so that every run encrypts identically (deterministic). */
struct Writer
{
    SecureBytes key = SecureBytes(32);
    BackupReader::Header header;
    crypto_secretstream_xchacha20poly1305_state state {};

    Writer()
    {
        if (!ensureSodiumInitialised()) {
            fuzz::invariantBroken();
        }
        for (std::size_t i = 0; i < key.size(); ++i) {
            key.data()[i] = static_cast<unsigned char>(i);
        }
        header.kdf = KdfParameters::minimal();
        const QByteArray json = QJsonDocument(QJsonObject {{QStringLiteral("format"), BackupReader::formatName()},
                                                           {QStringLiteral("formatVersion"), 1}})
                                    .toJson(QJsonDocument::Compact);
        header.streamHeader = QByteArray(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
        crypto_secretstream_xchacha20poly1305_init_push(
            &state, reinterpret_cast<unsigned char*>(header.streamHeader.data()), key.data());
        QByteArray length(4, Qt::Uninitialized);
        qToBigEndian(static_cast<quint32>(json.size()), length.data());
        header.authenticated = BackupReader::magic() + length + json + header.streamHeader;
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 256 * 1024) {
        return -1;
    }
    static const Writer writer;
    crypto_secretstream_xchacha20poly1305_state state = writer.state;
    QByteArray file;
    QByteArray cipher;
    bool first = true;
    qint64 plainBytes = 0;
    std::size_t at = 0;
    while (at + 3 <= size) {
        const std::uint8_t flags = data[at];
        const std::size_t length = std::min<std::size_t>(qFromBigEndian<quint16>(data + at + 1), size - at - 3);
        const std::uint8_t* payload = data + at + 3;
        at += 3 + length;
        if ((flags & 2) != 0) {
            file.append(reinterpret_cast<const char*>(payload), static_cast<qsizetype>(length));
            continue;
        }
        cipher.resize(static_cast<qsizetype>(length + crypto_secretstream_xchacha20poly1305_ABYTES));
        unsigned long long cipherLength = 0;
        const QByteArray& ad = first ? writer.header.authenticated : QByteArray();
        crypto_secretstream_xchacha20poly1305_push(
            &state,
            reinterpret_cast<unsigned char*>(cipher.data()),
            &cipherLength,
            payload,
            length,
            first ? reinterpret_cast<const unsigned char*>(ad.constData()) : nullptr,
            static_cast<unsigned long long>(ad.size()),
            (flags & 1) != 0 ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                             : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        QByteArray prefix(4, Qt::Uninitialized);
        qToBigEndian(static_cast<quint32>(cipherLength), prefix.data());
        file += prefix;
        file.append(cipher.constData(), static_cast<qsizetype>(cipherLength));
        if (!first) {
            plainBytes += static_cast<qint64>(length);
        }
        first = false;
    }
    QBuffer in(&file);
    in.open(QIODevice::ReadOnly);
    QByteArray snapshotBytes;
    QBuffer snapshot(&snapshotBytes);
    snapshot.open(QIODevice::WriteOnly);
    auto body = BackupReader::readBody(in, writer.header, writer.key, snapshot, QStringLiteral("fuzz.snapshot"));
    if (body) {
        // Accepted: a 32-byte snapshot key, and never more snapshot bytes than were encrypted.
        if (body->snapshotKey.size() != 32 || snapshotBytes.size() > plainBytes) {
            fuzz::invariantBroken();
        }
    } else if (body.error().code != ErrorCode::CorruptFile && body.error().code != ErrorCode::NewerSchema) {
        fuzz::invariantBroken();
    }
    return 0;
}
