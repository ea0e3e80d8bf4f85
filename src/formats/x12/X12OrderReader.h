// X12 850 purchase orders → canonical orders (and 997 acknowledgements when asked).
#pragma once

#include "formats/ParseResult.h"

#include <QByteArrayView>

namespace orderflow {

ParseResult readX12Orders(QByteArrayView content, const ParseOptions &options);

} // namespace orderflow
