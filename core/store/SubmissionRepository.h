#pragma once

#include "common/Error.h"
#include "domain/Submission.h"

#include <QList>

namespace rapport {

class Store;

/** Completed questionnaires. Scores are computed before they arrive here (see QuestionnaireService). */
class SubmissionRepository
{
public:
    explicit SubmissionRepository(Store& store);

    /** Stores a submission; a null id gets a new UUID. Alliance submissions need a connected professional. */
    [[nodiscard]] Result<Submission> add(Submission submission);
    /** Stores many submissions in one transaction (the demo generator, imports). */
    [[nodiscard]] Result<void> addMany(const QList<Submission>& submissions);
    /** A person's submissions of one instrument (or all when empty), oldest first. */
    [[nodiscard]] Result<QList<Submission>> forPerson(const QUuid& personId, const QString& instrumentId = QString());
    /** A client's alliance submissions about one professional, oldest first. */
    [[nodiscard]] Result<QList<Submission>>
    forConnection(const QUuid& clientId, const QUuid& professionalId, const QString& instrumentId);
    /** The latest submission time of an instrument for a person; invalid when there is none. */
    [[nodiscard]] Result<QDateTime> latestAt(const QUuid& personId, const QString& instrumentId);

private:
    [[nodiscard]] Result<void> insert(const Submission& submission);
    Store& m_store;
};

class Statement;

/**
 * One submission from a row whose first ten columns are, in order: id, person_id, instrument_id, instrument_version,
 * answers, score, professional_id, submitted_at, created_at, updated_at (every reader of submissions selects these).
 */
[[nodiscard]] Submission submissionFromRow(const Statement& row);

/** "3,4,5" ↔ {3, 4, 5}: how answers are stored. */
[[nodiscard]] QString answersToText(const QList<int>& answers);
[[nodiscard]] QList<int> answersFromText(const QString& text);

} // namespace rapport
