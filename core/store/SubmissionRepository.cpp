#include "SubmissionRepository.h"

#include "Database.h"
#include "Store.h"
#include "StoreAccess.h"
#include "common/CoreTr.h"

#include <QSet>
#include <QStringList>

#include <utility>

namespace rapport {
namespace {

const QString SelectSubmission = QStringLiteral(
    "SELECT id, person_id, instrument_id, instrument_version, answers, score, professional_id, submitted_at, "
    "created_at, updated_at FROM submissions ");

Result<QList<Submission>> collect(Statement& select)
{
    QList<Submission> submissions;
    for (;;) {
        auto stepped = select.step();
        if (!stepped) {
            return tl::unexpected(stepped.error());
        }
        if (*stepped == StepResult::Done) {
            return submissions;
        }
        submissions.append(submissionFromRow(select));
    }
}

} // namespace

QString answersToText(const QList<int>& answers)
{
    QStringList parts;
    parts.reserve(answers.size());
    for (int answer : answers) {
        parts.append(QString::number(answer));
    }
    return parts.join(QLatin1Char(','));
}

Submission submissionFromRow(const Statement& row)
{
    Submission submission;
    submission.id = row.uuid(0);
    submission.personId = row.uuid(1);
    submission.instrumentId = row.text(2);
    submission.instrumentVersion = static_cast<int>(row.integer(3));
    submission.answers = answersFromText(row.text(4));
    submission.score = row.real(5);
    submission.professionalId = row.uuid(6);
    submission.submittedAt = row.time(7);
    submission.createdAt = row.time(8);
    submission.updatedAt = row.time(9);
    return submission;
}

QList<int> answersFromText(const QString& text)
{
    QList<int> answers;
    if (text.isEmpty()) {
        return answers;
    }
    const QStringList parts = text.split(QLatin1Char(','));
    answers.reserve(parts.size());
    for (const QString& part : parts) {
        answers.append(part.toInt());
    }
    return answers;
}

SubmissionRepository::SubmissionRepository(Store& store)
    : m_store(store)
{
}

Result<void> SubmissionRepository::insert(const Submission& submission)
{
    auto statement = StoreAccess::database(m_store).cached(QStringLiteral(
        "INSERT INTO submissions (id, person_id, instrument_id, instrument_version, answers, score, professional_id, "
        "submitted_at, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    if (!statement) {
        return tl::unexpected(statement.error());
    }
    statement->bind(1, submission.id)
        .bind(2, submission.personId)
        .bind(3, submission.instrumentId)
        .bind(4, submission.instrumentVersion)
        .bind(5, answersToText(submission.answers))
        .bind(6, submission.score)
        .bind(7, submission.professionalId)
        .bind(8, submission.submittedAt)
        .bind(9, submission.createdAt)
        .bind(10, submission.updatedAt);
    return statement->run();
}

Result<Submission> SubmissionRepository::add(Submission submission)
{
    if (submission.id.isNull()) {
        submission.id = QUuid::createUuid();
    }
    const QDateTime now = m_store.clock().now();
    if (!submission.submittedAt.isValid()) {
        submission.submittedAt = now;
    }
    submission.submittedAt = submission.submittedAt.toUTC();
    submission.createdAt = now;
    submission.updatedAt = now;
    Database& db = StoreAccess::database(m_store);
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return tl::unexpected(transaction.error());
    }
    if (auto inserted = insert(submission); !inserted) {
        if (inserted.error().code == ErrorCode::NotFound) {
            return fail(ErrorCode::NotFound,
                        CoreTr::tr("The person or professional of this submission does not exist."));
        }
        return tl::unexpected(inserted.error());
    }
    RAPPORT_TRY(transaction->commit());
    StoreAccess::changed(m_store,
                         StoreChange(StoreChange::Kind::Submissions, {submission.personId, submission.professionalId}));
    return submission;
}

Result<void> SubmissionRepository::addMany(const QList<Submission>& submissions)
{
    Database& db = StoreAccess::database(m_store);
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return tl::unexpected(transaction.error());
    }
    const QDateTime now = m_store.clock().now();
    QSet<QUuid> people;
    for (Submission submission : submissions) {
        people << submission.personId << submission.professionalId;
        if (submission.id.isNull()) {
            submission.id = QUuid::createUuid();
        }
        if (!submission.createdAt.isValid()) {
            submission.createdAt = now;
        }
        if (!submission.updatedAt.isValid()) {
            submission.updatedAt = submission.createdAt;
        }
        RAPPORT_TRY(insert(submission));
    }
    RAPPORT_TRY(transaction->commit());
    StoreAccess::changed(m_store, StoreChange(StoreChange::Kind::Submissions, std::move(people)));
    return {};
}

Result<QList<Submission>> SubmissionRepository::forPerson(const QUuid& personId, const QString& instrumentId)
{
    auto select = instrumentId.isEmpty()
        ? StoreAccess::database(m_store).cached(SelectSubmission
                                                + QStringLiteral("WHERE person_id = ?1 ORDER BY submitted_at, id"))
        : StoreAccess::database(m_store).cached(SelectSubmission
                                                + QStringLiteral("WHERE person_id = ?1 AND instrument_id = ?2 "
                                                                 "ORDER BY submitted_at, id"));
    if (!select) {
        return tl::unexpected(select.error());
    }
    select->bind(1, personId);
    if (!instrumentId.isEmpty()) {
        select->bind(2, instrumentId);
    }
    return collect(*select);
}

Result<QList<Submission>>
SubmissionRepository::forConnection(const QUuid& clientId, const QUuid& professionalId, const QString& instrumentId)
{
    auto select = StoreAccess::database(m_store).cached(
        SelectSubmission
        + QStringLiteral(
            "WHERE person_id = ?1 AND instrument_id = ?2 AND professional_id = ?3 ORDER BY submitted_at, id"));
    if (!select) {
        return tl::unexpected(select.error());
    }
    select->bind(1, clientId).bind(2, instrumentId).bind(3, professionalId);
    return collect(*select);
}

Result<QDateTime> SubmissionRepository::latestAt(const QUuid& personId, const QString& instrumentId)
{
    auto select = StoreAccess::database(m_store).cached(
        QStringLiteral("SELECT max(submitted_at) FROM submissions WHERE person_id = ?1 AND instrument_id = ?2"));
    if (!select) {
        return tl::unexpected(select.error());
    }
    select->bind(1, personId).bind(2, instrumentId);
    auto stepped = select->step();
    if (!stepped) {
        return tl::unexpected(stepped.error());
    }
    return select->time(0);
}

} // namespace rapport
