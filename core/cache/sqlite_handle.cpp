#include "cache/sqlite_handle.h"

#include "common/input_error.h"

#include <cmath>
#include <limits>
#include <sqlite3.h>

namespace fluxlens::sqlite {
namespace {
std::string fileOf(sqlite3* db) {
    const char* name = db ? sqlite3_db_filename(db, "main") : nullptr;
    return name ? std::string(name) : std::string("(sqlite)");
}

[[noreturn]] void throwFor(sqlite3* db, const std::string& file, std::string_view context) {
    std::string message(context);
    message += ": ";
    message += db ? sqlite3_errmsg(db) : "out of memory";
    throw InputError(file, message);
}
} // namespace

void Database::Closer::operator()(sqlite3* db) const {
    // sqlite3_close_v2 defers the close until unfinalized statements are gone; never fails here.
    sqlite3_close_v2(db);
}

Database Database::open(const std::string& path, Mode mode) {
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                             : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    Database db;
    db.m_handle.reset(raw); // closed on every path, also when opening failed
    db.m_path = path;
    if (rc != SQLITE_OK)
        throwFor(raw, path, "cannot open the cache");
    sqlite3_extended_result_codes(raw, 1);
    return db;
}

void Database::exec(std::string_view sql) const {
    std::string text(sql);
    char* error = nullptr;
    if (sqlite3_exec(handle(), text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::string message = error ? error : sqlite3_errmsg(handle());
        sqlite3_free(error);
        throw InputError(m_path, "SQLite: " + message);
    }
}

Statement Database::prepare(std::string_view sql) const {
    return Statement(*this, sql);
}

std::optional<std::int64_t> Database::queryInt(std::string_view sql) const {
    Statement statement(*this, sql);
    if (!statement.step() || statement.isNull(0))
        return std::nullopt;
    return statement.columnInt(0);
}

std::string Database::queryText(std::string_view sql) const {
    Statement statement(*this, sql);
    if (!statement.step())
        return {};
    return statement.columnText(0);
}

std::int64_t Database::changes() const {
    return sqlite3_changes64(handle());
}

void Database::fail(std::string_view context) const {
    throwFor(handle(), m_path, context);
}

void Statement::Finalizer::operator()(sqlite3_stmt* stmt) const {
    sqlite3_finalize(stmt);
}

Statement::Statement(const Database& db, std::string_view sql) {
    sqlite3_stmt* raw = nullptr;
    const int rc =
        sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
    m_handle.reset(raw);
    if (rc != SQLITE_OK)
        db.fail("SQLite cannot prepare \"" + std::string(sql.substr(0, 80)) + "\"");
}

void Statement::fail(std::string_view context) const {
    sqlite3* db = sqlite3_db_handle(m_handle.get());
    throwFor(db, fileOf(db), context);
}

void Statement::bindNull(int index) {
    if (sqlite3_bind_null(m_handle.get(), index) != SQLITE_OK)
        fail("SQLite bind");
}

void Statement::bind(int index, double value) {
    const int rc = std::isnan(value) ? sqlite3_bind_null(m_handle.get(), index)
                                     : sqlite3_bind_double(m_handle.get(), index, value);
    if (rc != SQLITE_OK)
        fail("SQLite bind");
}

void Statement::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(m_handle.get(), index, value) != SQLITE_OK)
        fail("SQLite bind");
}

void Statement::bind(int index, std::string_view text) {
    // A default-constructed string_view has no data pointer, which SQLite would bind as NULL.
    const char* data = text.data() ? text.data() : "";
    if (sqlite3_bind_text64(m_handle.get(), index, data, text.size(), SQLITE_TRANSIENT,
                            SQLITE_UTF8) != SQLITE_OK)
        fail("SQLite bind");
}

void Statement::bindBlob(int index, const void* data, std::size_t bytes) {
    if (sqlite3_bind_blob64(m_handle.get(), index, data, bytes, SQLITE_TRANSIENT) != SQLITE_OK)
        fail("SQLite bind");
}

void Statement::bind(int index, const std::optional<double>& value) {
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

bool Statement::step() {
    const int rc = sqlite3_step(m_handle.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail("SQLite");
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(m_handle.get());
    sqlite3_clear_bindings(m_handle.get());
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_handle.get(), column) == SQLITE_NULL;
}

double Statement::columnDouble(int column) const {
    // One column access, then cheap reads of the value (this is the hot loop of every load).
    sqlite3_value* value = sqlite3_column_value(m_handle.get(), column);
    if (sqlite3_value_type(value) == SQLITE_NULL)
        return std::numeric_limits<double>::quiet_NaN();
    return sqlite3_value_double(value);
}

std::int64_t Statement::columnInt(int column) const {
    return sqlite3_column_int64(m_handle.get(), column);
}

std::string Statement::columnText(int column) const {
    const auto* text = sqlite3_column_text(m_handle.get(), column);
    if (!text)
        return {};
    return std::string(reinterpret_cast<const char*>(text),
                       static_cast<std::size_t>(sqlite3_column_bytes(m_handle.get(), column)));
}

std::string_view Statement::columnBlob(int column) const {
    const void* data = sqlite3_column_blob(m_handle.get(), column);
    if (!data)
        return {};
    return std::string_view(static_cast<const char*>(data),
                            static_cast<std::size_t>(sqlite3_column_bytes(m_handle.get(), column)));
}

std::optional<double> Statement::columnOptionalDouble(int column) const {
    if (isNull(column))
        return std::nullopt;
    return sqlite3_column_double(m_handle.get(), column);
}

Transaction::Transaction(const Database& db)
    : m_db(db) {
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace fluxlens::sqlite
