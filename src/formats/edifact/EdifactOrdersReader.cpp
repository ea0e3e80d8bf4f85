// Walks the EDIFACT envelopes (UNA/UNB/UNG/UNH … UNT/UNE/UNZ), checks references and counts, hands each
// ORDERS message to the mapper, and keeps what a CONTRL needs when the interchange asks for one.
#include "formats/edifact/EdifactOrdersReader.h"

#include "domain/messages/EdiMessages.h"
#include "formats/EdiText.h"
#include "formats/ack/EdifactContrlWriter.h"
#include "formats/edifact/EdifactOrdersMapper.h"
#include "formats/edifact/EdifactTokenizer.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace orderflow {
namespace {

using edi::fileNamePart;
using edi::isSegmentTag;
using edi::latin1;
using edi::sameNumber;
using edi::sortByPosition;






class EdifactReader {
public:
    EdifactReader(const ParseOptions &options, ParseResult &result) : m_options(options), m_result(result) {}

    void run(QByteArrayView content)
    {
        EdifactTokenizer tokenizer(content, m_options.skipLeadingJunk);
        EdifactSegment segment;
        EdifactLexError lexError;
        m_tokenizer = &tokenizer;
        qint64 lastEnd = 0;
        while (true) {
            const EdifactTokenizer::Step step = tokenizer.next(segment, lexError);
            if (step == EdifactTokenizer::Step::End)
                break;
            if (step == EdifactTokenizer::Step::Error) {
                // A UNA the tokenizer refuses (its only error after the first header) still starts a new
                // interchange, like one it takes: what was open ends there without its trailers.
                if (m_interchange.open && content.sliced(lexError.offset).startsWith("UNA"))
                    closeInterchange(nullptr, lexError.offset);
                ParseError e = error(nullptr, 0, 0, QString());
                e.offset = lexError.offset;
                e.places = lexError.places;
                e.setMessage(lexError.message);
                e.interchange.clear();   // junk before a header, or a UNA that starts the next interchange: none of the last
                e.segmentIndex = lexError.segmentIndex;
                m_result.errors.append(e);
                continue;
            }
            lastEnd = segment.offset() + segment.raw().size();
            m_result.segmentCount = segment.index();
            onSegment(segment);
        }
        if (m_interchange.open)
            closeInterchange(nullptr, lastEnd);
        else if (m_message.open)
            closeMessage(nullptr);
        if (m_interchangeCount == 0 && m_result.errors.isEmpty()) {
            ParseError e = error(nullptr, 0, 0, content.trimmed().isEmpty() ? msg::FileEmpty() : msg::EdifactNoInterchange());
            e.offset = 0;
            m_result.errors.append(e);
        }
    }

private:
    struct MessageState {
        bool open = false;
        bool orders = false;
        int segmentCount = 0;
        int startIndex = 0;
        qint64 startOffset = 0;
        ContrlMessageResult ack;
    };
    struct InterchangeState {
        bool open = false;
        QByteArray control;
        QByteArray senderId, senderQualifier, recipientId, recipientQualifier;
        QString senderText;   // senderId as the mapper takes it, made once per interchange
        QByteArray syntaxId, syntaxVersion;
        int unbIndex = 0;
        qint64 controlOffset = -1;   // of UNB 0020
        bool ackRequested = false;
        bool containsAcknowledgement = false;
        bool groupOpen = false;
        QByteArray groupReference;
        int groupIndex = 0;                 // of the open group's UNG
        qint64 groupReferenceOffset = -1;   // of its reference (0048)
        int groupMessages = 0;
        int groups = 0;
        int messages = 0;
        int errorCode = 0;
        bool serviceStringAdvice = false;
        EdifactDelimiters delimiters;
        QByteArray suffix;
        QList<ContrlMessageResult> acks;        // messages outside functional groups
        QList<ContrlGroupResult> groupAcks;     // one per UNG, with its messages
    };

    // The interchange an error belongs to: none after its UNZ (a part read on its own must name the same).
    QString interchangeName() const { return m_interchange.open ? latin1(m_interchange.control) : QString(); }

    ParseError error(const EdifactSegment *segment, int element, int component, const QString &message) const
    {
        ParseError e;
        e.file = m_options.fileName;
        e.interchange = interchangeName();
        e.message = message;
        if (segment) {
            e.segmentIndex = segment->index();
            e.segmentTag = QString::fromLatin1(segment->tag().toByteArray().left(8));
            e.offset = component > 0 ? segment->componentOffset(element, component) : segment->elementOffset(element);
            if (element > 0) {
                e.element = e.segmentTag + QStringLiteral("%1").arg(element, 2, 10, QLatin1Char('0'));
                if (component > 0)
                    e.element += QStringLiteral(".%1").arg(component);
            }
        }
        return e;
    }
    void report(const EdifactSegment *segment, int element, int component, const QString &message)
    {
        m_result.errors.append(error(segment, element, component, message));
    }

