// A source's own files, for the source wizard's preview (issue 10): list the partner's inbound folder the way the
// source's polling reaches it (the FileStore of its type — the SFTP session with its host-key check and credentials,
// or the local folder), then download one file into memory (size-limited) and parse it with SourcePreview — before
// the source is saved. Every call runs on a worker thread of its own; cancel() stops it at once, even one blocked
// on a server that never answers. Nothing is moved, written or stored.
#pragma once

#include "domain/Result.h"
#include "pipeline/CancellableWorker.h"
#include "pipeline/SourcePreview.h"
#include "storage/ConfigRepository.h"
#include "transport/FileStore.h"
#include "transport/KnownHosts.h"

#include <QList>
#include <QObject>

#include <memory>

namespace orderflow {

struct SourceSampleListing {
    QString where;            // "sftp://user@host:22 /in", for messages
    QString dir;              // the inbound folder (the source's path)
    QList<FileEntry> files;   // its regular files matching the source's pattern, by name
    Error error;              // set when it could not be listed (FileError::HostKey: see hostKey)
    HostPublicKey hostKey;    // SFTP: what the server presented, for the host-key dialog
    bool ok() const { return error.code.isEmpty(); }
};

struct SourceSample {
    QString name;             // the file's name in the inbound folder
    qint64 bytes = 0;         // how much was downloaded
    SourcePreview preview;    // what the source would make of it
    Error error;              // it could not be read (FileError::TooLarge beyond the limit, cancelled, …)
    bool ok() const { return error.code.isEmpty(); }
};

class SourceSampleService : public QObject {
    Q_OBJECT
public:
    // The most a sample may have: the preview holds it in memory and parses it whole.
    static constexpr qint64 kDefaultMaxBytes = 16 * 1024 * 1024;

    explicit SourceSampleService(QObject *parent = nullptr);
    // Cancels what runs and waits for its thread (promptly: cancelling interrupts whatever blocks).
    ~SourceSampleService() override;

    // Lists the source's inbound folder; `listed` follows. Fails with code "busy" while another call runs.
    Status list(const SourceRecord &source);
    // Downloads `name` from the inbound folder (at most maxBytes) and previews it; `fetched` follows.
    Status fetch(const SourceRecord &source, const QString &name, qint64 maxBytes = kDefaultMaxBytes);
    // Stops the running call; its signal follows with the error code "cancelled".
    void cancel();
    bool isRunning() const { return m_worker.isRunning(); }

signals:
    void listed(const orderflow::SourceSampleListing &listing);
    void fetched(const orderflow::SourceSample &sample);

private:
    struct Run;
    Status start(std::shared_ptr<Run> run);

    CancellableWorker<Run> m_worker;
};

} // namespace orderflow

Q_DECLARE_METATYPE(orderflow::SourceSampleListing)
Q_DECLARE_METATYPE(orderflow::SourceSample)
