#include "HubBulkLoader.h"

#include "common/CoreTr.h"
#include "domain/Metric.h"
#include "hub/HubConnection.h"
#include "store/ConnectionRepository.h"
#include "store/PersonRepository.h"
#include "store/SharingRepository.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/SubmissionRepository.h"

#include <QStringList>
#include <QVariantList>

namespace rapport::hub {
namespace {

constexpr int RowsPerStatement = 500;

QVariant idValue(const QUuid& id)
{
    return id.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(id.toString(QUuid::WithoutBraces));
}

/** Collects rows and sends them as one INSERT per RowsPerStatement rows. */
class BatchInsert
{
public:
    BatchInsert(HubConnection& connection, QString head, QString rowPlaceholders, QString tail)
        : m_connection(connection)
        , m_head(std::move(head))
        , m_row(std::move(rowPlaceholders))
        , m_tail(std::move(tail))
    {
    }

    Result<void> add(const QVariantList& row)
    {
        m_values += row;
        ++m_rows;
        return m_rows >= RowsPerStatement ? flush() : Result<void>();
    }

    Result<void> flush()
    {
        if (m_rows == 0) {
            return {};
        }
        QStringList rows;
        rows.reserve(m_rows);
        for (int i = 0; i < m_rows; ++i) {
            rows.append(m_row);
        }
        auto inserted = m_connection.exec(m_head + rows.join(QLatin1Char(',')) + m_tail, m_values);
        m_values.clear();
        m_rows = 0;
        if (!inserted) {
            return tl::unexpected(inserted.error());
        }
        return {};
    }

private:
    HubConnection& m_connection;
    QString m_head;
    QString m_row;
    QString m_tail;
    QVariantList m_values;
    int m_rows = 0;
};

} // namespace

HubBulkLoader::HubBulkLoader(HubConnection& connection)
    : m_connection(connection)
{
}

Result<HubBulkLoadSummary> HubBulkLoader::load(Store& store, const QString& loginPrefix)
{
    auto people = store.people().list();
    if (!people) {
        return tl::unexpected(people.error());
    }
    auto transaction = HubTransaction::begin(m_connection);
    if (!transaction) {
        return tl::unexpected(transaction.error());
    }
    HubBulkLoadSummary summary;

    BatchInsert peopleInsert(m_connection,
                             QStringLiteral("INSERT INTO rapport.people (id, login, name, role, team, created_at, "
                                            "updated_at) VALUES "),
                             QStringLiteral("(?::uuid, ?, ?, ?, NULLIF(?, ''), ?, ?)"),
                             QStringLiteral(" ON CONFLICT (id) DO NOTHING"));
    for (const Person& person : std::as_const(*people)) {
        RAPPORT_TRY(peopleInsert.add({idValue(person.id),
                                      QString(loginPrefix + person.id.toString(QUuid::WithoutBraces)),
                                      person.name,
                                      roleName(person.role),
                                      person.team,
                                      toStoredTime(person.createdAt),
                                      toStoredTime(person.updatedAt)}));
        ++summary.people;
    }
    RAPPORT_TRY(peopleInsert.flush());

    BatchInsert connectionInsert(m_connection,
                                 QStringLiteral("INSERT INTO rapport.connections (id, client_id, professional_id, "
                                                "created_at, updated_at, state, decided_at) VALUES "),
                                 QStringLiteral("(?::uuid, ?::uuid, ?::uuid, ?, ?, ?, ?::bigint)"),
                                 QStringLiteral(" ON CONFLICT DO NOTHING"));
    BatchInsert submissionInsert(m_connection,
                                 QStringLiteral("INSERT INTO rapport.submissions (id, person_id, instrument_id, "
                                                "instrument_version, answers, score, professional_id, submitted_at, "
                                                "created_at, updated_at) VALUES "),
                                 QStringLiteral("(?::uuid, ?::uuid, ?, ?, ?, ?, ?::uuid, ?, ?, ?)"),
                                 QStringLiteral(" ON CONFLICT (id) DO NOTHING"));
    BatchInsert sharingInsert(m_connection,
                              QStringLiteral("INSERT INTO rapport.sharing_settings (client_id, metric, enabled, "
                                             "created_at, updated_at) VALUES "),
                              QStringLiteral("(?::uuid, ?, ?, ?, ?)"),
                              QStringLiteral(" ON CONFLICT DO NOTHING"));
    const qint64 now = toStoredTime(store.clock().now());
    for (const Person& person : std::as_const(*people)) {
        if (person.role != Role::Client) {
            continue;
        }
        auto connections = store.connections().forClient(person.id);
        if (!connections) {
            return tl::unexpected(connections.error());
        }
        for (const Connection& connection : std::as_const(*connections)) {
            RAPPORT_TRY(
                connectionInsert.add({idValue(connection.id),
                                      idValue(connection.clientId),
                                      idValue(connection.professionalId),
                                      toStoredTime(connection.createdAt),
                                      toStoredTime(connection.updatedAt),
                                      connectionStateName(connection.state),
                                      connection.decidedAt.isValid() ? QVariant(toStoredTime(connection.decidedAt))
                                                                     : QVariant(QMetaType::fromType<qint64>())}));
            ++summary.connections;
        }
        auto submissions = store.submissions().forPerson(person.id);
        if (!submissions) {
            return tl::unexpected(submissions.error());
        }
        for (const Submission& submission : std::as_const(*submissions)) {
            RAPPORT_TRY(submissionInsert.add({idValue(submission.id),
                                              idValue(submission.personId),
                                              submission.instrumentId,
                                              submission.instrumentVersion,
                                              answersToText(submission.answers),
                                              submission.score,
                                              idValue(submission.professionalId),
                                              toStoredTime(submission.submittedAt),
                                              toStoredTime(submission.createdAt),
                                              toStoredTime(submission.updatedAt)}));
            ++summary.submissions;
        }
        auto sharing = store.sharing().state(person.id);
        if (!sharing) {
            return tl::unexpected(sharing.error());
        }
        for (const auto& [metric, enabled] : {std::pair {QStringLiteral("alliance"), sharing->alliance},
                                              std::pair {QStringLiteral("wellbeing"), sharing->wellbeing}}) {
            RAPPORT_TRY(sharingInsert.add({idValue(person.id), metric, enabled, now, now}));
            ++summary.sharingSettings;
        }
    }
    // Connections and sharing reference people only, submissions reference people: flush in that order.
    RAPPORT_TRY(connectionInsert.flush());
    RAPPORT_TRY(sharingInsert.flush());
    RAPPORT_TRY(submissionInsert.flush());
    RAPPORT_TRY(transaction->commit());
    return summary;
}

} // namespace rapport::hub
