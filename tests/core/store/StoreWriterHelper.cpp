// Child process for the store's kill test: opens the store given as argument 1 (passphrase in
// RAPPORT_PASSPHRASE), then commits submissions for the client whose id is argument 2 as fast as it can,
// printing each committed id on its own line. The test kills it at a random moment.

#include "crypto/SecureBytes.h"
#include "domain/Submission.h"
#include "store/Store.h"
#include "store/SubmissionRepository.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        return 2;
    }
    auto store = rapport::Store::open(arguments.at(1),
                                      rapport::SecureBytes::fromUtf8(qEnvironmentVariable("RAPPORT_PASSPHRASE")));
    if (!store) {
        QTextStream(stderr) << store.error().message << '\n';
        return 1;
    }
    const QUuid client = QUuid::fromString(arguments.at(2));
    QTextStream out(stdout);
    for (int i = 0; i < 100000; ++i) {
        rapport::Submission submission;
        submission.personId = client;
        submission.instrumentId = QStringLiteral("wellbeing-index");
        submission.answers = {i % 6, 3, 3, 3, 3};
        submission.score = 4.0 * (12 + i % 6);
        auto added = (*store)->submissions().add(submission);
        if (!added) {
            QTextStream(stderr) << added.error().message << '\n';
            return 1;
        }
        out << added->id.toString(QUuid::WithoutBraces) << '\n';
        out.flush();
    }
    return 0;
}
