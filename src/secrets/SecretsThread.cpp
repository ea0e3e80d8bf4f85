#include "secrets/SecretsThread.h"

#include "secrets/SecretsLog.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>

Q_LOGGING_CATEGORY(lcSecrets, "orderflow.secrets")

namespace orderflow::secrets {
namespace {

struct SecretsThreadState {
    QMutex mutex;
    QThread *thread = nullptr;
    QObject *anchor = nullptr;
    bool stopped = false;
};

SecretsThreadState &state()
{
    static SecretsThreadState s;
    return s;
}

// Runs while QCoreApplication is destroyed: the thread ends before the objects it uses.
void stopSecretsThread()
{
    SecretsThreadState &s = state();
    QThread *thread = nullptr;
    {
        QMutexLocker lock(&s.mutex);
        s.stopped = true;
        thread = s.thread;
        s.thread = nullptr;
        s.anchor = nullptr;   // deleted on the thread when it finishes
    }
    if (!thread)
        return;
    thread->quit();
    // A keychain job still waiting for D-Bus does not keep the loop running; the wait is only for a slow file write.
    if (!thread->wait(5000))
        qCWarning(lcSecrets, "the secrets thread did not stop within 5 s");
    else
        delete thread;
}

QObject *anchorLocked(SecretsThreadState &s)
{
    if (s.stopped)
        return nullptr;
    if (!s.thread) {
        s.thread = new QThread;
        s.thread->setObjectName(QStringLiteral("orderflow-secrets"));
        s.anchor = new QObject;
        s.anchor->setObjectName(QStringLiteral("orderflow-secrets-anchor"));
        s.anchor->moveToThread(s.thread);
        QObject::connect(s.thread, &QThread::finished, s.anchor, &QObject::deleteLater);
        s.thread->start();
        qAddPostRoutine(stopSecretsThread);
    }
    return s.anchor;
}

} // namespace

bool runOnSecretsThread(std::function<void()> fn)
{
    SecretsThreadState &s = state();
    QMutexLocker lock(&s.mutex);
    QObject *anchor = anchorLocked(s);
    if (!anchor)
        return false;
    QMetaObject::invokeMethod(anchor, std::move(fn), Qt::QueuedConnection);
    return true;
}

bool isSecretsThread()
{
    SecretsThreadState &s = state();
    QMutexLocker lock(&s.mutex);
    return s.thread && QThread::currentThread() == s.thread;
}

QObject *secretsThreadAnchor()
{
    SecretsThreadState &s = state();
    QMutexLocker lock(&s.mutex);
    return anchorLocked(s);
}

ResultRelay::ResultRelay(QObject *context)
    : m_context(context)
{
    Q_ASSERT(context);
    if (context && context->thread() != thread())
        moveToThread(context->thread());
}

void ResultRelay::post(std::function<void()> deliver)
{
    QMetaObject::invokeMethod(this, [this, deliver = std::move(deliver)] {
        // The context lives on this thread, so it cannot go away between this check and the call.
        if (m_context)
            deliver();
        deleteLater();
    }, Qt::QueuedConnection);
}

} // namespace orderflow::secrets
