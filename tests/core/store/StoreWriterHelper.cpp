// Child process for the store's fault tests. Arguments: STORE CLIENT-ID [MODE]. Passphrases come from the
// environment (RAPPORT_PASSPHRASE, and RAPPORT_PASSPHRASE2 for re-keying), never the command line.
//
//   (no mode)       commits submissions for CLIENT-ID as fast as it can, printing each committed id on its own line;
//                   the kill test kills it at a random moment.
//   rekey           alternates a submission ("S <id>") and a passphrase change between the two passphrases
//                   ("K 1" / "K 2" once committed), for the re-key kill test. Opens with whichever passphrase works.
//   probe-readonly  as root, first drops to the unprivileged user nobody (root ignores permission bits); then
//                   tries to open and to create a store at STORE and prints the two error code names.
//                   Exit code 77 when privileges cannot be dropped.

#include "crypto/SecureBytes.h"
#include "domain/Submission.h"
#include "store/Store.h"
#include "store/SubmissionRepository.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <unistd.h>
#endif

using namespace rapport;

namespace {

Submission submissionFor(const QUuid& client, int i)
{
    Submission submission;
    submission.personId = client;
    submission.instrumentId = QStringLiteral("wellbeing-index");
    submission.answers = {i % 6, 3, 3, 3, 3};
    submission.score = 4.0 * (12 + i % 6);
    return submission;
}

SecureBytes secretFromEnvironment(const char* name)
{
    QByteArray bytes = qgetenv(name);
    return SecureBytes::takeFrom(bytes);
}

int writeSubmissions(Store& store, const QUuid& client)
{
    QTextStream out(stdout);
    for (int i = 0; i < 100000; ++i) {
        auto added = store.submissions().add(submissionFor(client, i));
        if (!added) {
            QTextStream(stderr) << added.error().message << '\n';
            return 1;
        }
        out << added->id.toString(QUuid::WithoutBraces) << '\n';
        out.flush();
    }
    return 0;
}

int rekeyLoop(std::unique_ptr<Store> store, const QUuid& client, int current)
{
    QTextStream out(stdout);
    for (int i = 0; i < 100000; ++i) {
        auto added = store->submissions().add(submissionFor(client, i));
        if (!added) {
            QTextStream(stderr) << added.error().message << '\n';
            return 1;
        }
        out << "S " << added->id.toString(QUuid::WithoutBraces) << '\n';
        out.flush();
        const int next = current == 1 ? 2 : 1;
        auto changed = store->changePassphrase(
            secretFromEnvironment(next == 1 ? "RAPPORT_PASSPHRASE" : "RAPPORT_PASSPHRASE2"), KdfParameters::minimal());
        if (!changed) {
            QTextStream(stderr) << changed.error().message << '\n';
            return 1;
        }
        current = next;
        out << "K " << current << '\n';
        out.flush();
    }
    return 0;
}

int probeReadOnly(const QString& path)
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0) {
        constexpr gid_t nobodyGroup = 65534;
        constexpr uid_t nobody = 65534;
        if (::setgroups(0, nullptr) != 0 || ::setgid(nobodyGroup) != 0 || ::setuid(nobody) != 0) {
            return 77;
        }
    }
#endif
    QTextStream out(stdout);
    StoreOptions options;
    options.kdf = KdfParameters::minimal();
    auto opened = Store::open(path, secretFromEnvironment("RAPPORT_PASSPHRASE"), options);
    out << (opened ? QStringLiteral("opened") : opened.error().codeName()) << '\n';
    if (!opened) {
        QTextStream(stderr) << opened.error().message << '\n';
    }
    opened = fail(ErrorCode::Internal, QString()); // close before trying to create beside it
    auto created = Store::create(path + QStringLiteral(".new"), secretFromEnvironment("RAPPORT_PASSPHRASE"), options);
    out << (created ? QStringLiteral("created") : created.error().codeName()) << '\n';
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        return 2;
    }
    const QString mode = arguments.size() > 3 ? arguments.at(3) : QString();
    if (mode == QStringLiteral("probe-readonly")) {
        return probeReadOnly(arguments.at(1));
    }
    int current = 1;
    auto store = Store::open(arguments.at(1), secretFromEnvironment("RAPPORT_PASSPHRASE"));
    if (!store && store.error().code == ErrorCode::WrongPassphrase && mode == QStringLiteral("rekey")) {
        store = Store::open(arguments.at(1), secretFromEnvironment("RAPPORT_PASSPHRASE2"));
        current = 2;
    }
    if (!store) {
        QTextStream(stderr) << store.error().message << '\n';
        return 1;
    }
    const QUuid client = QUuid::fromString(arguments.at(2));
    if (mode == QStringLiteral("rekey")) {
        return rekeyLoop(std::move(*store), client, current);
    }
    return writeSubmissions(**store, client);
}
