#include "identity/IcatSession.h"
