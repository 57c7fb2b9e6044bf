#pragma once

#include <QByteArray>
#include <QByteArrayView>

struct evp_md_ctx_st;

namespace waymark {

// SHA-256 of bytes given in pieces, by OpenSSL's libcrypto (Debian: libssl-dev), which uses
// the processor's SHA instructions where it has them. An import records its file's digest
// while it parses, on the other core; Qt's own (QCryptographicHash) took 0.49 s for the
// benchmark's 47 MB file — as long as the parse — and libcrypto takes 0.03 s.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(QByteArrayView bytes);
    // The digest in lower-case hex (64 characters); the object is then spent.
    QByteArray hex();
    static QByteArray hexOf(QByteArrayView bytes);

private:
    evp_md_ctx_st *mContext;
};

} // namespace waymark
