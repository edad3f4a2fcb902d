#include "DemoSubmissionBatch.h"

#include "DemoPeriod.h"
#include "instruments/InstrumentDefinition.h"
#include "store/Store.h"

namespace rapport {
namespace {

constexpr qsizetype BatchSize = 20000;

} // namespace

DemoSubmissionBatch::DemoSubmissionBatch(Store& store)
    : m_repository(store.submissions())
    , m_startMs(static_cast<quint64>(store.clock().now().toMSecsSinceEpoch()))
    , m_tail(QUuid::createUuid().toRfc4122().right(4))
{
    m_pending.reserve(BatchSize);
}

Submission DemoSubmissionBatch::make(const QUuid& personId, const InstrumentDefinition& definition, qint64 ms)
{
    Submission submission;
    submission.personId = personId;
    submission.instrumentId = definition.id;
    submission.instrumentVersion = definition.version;
    submission.submittedAt = DemoPeriod::utcTime(ms);
    submission.createdAt = submission.submittedAt;
    submission.updatedAt = submission.submittedAt;
    return submission;
}

Result<void> DemoSubmissionBatch::add(Submission submission)
{
    submission.id = nextId();
    m_pending.append(std::move(submission));
    return m_pending.size() >= BatchSize ? flush() : Result<void>();
}

Result<void> DemoSubmissionBatch::flush()
{
    if (!m_pending.isEmpty()) {
        RAPPORT_TRY(m_repository.addMany(m_pending));
        m_pending.clear();
    }
    return {};
}

QUuid DemoSubmissionBatch::nextId()
{
    const quint64 count = m_counter++;
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 6; ++i) {
        bytes[i] = static_cast<char>((m_startMs >> (40 - 8 * i)) & 0xFF);
    }
    bytes[6] = static_cast<char>(0x70 | ((count >> 38) & 0x0F)); // version 7
    bytes[7] = static_cast<char>((count >> 30) & 0xFF);
    bytes[8] = static_cast<char>(0x80 | ((count >> 24) & 0x3F)); // RFC 4122 variant
    bytes[9] = static_cast<char>((count >> 16) & 0xFF);
    bytes[10] = static_cast<char>((count >> 8) & 0xFF);
    bytes[11] = static_cast<char>(count & 0xFF);
    for (int i = 0; i < 4; ++i) {
        bytes[12 + i] = m_tail.at(i);
    }
    return QUuid::fromRfc4122(bytes);
}

} // namespace rapport
