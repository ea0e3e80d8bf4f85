// One call at a time on a thread of its own, stopped at once by cancel() — the start/finish/cancel shape the
// connection test (ConnectionTestService) and the source preview (SourceSampleService) share. `Run` is one call:
// its input, its `cancellation` (a Cancellation) and its result, written by the thread while it runs and read by
// the owner once the thread has ended.
#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace orderflow {

template <typename Run>
class CancellableWorker {
public:
    // `owner`: the object `finished` runs on; it owns this worker (so outlives every call from the thread).
    CancellableWorker(QObject *owner, QString threadName) : m_owner(owner), m_threadName(std::move(threadName)) {}
    CancellableWorker(const CancellableWorker &) = delete;
    CancellableWorker &operator=(const CancellableWorker &) = delete;
    // Cancels what runs and waits for its thread (promptly: cancelling interrupts whatever blocks).
    ~CancellableWorker()
    {
        if (!m_thread)
            return;
        m_run->cancellation.cancel();
        m_thread->wait();
        delete m_thread;
    }

    bool isRunning() const { return m_thread != nullptr; }
    // The call that runs; null when none does.
    const Run *current() const { return m_thread ? m_run.get() : nullptr; }

    // Runs work(*run) on a new thread (the caller has checked isRunning()); once the thread has ended, finished(run)
    // follows on the owner's thread, after everything the work queued to the owner (same sender thread, same receiver).
    void start(std::shared_ptr<Run> run, std::function<void(Run &)> work, std::function<void(std::shared_ptr<Run>)> finished)
    {
        m_run = std::move(run);
        m_finished = std::move(finished);
        m_thread = QThread::create([run = m_run, work = std::move(work)] { work(*run); });
        m_thread->setObjectName(m_threadName);
        QObject::connect(m_thread, &QThread::finished, m_owner, [this] { ended(); }, Qt::QueuedConnection);
        m_thread->start();
    }

    // Stops the running call; it ends soon after and `finished` follows as usual.
    void cancel()
    {
        if (m_run && m_thread)
            m_run->cancellation.cancel();
    }

private:
    void ended()
    {
        if (!m_thread)
            return;
        m_thread->wait();   // finished is emitted on the way out; the thread ends right after
        delete m_thread;
        m_thread = nullptr;
        // Handed over before the call: `finished` may start the next one.
        std::shared_ptr<Run> run = std::move(m_run);
        const std::function<void(std::shared_ptr<Run>)> finished = std::move(m_finished);
        finished(std::move(run));
    }

    QObject *m_owner;
    QString m_threadName;
    std::shared_ptr<Run> m_run;
    std::function<void(std::shared_ptr<Run>)> m_finished;
    QThread *m_thread = nullptr;
};

} // namespace orderflow
