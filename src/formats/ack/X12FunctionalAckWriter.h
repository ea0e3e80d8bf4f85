// Writes X12 997 functional acknowledgements: one 997 transaction set per received functional group.
#pragma once

#include "formats/ack/X12AckModel.h"

#include <QByteArray>

namespace orderflow {

// The whole 997 interchange (ISA … IEA). Each received group gets its own FA group and 997 set, so the
// application ids (GS02/GS03) always match the group being acknowledged.
QByteArray write997(const X12AckInterchange &interchange);

} // namespace orderflow
