#ifndef CUNZHAN_CSQLITE3_SHIM_H
#define CUNZHAN_CSQLITE3_SHIM_H

/* The system SQLite that GRDB links, found through pkg-config (sqlite3.pc, Debian's libsqlite3-dev), so the
   build names the library it needs and `swift build` can say which package provides it when it is missing. */
#include <sqlite3.h>

#endif
