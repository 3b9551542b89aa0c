#include "facility/FacilityProfile.h"
