// SHA-256 on the hot paths (each export document, Idempotency-Key, intake body and order fingerprint), through
// OpenSSL's libcrypto (the engine's cipher library), which uses the CPU's SHA instructions where it has them: Qt's
// portable code takes about 70 instructions a byte. The algorithm is fetched once — an implicit fetch on every call
// cost more than hashing a 2 KB export document. Same digests as QCryptographicHash (test_sha256).
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace orderflow {

QByteArray sha256(QByteArrayView data);      // the 32 bytes
QByteArray sha256Hex(QByteArrayView data);   // 64 lowercase hex digits

} // namespace orderflow
