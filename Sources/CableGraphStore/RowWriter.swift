import GRDB
import GRDBSQLite

/// One value of a row to insert.
enum SQLValue {
    case int(Int64)
    case double(Double)
    case text(String)
    case null

    static func int(_ value: Int) -> SQLValue { .int(Int64(value)) }
    static func text(_ value: String?) -> SQLValue { value.map { .text($0) } ?? .null }
}

/// Runs a prepared GRDB statement with values bound through the SQLite C API. The ingest writes
/// millions of rows on one thread; GRDB's `StatementArguments` box every value in an existential,
/// which cost more than SQLite's own work per row.
enum RowWriter {
    /// SQLite copies the bytes before `sqlite3_bind_text` returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    static func execute(_ statement: Statement, _ values: SQLValue...) throws {
        let handle = try bind(statement, values)
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw failure(statement, code) }
    }

    /// The first column of the first row as an integer, or nil when there is no row (or it is NULL).
    static func int64(_ statement: Statement, _ values: SQLValue...) throws -> Int64? {
        let handle = try bind(statement, values)
        defer { sqlite3_reset(handle) }
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return sqlite3_column_type(handle, 0) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, 0)
        case SQLITE_DONE: return nil
        case let code: throw failure(statement, code)
        }
    }

    private static func bind(_ statement: Statement, _ values: [SQLValue]) throws -> OpaquePointer {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .int(let v): code = sqlite3_bind_int64(handle, index, v)
            case .double(let v): code = sqlite3_bind_double(handle, index, v)
            case .null: code = sqlite3_bind_null(handle, index)
            case .text(var v):
                code = v.withUTF8 { bytes in
                    guard let base = bytes.baseAddress, !bytes.isEmpty else { return sqlite3_bind_text(handle, index, "", 0, transient) }
                    return sqlite3_bind_text(handle, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                                             Int32(bytes.count), transient)
                }
            }
            guard code == SQLITE_OK else { throw failure(statement, code) }
        }
        return handle
    }

    private static func failure(_ statement: Statement, _ code: Int32) -> DatabaseError {
        let message = sqlite3_db_handle(statement.sqliteStatement).map { String(cString: sqlite3_errmsg($0)) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }
}
