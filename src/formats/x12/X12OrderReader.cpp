// Walks the X12 envelopes (ISA/GS/ST … SE/GE/IEA), checks control numbers and counts, hands each 850 set to
// the mapper, and keeps what a 997 needs for every functional group.
#include "formats/x12/X12OrderReader.h"

#include "domain/messages/EdiMessages.h"
#include "formats/EdiText.h"
#include "formats/ack/X12FunctionalAckWriter.h"
#include "formats/x12/X12Ebcdic.h"
#include "formats/x12/X12PurchaseOrderMapper.h"
#include "formats/x12/X12Tokenizer.h"

#include <algorithm>
#include <array>
#include <limits>

namespace orderflow {
namespace {

using edi::fileNamePart;
using edi::latin1;
using edi::sameNumber;
using edi::sortByPosition;





// isSegmentTag(tag, 2) of a segment from its tag code (x12Tag): two or three upper-case letters or digits. It runs
// for every segment of a set.
constexpr auto kTagChars = [] {
    std::array<bool, 256> chars{};
    for (int c = '0'; c <= '9'; ++c)
        chars[size_t(c)] = true;
    for (int c = 'A'; c <= 'Z'; ++c)
        chars[size_t(c)] = true;
    return chars;
}();
bool isTagCode(quint32 code)
{
    return code != 0 && (kTagChars[(code >> 16) & 0xFF] & kTagChars[(code >> 8) & 0xFF] & ((code >> 24) == 2 || kTagChars[code & 0xFF]));
}

QString setName(const QByteArray &id, const QByteArray &control)
{
    return msg::X12SetName(latin1(control), latin1(id));
}


class X12Reader {
public:
    X12Reader(const ParseOptions &options, ParseResult &result) : m_options(options), m_result(result) {}

    void run(QByteArrayView content)
    {
        X12Tokenizer tokenizer(content, m_options.interchangeFollows);
        X12Segment segment;
        X12LexError lexError;
        while (true) {
            const X12Tokenizer::Step step = tokenizer.next(segment, lexError);
            if (step == X12Tokenizer::Step::End)
                break;
            if (step == X12Tokenizer::Step::Error) {
                if (m_interchange.open)
                    closeInterchange(nullptr, lexError.offset);
                ParseError e = error(nullptr, 0, QString());
                e.offset = lexError.offset;
                e.places = lexError.places;
                e.setMessage(lexError.message);
                e.segmentIndex = lexError.segmentIndex;
                e.interchange.clear();
                m_result.errors.append(e);
                continue;
            }
            m_result.segmentCount = segment.index();
            if (segment.tagCode() == x12Tag("ISA")) {
                if (m_interchange.open)
                    closeInterchange(&segment, segment.offset());
                openInterchange(segment, tokenizer);
                continue;
            }
            onSegment(segment);
        }
        if (m_interchange.open)
            closeInterchange(nullptr, content.size());
        if (m_interchangeCount == 0 && m_result.errors.isEmpty()) {
            ParseError e = error(nullptr, 0, content.trimmed().isEmpty()
                                                 ? msg::FileEmpty()
                                                 : msg::X12NoInterchange());
            e.offset = 0;
            m_result.errors.append(e);
        }
    }

private:
    struct SetState {
        bool open = false;
        QByteArray id;
        QByteArray control;
        int segmentCount = 0;
        bool purchaseOrder = false;
        X12AckSetResult ack;
    };
    struct GroupState {
        bool open = false;
        bool acknowledgement = false;   // an FA group (997s): never acknowledged
        int setCount = 0;
        int gsIndex = 0;              // of the group's GS
        qint64 controlOffset = -1;    // of its GS06
        X12AckGroupResult ack;
    };
    struct InterchangeState {
        bool open = false;
        QByteArray control;
        QByteArray senderQualifier, senderId, receiverQualifier, receiverId, version;
        QString sender;   // senderId as text, made once for every set of the interchange
        char usage = 'P';
        int isaIndex = 0;
        qint64 controlOffset = -1;   // of ISA13
        X12Delimiters delimiters;
        QByteArray suffix;
        int groupCount = 0;
        QList<X12AckGroupResult> groupsToAcknowledge;
    };

    // The interchange an error belongs to: none after its IEA (like EDIFACT after a UNZ).
    QString interchangeName() const { return m_interchange.open ? latin1(m_interchange.control) : QString(); }

    ParseError error(const X12Segment *segment, int element, const QString &message) const
    {
        ParseError e;
        e.file = m_options.fileName;
        e.interchange = interchangeName();
        e.message = message;
        if (segment) {
            e.segmentIndex = segment->index();
            e.segmentTag = QString::fromLatin1(segment->tag().toByteArray().left(8));
            e.offset = segment->elementOffset(element);
            if (element > 0)
                e.element = e.segmentTag + QStringLiteral("%1").arg(element, 2, 10, QLatin1Char('0'));
        }
        return e;
    }
    void report(const X12Segment *segment, int element, const QString &message)
    {
        m_result.errors.append(error(segment, element, message));
    }

