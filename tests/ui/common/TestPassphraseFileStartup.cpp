// rapport --passphrase-file: unattended unlock at start (used by rapport-bench), and the dialog when it fails.
#include "../UiTestFixture.h"
#include "client/ClientDashboard.h"
#include "common/MainWindow.h"
#include "common/SessionController.h"
#include "common/StartupOptions.h"
#include "common/UnlockDialog.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QTest>

using namespace rapport;
using namespace rapport::ui;

class TestPassphraseFileStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::ClientFixture>();
        QVERIFY(m_fixture->setUp(false));
        m_fixture->store.reset(); // closed: the session opens it
    }

    void cleanup()
    {
        m_session.reset();
        m_window.reset();
        m_fixture.reset();
    }

    void parsesTheOption()
    {
        auto options = StartupOptions::parse(
            {QStringLiteral("rapport"), QStringLiteral("--passphrase-file"), QStringLiteral("/tmp/pass.txt")});
        QVERIFY_RESULT(options);
        QCOMPARE(options->passphraseFile, QStringLiteral("/tmp/pass.txt"));
        auto without = StartupOptions::parse({QStringLiteral("rapport")});
        QVERIFY_RESULT(without);
        QVERIFY(without->passphraseFile.isEmpty());
    }

    void unlocksWithoutAsking()
    {
        start(writePassphrase(test::FixturePassphrase.toUtf8() + "\n"));
        QVERIFY(m_session->isUnlocked());
        QVERIFY(!m_session->unlockDialog());
        ClientDashboard* dashboard = m_window->findChild<ClientDashboard*>(QStringLiteral("clientDashboard"));
        QVERIFY(dashboard);
        QCOMPARE(dashboard->clientId(), m_fixture->client.id);

        // Locking asks for the passphrase as always: the file is read once, at start.
        m_window->lockAction()->trigger();
        QVERIFY(!m_session->isUnlocked());
        QVERIFY(m_session->unlockDialog());
    }

    void wrongPassphraseFallsBackToTheDialog()
    {
        start(writePassphrase("not the passphrase\n"));
        QVERIFY(!m_session->isUnlocked());
        QVERIFY(m_session->unlockDialog());
        QTRY_VERIFY(m_session->unlockDialog()->isVisible());
    }

    void unreadableFileIsReported()
    {
        start(m_fixture->directory.filePath(QStringLiteral("missing.txt")));
        QVERIFY(!m_session->isUnlocked());
        QVERIFY(!m_session->unlockDialog());
        bool reported = false;
        for (const QLabel* label : m_window->findChildren<QLabel*>()) {
            reported = reported || label->text().contains(QStringLiteral("cannot be read"));
        }
        QVERIFY(reported);
    }

private:
    QString writePassphrase(const QByteArray& content)
    {
        const QString path = m_fixture->directory.filePath(QStringLiteral("passphrase.txt"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            return {};
        }
        return path;
    }

    void start(const QString& passphraseFile)
    {
        StartupOptions options;
        options.storePath = m_fixture->path;
        options.passphraseFile = passphraseFile;
        m_window = std::make_unique<MainWindow>();
        m_session = std::make_unique<SessionController>(*m_window, options);
        m_window->attachSession(*m_session);
        m_window->show();
        m_session->start();
    }

    std::unique_ptr<test::ClientFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SessionController> m_session;
};

QTEST_MAIN(TestPassphraseFileStartup)
#include "TestPassphraseFileStartup.moc"
