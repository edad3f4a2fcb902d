#pragma once

#include <QFlags>
#include <QMetaType>
#include <QSet>
#include <QUuid>

#include <initializer_list>

namespace rapport {

/**
 * What one committed write changed: which kinds of data, and whose. Carried by Store::changed so an open screen
 * reloads only when something it shows changed (a client's dashboard ignores another client's check-in).
 * A change that cannot name its people (a pull from the hub, a restore) concerns everyone.
 */
class StoreChange
{
public:
    enum class Kind
    {
        People = 1 << 0, ///< added, renamed, moved to another team, erased
        Connections = 1 << 1, ///< made, removed, accepted or declined
        Submissions = 1 << 2, ///< questionnaires answered
        Sharing = 1 << 3, ///< a client's sharing switch
        ShareRequests = 1 << 4, ///< asked or answered
        Settings = 1 << 5, ///< preferences, reminders, schedules
        HubBinding = 1 << 6, ///< joined to a hub
        Interventions = 1 << 7, ///< HR recorded or removed an intervention
    };
    Q_DECLARE_FLAGS(Kinds, Kind)

    /** Nothing changed (the start of a merge). */
    StoreChange() = default;
    /** `kinds` changed for exactly `people` (none named: no one in particular, e.g. a setting of the store). */
    StoreChange(Kinds kinds, std::initializer_list<QUuid> people);
    StoreChange(Kinds kinds, QSet<QUuid> people);
    /** `kinds` changed for anyone (a pull from the hub). */
    [[nodiscard]] static StoreChange everyone(Kinds kinds);
    /** Everything, for everyone. */
    [[nodiscard]] static StoreChange everything();

    [[nodiscard]] bool isEmpty() const { return !m_kinds; }
    [[nodiscard]] Kinds kinds() const { return m_kinds; }
    /** Whether any of `kinds` changed. */
    [[nodiscard]] bool touches(Kinds kinds) const { return (m_kinds & kinds) != 0; }
    /** Whether the change may concern `person` (always true for a change to everyone). */
    [[nodiscard]] bool concerns(const QUuid& person) const;
    /** Whether any of `kinds` changed for `person`. */
    [[nodiscard]] bool touches(Kinds kinds, const QUuid& person) const { return touches(kinds) && concerns(person); }
    /** The people named, when the change is not to everyone. */
    [[nodiscard]] const QSet<QUuid>& people() const { return m_people; }
    [[nodiscard]] bool isForEveryone() const { return m_everyone; }

    /** Both changes as one (a transaction reports the writes inside it as one change). */
    void merge(const StoreChange& other);

    friend bool operator==(const StoreChange&, const StoreChange&) = default;

private:
    Kinds m_kinds;
    QSet<QUuid> m_people;
    bool m_everyone = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(StoreChange::Kinds)

} // namespace rapport

Q_DECLARE_METATYPE(rapport::StoreChange)
