#include "identity/Account.h"