    void openInterchange(const X12Segment &isa, const X12Tokenizer &tokenizer)
    {
        ++m_interchangeCount;
        m_interchange = InterchangeState();
        m_interchange.open = true;
        m_interchange.control = isa.element(13).trimmed().toByteArray();
        m_interchange.isaIndex = isa.index();
        m_interchange.controlOffset = isa.elementOffset(13);
        m_interchange.senderQualifier = isa.element(5).toByteArray();
        m_interchange.senderId = isa.element(6).trimmed().toByteArray();
        m_interchange.receiverQualifier = isa.element(7).toByteArray();
        m_interchange.receiverId = isa.element(8).trimmed().toByteArray();
        m_interchange.version = isa.element(12).toByteArray();
        m_interchange.usage = isa.element(15).isEmpty() ? 'P' : isa.element(15)[0];
        m_interchange.delimiters = tokenizer.delimiters();
        m_interchange.suffix = tokenizer.segmentSuffix().toByteArray();
        m_interchange.sender = latin1(m_interchange.senderId);
        m_result.interchangeIds.append(m_interchange.sender + QLatin1Char('/') + latin1(m_interchange.control));
        if (isa.elementCount() != 16)
            report(&isa, 0, msg::X12IsaElementCount(isa.elementCount()));
    }

    void onSegment(const X12Segment &segment)
    {
        const QByteArrayView tag = segment.tag();
        if (!m_interchange.open) {   // only after a malformed ISA was skipped: the tokenizer resyncs on ISA
            report(&segment, 0, msg::X12OutsideInterchange());
            return;
        }
        switch (segment.tagCode()) {
        case x12Tag("GS"):
            return openGroup(segment);
        case x12Tag("ST"):
            return openSet(segment);
        case x12Tag("SE"):
            return closeSet(&segment);
        case x12Tag("GE"):
            return closeGroup(&segment);
        case x12Tag("IEA"):
            return closeInterchange(&segment, segment.offset());
        default:
            break;
        }
        if (m_set.open) {
            ++m_set.segmentCount;
            if (!isTagCode(segment.tagCode())) {
                X12AckSegmentError se;
                se.tag = tag.toByteArray().left(3);
                se.positionInSet = m_set.segmentCount;
                se.code = 1;   // unrecognized segment ID
                m_set.ack.segmentErrors.append(se);
                report(&segment, 0, msg::X12NotSegmentTag(QString::fromLatin1(tag.toByteArray().left(20)), QString::fromLatin1(&m_interchange.delimiters.segment, 1)));
                return;
            }
            if (m_set.purchaseOrder)
                m_mapper.add(segment, m_set.segmentCount);
            return;
        }
        if (tag == "TA1") {
            report(&segment, 0, msg::X12Ta1());
            return;
        }
        report(&segment, 0, m_group.open ? msg::X12OutsideSet() : msg::X12OutsideGroup());
    }

    void openGroup(const X12Segment &gs)
    {
        if (m_group.open) {
            closeSet(nullptr);
            report(&gs, 0, msg::X12GroupNoGeBeforeGs(latin1(m_group.ack.controlNumber)));
            m_group.ack.errorCodes.append(3);
            finishGroup();
        }
        ++m_interchange.groupCount;
        m_group = GroupState();
        m_group.open = true;
        m_group.ack.functionalIdentifier = gs.element(1).trimmed().toByteArray();
        m_group.ack.applicationSender = gs.element(2).trimmed().toByteArray();
        m_group.ack.applicationReceiver = gs.element(3).trimmed().toByteArray();
        m_group.ack.controlNumber = gs.element(6).trimmed().toByteArray();
        m_group.gsIndex = gs.index();
        m_group.controlOffset = gs.elementOffset(6);
        m_group.ack.version = gs.element(8).trimmed().toByteArray();
        m_group.acknowledgement = m_group.ack.functionalIdentifier == "FA";
        m_group.ack.supported = m_group.ack.functionalIdentifier == "PO";
        if (m_group.ack.controlNumber.isEmpty())
            report(&gs, 6, msg::X12GroupControlMissing());
    }

