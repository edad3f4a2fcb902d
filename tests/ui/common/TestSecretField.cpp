// Passphrase fields keep secrets off the clipboard (hidden or shown) and hand them over wiped: every passphrase
// field of the real dialogs is guarded.

#include "admin/BackupPassphraseDialog.h"
#include "admin/ConfirmPassphraseDialog.h"
#include "common/SecretField.h"
#include "common/UnlockDialog.h"
#include "store/Store.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QTest>

#include <cstring>

using namespace rapport;
using namespace rapport::ui;

class TestSecretField : public QObject
{
    Q_OBJECT

private:
    static constexpr const char* Sentinel = "clipboard before";

    static void typeAndTryToCopy(QLineEdit* field, const QString& text)
    {
        field->setFocus();
        QTest::keyClicks(field, text);
        field->selectAll();
        QTest::keySequence(field, QKeySequence::Copy);
        QTest::keySequence(field, QKeySequence::Cut);
    }

private Q_SLOTS:
    void init() { QApplication::clipboard()->setText(QString::fromLatin1(Sentinel)); }

    void plainLineEditWouldCopy()
    {
        // The check below can fail: an unguarded field in Normal mode does reach the clipboard.
        QLineEdit field;
        field.show();
        typeAndTryToCopy(&field, QStringLiteral("visible text"));
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("visible text"));
    }

    void guardedFieldNeverCopies_data()
    {
        QTest::addColumn<int>("echoMode");
        QTest::newRow("hidden") << int(QLineEdit::Password);
        QTest::newRow("shown") << int(QLineEdit::Normal);
    }

    void guardedFieldNeverCopies()
    {
        QFETCH(int, echoMode);
        QLineEdit field;
        field.setEchoMode(QLineEdit::Password);
        guardSecretField(&field);
        field.setEchoMode(static_cast<QLineEdit::EchoMode>(echoMode));
        field.show();
        typeAndTryToCopy(&field, QStringLiteral("secret phrase"));
        QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(Sentinel));
        QCOMPARE(field.text(), QStringLiteral("secret phrase")); // Cut did not remove it either
        QCOMPARE(field.contextMenuPolicy(), Qt::NoContextMenu);
        QVERIFY(!field.dragEnabled());
        // Shift-selection and typing still work while shown.
        QTest::keyClick(&field, Qt::Key_End);
        QTest::keyClick(&field, Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(field.selectedText(), QStringLiteral("e"));
        QCOMPARE(field.echoMode(), static_cast<QLineEdit::EchoMode>(echoMode));
    }

    void takeSecretEmptiesTheField()
    {
        QLineEdit field;
        field.show();
        QTest::keyClicks(&field, QStringLiteral("tippy toes"));
        SecureBytes secret = takeSecret(&field);
        QVERIFY(field.text().isEmpty());
        QVERIFY(!field.isUndoAvailable()); // the typed text is not one Ctrl+Z away
        QCOMPARE(secret.size(), std::size_t(10));
        QVERIFY(std::memcmp(secret.data(), "tippy toes", 10) == 0);
    }

    void everyPassphraseFieldIsGuarded()
    {
        UnlockDialog unlock(QStringLiteral("unused.db"), [](const SecureBytes&) -> Result<std::unique_ptr<Store>> {
            return fail(ErrorCode::WrongPassphrase, QString());
        });
        BackupPassphraseDialog backup(QStringLiteral("Backup"), QStringLiteral("Choose a passphrase."));
        ConfirmPassphraseDialog confirm(QStringLiteral("Confirm"), QStringLiteral("Enter your passphrase."));
        for (QWidget* dialog : std::initializer_list<QWidget*> {&unlock, &backup, &confirm}) {
            const auto fields = dialog->findChildren<QLineEdit*>();
            int secrets = 0;
            for (QLineEdit* field : fields) {
                if (field->echoMode() == QLineEdit::Password) {
                    ++secrets;
                    QCOMPARE(field->contextMenuPolicy(), Qt::NoContextMenu);
                    QVERIFY(field->findChild<SecretFieldGuard*>() != nullptr);
                }
            }
            QVERIFY2(secrets > 0, qPrintable(dialog->metaObject()->className()));
        }
    }
};

QTEST_MAIN(TestSecretField)
#include "TestSecretField.moc"
