#pragma once

#include <QDateTime>
#include <QList>
#include <QUuid>

namespace rapport {

/** One completed questionnaire: the answers as given and the score computed when it was submitted. */
struct Submission
{
    QUuid id;
    QUuid personId;
    QString instrumentId;
    int instrumentVersion = 1;
    QList<int> answers;
    double score = 0;
    QUuid professionalId; ///< for alliance surveys: the professional of the session; null otherwise
    QDateTime submittedAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Submission&, const Submission&) = default;
};

} // namespace rapport
