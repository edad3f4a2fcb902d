// The reminder date kept outside the encrypted store: written atomically, read back, harmless when missing or
// damaged, and holding nothing but times.

#include "ResultTesting.h"
#include "services/ReminderDueFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace rapport;

class TestReminderDueFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAndReadsBack()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ReminderDueFile file(dir.filePath(QStringLiteral("sub/reminder-due.json")));
        ReminderDueFile::Content content;
        content.checkInDueAt = QDateTime(QDate(2026, 12, 20), QTime(10, 0), QTimeZone::utc());
        content.quietFrom = QTime(22, 0);
        content.quietUntil = QTime(7, 0);
        content.snoozedUntil = QDateTime(QDate(2026, 12, 20), QTime(13, 0), QTimeZone::utc());
        QVERIFY_RESULT(file.write(content));
        QCOMPARE(file.read(), content);
        // Only times are in it: the keys are these five, and nothing else.
        QFile raw(file.path());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QJsonObject object = QJsonDocument::fromJson(raw.readAll()).object();
        QStringList keys = object.keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList {QStringLiteral("checkInDueAt"),
                               QStringLiteral("quietFrom"),
                               QStringLiteral("quietUntil"),
                               QStringLiteral("remindedAt"),
                               QStringLiteral("snoozedUntil")}));
        QVERIFY_RESULT(file.remove());
        QVERIFY(!QFile::exists(file.path()));
        QVERIFY_RESULT(file.remove()); // already gone: fine
        QVERIFY(!file.read().checkInDueAt.isValid());
    }

    void aDamagedFileMeansNothingDue()
    {
        QTemporaryDir dir;
        QFile damaged(dir.filePath(QStringLiteral("reminder-due.json")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{not json");
        damaged.close();
        const ReminderDueFile::Content content = ReminderDueFile(damaged.fileName()).read();
        QCOMPARE(content, ReminderDueFile::Content {});
    }

    void anUnwritablePlaceIsAnError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        ReminderDueFile file(dir.filePath(QStringLiteral("file/reminder-due.json")));
        QVERIFY_ERROR(file.write({}), ErrorCode::ReadOnly);
    }
};

QTEST_GUILESS_MAIN(TestReminderDueFile)
#include "TestReminderDueFile.moc"
