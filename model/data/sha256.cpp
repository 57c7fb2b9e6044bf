#include "data/sha256.h"

#include <openssl/evp.h>

#include <cstdio>
#include <cstdlib>

namespace waymark {

namespace {

// Only out of memory makes these fail; a digest silently wrong would be worse than stopping.
void check(int ok, const char *what)
{
    if (ok != 1) {
        std::fprintf(stderr, "waymark: libcrypto's %s failed\n", what);
        std::abort();
    }
}

} // namespace

Sha256::Sha256()
    : mContext(EVP_MD_CTX_new())
{
    check(mContext ? 1 : 0, "EVP_MD_CTX_new");
    check(EVP_DigestInit_ex(mContext, EVP_sha256(), nullptr), "EVP_DigestInit_ex");
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(mContext);
}

void Sha256::add(QByteArrayView bytes)
{
    check(EVP_DigestUpdate(mContext, bytes.data(), std::size_t(bytes.size())), "EVP_DigestUpdate");
}

QByteArray Sha256::hex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    check(EVP_DigestFinal_ex(mContext, digest, &length), "EVP_DigestFinal_ex");
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

QByteArray Sha256::hexOf(QByteArrayView bytes)
{
    Sha256 hash;
    hash.add(bytes);
    return hash.hex();
}

} // namespace waymark
