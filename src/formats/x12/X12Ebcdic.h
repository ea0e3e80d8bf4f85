// EBCDIC X12: mainframe partners sometimes send the interchange in EBCDIC; detect it and transcode it.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace orderflow {

// True when the content starts (after blanks) with "ISA" in EBCDIC (0xC9 0xE2 0xC1).
bool looksLikeEbcdicX12(QByteArrayView content);

// Byte-for-byte transcoding (code page 037 → Latin-1), so byte offsets in errors still point into the original.
QByteArray ebcdicToLatin1(QByteArrayView content);

} // namespace orderflow
