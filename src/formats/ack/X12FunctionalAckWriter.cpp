#include "formats/ack/X12FunctionalAckWriter.h"

#include <QTimeZone>

namespace orderflow {

int X12AckGroupResult::acceptedCount() const
{
    int n = 0;
    for (const X12AckSetResult &s : sets)
        n += s.accepted() ? 1 : 0;
    return n;
}

char X12AckGroupResult::status() const
{
    if (!supported)
        return 'R';
    const int accepted = acceptedCount();
    if (accepted == 0 && !sets.isEmpty())
        return 'R';
    if (accepted < sets.size())
        return 'P';
    return errorCodes.isEmpty() ? 'A' : 'E';
}

namespace {

class SegmentWriter {
public:
    explicit SegmentWriter(const X12AckInterchange &ic) : m_ic(ic) {}

    // Data must never contain a delimiter (X12 has no escape character): replace any by a space.
    QByteArray clean(QByteArrayView value) const
    {
        QByteArray v = value.toByteArray();
        for (char &c : v) {
            if (c == m_ic.elementSeparator || c == m_ic.componentSeparator || c == m_ic.segmentTerminator
                || (m_ic.repetitionSeparator && c == m_ic.repetitionSeparator) || c == '\r' || c == '\n')
                c = ' ';
        }
        return v;
    }

    void segment(std::initializer_list<QByteArray> elements)
    {
        QByteArray line;
        bool first = true;
        for (const QByteArray &e : elements) {
            if (!first)
                line += m_ic.elementSeparator;
            line += first ? e : clean(e);
            first = false;
        }
        // X12 drops trailing empty elements.
        while (line.endsWith(m_ic.elementSeparator))
            line.chop(1);
        m_out += line;
        m_out += m_ic.segmentTerminator;
        m_out += m_ic.segmentSuffix;
    }

    // A segment assembled by the caller (the fixed-length ISA, AK5/AK9 with their variable code lists).
    void raw(const QByteArray &segment)
    {
        m_out += segment;
        m_out += m_ic.segmentTerminator;
        m_out += m_ic.segmentSuffix;
    }

