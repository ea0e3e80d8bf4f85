// UN/EDIFACT ORDERS → canonical orders (and CONTRL acknowledgements when the interchange asks for one).
#pragma once

#include "formats/ParseResult.h"

#include <QByteArrayView>

namespace orderflow {

ParseResult readEdifactOrders(QByteArrayView content, const ParseOptions &options);

} // namespace orderflow
