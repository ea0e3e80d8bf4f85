// Checkpoints of one database file's write-ahead log, off the commit path. SQLite's default folds the WAL back into
// the database inside the COMMIT that crosses 1,000 pages — copying and syncing megabytes while that writer (an HTTP
// request waiting for its 202, a worker holding this process's write turn) waits. Each connection of this process
// instead wakes one background thread with its own connection once the log holds kBackgroundPages (16 MB: a page
// changed again and again is copied once per checkpoint, not once per 1,000 pages). The thread copies the bulk in a
// PASSIVE checkpoint (it blocks no writer or reader), then what came in meanwhile during this process's write turn,
// so the log starts over from its beginning. Only when the log grows far past that (the thread starved of CPU, a
// reader holding an old snapshot) does the committing connection checkpoint itself again, so the log stays bounded.
// Every process that opens the file through Database (the daemon, the console, the CLI) has its own checkpointer;
// a checkpoint another process holds makes this one's PASSIVE pass return at once.
#pragma once

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace orderflow {

class WalCheckpointer {
public:
    // The checkpointer of the database file at `path`, shared by this process's connections to it; it ends (joins
    // its thread, closes its connection) when the last holder lets go.
    static std::shared_ptr<WalCheckpointer> of(const QString &path);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Routes `handle`'s checkpoints here (sqlite3_wal_hook). The handle must be closed before this object goes.
    void attach(sqlite3 *handle);
    // Ends that routing; called before the handle is closed, so no commit reaches this object afterwards.
    void detach(sqlite3 *handle);

    // Pages in the log that wake the thread, and the size past which the committing connection checkpoints itself.
    static constexpr int kBackgroundPages = 4000;
    static constexpr int kCommitPathPages = 16000;
    // Checkpoints run so far (for tests and benchmarks): by the thread, and on a commit path as the fallback.
    int backgroundCheckpoints() const;
    int commitPathCheckpoints() const;

private:
    explicit WalCheckpointer(QString path) : m_path(std::move(path)) {}
    static int onCommit(void *self, sqlite3 *handle, const char *database, int pages);
    void run();

    const QString m_path;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_due = false;
    bool m_stop = false;
    bool m_threadFailed = false;   // the thread could not be started (logged once)
    bool m_failureLogged = false;  // a failing checkpoint is logged once until one succeeds again (thread only)
    int m_background = 0;
    int m_commitPath = 0;
    std::thread m_thread;   // started on the first wake-up
};

} // namespace orderflow
