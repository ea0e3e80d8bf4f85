// The writers of one database file in this process take turns, first come first served, before BEGIN IMMEDIATE
// (Database::transaction). SQLite's own busy wait polls with sleeps that grow to 100 ms, and whoever asks the moment
// the lock is free gets it: a worker that commits batch after batch kept a waiting writer (an HTTP request waiting
// for its 202) out for tens of milliseconds. Here the next writer in line is woken as the previous one is done, and a
// writer that asks again at once queues behind those already waiting. Other processes (the CLI) still meet at
// SQLite's lock and its busy timeout.
#pragma once

#include <QString>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>

namespace orderflow {

class WriteTurns {
public:
    // The turns of the database file at `path` (one per absolute path, for the life of the process).
    static WriteTurns &of(const QString &path);

    // Waits for this writer's turn; false when it did not come within the timeout (the place is given up).
    bool acquire(std::chrono::milliseconds timeout);
    void release();
    // How many writers wait for their turn now (not the one writing). A long batch yields when others wait.
    int waiting() const;

    // While one lives on a thread, that thread's writes answer a client who waits for them (an HTTP source storing
    // requests that wait for their 202).
    class Interactive {
    public:
        Interactive();
        ~Interactive();
        Interactive(const Interactive &) = delete;
        Interactive &operator=(const Interactive &) = delete;
    private:
        bool m_was;
    };
    // Whether such a writer asked for a turn within the last `window`: a writer whose transactions could be long
    // (the push stage's batches) then keeps them short.
    bool interactiveWithin(std::chrono::milliseconds window) const;

private:
    void skipAbandoned();

    mutable std::mutex m_mutex;
    std::condition_variable m_turn;
    quint64 m_next = 0;       // the ticket the next writer draws
    quint64 m_serving = 0;    // the ticket whose writer may write now
    std::set<quint64> m_abandoned;
    std::chrono::steady_clock::time_point m_lastInteractive;   // when an interactive writer last asked for a turn
};

} // namespace orderflow
