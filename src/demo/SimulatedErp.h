// A stand-in ERP for the demo and the tests: watches a dropzone and answers each export with an ack file, or
// with an error file for customers on "credit hold" (the first delivery of each such order only), so a new
// user sees both an acknowledgement and a failure that a retry fixes.
#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace orderflow {

class SimulatedErp : public QObject {
    Q_OBJECT
public:
    SimulatedErp(QString dropzoneDir, QString ackDir, QObject *parent = nullptr);

    void start(int intervalMs = 300);
    // One pass over the dropzone; returns how many exports were answered.
    int answerNew();
    void setCreditHoldCustomer(const QString &name) { m_creditHold = name; }

private:
    QString m_dropzone;
    QString m_ackDir;
    QString m_creditHold = QStringLiteral("Globex Retail");
    QSet<QString> m_answered;
    QSet<QString> m_rejectedOrders;
    int m_nextErpNumber = 10001;
    QTimer m_timer;
};

} // namespace orderflow
