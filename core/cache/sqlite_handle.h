#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

// Thin RAII owners of the SQLite C API handles. Errors throw InputError naming the database file.
namespace fluxlens::sqlite {

class Statement;

class Database {
public:
    enum class Mode { ReadOnly, ReadWriteCreate };

    Database() = default;
    // Opens `path`; throws InputError(path, ...) when SQLite cannot.
    static Database open(const std::string& path, Mode mode);

    bool isOpen() const { return m_handle != nullptr; }
    sqlite3* handle() const { return m_handle.get(); }
    const std::string& path() const { return m_path; }

    // Runs one or more statements without results.
    void exec(std::string_view sql) const;
    Statement prepare(std::string_view sql) const;
    // First column of the first row of a query, as integer (nullopt when no row or NULL).
    std::optional<std::int64_t> queryInt(std::string_view sql) const;
    std::string queryText(std::string_view sql) const; // "" when no row
    std::int64_t changes() const;

    // Throws InputError(path, context + ": " + SQLite's message) for the last error.
    [[noreturn]] void fail(std::string_view context) const;

private:
    struct Closer {
        void operator()(sqlite3* db) const;
    };
    std::unique_ptr<sqlite3, Closer> m_handle;
    std::string m_path;
};

class Statement {
public:
    Statement() = default;
    Statement(const Database& db, std::string_view sql);

    // Binding (1-based index). NaN doubles bind as NULL.
    void bindNull(int index);
    void bind(int index, double value);
    void bind(int index, std::int64_t value);
    void bind(int index, int value) { bind(index, static_cast<std::int64_t>(value)); }
    void bind(int index, std::string_view text);
    void bindBlob(int index, const void* data, std::size_t bytes);
    void bind(int index, const std::optional<double>& value);

    // Advances: true while a row is available, false when done.
    bool step();
    // Runs a statement that returns no rows (or ignores them) and resets it for reuse.
    void run();
    void reset(); // resets and clears bindings

    bool isNull(int column) const;
    double columnDouble(int column) const; // NULL -> NaN
    std::int64_t columnInt(int column) const;
    std::string columnText(int column) const;
    std::string_view columnBlob(int column) const;
    std::optional<double> columnOptionalDouble(int column) const;

private:
    struct Finalizer {
        void operator()(sqlite3_stmt* stmt) const;
    };
    [[noreturn]] void fail(std::string_view context) const;

    std::unique_ptr<sqlite3_stmt, Finalizer> m_handle;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() ran.
class Transaction {
public:
    explicit Transaction(const Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    const Database& m_db;
    bool m_done = false;
};

} // namespace fluxlens::sqlite
