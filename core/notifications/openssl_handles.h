#pragma once
// Owning handles for the libcrypto objects the RS256 verification uses, so that every early
// return frees what it made. Internal to core/notifications.

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/params.h>

#include <memory>

namespace moderato::openssl {

template <auto FreeFunction> struct Deleter
{
    template <typename T> void operator()(T *object) const { FreeFunction(object); }
};

using Bignum = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using ParamBuilder = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM_free>>;
using PkeyContext = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using DigestContext = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;

} // namespace moderato::openssl