    // to = segment.value(element, component) (trimmed when asked), written into to's own buffer when it has one that
    // is big enough and not shared.
    static void setValue(QByteArray &to, const EdifactSegment &segment, int element, int component, bool trim)
    {
        const QByteArrayView raw = segment.rawComponent(element, component);
        if (segment.hasRelease() && raw.contains(segment.releaseCharacter())) {
            to = trim ? segment.value(element, component).trimmed() : segment.value(element, component);
            return;
        }
        const QByteArrayView bytes = trim ? edi::trimmed(raw) : raw;
        if (to.isDetached() && to.capacity() >= bytes.size()) {
            to.resize(bytes.size());
            if (!bytes.isEmpty())
                std::memcpy(to.data(), bytes.data(), size_t(bytes.size()));
        } else {
            to = bytes.toByteArray();
        }
    }

    // A count the partner wrote (UNT 0074) against ours, as sameNumber() compares them: the usual plain digits read
    // in place.
    static bool sameCount(QByteArrayView written, qint64 count)
    {
        if (written.isEmpty() || written.size() > 18)
            return edi::sameNumber(written, count);
        qint64 value = 0;
        for (const char c : written) {
            if (c < '0' || c > '9')
                return edi::sameNumber(written, count);
            value = value * 10 + (c - '0');
        }
        return value == count;
    }

    QString messageName() const
    {
        return msg::EdifactMessageName(latin1(m_message.ack.reference), latin1(m_message.ack.type));
    }

    void onSegment(const EdifactSegment &segment)
    {
        const quint32 tag = segment.tagCode();
        if (tag == edifactTag("UNA")) {
            if (m_interchange.open)
                closeInterchange(nullptr, segment.offset());
            return;
        }
        if (tag == edifactTag("UNB"))
            return openInterchange(segment);
        if (tag == edifactTag("UNZ"))
            return closeInterchange(&segment, segment.offset());
        if (tag == edifactTag("UNG"))
            return openGroup(segment);
        if (tag == edifactTag("UNE"))
            return closeGroup(&segment);
        if (tag == edifactTag("UNH"))
            return openMessage(segment);
        if (tag == edifactTag("UNT"))
            return closeMessage(&segment);
        if (!m_message.open) {
            report(&segment, 0, 0, isSegmentTag(segment.tag(), 3) ? msg::EdifactOutsideMessage() : msg::EdifactDataOutsideMessage());
            return;
        }
        ++m_message.segmentCount;
        if (!isSegmentTag(segment.tag(), 3)) {
            ContrlMessageResult::SegmentError se;
            se.position = m_message.segmentCount;
            se.errorCode = 12;
            m_message.ack.segmentErrors.append(se);
            m_message.ack.accepted = false;
            if (m_message.ack.errorCode == 0)
                m_message.ack.errorCode = 12;
            report(&segment, 0, 0, msg::EdifactNotSegmentTag(QString::fromLatin1(segment.tag().toByteArray().left(20)), messageName(),
                                                             QString(QLatin1Char(m_interchange.delimiters.segment))));
            return;
        }
        if (m_message.orders)
            m_mapper.add(segment, m_message.segmentCount);
    }

    void openInterchange(const EdifactSegment &unb)
    {
        if (m_interchange.open)
            closeInterchange(nullptr, unb.offset());
        ++m_interchangeCount;
        m_interchange = InterchangeState();
        m_interchange.open = true;
        m_interchange.syntaxId = unb.value(1, 1);
        m_interchange.syntaxVersion = unb.value(1, 2);
        m_interchange.senderId = unb.value(2, 1).trimmed();
        m_interchange.senderQualifier = unb.value(2, 2);
        m_interchange.recipientId = unb.value(3, 1).trimmed();
        m_interchange.recipientQualifier = unb.value(3, 2);
        m_interchange.senderText = latin1(m_interchange.senderId);
        m_interchange.control = unb.value(5, 1).trimmed();
        m_interchange.unbIndex = unb.index();
        m_interchange.controlOffset = unb.elementOffset(5);
        m_interchange.ackRequested = unb.rawComponent(9, 1) == "1";
        m_interchange.serviceStringAdvice = m_tokenizer->serviceStringAdvice();
        m_interchange.delimiters = m_tokenizer->delimiters();
        m_interchange.suffix = m_tokenizer->segmentSuffix().toByteArray();
        m_result.interchangeIds.append(latin1(m_interchange.senderId) + QLatin1Char('/') + latin1(m_interchange.control));
        if (m_interchange.control.isEmpty())
            report(&unb, 5, 0, msg::EdifactNoControlReference());
        if (m_interchange.senderId.isEmpty())
            report(&unb, 2, 1, msg::EdifactNoSender());
    }