    void openSet(const X12Segment &st)
    {
        if (m_set.open)
            closeSet(nullptr);   // reports the missing SE
        if (!m_group.open)
            report(&st, 0, msg::X12StOutsideGroup());
        m_set = SetState();
        m_set.open = true;
        m_set.id = st.element(1).trimmed().toByteArray();
        m_set.control = st.element(2).trimmed().toByteArray();
        m_set.segmentCount = 1;
        m_set.ack.setIdentifier = m_set.id;
        m_set.ack.controlNumber = m_set.control;
        m_set.purchaseOrder = m_set.id == "850";
        ++m_group.setCount;
        m_setStart = st.index();
        m_setOffset = st.offset();
        if (m_set.purchaseOrder) {
            m_mapper.begin(m_interchange.sender);
            return;
        }
        // Other transaction sets are not purchase orders: say so once, and tell the partner (AK5 code 1).
        const bool ack = m_set.id == "997" || m_set.id == "999";
        report(&st, 1, ack ? msg::X12SetIsAcknowledgement(setName(m_set.id, m_set.control))
                           : msg::X12SetNotPurchaseOrder(setName(m_set.id, m_set.control)));
        m_set.ack.errorCodes.append(1);
    }

    // se == nullptr: the set ends without its trailer (next ST, GE, IEA, ISA or end of file).
    void closeSet(const X12Segment *se)
    {
        if (!m_set.open) {
            if (se)
                report(se, 0, msg::X12SeWithoutSt());
            return;
        }
        m_set.open = false;
        // Named only when something is said about the set: most sets are fine, and the name costs allocations.
        const auto name = [this] { return setName(m_set.id, m_set.control); };
        const bool noSe = !se;
        if (noSe) {
            m_set.ack.errorCodes.append(2);
        } else {
            ++m_set.segmentCount;
            if (!sameNumber(se->element(2), m_set.control)) {
                m_set.ack.errorCodes.append(3);
                report(se, 2, msg::X12Se02Mismatch(latin1(se->element(2)), latin1(m_set.control), name()));
            }
            if (!sameNumber(se->element(1), qint64(m_set.segmentCount))) {
                m_set.ack.errorCodes.append(4);
                report(se, 1, msg::X12Se01Count(latin1(se->element(1)), name(), m_set.segmentCount));
            }
        }
        if (m_set.purchaseOrder) {
            Order order = m_mapper.finish(m_set.segmentCount);
            for (const X12SetIssue &issue : m_mapper.issues()) {
                ParseError e;
                e.file = m_options.fileName;
                e.interchange = interchangeName();
                e.segmentIndex = issue.segmentIndex > 0 ? issue.segmentIndex : (se ? se->index() : m_setStart);
                e.segmentTag = QString::fromLatin1(issue.segmentTag);
                e.element = issue.elementName();
                e.offset = issue.offset >= 0 ? issue.offset : (se ? se->offset() : m_setOffset);
                e.message = msg::X12SetProblem(latin1(m_set.control), latin1(m_set.id), issue.message);
                m_result.errors.append(e);
                addSegmentError(issue);
            }
            if (m_set.ack.accepted())
                m_result.orders.append(std::move(order));
        }
        if (noSe) {   // named at the set's ST
            ParseError e = error(nullptr, 0, m_set.purchaseOrder ? msg::X12OrderSetNoSe(name()) : msg::X12SetNoSe(name()));
            e.segmentIndex = m_setStart;
            e.segmentTag = QStringLiteral("ST");
            e.offset = m_setOffset;
            m_result.errors.append(e);
        }
        if (m_options.generateAcknowledgements)   // what the 997 says of each set: kept only when one is written
            m_group.ack.sets.append(m_set.ack);
    }

    void addSegmentError(const X12SetIssue &issue)
    {
        // One AK3 per segment, with an AK4 per element in error.
        for (X12AckSegmentError &existing : m_set.ack.segmentErrors) {
            if (existing.positionInSet == issue.positionInSet && existing.tag == issue.segmentTag) {
                if (issue.elementPosition > 0)
                    existing.elements.append({issue.elementPosition, issue.elementCode, issue.badData});
                return;
            }
        }
        X12AckSegmentError se;
        se.tag = issue.segmentTag;
        se.positionInSet = issue.positionInSet;
        se.code = issue.segmentCode;
        if (issue.elementPosition > 0)
            se.elements.append({issue.elementPosition, issue.elementCode, issue.badData});
        m_set.ack.segmentErrors.append(se);
    }

    void closeGroup(const X12Segment *ge)
    {
        if (m_set.open)
            closeSet(nullptr);
        if (!m_group.open) {
            if (ge)
                report(ge, 0, msg::X12GeWithoutGs());
            return;
        }
        if (!ge) {
            m_group.ack.errorCodes.append(3);
            // Named where the group starts: its GS and the control number the message quotes.
            ParseError e = error(nullptr, 0, msg::X12GroupNoGe(latin1(m_group.ack.controlNumber)));
            e.segmentIndex = m_group.gsIndex;
            e.segmentTag = QStringLiteral("GS");
            e.element = QStringLiteral("GS06");
            e.offset = m_group.controlOffset;
            m_result.errors.append(e);
        } else {
            bool ok = false;
            const int declared = ge->element(1).trimmed().toInt(&ok);
            m_group.ack.declaredSetCount = ok ? declared : -1;
            if (!ok || declared != m_group.setCount) {
                m_group.ack.errorCodes.append(5);
                report(ge, 1, msg::X12Ge01Count(latin1(ge->element(1)), latin1(m_group.ack.controlNumber), m_group.setCount));
            }
            if (!sameNumber(ge->element(2), m_group.ack.controlNumber)) {
                m_group.ack.errorCodes.append(4);
                report(ge, 2, msg::X12Ge02Mismatch(latin1(ge->element(2)), latin1(m_group.ack.controlNumber)));
            }
        }
        finishGroup();
    }

