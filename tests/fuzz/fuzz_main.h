#pragma once
// The libFuzzer side of one harness: a QCoreApplication for the event loop the network-driven
// entries need, Qt's messages silenced, then every input straight into the shared entry point.
#include "fuzz/targets/fuzz_targets.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

#define MODERATO_FUZZ_HARNESS(entryFunction)                                                                           \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                                       \
    {                                                                                                                  \
        static QCoreApplication application(*argc, *argv);                                                             \
        moderato_fuzz::quietQtMessages();                                                                              \
        return 0;                                                                                                      \
    }                                                                                                                  \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)                                            \
    {                                                                                                                  \
        entryFunction(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));                              \
        return 0;                                                                                                      \
    }
