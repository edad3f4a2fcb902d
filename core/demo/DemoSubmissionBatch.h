#pragma once

#include "common/Error.h"
#include "domain/Submission.h"
#include "store/SubmissionRepository.h"

#include <QByteArray>
#include <QList>

namespace rapport {

struct InstrumentDefinition;
class Store;

/**
 * Collects a demo's submissions and writes them with SubmissionRepository::addMany() in batches, so memory stays
 * flat however large the organisation.
 *
 * It gives them time-ordered ids (the UUID version 7 layout: the generation's start in milliseconds, a counter,
 * then random bits shared by the run), so that each insert lands at the end of the id index. With random ids every
 * insert reads, decrypts, re-encrypts and writes back another page of that index, which made 10,000 employees × 24
 * months five times slower. The ids are as unique as the store's own; they do not come from the seeded generator,
 * so generating the same demo twice into one store cannot collide.
 */
class DemoSubmissionBatch
{
public:
    explicit DemoSubmissionBatch(Store& store);

    /** A submission of `definition` by `personId` at `ms` (UTC milliseconds), created when it was submitted. */
    [[nodiscard]] static Submission make(const QUuid& personId, const InstrumentDefinition& definition, qint64 ms);

    /** Queues `submission` (giving it an id), writing the queue when it is full. */
    [[nodiscard]] Result<void> add(Submission submission);
    /** Writes what is queued. */
    [[nodiscard]] Result<void> flush();

private:
    [[nodiscard]] QUuid nextId();

    SubmissionRepository m_repository;
    QList<Submission> m_pending;
    quint64 m_startMs = 0;
    QByteArray m_tail;
    quint64 m_counter = 0;
};

} // namespace rapport