    void openGroup(const EdifactSegment &ung)
    {
        if (m_interchange.groupOpen)
            closeGroup(nullptr);
        m_interchange.groupOpen = true;
        m_interchange.groupReference = ung.value(5, 1).trimmed();
        m_interchange.groupIndex = ung.index();
        m_interchange.groupReferenceOffset = ung.elementOffset(5);
        m_interchange.groupMessages = 0;
        ++m_interchange.groups;
        ContrlGroupResult group;
        group.reference = m_interchange.groupReference;
        group.senderId = ung.value(2, 1).trimmed();
        group.senderQualifier = ung.value(2, 2);
        group.recipientId = ung.value(3, 1).trimmed();
        group.recipientQualifier = ung.value(3, 2);
        m_interchange.groupAcks.append(group);
    }

    void closeGroup(const EdifactSegment *une)
    {
        if (m_message.open)
            closeMessage(nullptr);
        if (!m_interchange.groupOpen) {
            if (une)
                report(une, 0, 0, msg::EdifactUneWithoutUng());
            return;
        }
        m_interchange.groupOpen = false;
        // Group errors are noted on the UCF with action 7, like interchange errors on the UCI: the messages carry
        // their own verdict.
        int &groupError = m_interchange.groupAcks.last().errorCode;
        if (!une) {
            groupError = 13;
            // Named where the group starts: its UNG and the reference the message quotes.
            ParseError e = error(nullptr, 0, 0, msg::EdifactGroupNoUne(latin1(m_interchange.groupReference)));
            e.segmentIndex = m_interchange.groupIndex;
            e.segmentTag = QStringLiteral("UNG");
            e.element = QStringLiteral("UNG05");
            e.offset = m_interchange.groupReferenceOffset;
            m_result.errors.append(e);
            return;
        }
        if (une->value(2, 1).trimmed() != m_interchange.groupReference)
            groupError = 28;
        else if (!sameNumber(une->rawComponent(1, 1), QByteArray::number(m_interchange.groupMessages)))
            groupError = 29;
        if (!sameNumber(une->rawComponent(1, 1), QByteArray::number(m_interchange.groupMessages)))
            report(une, 1, 0, msg::EdifactUneCount(latin1(une->rawComponent(1, 1)), latin1(m_interchange.groupReference), m_interchange.groupMessages));
        if (une->value(2, 1).trimmed() != m_interchange.groupReference)
            report(une, 2, 0, msg::EdifactUneReference(latin1(une->value(2, 1)), latin1(m_interchange.groupReference)));
    }

    void openMessage(const EdifactSegment &unh)
    {
        if (m_message.open)
            closeMessage(nullptr);   // reports the missing UNT
        if (!m_interchange.open)
            report(&unh, 0, 0, msg::EdifactUnhOutside());
        // Field by field instead of a fresh MessageState: the texts are written into the buffers the last message
        // left (unless an acknowledgement shares them), not allocated and freed for every message.
        m_message.open = true;
        m_message.segmentCount = 1;
        m_message.startIndex = unh.index();
        m_message.startOffset = unh.offset();
        ContrlMessageResult &ack = m_message.ack;
        ack.accepted = true;
        ack.errorCode = 0;
        if (!ack.segmentErrors.isEmpty())
            ack.segmentErrors = {};
        setValue(ack.reference, unh, 1, 1, true);
        setValue(ack.type, unh, 2, 1, true);
        setValue(ack.version, unh, 2, 2, false);
        setValue(ack.release, unh, 2, 3, false);
        setValue(ack.agency, unh, 2, 4, false);
        m_message.orders = ack.type == "ORDERS";
        ++m_interchange.messages;
        ++m_interchange.groupMessages;
        if (m_message.orders) {
            m_mapper.begin(m_result.orders.emplace_back(), m_interchange.senderText);
            return;
        }
        const bool acknowledgement = m_message.ack.type == "CONTRL";
        m_interchange.containsAcknowledgement |= acknowledgement;
        report(&unh, 2, 1, acknowledgement
                               ? msg::EdifactIsServiceReport(messageName())
                               : msg::EdifactNotOrders(messageName()));
        // Rejected, not acknowledged with a note: action 7 would tell the partner the message arrived and will be
        // handled, yet nothing here processes it — the partner's invoice would be lost without a word. 0085 code 17
        // "No agreement" says exactly this: no agreement covers receiving a message of this type (UNH S009 0065).
        m_message.ack.accepted = false;
        m_message.ack.errorCode = acknowledgement ? 0 : 17;
    }

