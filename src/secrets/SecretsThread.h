// The one thread every credential store operation runs on, and the way results go back to their callers.
// One thread because QtKeychain is not thread-safe: its job queue is a process-wide object without locks.
#pragma once

#include "secrets/CredentialStore.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace orderflow::secrets {

// Runs `fn` on the secrets thread (started on first use, stopped when the application object goes away).
// False, and `fn` dropped, once the thread has been stopped.
bool runOnSecretsThread(std::function<void()> fn);
bool isSecretsThread();
// An object living on the secrets thread, the context for timers and connections made there.
QObject *secretsThreadAnchor();

// Carries one result to the thread of a context object, and drops it when that object is gone by then.
class ResultRelay : public QObject {
    Q_OBJECT
public:
    explicit ResultRelay(QObject *context);
    // Callable from any thread, once: runs `deliver` on the context's thread if the context still exists.
    void post(std::function<void()> deliver);

private:
    QPointer<QObject> m_context;
};

// `done` wrapped so that calling it from any thread (once) runs it on `context`'s thread.
template <typename T>
std::function<void(T)> deliverTo(QObject *context, std::function<void(T)> done)
{
    auto *relay = new ResultRelay(context);
    return [relay, done = std::move(done)](T value) {
        relay->post([done, value = std::move(value)] { done(value); });
    };
}

// The store openCredentialStore() hands out, chosen on the secrets thread (`done` runs there too).
void selectCredentialStoreHere(SecretStoreChoice choice, std::function<void(Result<CredentialStorePtr>)> done);

} // namespace orderflow::secrets
