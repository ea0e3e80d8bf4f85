// `orderflow test-connection` for SFTP sources and connections: every step from TCP connect to a probe file's
// rename, with its latency, as a value the CLI or the wizard prints.
#pragma once

#include "domain/Result.h"
#include "transport/KnownHosts.h"

#include <functional>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace orderflow {

struct SftpProbeStep {
    QString name;        // "connect", "host key", "authenticate", "sftp", "list /in", "write /out/…", "rename …", "remove …"
    bool ok = false;
    qint64 ms = -1;      // latency of the step; -1 when it was not reached
    QString detail;      // e.g. "12 files", "ssh-ed25519 SHA256:…"
    Error error;         // set when !ok
};

struct SftpProbeReport {
    bool ok = false;               // every step passed
    QString target;                // "sftp://user@host:port"
    HostPublicKey hostKey;         // what the server presented (valid once the SSH handshake worked)
    QString fingerprint;           // hostKey.fingerprint(), for trust-on-first-use after FileError::HostKey
    QList<SftpProbeStep> steps;
    Error firstError;              // the first failure (code FileError::*, or "cancelled"), for a one-line summary
    QStringList notes;             // e.g. a directory created on first use that does not exist yet

    QJsonObject toJson() const;
};

struct SftpProbePaths {
    QStringList listDirs;    // must exist and be listable (a source's inbound directory, a dropzone's ack directory)
    QStringList writeDirs;   // must allow write + rename + remove (dropzone, archive, error, processed directories)
    // Write directories the engine creates on first use (a source's archive and error): when one does not exist
    // yet, its parent is checked instead, and a note says so.
    QStringList createdOnDemand = {};
};

class Cancellation;

// Lets a caller follow a probe as it goes, and stop it.
struct SftpProbeControl {
    std::function<void(const SftpProbeStep &)> stepDone;   // on the probing thread, as each step ends
    Cancellation *cancellation = nullptr;                    // cancel() aborts the session at once; no step follows
};

// Connects with the source's/connection's SFTP config (same keys as createFileStore), then checks the paths.
// Leaves nothing behind: the probe file ".orderflow-probe-<random>" is removed again (unless cancelled mid-way).
SftpProbeReport probeSftpConnection(const QJsonObject &config, const SftpProbePaths &paths, const SftpProbeControl &control = {});

} // namespace orderflow
