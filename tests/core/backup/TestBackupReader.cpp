// The backup parser on buffers (the seam the fuzz targets use), with regression inputs from fuzzing and review:
// absurd row counts in a manifest must not be undefined behaviour, misplaced FINAL tags and trailing data are
// corrupt, a newer schema is refused. Also the store key file's parser on oversized and doctored input.

#include "ResultTesting.h"
#include "backup/BackupReader.h"
#include "store/Database.h"
#include "store/StoreKeyFile.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtEndian>

#include <sodium.h>

using namespace rapport;

namespace {

/** Writes a backup body the way a genuine writer would, under a fixed key, for readBody to parse. */
class BodyWriter
{
public:
    BodyWriter()
    {
        QVERIFY(ensureSodiumInitialised());
        for (std::size_t i = 0; i < m_key.size(); ++i) {
            m_key.data()[i] = static_cast<unsigned char>(7 * i);
        }
        m_header.kdf = KdfParameters::minimal();
        m_header.streamHeader = QByteArray(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
        crypto_secretstream_xchacha20poly1305_init_push(
            &m_state, reinterpret_cast<unsigned char*>(m_header.streamHeader.data()), m_key.data());
        m_header.authenticated = BackupReader::magic() + QByteArray("\0\0\0\2{}", 6) + m_header.streamHeader;
    }

    void chunk(const QByteArray& plain, bool final)
    {
        QByteArray cipher(plain.size() + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        unsigned long long length = 0;
        const QByteArray ad = m_first ? m_header.authenticated : QByteArray();
        crypto_secretstream_xchacha20poly1305_push(
            &m_state,
            reinterpret_cast<unsigned char*>(cipher.data()),
            &length,
            reinterpret_cast<const unsigned char*>(plain.constData()),
            static_cast<unsigned long long>(plain.size()),
            ad.isEmpty() ? nullptr : reinterpret_cast<const unsigned char*>(ad.constData()),
            static_cast<unsigned long long>(ad.size()),
            final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                  : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        QByteArray prefix(4, Qt::Uninitialized);
        qToBigEndian(static_cast<quint32>(length), prefix.data());
        m_file += prefix + cipher.left(static_cast<qsizetype>(length));
        m_first = false;
    }

    void raw(const QByteArray& bytes) { m_file += bytes; }

    Result<BackupReader::Body> read(QByteArray* snapshot = nullptr)
    {
        QBuffer in(&m_file);
        in.open(QIODevice::ReadOnly);
        QByteArray sink;
        QBuffer out(snapshot != nullptr ? snapshot : &sink);
        out.open(QIODevice::WriteOnly);
        return BackupReader::readBody(in, m_header, m_key, out, QStringLiteral("test.snapshot"));
    }

private:
    SecureBytes m_key = SecureBytes(32);
    BackupReader::Header m_header;
    crypto_secretstream_xchacha20poly1305_state m_state {};
    QByteArray m_file;
    bool m_first = true;
};

/** A manifest as format 1 wrote it (no snapshot page size), or with `snapshotPageSize` when given. */
QByteArray manifest(const QJsonObject& rowCounts, int schema = 1, const QJsonValue& snapshotPageSize = {})
{
    QJsonObject json {{QStringLiteral("appVersion"), QStringLiteral("0.1.0")},
                      {QStringLiteral("schemaVersion"), schema},
                      {QStringLiteral("createdAt"), QStringLiteral("2026-01-01T00:00:00.000Z")},
                      {QStringLiteral("rowCounts"), rowCounts},
                      {QStringLiteral("snapshotKey"), QString::fromLatin1(QByteArray(32, 'k').toBase64())}};
    if (!snapshotPageSize.isNull()) {
        json.insert(QStringLiteral("snapshotPageSize"), snapshotPageSize);
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

class TestBackupReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAWellFormedBody()
    {
        BodyWriter writer;
        writer.chunk(manifest(QJsonObject {{QStringLiteral("people"), 3}}), false);
        writer.chunk("SQLite", false);
        writer.chunk("-bytes", true);
        QByteArray snapshot;
        auto body = writer.read(&snapshot);
        QVERIFY_RESULT(body);
        QCOMPARE(snapshot, QByteArray("SQLite-bytes"));
        QCOMPARE(body->manifest.rowCounts.value(QStringLiteral("people")), 3);
        QCOMPARE(body->snapshotKey.size(), std::size_t(32));
        // A format-1 manifest names no page size: its snapshot has SQLCipher 3's 1 KiB pages.
        QCOMPARE(body->snapshotPageSize, CipherPageSize::Legacy);
    }

    void readsTheSnapshotPageSize()
    {
        BodyWriter writer;
        writer.chunk(manifest(QJsonObject {{QStringLiteral("people"), 1}}, 1, 4096), false);
        writer.chunk("SQLite", true);
        auto body = writer.read();
        QVERIFY_RESULT(body);
        QCOMPARE(body->snapshotPageSize, 4096);
    }

    void impossibleSnapshotPageSizeIsCorrupt_data()
    {
        QTest::addColumn<QJsonValue>("pageSize");
        QTest::newRow("not a power of two") << QJsonValue(1000);
        QTest::newRow("too large") << QJsonValue(1 << 20);
        QTest::newRow("text") << QJsonValue(QStringLiteral("4096"));
    }

    void impossibleSnapshotPageSizeIsCorrupt()
    {
        QFETCH(QJsonValue, pageSize);
        BodyWriter writer;
        writer.chunk(manifest(QJsonObject {{QStringLiteral("people"), 1}}, 1, pageSize), false);
        writer.chunk("SQLite", true);
        auto body = writer.read();
        QVERIFY(!body);
        QCOMPARE(body.error().code, ErrorCode::CorruptFile);
    }

    void absurdRowCountsAreNotUndefinedBehaviour()
    {
        // Regression (corpus fuzz_backup_body/huge-row-count): counts were cast from double, and 1e300 does not
        // fit a qint64. Now they read as -1, which never matches a snapshot, so verify reports the backup corrupt.
        BodyWriter writer;
        writer.chunk(manifest(QJsonObject {{QStringLiteral("people"), 1e300},
                                           {QStringLiteral("submissions"), -1e19},
                                           {QStringLiteral("connections"), 2.5},
                                           {QStringLiteral("settings"), 4}}),
                     false);
        writer.chunk("x", true);
        auto body = writer.read();
        QVERIFY_RESULT(body);
        QCOMPARE(body->manifest.rowCounts.value(QStringLiteral("people")), -1);
        QCOMPARE(body->manifest.rowCounts.value(QStringLiteral("submissions")), -1);
        QCOMPARE(body->manifest.rowCounts.value(QStringLiteral("connections")), -1);
        QCOMPARE(body->manifest.rowCounts.value(QStringLiteral("settings")), 4);
    }

    void finalManifestTrailingBytesAndMissingEndAreCorrupt()
    {
        {
            BodyWriter writer;
            writer.chunk(manifest({}), true); // nothing after the manifest
            QVERIFY_ERROR(writer.read(), ErrorCode::CorruptFile);
        }
        {
            BodyWriter writer;
            writer.chunk(manifest({}), false);
            writer.chunk("x", true);
            writer.raw("junk");
            QVERIFY_ERROR(writer.read(), ErrorCode::CorruptFile);
        }
        {
            BodyWriter writer;
            writer.chunk(manifest({}), false);
            writer.chunk("x", false);
            QVERIFY_ERROR(writer.read(), ErrorCode::CorruptFile);
        }
    }

    void newerSchemaIsRefused()
    {
        BodyWriter writer;
        writer.chunk(manifest({}, 999), false);
        writer.chunk("x", true);
        QVERIFY_ERROR(writer.read(), ErrorCode::NewerSchema);
    }

    void headerFromABufferNeedsNoFile()
    {
        QByteArray bytes = BackupReader::magic() + QByteArray("\0\0\0\x05[1,2]", 9);
        QBuffer in(&bytes);
        in.open(QIODevice::ReadOnly);
        QVERIFY_ERROR(BackupReader::readHeader(in, QStringLiteral("x")), ErrorCode::CorruptFile);
        QByteArray foreign("SQLite format 3");
        QBuffer other(&foreign);
        other.open(QIODevice::ReadOnly);
        QVERIFY_ERROR(BackupReader::readHeader(other, QStringLiteral("x")), ErrorCode::ForeignFile);
    }

    void keyFileParserRefusesOversizedAndCostlyFiles()
    {
        QVERIFY_ERROR(StoreKeyFile::parse(QByteArray(StoreKeyFile::MaxSize + 1, ' '), QStringLiteral("k")),
                      ErrorCode::CorruptFile);
        // Corpus fuzz_key_file/kdf-huge-cost: a cost far beyond the bounds is refused, never derived.
        const QByteArray doctored = R"({"format":"rapport-store-key","formatVersion":1,"current":{"kdf":
            {"algorithm":"argon2id13","opsLimit":1e20,"memLimit":1e300,"salt":"AAECAwQFBgcICQoLDA0ODw=="},
            "keyCheck":"EBESExQVFhcYGRobHB0eHw=="}})";
        QVERIFY_ERROR(StoreKeyFile::parse(doctored, QStringLiteral("k")), ErrorCode::CorruptFile);
    }
};

QTEST_GUILESS_MAIN(TestBackupReader)
#include "TestBackupReader.moc"
