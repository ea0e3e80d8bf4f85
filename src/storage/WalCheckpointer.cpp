#include "storage/WalCheckpointer.h"

#include "storage/WriteTurns.h"

#include <QLoggingCategory>

#include <map>
#include <system_error>
#include <utility>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcCheckpoint, "orderflow.db.checkpoint")

namespace orderflow {
namespace {

std::mutex g_registryMutex;
std::map<QString, std::weak_ptr<WalCheckpointer>> g_registry;

} // namespace

std::shared_ptr<WalCheckpointer> WalCheckpointer::of(const QString &path)
{
    std::lock_guard lock(g_registryMutex);
    std::weak_ptr<WalCheckpointer> &slot = g_registry[path];
    if (auto existing = slot.lock())
        return existing;
    std::shared_ptr<WalCheckpointer> created(new WalCheckpointer(path), [](WalCheckpointer *c) {
        {
            std::lock_guard lock(g_registryMutex);
            auto it = g_registry.find(c->m_path);
            if (it != g_registry.end() && it->second.expired())
                g_registry.erase(it);
        }
        delete c;
    });
    slot = created;
    return created;
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void WalCheckpointer::attach(sqlite3 *handle)
{
    sqlite3_wal_hook(handle, &WalCheckpointer::onCommit, this);
}

void WalCheckpointer::detach(sqlite3 *handle)
{
    sqlite3_wal_hook(handle, nullptr, nullptr);
}

int WalCheckpointer::backgroundCheckpoints() const
{
    std::lock_guard lock(m_mutex);
    return m_background;
}

int WalCheckpointer::commitPathCheckpoints() const
{
    std::lock_guard lock(m_mutex);
    return m_commitPath;
}

// Called by SQLite after a commit, with the write lock already released and `pages` in the log.
int WalCheckpointer::onCommit(void *self, sqlite3 *handle, const char *database, int pages)
{
    auto *c = static_cast<WalCheckpointer *>(self);
    if (pages >= kCommitPathPages) {
        // The background thread fell far behind: bound the log here, as SQLite's default would.
        sqlite3_wal_checkpoint_v2(handle, database, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        std::lock_guard lock(c->m_mutex);
        ++c->m_commitPath;
        return SQLITE_OK;
    }
    if (pages < kBackgroundPages)
        return SQLITE_OK;
    {
        std::lock_guard lock(c->m_mutex);
        if (c->m_stop || c->m_due)
            return SQLITE_OK;
        if (!c->m_thread.joinable()) {
            // An exception must not unwind through SQLite's C frames: without a thread, commits past
            // kCommitPathPages still checkpoint themselves, so the log stays bounded.
            try {
                c->m_thread = std::thread([c] { c->run(); });
            } catch (const std::system_error &e) {
                if (!c->m_threadFailed)
                    qCWarning(lcCheckpoint).noquote() << QStringLiteral("Cannot start the checkpoint thread of %1 (%2); commits checkpoint "
                                                                       "the write-ahead log themselves once it holds %3 pages.")
                                                             .arg(c->m_path, QString::fromLocal8Bit(e.what()))
                                                             .arg(kCommitPathPages);
                c->m_threadFailed = true;
                return SQLITE_OK;
            }
        }
        c->m_due = true;
    }
    c->m_wake.notify_one();
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    sqlite3 *db = nullptr;
    const QByteArray path = m_path.toUtf8();
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        qCWarning(lcCheckpoint).noquote() << QStringLiteral("Cannot open %1 to checkpoint its write-ahead log (%2); commits checkpoint it "
                                                           "themselves once it holds %3 pages.")
                                                 .arg(m_path, QString::fromUtf8(sqlite3_errmsg(db)))
                                                 .arg(kCommitPathPages);
        sqlite3_close(db);
        return;
    }
    sqlite3_busy_timeout(db, 1000);
    // A connection finds the file in WAL mode only once it has read it; until then a checkpoint does nothing.
    sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_due || m_stop; });
        if (m_stop)
            break;
        m_due = false;
        lock.unlock();
        int logPages = 0, copied = 0;
        int rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logPages, &copied);
        if (rc == SQLITE_OK) {
            // Commits came in while the bulk was copied. The log starts over from its beginning only once all of it
            // is copied, so the pages added meanwhile are copied while this process's writers wait for their turn
            // (SQLite's own checkpoint holds them for the whole log); otherwise the log would keep growing under
            // steady load.
            WriteTurns &turns = WriteTurns::of(m_path);
            if (turns.acquire(std::chrono::milliseconds(1000))) {
                rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logPages, &copied);
                turns.release();
            }
        }
        if (rc != SQLITE_OK && rc != SQLITE_BUSY && rc != SQLITE_LOCKED && !std::exchange(m_failureLogged, true))
            qCWarning(lcCheckpoint).noquote() << QStringLiteral("Checkpoint of %1 failed: %2").arg(m_path, QString::fromUtf8(sqlite3_errmsg(db)));
        if (rc == SQLITE_OK)
            m_failureLogged = false;   // the next failure is news again
        lock.lock();
        ++m_background;
    }
    lock.unlock();
    sqlite3_close(db);
}

} // namespace orderflow