    void finishGroup()
    {
        m_group.open = false;
        if (!m_group.acknowledgement)
            m_interchange.groupsToAcknowledge.append(m_group.ack);
    }

    void closeInterchange(const X12Segment *iea, qint64 offset)
    {
        if (m_group.open)
            closeGroup(nullptr);
        else if (m_set.open)
            closeSet(nullptr);   // a set outside any group (reported at its ST) ends with its interchange too
        if (!iea) {
            // Named where the interchange starts (its ISA13), never past the end of the file.
            ParseError e = error(nullptr, 0, QString());
            e.segmentIndex = m_interchange.isaIndex;
            e.segmentTag = QStringLiteral("ISA");
            e.element = QStringLiteral("ISA13");
            e.offset = m_interchange.controlOffset;
            e.places = {offset};
            e.setMessage(msg::X12InterchangeNoIea(latin1(m_interchange.control), ParseError::placeMark(0)));
            m_result.errors.append(e);
        } else {
            if (!sameNumber(iea->element(1), QByteArray::number(m_interchange.groupCount)))
                report(iea, 1, msg::X12Iea01Count(latin1(iea->element(1)), m_interchange.groupCount));
            if (!sameNumber(iea->element(2), m_interchange.control))
                report(iea, 2, msg::X12Iea02Mismatch(latin1(iea->element(2)), latin1(m_interchange.control)));
        }
        m_interchange.open = false;
        if (m_options.generateAcknowledgements && !m_interchange.groupsToAcknowledge.isEmpty())
            m_result.acknowledgements.append(acknowledgement());
    }

    OutboundDocument acknowledgement() const
    {
        const InterchangeState &ic = m_interchange;
        X12AckInterchange ack;
        ack.senderQualifier = ic.receiverQualifier;
        ack.senderId = ic.receiverId;
        ack.receiverQualifier = ic.senderQualifier;
        ack.receiverId = ic.senderId;
        ack.version = ic.version;
        // Our control numbers come from the partner's counters when the outbox queues the 997 (write below); the
        // partner's ISA13 would collide with any other numbering of ours toward it.
        ack.usageIndicator = ic.usage;
        ack.elementSeparator = ic.delimiters.element;
        ack.componentSeparator = ic.delimiters.component;
        ack.repetitionSeparator = ic.delimiters.repetition;
        ack.segmentTerminator = ic.delimiters.segment;
        ack.segmentSuffix = ic.suffix;
        ack.createdAt = QDateTime::currentDateTimeUtc();
        ack.groups = ic.groupsToAcknowledge;
        OutboundDocument doc;
        doc.kind = QStringLiteral("997");
        doc.fileName = QStringLiteral("997_%1_%2.x12").arg(fileNamePart(ic.senderId), fileNamePart(ic.control));
        doc.partner = QStringLiteral("x12:%1:%2").arg(latin1(ic.senderQualifier.trimmed()), latin1(ic.senderId));
        doc.groupCount = int(ack.groups.size());
        doc.write = [ack](const AckControlNumbers &numbers) {
            X12AckInterchange numbered = ack;
            numbered.controlNumber = QByteArray::number(numbers.interchange);
            numbered.firstGroupControl = numbers.firstGroup;
            return write997(numbered);
        };
        doc.content = doc.write(AckControlNumbers());
        return doc;
    }

    const ParseOptions &m_options;
    ParseResult &m_result;
    InterchangeState m_interchange;
    GroupState m_group;
    SetState m_set;
    X12PurchaseOrderMapper m_mapper;
    int m_setStart = 0;
    qint64 m_setOffset = 0;
    int m_interchangeCount = 0;
};

} // namespace

ParseResult readX12Orders(QByteArrayView content, const ParseOptions &options)
{
    ParseResult result;
    X12Reader reader(options, result);
    if (looksLikeEbcdicX12(content)) {
        // Mainframe partners: transcode byte for byte, so offsets in errors still point into the original.
        const QByteArray ascii = ebcdicToLatin1(content);
        reader.run(ascii);
    } else {
        reader.run(content);
    }
    sortByPosition(result.errors);
    return result;
}

} // namespace orderflow
