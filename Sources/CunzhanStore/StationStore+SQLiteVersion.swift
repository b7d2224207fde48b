import CSQLite3

extension StationStore {
    /// The version of the system SQLite library this program runs on, e.g. "3.40.1".
    ///
    /// `cunzhan check` prints it, because a corrupt-file report is read together with the library that read
    /// the file, and stations run whatever SQLite their distribution ships.
    public static var sqliteVersion: String { String(cString: sqlite3_libversion()) }
}
