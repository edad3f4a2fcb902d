#pragma once

#include "common/Error.h"
#include "domain/Submission.h"
#include "instruments/InstrumentRegistry.h"

namespace rapport {

class Store;

/**
 * Submitting a questionnaire: checks who may answer what, scores the answers with the instrument and stores the
 * result in one transaction. The GUI and the CLI both submit through here.
 */
class QuestionnaireService
{
public:
    QuestionnaireService(Store& store, const InstrumentRegistry& registry);

    /**
     * Records `answers` to `instrumentId` for client `personId`, at `at` (now when invalid). The alliance survey
     * needs the professional of the session, connected with the client; other instruments take none.
     */
    [[nodiscard]] Result<Submission> submit(const QUuid& personId,
                                            const QString& instrumentId,
                                            const QList<int>& answers,
                                            const QUuid& professionalId = QUuid(),
                                            const QDateTime& at = QDateTime());

private:
    Store& m_store;
    const InstrumentRegistry& m_registry;
};

} // namespace rapport
