#include "Statement.h"

#include "Database.h"

#include <sqlite3.h>
#include <utility>

namespace rapport {

qint64 toStoredTime(const QDateTime& time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromStoredTime(qint64 milliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
}

QString toStoredId(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

Statement::Statement(Database& database, sqlite3_stmt* statement, bool cached)
    : m_database(&database)
    , m_statement(statement)
    , m_cached(cached)
{
}

Statement::Statement(Statement&& other) noexcept
    : m_database(other.m_database)
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_cached(other.m_cached)
{
}

Statement::~Statement()
{
    if (m_statement == nullptr) {
        return;
    }
    if (m_cached) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    } else {
        sqlite3_finalize(m_statement);
    }
}

Statement& Statement::bind(int index, const QString& text)
{
    if (text.isNull()) {
        return bindNull(index);
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QUuid& id)
{
    return id.isNull() ? bindNull(index) : bind(index, toStoredId(id));
}

Statement& Statement::bind(int index, const QDateTime& time)
{
    return time.isValid() ? bind(index, toStoredTime(time)) : bindNull(index);
}

Statement& Statement::bindBlob(int index, const QByteArray& bytes)
{
    sqlite3_bind_blob(m_statement, index, bytes.constData(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Result<StepResult> Statement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        return StepResult::Row;
    }
    if (rc == SQLITE_DONE) {
        return StepResult::Done;
    }
    const int extended = sqlite3_extended_errcode(m_database->handle());
    return tl::unexpected(m_database->errorFor(extended != 0 ? extended : rc, QString()));
}

Result<void> Statement::run()
{
    for (;;) {
        auto stepped = step();
        if (!stepped) {
            return tl::unexpected(stepped.error());
        }
        if (*stepped == StepResult::Done) {
            return {};
        }
    }
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (data == nullptr) {
        return {};
    }
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QUuid Statement::uuid(int column) const
{
    return isNull(column) ? QUuid() : QUuid::fromString(text(column));
}

QDateTime Statement::time(int column) const
{
    return isNull(column) ? QDateTime() : fromStoredTime(integer(column));
}

QByteArray Statement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_statement, column);
    if (data == nullptr) {
        return {};
    }
    return QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(m_statement, column));
}

} // namespace rapport
