// Reads a partner file one interchange at a time, so memory follows the largest interchange, not the file.
//
// X12 and EDIFACT files are cut where one interchange has closed (IEA / UNZ and its terminator) and the next
// starts (ISA / UNA / UNB); each part goes to the same reader as a whole file would, and its errors are moved to
// the part's place in the file (byte offsets, segment positions). Where the file gives no clean cut (a trailer
// missing, a header wrapped over two lines, EBCDIC, partner JSON, unrecognised content) the rest is read as one
// part: the result is always the one the whole-file reader gives.
#pragma once

#include "formats/ParseResult.h"

#include <QByteArray>
#include <QByteArrayView>

class QIODevice;

namespace orderflow {

class DocumentStream {
public:
    static constexpr qsizetype kDefaultReadSize = 1 << 20;

    // Reads from device (a file), readSize bytes at a time.
    DocumentStream(QIODevice &device, const ParseOptions &options, qsizetype readSize = kDefaultReadSize);
    // Parts of content already in memory: no copy is made; content must outlive the stream.
    DocumentStream(QByteArrayView content, const ParseOptions &options);
    DocumentStream(QByteArray &&, const ParseOptions &) = delete;

    // Parses the next part into part (replacing what it held); false when the file is done. A read error ends the
    // stream with one error in part saying so. A part's errors are in the order of their bytes, so the parts' errors
    // one after the other are the whole file's errors in the whole-file reader's order.
    bool next(ParseResult &part);

    // The format of the file: "x12-850", "edifact-orders", "json", or empty when unrecognised (known after the
    // first next()).
    QString format() const { return m_format; }
    qint64 bytesRead() const { return m_fileOffset; }

private:
    enum class Kind { Whole, X12, Edifact };
    bool fill();                     // reads one more block; false at the end of the device
    void start();                    // decides the format and how to cut, on the first block
    qsizetype findCut();             // length of the first part in m_data, or -1: none yet
    qsizetype findX12Cut();
    qsizetype findEdifactCut();
    bool anotherHeaderBefore(QByteArrayView data, qsizetype from, qsizetype before, const char *tag, char t, char release);

    QIODevice *m_device = nullptr;
    ParseOptions m_options;
    qsizetype m_readSize = kDefaultReadSize;
    QByteArray m_buffer;             // device mode: what was read; its first m_consumed bytes are parsed
    qsizetype m_consumed = 0;
    QByteArrayView m_data;           // what is not parsed yet (a view of m_buffer or of the caller's content)
    bool m_atEnd = false;            // nothing more to read beyond m_data
    bool m_started = false;
    bool m_done = false;
    QString m_readError;
    Kind m_kind = Kind::Whole;
    QString m_format;
    qsizetype m_scanFrom = 0;        // no cut starts before this position in m_data
    bool m_noMoreCuts = false;       // the file gave no clean cut: the rest is one part
    qint64 m_fileOffset = 0;         // where m_data starts in the file
    int m_segmentsBefore = 0;        // segments in the parts already parsed
    // Delimiters of the interchange at the start of m_data.
    char m_element = 0;
    char m_terminator = 0;
    char m_release = 0;
};

} // namespace orderflow
