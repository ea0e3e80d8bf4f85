// Testing one ERP connection or one source, step by step, off the caller's thread: every step is reported as it
// ends, with its latency; the result of a stored connection or source is recorded (last_test_at / last_test_result); and
// cancel() stops a test at once, even one blocked on a server that never answers. Used by `orderflow
// test-connection` and the console.
#pragma once

#include "domain/Result.h"
#include "pipeline/CancellableWorker.h"
#include "storage/ConfigRepository.h"
#include "transport/KnownHosts.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

namespace orderflow {

// What a test checks, taken from the stored connection or source: where it connects and which directories the
// engine will list and write there.
struct ConnectionTestTarget {
    enum class Kind { Connection, Source };

    Kind kind = Kind::Connection;
    qint64 id = 0;
    QString name;
    QString org;
    QString type;                  // connector type (DROPZONE_JSON_V1, MOCK, …) or source type (folder, sftp, …)
    QJsonObject transport;         // the config the transport reads; "mode": "sftp" for SFTP ones
    bool sftp = false;             // probed step by step over SFTP
    QStringList listDirs;          // must exist and be listable
    QStringList writeDirs;         // must take write, rename and remove
    QStringList createdOnDemand;   // write directories the engine creates itself (a source's archive and error)
    ConnectionRecord connection;   // Kind::Connection: for the connector's own checks

    static ConnectionTestTarget forConnection(const ConnectionRecord &connection);
    static ConnectionTestTarget forSource(const SourceRecord &source);
    QString kindName() const;      // "connection" or "source"
};

struct ConnectionTestStep {
    QString name;                  // "connect", "host key", "authenticate", "list /in", "write /out/…", …
    bool ok = false;
    qint64 latencyMs = -1;         // -1: not measured
    QString detail;                // what the step found ("12 files"), or what went wrong when it failed
    QString errorCode;             // when it failed: FileError::*, "config", "check_failed", "cancelled"
};

struct ConnectionTestReport {
    ConnectionTestTarget::Kind kind = ConnectionTestTarget::Kind::Connection;
    qint64 id = 0;
    QString name;
    QString org;
    QString type;
    QString endpoint;              // "sftp://user@host:22", "local file system", or the connector type
    QDateTime startedAt;           // UTC
    qint64 totalMs = 0;
    bool ok = false;               // every step passed
    bool cancelled = false;
    QList<ConnectionTestStep> steps;
    Error firstError;              // the first failure ("cancelled" when cancelled), for a one-line verdict
    HostPublicKey hostKey;         // SFTP: what the server presented
    QString fingerprint;           // its SHA256 fingerprint, for trusting it after an unknown-host-key failure
    QStringList notes;

    QString kindName() const;
    // The CLI's --json output, and what erp_connection.last_test_result keeps: ok, target, steps (step, ok, ms,
    // detail | error_code + error), kind, name, org, type, tested_at, total_ms; error_code and error when it failed.
    QJsonObject toJson() const;
};

class ConnectionTestService : public QObject {
    Q_OBJECT
public:
    // Results of stored connections and sources (id > 0) are recorded in the database at databasePath (opened on the
    // test's own thread); an empty path records nothing.
    explicit ConnectionTestService(QString databasePath = {}, QObject *parent = nullptr);
    // Cancels a running test and waits for its thread (promptly: cancelling interrupts whatever blocks).
    ~ConnectionTestService() override;

    // Starts testing target on a worker thread; stepFinished and finished follow on this object's thread.
    // Fails with code "busy" while a test runs, "unsupported" for a source type nothing here can test.
    Status start(const ConnectionTestTarget &target);
    // Stops the running test at once; finished follows with report.cancelled set. A cancelled test is not
    // recorded (the connection or source keeps its previous result).
    void cancel();
    bool isRunning() const { return m_worker.isRunning(); }

signals:
    void stepFinished(const QString &step, bool ok, qint64 latencyMs, const QString &detail);
    void finished(const orderflow::ConnectionTestReport &report);

private:
    struct Run;

    QString m_databasePath;
    CancellableWorker<Run> m_worker;
};

} // namespace orderflow

Q_DECLARE_METATYPE(orderflow::ConnectionTestReport)
