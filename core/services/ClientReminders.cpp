#include "ClientReminders.h"

#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rapport {

namespace {

const QString RemindersKey = QStringLiteral("ui.clientReminders");
const QString CheckInField = QStringLiteral("checkInRemindedAt");
const QString SnoozedField = QStringLiteral("snoozedRequests");

QString idKey(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

Result<QJsonObject> loadAll(Store& store)
{
    auto text = store.settings().value(RemindersKey);
    if (!text) {
        return tl::unexpected(text.error());
    }
    // Damaged or missing: start afresh. The worst outcome is one reminder shown again.
    return QJsonDocument::fromJson(text->toUtf8()).object();
}

Result<void> saveAll(Store& store, const QJsonObject& all)
{
    return store.settings().setValue(RemindersKey,
                                     QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
}

QString timeText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QJsonValue& value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

} // namespace

ClientReminders::ClientReminders(Store& store, const QUuid& clientId)
    : m_store(store)
    , m_clientId(clientId)
{
}

Result<QDateTime> ClientReminders::checkInRemindedAt() const
{
    auto all = loadAll(m_store);
    if (!all) {
        return tl::unexpected(all.error());
    }
    return timeFrom(all->value(idKey(m_clientId)).toObject().value(CheckInField));
}

Result<void> ClientReminders::setCheckInRemindedAt(const QDateTime& at)
{
    auto all = loadAll(m_store);
    if (!all) {
        return tl::unexpected(all.error());
    }
    QJsonObject mine = all->value(idKey(m_clientId)).toObject();
    mine.insert(CheckInField, timeText(at));
    all->insert(idKey(m_clientId), mine);
    return saveAll(m_store, *all);
}

Result<QHash<QUuid, QDateTime>> ClientReminders::snoozedRequests() const
{
    auto all = loadAll(m_store);
    if (!all) {
        return tl::unexpected(all.error());
    }
    QHash<QUuid, QDateTime> snoozed;
    const QJsonObject requests = all->value(idKey(m_clientId)).toObject().value(SnoozedField).toObject();
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        const QUuid id(it.key());
        const QDateTime at = timeFrom(it.value());
        if (!id.isNull() && at.isValid()) {
            snoozed.insert(id, at);
        }
    }
    return snoozed;
}

Result<void> ClientReminders::snoozeRequest(const QUuid& requestId, const QDateTime& at)
{
    auto all = loadAll(m_store);
    if (!all) {
        return tl::unexpected(all.error());
    }
    QJsonObject mine = all->value(idKey(m_clientId)).toObject();
    QJsonObject requests = mine.value(SnoozedField).toObject();
    requests.insert(idKey(requestId), timeText(at));
    mine.insert(SnoozedField, requests);
    all->insert(idKey(m_clientId), mine);
    return saveAll(m_store, *all);
}

bool ClientReminders::sameDay(const QDateTime& then, const QDateTime& now)
{
    return then.isValid() && then.toLocalTime().date() == now.toLocalTime().date();
}

Result<void> ClientReminders::forget(Store& store, const QUuid& clientId)
{
    auto all = loadAll(store);
    if (!all) {
        return tl::unexpected(all.error());
    }
    if (!all->contains(idKey(clientId))) {
        return {};
    }
    all->remove(idKey(clientId));
    return saveAll(store, *all);
}

} // namespace rapport