    void rejectMessage(int code)
    {
        m_message.ack.accepted = false;
        if (m_message.ack.errorCode == 0)
            m_message.ack.errorCode = code;
    }

    // unt == nullptr: the message ends without its trailer.
    void closeMessage(const EdifactSegment *unt)
    {
        if (!m_message.open) {
            if (unt)
                report(unt, 0, 0, msg::EdifactUntWithoutUnh());
            return;
        }
        m_message.open = false;
        // Named only when something is said about the message: the name costs allocations.
        const auto name = [this] { return messageName(); };
        bool envelopeOk = true;
        if (!unt) {
            rejectMessage(13);
            envelopeOk = false;
            ParseError e = error(nullptr, 0, 0, msg::EdifactNoUnt(name()));
            e.segmentIndex = m_message.startIndex;
            e.segmentTag = QStringLiteral("UNH");
            e.offset = m_message.startOffset;
            m_result.errors.append(e);
        } else {
            ++m_message.segmentCount;
            const QByteArrayView reference = unt->rawComponent(2, 1);   // in place unless it holds a release character
            if (reference.contains(unt->releaseCharacter()) ? unt->value(2, 1).trimmed() != m_message.ack.reference
                                                            : reference.trimmed() != m_message.ack.reference) {
                rejectMessage(28);
                envelopeOk = false;
                report(unt, 2, 0, msg::EdifactUntReference(latin1(unt->value(2, 1)), latin1(m_message.ack.reference), name()));
            }
            if (!sameCount(unt->rawComponent(1, 1), qint64(m_message.segmentCount))) {
                rejectMessage(29);
                envelopeOk = false;
                report(unt, 1, 0, msg::EdifactUntCount(latin1(unt->rawComponent(1, 1)), name(), m_message.segmentCount));
            }
        }
        if (m_message.orders) {
            // The order was mapped in place, as the last of the result's: it stays there only when accepted.
            m_mapper.finish(m_message.segmentCount);
            for (const EdifactMessageIssue &issue : m_mapper.issues()) {
                ParseError e;
                e.file = m_options.fileName;
                e.interchange = interchangeName();
                e.segmentIndex = issue.segmentIndex > 0 ? issue.segmentIndex : m_message.startIndex;
                e.segmentTag = QString::fromLatin1(issue.segmentTag);
                e.element = issue.elementName();
                e.offset = issue.offset >= 0 ? issue.offset : m_message.startOffset;
                e.message = msg::EdifactMessageProblem(latin1(m_message.ack.reference), latin1(m_message.ack.type), issue.message);
                m_result.errors.append(e);
                rejectMessage(issue.syntaxCode);
                m_message.ack.segmentErrors.append({issue.positionInMessage, issue.syntaxCode, issue.elementPosition, issue.componentPosition});
            }
            if (!m_message.ack.accepted)
                m_result.orders.removeLast();
            if (!m_message.ack.accepted && envelopeOk && m_mapper.issues().isEmpty()) {   // named at its UNH
                ParseError e = error(nullptr, 0, 0, msg::EdifactMessageRejected(name()));
                e.segmentIndex = m_message.startIndex;
                e.segmentTag = QStringLiteral("UNH");
                e.offset = m_message.startOffset;
                m_result.errors.append(e);
            }
        }
        if (!m_options.generateAcknowledgements || !m_interchange.ackRequested)
            return;   // what the CONTRL says of each message: kept only when one is written
        if (m_interchange.groupOpen && !m_interchange.groupAcks.isEmpty())
            m_interchange.groupAcks.last().messages.append(m_message.ack);
        else
            m_interchange.acks.append(m_message.ack);
    }

