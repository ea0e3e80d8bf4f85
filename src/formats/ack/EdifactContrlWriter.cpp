#include "formats/ack/EdifactContrlWriter.h"

#include <QList>

namespace orderflow {
namespace {

using Element = QList<QByteArray>;   // components

class SegmentWriter {
public:
    explicit SegmentWriter(const ContrlInterchange &ic) : m_ic(ic) {}

    QByteArray escape(const QByteArray &value) const
    {
        QByteArray out;
        out.reserve(value.size());
        for (const char c : value) {
            if (c == '\r' || c == '\n')
                continue;
            if (c == m_ic.component || c == m_ic.element || c == m_ic.segment || c == m_ic.release)
                out += m_ic.release;
            out += c;
        }
        return out;
    }

    void segment(const QByteArray &tag, const QList<Element> &elements)
    {
        QByteArray line = tag;
        QByteArray pendingElements;   // empty elements are written only when a later one has data
        for (const Element &element : elements) {
            QByteArray text;
            QByteArray pendingComponents;
            bool first = true;
            for (const QByteArray &component : element) {
                if (!first)
                    pendingComponents += m_ic.component;
                first = false;
                if (!component.isEmpty()) {
                    text += pendingComponents + escape(component);
                    pendingComponents.clear();
                }
            }
            pendingElements += m_ic.element;
            if (!text.isEmpty()) {
                line += pendingElements + text;
                pendingElements.clear();
            }
        }
        m_out += line + m_ic.segment + m_ic.segmentSuffix;
        ++m_count;
    }

    void raw(const QByteArray &bytes) { m_out += bytes + m_ic.segmentSuffix; }
    int count() const { return m_count; }
    void resetCount() { m_count = 0; }
    QByteArray result() const { return m_out; }

private:
    const ContrlInterchange &m_ic;
    QByteArray m_out;
    int m_count = 0;
};

QByteArray number(int n)
{
    return QByteArray::number(n);
}

} // namespace

QByteArray writeContrl(const ContrlInterchange &ic)
{
    SegmentWriter w(ic);
    const QDateTime at = (ic.createdAt.isValid() ? ic.createdAt : QDateTime::currentDateTimeUtc()).toUTC();
    if (ic.serviceStringAdvice) {
        // The partner's own service characters, so its translator reads the CONTRL the way it writes.
        w.raw(QByteArray("UNA") + ic.component + ic.element + ic.decimalMark + ic.release + ' ' + ic.segment);
    }
    const QByteArray control = ic.controlReference.isEmpty() ? QByteArray("1") : ic.controlReference;
    w.segment("UNB", {{ic.syntaxIdentifier, ic.syntaxVersion},
                      {ic.senderId, ic.senderQualifier},
                      {ic.recipientId, ic.recipientQualifier},
                      {at.date().toString(QStringLiteral("yyMMdd")).toLatin1(), at.time().toString(QStringLiteral("HHmm")).toLatin1()},
                      {control}});
    w.resetCount();
    const QByteArray reference = ic.messageReference.isEmpty() ? QByteArray("1") : ic.messageReference;
    w.segment("UNH", {{reference}, {"CONTRL", "D", "3", "UN"}});
    QList<Element> uci{{ic.receivedControlReference},
                       {ic.receivedSenderId, ic.receivedSenderQualifier},
                       {ic.receivedRecipientId, ic.receivedRecipientQualifier},
                       {ic.interchangeAccepted ? QByteArray("7") : QByteArray("4")}};
    if (ic.interchangeErrorCode > 0)
        uci.append({number(ic.interchangeErrorCode)});
    w.segment("UCI", uci);
    const auto writeMessage = [&w](const ContrlMessageResult &m) {
        QList<Element> ucm{{m.reference}, {m.type, m.version, m.release, m.agency}, {m.accepted ? QByteArray("7") : QByteArray("4")}};
        if (!m.accepted && m.errorCode > 0)
            ucm.append({number(m.errorCode)});
        w.segment("UCM", ucm);
        for (const ContrlMessageResult::SegmentError &se : m.segmentErrors) {
            w.segment("UCS", {{number(se.position)}, {number(se.errorCode)}});
            if (se.element > 0)
                w.segment("UCD", {{number(se.errorCode)}, {number(se.element), se.component > 0 ? number(se.component) : QByteArray()}});
        }
    };
    for (const ContrlMessageResult &m : ic.messages)   // segment group 1: messages outside functional groups
        writeMessage(m);
    for (const ContrlGroupResult &g : ic.groups) {      // segment group 3: UCF, then the group's messages
        QList<Element> ucf{{g.reference}, {g.senderId, g.senderQualifier}, {g.recipientId, g.recipientQualifier}, {QByteArray("7")}};
        if (g.errorCode > 0)
            ucf.append({number(g.errorCode)});
        w.segment("UCF", ucf);
        for (const ContrlMessageResult &m : g.messages)
            writeMessage(m);
    }
    const int messageSegments = w.count() + 1;   // UNH … UNT
    w.segment("UNT", {{number(messageSegments)}, {reference}});
    w.segment("UNZ", {{"1"}, {control}});
    return w.result();
}

} // namespace orderflow
