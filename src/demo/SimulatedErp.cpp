#include "demo/SimulatedErp.h"

#include "transport/LocalFileStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace orderflow {

SimulatedErp::SimulatedErp(QString dropzoneDir, QString ackDir, QObject *parent)
    : QObject(parent), m_dropzone(std::move(dropzoneDir)), m_ackDir(std::move(ackDir))
{
    connect(&m_timer, &QTimer::timeout, this, &SimulatedErp::answerNew);
    // Remember what was answered in an earlier run, from the ack files themselves.
    for (const QString &sub : {QString(), QStringLiteral("processed"), QStringLiteral("error")}) {
        const QDir d(sub.isEmpty() ? m_ackDir : m_ackDir + QLatin1Char('/') + sub);
        for (const QString &name : d.entryList({QStringLiteral("ack_*.json*"), QStringLiteral("error_*.json*")}, QDir::Files)) {
            QString exportName = name.mid(name.startsWith(QLatin1String("ack_")) ? 4 : 6);
            exportName = exportName.left(exportName.indexOf(QLatin1String(".json")) + 5);
            m_answered.insert(exportName);
        }
    }
}

void SimulatedErp::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

int SimulatedErp::answerNew()
{
    LocalFileStore fs;
    (void)fs.ensureDir(m_ackDir);   // if it fails, writing the answer below fails and the export is answered next pass
    auto files = fs.list(m_dropzone, QStringLiteral("sales_order_*.json"));
    if (!files)
        return 0;
    int answered = 0;
    for (const FileEntry &f : *files) {
        if (m_answered.contains(f.name))
            continue;
        auto content = fs.read(m_dropzone + QLatin1Char('/') + f.name, 4 * 1024 * 1024);
        if (!content)
            continue;
        const QJsonObject doc = QJsonDocument::fromJson(*content).object();
        const QString orderId = doc.value(QStringLiteral("draft_order_id")).toString();
        const QString customer = doc.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString();
        QJsonObject answer;
        QString fileName;
        if (!m_creditHold.isEmpty() && customer == m_creditHold && !m_rejectedOrders.contains(orderId)) {
            m_rejectedOrders.insert(orderId);
            answer = {{QStringLiteral("status"), QStringLiteral("FAILED")}, {QStringLiteral("error_code"), QStringLiteral("CREDIT_HOLD")},
                      {QStringLiteral("message"), QStringLiteral("Customer %1 is on credit hold; release the hold in the ERP, then retry the order.").arg(customer)}};
            fileName = QStringLiteral("error_") + f.name;
        } else {
            answer = {{QStringLiteral("status"), QStringLiteral("ACKED")}, {QStringLiteral("erp_order_id"), QStringLiteral("SO-%1").arg(m_nextErpNumber++)}};
            fileName = QStringLiteral("ack_") + f.name;
        }
        answer.insert(QStringLiteral("processed_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (fs.writeAtomic(m_ackDir + QLatin1Char('/') + fileName, QJsonDocument(answer).toJson(QJsonDocument::Compact), false)) {
            m_answered.insert(f.name);
            ++answered;
        }
    }
    return answered;
}

} // namespace orderflow
