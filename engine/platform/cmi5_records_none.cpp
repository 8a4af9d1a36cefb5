#include "platform/cmi5_records.h"

namespace warmline::platform {

void offer_cmi5_records(ui::AppOptions&) {}

}  // namespace warmline::platform
