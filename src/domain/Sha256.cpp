#include "domain/Sha256.h"

#include <openssl/evp.h>

#include <QCryptographicHash>

namespace orderflow {

QByteArray sha256(QByteArrayView data)
{
    // Fetched once: an implicit fetch (EVP_sha256()) looks the algorithm up in the provider tables on every call.
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    QByteArray out(32, Qt::Uninitialized);
    unsigned int size = 0;
    if (md && EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &size, md, nullptr) == 1 && size == 32)
        return out;
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);   // an OpenSSL without SHA-256 (FIPS setups)
}

QByteArray sha256Hex(QByteArrayView data)
{
    return sha256(data).toHex();
}

} // namespace orderflow
