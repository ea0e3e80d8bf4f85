#include "pipeline/SourceScheduler.h"

#include "pipeline/SourceWorker.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSources, "orderflow.sources")

namespace orderflow {
namespace {

QByteArray recordKey(const SourceRecord &r)
{
    return QString::number(r.id).toUtf8() + '\x1f' + QString::number(r.orgId).toUtf8() + '\x1f' + r.orgSlug.toUtf8() + '\x1f' + r.name.toUtf8() +
           '\x1f' + r.type.toUtf8() + '\x1f' + r.format.toUtf8() + '\x1f' + (r.enabled ? '1' : '0') + (r.autoApprove ? '1' : '0') + '\x1f' +
           QString::number(r.connectionId).toUtf8() + '\x1f' + QJsonDocument(r.config).toJson(QJsonDocument::Compact);
}

} // namespace

// ---- watcher ------------------------------------------------------------------------------------------------

SourceWatcher::SourceWatcher(QString dbPath, int intervalMs) : Worker(QStringLiteral("sources"), std::move(dbPath), intervalMs) {}

bool SourceWatcher::tick()
{
    auto sources = ConfigRepository(db()).sources(true);
    if (!sources) {
        report(sources.error().message);
        return false;
    }
    QByteArray key;
    for (const SourceRecord &s : std::as_const(*sources))
        key += recordKey(s) + '\x1e';
    if (key == m_lastKey && !m_lastKey.isNull())
        return false;
    m_lastKey = key.isNull() ? QByteArray("") : key;
    emit sourcesChanged(*sources);
    return false;
}

// ---- scheduler ----------------------------------------------------------------------------------------------

SourceScheduler::SourceScheduler(QString dbPath, int tickMs, QObject *parent) : QObject(parent), m_dbPath(std::move(dbPath)), m_tickMs(tickMs) {}

SourceScheduler::~SourceScheduler()
{
    stopAll();
    waitStopped(QDeadlineTimer(0));
}

void SourceScheduler::apply(const QList<SourceRecord> &sources)
{
    if (m_stopped)
        return;
    m_wanted = sources;
    QSet<qint64> wanted;
    for (const SourceRecord &record : sources) {
        wanted.insert(record.id);
        auto it = m_running.find(record.id);
        if (it != m_running.end()) {
            if (recordKey(it->record) != recordKey(record)) {
                it->record = record;
                SourceWorker *worker = it->worker;
                QMetaObject::invokeMethod(worker, [worker, record] { worker->reconfigure(record); }, Qt::QueuedConnection);
            }
            continue;
        }
        bool stillStopping = false;
        for (auto r = m_retiring.cbegin(); r != m_retiring.cend(); ++r)
            stillStopping = stillStopping || r->first == record.id;
        if (stillStopping)
            continue;   // started once its earlier worker has ended (threadEnded applies the list again)
        startSource(record);
    }
    for (auto it = m_running.begin(); it != m_running.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        retire(*it);
        it = m_running.erase(it);
    }
}

void SourceScheduler::startSource(const SourceRecord &record)
{
    auto *thread = new QThread;   // no parent: a thread left behind at shutdown must not be destroyed while it runs
    thread->setObjectName(QStringLiteral("orderflow-source-%1").arg(record.id));
    auto *worker = new SourceWorker(record, m_dbPath, m_tickMs);
    worker->moveToThread(thread);
    connect(thread, &QThread::started, worker, &Worker::start);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    // Bookkeeping before the thread object goes, so no later thread at the same address is taken for it.
    connect(thread, &QThread::finished, this, [this, thread] { threadEnded(thread); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(worker, &Worker::changed, this, &SourceScheduler::changed);
    connect(worker, &Worker::problem, this, &SourceScheduler::problem);
    for (Worker *downstream : std::as_const(m_downstream))
        connect(worker, &Worker::workAvailable, downstream, &Worker::nudge);
    m_running.insert(record.id, Running{thread, worker, record});
    thread->start();
}

void SourceScheduler::retire(const Running &running)
{
    SourceWorker *worker = running.worker;
    worker->abort();   // thread-safe: a call blocked on a server gives up as soon as the source can make it
    QMetaObject::invokeMethod(worker, [worker] {
        worker->stop();
        QThread::currentThread()->quit();
    }, Qt::QueuedConnection);
    m_retiring.insert(running.thread, {running.record.id, running.record.orgSlug + QLatin1Char('/') + running.record.name});
}

void SourceScheduler::threadEnded(QThread *thread)
{
    // thread may be deleted already (waitStopped); it is only a key here.
    if (!m_retiring.remove(thread))
        return;
    if (!m_stopped)
        apply(m_wanted);
}

void SourceScheduler::stopAll()
{
    m_stopped = true;
    for (const Running &r : std::as_const(m_running))
        retire(r);
    m_running.clear();
}

int SourceScheduler::waitStopped(QDeadlineTimer until)
{
    int left = 0;
    for (auto it = m_retiring.begin(); it != m_retiring.end();) {
        QThread *thread = it.key();
        if (thread->wait(until)) {
            delete thread;   // its worker was deleted on the thread as it finished
        } else {
            ++left;
            qCWarning(lcSources).noquote() << QStringLiteral("Source %1 (id %2) did not stop in time: it is blocked in a call (a server that does not "
                                                             "answer?). Left behind; nothing it has not committed is lost, and it is read again "
                                                             "at the next start.")
                                                  .arg(it->second).arg(it->first);
        }
        it = m_retiring.erase(it);
    }
    return left;
}

} // namespace orderflow
