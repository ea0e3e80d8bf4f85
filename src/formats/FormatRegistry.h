// Detects an inbound document's format and hands it to the right reader.
#pragma once

#include "formats/ParseResult.h"

#include <QByteArrayView>
#include <QStringList>

namespace orderflow {

// "json", "x12-850", "edifact-orders", or an empty string when the content is none of them.
QString detectFormat(QByteArrayView content);

QStringList supportedFormats();   // includes "auto"

ParseResult parseDocument(QByteArrayView content, const ParseOptions &options);

} // namespace orderflow
