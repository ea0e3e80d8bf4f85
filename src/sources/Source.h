// The port every kind of source implements (DESIGN §2): one inbound channel of one partner. The engine schedules
// each enabled source on its own thread, so a hung or slow source never delays another; sources are found by
// type name in the SourceRegistry.
//
// A source is either polled (folder, sftp, later rest): the engine calls poll() every pollIntervalMs(); or pushed
// (later http, kafka, redis): the engine calls start() once and the source delivers what arrives through the sink
// until stop(). Either way it stores what it read only through the sink, which moves its checkpoint in the same
// transaction.
#pragma once

#include "domain/Result.h"
#include "sources/SourceSink.h"
#include "storage/ConfigRepository.h"

#include <functional>
#include <memory>

namespace orderflow {

enum class SourceMode { Polled, Pushed };

// What one poll did. The poll itself worked; problems are about single items (a file that could not be moved).
struct PollResult {
    int taken = 0;           // files or messages stored
    int backlog = -1;        // what still waits at the source; -1 unknown
    bool more = false;       // more is ready right now: poll again at once
    QStringList problems;
};

class Source {
public:
    explicit Source(SourceRecord record) : m_record(std::move(record)) {}
    virtual ~Source() = default;
    Source(const Source &) = delete;
    Source &operator=(const Source &) = delete;

    const SourceRecord &record() const { return m_record; }
    // Settings that need no new instance changed (name, format, auto-approve): the engine keeps the instance and
    // what it knows (files seen settling, an open connection). A changed `config` gets a new instance.
    void updateRecord(const SourceRecord &record) { m_record = record; }

    virtual SourceMode mode() const = 0;

    // How long the engine pauses the source after an error only a person can fix (a host key, a login): the
    // config's error_pause_ms (5 minutes).
    qint64 errorPauseMs() const;

    // Polled sources, on the source's own thread. Defaults: the config's poll_interval_ms (1000).
    virtual qint64 pollIntervalMs() const;
    virtual Result<PollResult> poll(SourceSink &sink);

    // Pushed sources: start() runs on the source's own thread, which runs an event loop; the source then delivers
    // through `sink`, on that thread only, until stop(). A failure to start is retried later.
    virtual Status start(SourceSink &sink);
    virtual void stop() {}

    // Called from ANOTHER thread while the source's thread may be blocked in it (a connect to a server that accepts
    // and never answers): give up as soon as possible, the source is being stopped. Must be thread-safe.
    virtual void abort() {}
    // Changes when something a person fixes outside the source's configuration changes (an SFTP source's
    // known_hosts): a source paused for an error only a person can fix resumes at once.
    virtual QString resumeStamp() const { return {}; }

private:
    SourceRecord m_record;
};

using SourceFactory = std::function<Result<std::unique_ptr<Source>>(const SourceRecord &)>;

} // namespace orderflow
