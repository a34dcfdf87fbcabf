#include "app/demo_environment.h"