    QByteArray result() const { return m_out; }

private:
    const X12AckInterchange &m_ic;
    QByteArray m_out;
};

QByteArray padRight(QByteArrayView value, int width)
{
    QByteArray v = value.first(qMin(qsizetype(width), value.size())).toByteArray();
    return v + QByteArray(width - v.size(), ' ');
}

QByteArray padNumber(QByteArrayView digits, int width)
{
    const QByteArrayView d = digits.trimmed();
    QByteArray v = d.last(qMin(qsizetype(width), d.size())).toByteArray();
    return QByteArray(width - v.size(), '0') + v;
}

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

QByteArray digitsOf(QByteArrayView value)
{
    QByteArray d;
    for (char c : value) {
        if (c >= '0' && c <= '9')
            d += c;
    }
    return d;
}

bool isVersion(QByteArrayView v)
{
    return v.size() == 5 && digitsOf(v).size() == 5;
}

} // namespace

QByteArray write997(const X12AckInterchange &ic)
{
    SegmentWriter w(ic);
    const QDateTime at = (ic.createdAt.isValid() ? ic.createdAt : QDateTime::currentDateTimeUtc()).toUTC();
    const QByteArray yymmdd = at.date().toString(QStringLiteral("yyMMdd")).toLatin1();
    const QByteArray ccyymmdd = at.date().toString(QStringLiteral("yyyyMMdd")).toLatin1();
    const QByteArray hhmm = at.time().toString(QStringLiteral("HHmm")).toLatin1();
    // The envelope is ours: whatever the partner's ISA held, ours has a numeric control number, a real version,
    // a valid usage indicator, and no delimiter inside a field (the fuzzer found all three in the wild).
    const QByteArray receivedDigits = digitsOf(ic.controlNumber);
    const QByteArray control = padNumber(receivedDigits.isEmpty() ? QByteArray("1") : receivedDigits, 9);
    const QByteArray version = isVersion(ic.version) ? ic.version : QByteArray("00401");
    const char usage = (ic.usageIndicator == 'T' || ic.usageIndicator == 'P') ? ic.usageIndicator : 'P';
    const char e = ic.elementSeparator;

    // The ISA is fixed length: every element padded to its size.
    QByteArray isa = "ISA";
    for (const QByteArray &element :
         {QByteArray("00"), QByteArray(10, ' '), QByteArray("00"), QByteArray(10, ' '), w.clean(padRight(ic.senderQualifier, 2)),
          w.clean(padRight(ic.senderId, 15)), w.clean(padRight(ic.receiverQualifier, 2)), w.clean(padRight(ic.receiverId, 15)), yymmdd, hhmm,
          QByteArray(1, ic.repetitionSeparator ? ic.repetitionSeparator : 'U'), version, control,
          QByteArray("0"), QByteArray(1, usage), QByteArray(1, ic.componentSeparator)}) {
        isa += e;
        isa += element;
    }
    w.raw(isa);

    // GS06 of each FA group: our group numbers toward the partner (1-9 digits), consecutive from firstGroupControl.
    // Each group holds one 997 set; its ST02 is the group's number, so a set is also found by its number alone.
    const qint64 firstGroup = ic.firstGroupControl > 0 ? ic.firstGroupControl : 1;
    int groupIndex = 0;
    for (const X12AckGroupResult &group : ic.groups) {
        const qint64 groupControl = (firstGroup + groupIndex - 1) % 999999999 + 1;
        const QByteArray gs06 = number(groupControl);
        w.segment({"GS", "FA", group.applicationReceiver, group.applicationSender, ccyymmdd, hhmm, gs06, "X",
                   group.version.isEmpty() ? QByteArray("004010") : group.version});
        ++groupIndex;
        const QByteArray st02 = padNumber(gs06, 4);
        w.segment({"ST", "997", st02});
        w.segment({"AK1", group.functionalIdentifier, group.controlNumber});
        if (group.supported) {
            for (const X12AckSetResult &set : group.sets) {
                w.segment({"AK2", set.setIdentifier, set.controlNumber});
                for (const X12AckSegmentError &se : set.segmentErrors) {
                    w.segment({"AK3", se.tag, number(se.positionInSet), QByteArray(), number(se.code)});
                    for (const X12AckElementError &ee : se.elements)
                        w.segment({"AK4", number(ee.position), QByteArray(), number(ee.code), ee.badData});
                }
                QByteArray ak5 = QByteArray("AK5") + e + (set.accepted() ? "A" : "R");
                QList<int> codes = set.errorCodes;
                if (!set.segmentErrors.isEmpty() && !codes.contains(5))
                    codes.append(5);
                for (int i = 0; i < codes.size() && i < 5; ++i)
                    ak5 += e + number(codes[i]);
                w.raw(ak5);
            }
        }
        QByteArray ak9 = QByteArray("AK9") + e + group.status() + e
            + number(group.declaredSetCount >= 0 ? group.declaredSetCount : group.sets.size()) + e
            + number(group.sets.size()) + e + number(group.supported ? group.acceptedCount() : 0);
        QList<int> codes = group.errorCodes;
        if (!group.supported && !codes.contains(1))
            codes.prepend(1);
        for (int i = 0; i < codes.size() && i < 5; ++i)
            ak9 += e + number(codes[i]);
        w.raw(ak9);
        // ST, AK1, AK2/AK3/AK4/AK5 per set, AK9, SE.
        int count = 3 + 1;
        if (group.supported) {
            for (const X12AckSetResult &set : group.sets) {
                count += 2 + int(set.segmentErrors.size());
                for (const X12AckSegmentError &se : set.segmentErrors)
                    count += int(se.elements.size());
            }
        }
        w.segment({"SE", number(count), st02});
        w.segment({"GE", "1", gs06});
    }
    w.segment({"IEA", number(ic.groups.size()), control});
    return w.result();
}

} // namespace orderflow
