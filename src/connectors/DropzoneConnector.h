// DROPZONE_JSON_V1: writes the export JSON into a directory (local or SFTP) as NAME.tmp, then renames it to NAME;
// the ERP answers with ack_NAME / error_NAME files in the ack directory. After an interrupted attempt the file, or
// the ERP's answer to it (the ERP may have taken the file already), proves the delivery; without either the
// export goes again under the same name with the same meta.idempotency_key (the ERP's deduplication contract).
// Config: {"mode": "filesystem"|"sftp", "path": DIR, "ack_path": DIR (default DIR/ack), "fsync": true, ...transport keys}
#pragma once

#include "config/ConfigSchema.h"
#include "connectors/ErpConnector.h"

#include <QElapsedTimer>

#include <optional>

namespace orderflow {

// sales_order_{last 8 of draft id, its short form}_{YYYYMMDD_HHMMSS UTC}_{8 random hex}.json
// (DESIGN §4 says the first 8: with time-ordered ids those name the minute, not the order.)
QString dropzoneFileName(const QString &orderId, const QDateTime &when);

// The dropzone's own settings; "mode" is TransportKey::Mode, the SFTP settings are SftpKey's.
namespace DropzoneKey {
inline const QString Path = QStringLiteral("path");
inline const QString AckPath = QStringLiteral("ack_path");
inline const QString Fsync = QStringLiteral("fsync");
}

class DropzoneConnector final : public ErpConnector {
public:
    static Result<std::unique_ptr<ErpConnector>> create(const ConnectionRecord &connection);
    // The schema of a DROPZONE_JSON_V1 connection's "config"; create() reads its settings through it.
    static const ConfigSchema &schema();

    QString type() const override { return QStringLiteral("DROPZONE_JSON_V1"); }
    QString exportFileName(const QString &orderId, const QDateTime &when) const override { return dropzoneFileName(orderId, when); }
    int maxParallelism() const override { return m_parallelism; }
    PushResult push(const PushRequest &request) override;
    QList<PushResult> pushBatch(const QList<PushRequest> &requests) override;
    Result<Delivery> isDelivered(const PushRequest &request) override;
    Status flush() override;
    QList<ConnectionCheck> test() override;
    std::optional<AckLocation> ackLocation() override;
    void abort() override;

private:
    DropzoneConnector() = default;
    // Where the ERP's answer to an export is (ack_/error_NAME in the ack directory, its processed/ or error/),
    // or an empty string. An answer found in processed/ or error/ is put back for the ack poller to read.
    Result<QString> answerFor(const QString &fileName);
    PushResult alreadyAnswered(const PushRequest &request, const QString &answer) const;
    QString m_connection;   // "connection 'erp' of organisation 'acme'", for messages
    std::shared_ptr<FileStore> m_store;
    std::shared_ptr<FileStore> m_ackStore;
    QString m_dir;
    QString m_ackDir;
    bool m_fsync = true;
    int m_parallelism = 1;
    std::optional<Error> m_hardError;   // last host-key/auth/config failure, so one round does not reconnect per order
    QElapsedTimer m_hardErrorAge;
};

} // namespace orderflow
