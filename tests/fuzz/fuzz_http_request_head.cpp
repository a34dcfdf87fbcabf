// libFuzzer harness: see moderato_fuzz::httpRequestHead in targets/fuzz_targets.h.
#include "fuzz/fuzz_main.h"

MODERATO_FUZZ_HARNESS(moderato_fuzz::httpRequestHead)