    void closeInterchange(const EdifactSegment *unz, qint64 offset)
    {
        if (m_interchange.groupOpen)
            closeGroup(nullptr);
        if (m_message.open)
            closeMessage(nullptr);
        if (!unz) {
            m_interchange.errorCode = 13;
            // Named where the interchange starts (its UNB 0020), never past the end of the file.
            ParseError e = error(nullptr, 0, 0, QString());
            e.segmentIndex = m_interchange.unbIndex;
            e.segmentTag = QStringLiteral("UNB");
            e.element = QStringLiteral("UNB05");
            e.offset = m_interchange.controlOffset;
            e.places = {offset};
            e.setMessage(msg::EdifactNoUnz(latin1(m_interchange.control), ParseError::placeMark(0)));
            m_result.errors.append(e);
        } else if (!m_interchange.open) {
            report(unz, 0, 0, msg::EdifactUnzWithoutUnb());
            return;
        } else {
            // UNZ counts functional groups when the interchange has them, messages otherwise.
            const int expected = m_interchange.groups > 0 ? m_interchange.groups : m_interchange.messages;
            if (!sameNumber(unz->rawComponent(1, 1), QByteArray::number(expected))) {
                m_interchange.errorCode = 29;
                report(unz, 1, 0, (m_interchange.groups > 0 ? msg::EdifactUnzGroupCount : msg::EdifactUnzMessageCount)(
                                      latin1(unz->rawComponent(1, 1)), latin1(m_interchange.control), expected));
            }
            if (unz->value(2, 1).trimmed() != m_interchange.control) {
                m_interchange.errorCode = 28;
                report(unz, 2, 0, msg::EdifactUnzReference(latin1(unz->value(2, 1)), latin1(m_interchange.control)));
            }
        }
        m_interchange.open = false;
        if (m_options.generateAcknowledgements && m_interchange.ackRequested && !m_interchange.containsAcknowledgement)
            m_result.acknowledgements.append(acknowledgement());
    }

    OutboundDocument acknowledgement() const
    {
        const InterchangeState &ic = m_interchange;
        ContrlInterchange c;
        c.syntaxIdentifier = ic.syntaxId.isEmpty() ? QByteArray("UNOA") : ic.syntaxId;
        c.syntaxVersion = ic.syntaxVersion.isEmpty() ? QByteArray("3") : ic.syntaxVersion;
        c.senderId = ic.recipientId;
        c.senderQualifier = ic.recipientQualifier;
        c.recipientId = ic.senderId;
        c.recipientQualifier = ic.senderQualifier;
        c.createdAt = QDateTime::currentDateTimeUtc();
        c.serviceStringAdvice = ic.serviceStringAdvice;
        c.component = ic.delimiters.component;
        c.element = ic.delimiters.element;
        c.decimalMark = ic.delimiters.decimalMark;
        c.release = ic.delimiters.release;
        c.segment = ic.delimiters.segment;
        c.segmentSuffix = ic.suffix;
        c.receivedControlReference = ic.control;
        c.receivedSenderId = ic.senderId;
        c.receivedSenderQualifier = ic.senderQualifier;
        c.receivedRecipientId = ic.recipientId;
        c.receivedRecipientQualifier = ic.recipientQualifier;
        c.interchangeAccepted = true;
        c.interchangeErrorCode = ic.errorCode;
        c.messages = ic.acks;
        c.groups = ic.groupAcks;
        OutboundDocument doc;
        doc.kind = QStringLiteral("CONTRL");
        doc.fileName = QStringLiteral("CONTRL_%1_%2.edi").arg(fileNamePart(ic.senderId), fileNamePart(ic.control));
        // Our UNB 0020 (and UNH 0062) come from the partner's counter when the outbox queues the CONTRL; the
        // partner's own reference would collide with any other numbering of ours toward it.
        doc.partner = QStringLiteral("edifact:%1:%2").arg(latin1(ic.senderQualifier.trimmed()), latin1(ic.senderId));
        doc.write = [c](const AckControlNumbers &numbers) {
            ContrlInterchange numbered = c;
            numbered.controlReference = QByteArray::number(numbers.interchange);
            numbered.messageReference = numbered.controlReference;
            return writeContrl(numbered);
        };
        doc.content = doc.write(AckControlNumbers());
        return doc;
    }

    const ParseOptions &m_options;
    ParseResult &m_result;
    EdifactTokenizer *m_tokenizer = nullptr;
    InterchangeState m_interchange;
    MessageState m_message;
    EdifactOrdersMapper m_mapper;
    int m_interchangeCount = 0;
};

} // namespace

ParseResult readEdifactOrders(QByteArrayView content, const ParseOptions &options)
{
    ParseResult result;
    EdifactReader reader(options, result);
    reader.run(content);
    sortByPosition(result.errors);
    return result;
}

} // namespace orderflow
