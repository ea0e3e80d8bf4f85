// `--demo`: a self-contained workspace — SQLite file, a partner folder fed with sample orders, a local dropzone
// and a simulated ERP — so a new user sees orders go from received to acked within a minute.
#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace orderflow {

struct DemoPaths {
    QString root;
    QString database;
    QString inbox;       // the partner's folder
    QString dropzone;
    QString acks;
    QString outbox;      // functional acknowledgements (997, CONTRL) back to the partner
};

DemoPaths demoPaths(const QString &root);
// Creates the folders and returns the configuration to apply (org, folder source, dropzone connection, catalog).
Result<QJsonObject> prepareDemoWorkspace(const DemoPaths &paths);

// Drops the sample orders into the inbox a few at a time, like a partner would.
class DemoFeeder : public QObject {
    Q_OBJECT
public:
    explicit DemoFeeder(QString inbox, QObject *parent = nullptr);
    void start(int intervalMs = 1500);
    int remaining() const { return int(m_samples.size() - m_next); }
    int sampleCount() const { return int(m_samples.size()); }
    // How many samples an earlier run of the demo in the same folder delivered already (they are not dropped again).
    int fedBefore() const;
    // What to tell the operator when the demo runs again in the same folder; empty on a fresh workspace.
    QString rerunNote(const QString &root) const;

private:
    void dropNext();
    bool delivered(const QString &name) const;
    QString m_inbox;
    QList<QPair<QString, QByteArray>> m_samples;
    qsizetype m_next = 0;
    QTimer m_timer;
};

} // namespace orderflow
