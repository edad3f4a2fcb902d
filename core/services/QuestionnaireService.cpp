#include "QuestionnaireService.h"

#include "common/CoreTr.h"
#include "instruments/InstrumentIds.h"
#include "instruments/Scoring.h"
#include "store/ConnectionRepository.h"
#include "store/HubBindingRepository.h"
#include "store/PersonRepository.h"
#include "store/Store.h"
#include "store/SubmissionRepository.h"

namespace rapport {

QuestionnaireService::QuestionnaireService(Store& store, const InstrumentRegistry& registry)
    : m_store(store)
    , m_registry(registry)
{
}

Result<Submission> QuestionnaireService::submit(const QUuid& personId,
                                                const QString& instrumentId,
                                                const QList<int>& answers,
                                                const QUuid& professionalId,
                                                const QDateTime& at)
{
    auto definition = m_registry.get(instrumentId);
    if (!definition) {
        return tl::unexpected(definition.error());
    }
    auto person = m_store.people().find(personId);
    if (!person) {
        return tl::unexpected(person.error());
    }
    if (person->role != Role::Client) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("Only clients answer questionnaires."));
    }
    const bool aboutAProfessional = instrumentId == InstrumentIds::Alliance;
    if (aboutAProfessional) {
        if (professionalId.isNull()) {
            return fail(ErrorCode::InvalidArgument,
                        CoreTr::tr("The alliance survey is about one professional: say which one."));
        }
        auto connection = m_store.connections().find(personId, professionalId);
        if (!connection) {
            return tl::unexpected(connection.error());
        }
        if (!*connection || !(*connection)->isAccepted()) {
            return fail(ErrorCode::InvalidArgument,
                        CoreTr::tr("The alliance survey can only be about a professional you are connected with."));
        }
    } else if (!professionalId.isNull()) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("This questionnaire is not about a professional."));
    }
    if (at.isValid() && at > m_store.clock().now().addSecs(5 * 60)) {
        return fail(ErrorCode::OutOfRange, CoreTr::tr("A questionnaire cannot be dated in the future."));
    }
    if (at.isValid()) {
        // A joined store's person (and connections) carry the hub's creation times; the hub refuses anything dated
        // before them (hub schema 15, ten minutes of clock skew allowed), so it is refused here, before it is kept
        // and would stop every later sync.
        auto bound = m_store.hubBinding().binding();
        if (!bound) {
            return tl::unexpected(bound.error());
        }
        if (*bound && person->createdAt.isValid() && at < person->createdAt.addSecs(-10 * 60)) {
            return fail(ErrorCode::OutOfRange,
                        CoreTr::tr("This store is joined to a hub, which takes no answers dated before you were "
                                   "added to it (%1).")
                            .arg(person->createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
        }
        if (*bound && aboutAProfessional) {
            auto connection = m_store.connections().find(personId, professionalId);
            if (!connection) {
                return tl::unexpected(connection.error());
            }
            if (*connection && (*connection)->createdAt.isValid() && at < (*connection)->createdAt.addSecs(-10 * 60)) {
                return fail(
                    ErrorCode::OutOfRange,
                    CoreTr::tr("The hub takes no alliance survey dated before the connection with this "
                               "professional was made (%1).")
                        .arg((*connection)->createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
            }
        }
    }
    auto score = scoreAnswers(*definition, answers);
    if (!score) {
        return tl::unexpected(score.error());
    }
    Submission submission;
    submission.personId = personId;
    submission.instrumentId = definition->id;
    submission.instrumentVersion = definition->version;
    submission.answers = answers;
    submission.score = score->value;
    submission.professionalId = professionalId;
    submission.submittedAt = at;
    return m_store.submissions().add(submission);
}

} // namespace rapport
