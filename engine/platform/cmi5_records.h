#pragma once
#include "ui/app.h"

// cmi5 launches on the web: the LMS package's build offers them
// (cmi5_records_web.cpp: xAPI over fetch); the plain course page and the
// native app are built with cmi5_records_none.cpp and leave that code out.
namespace warmline::platform {

void offer_cmi5_records(ui::AppOptions& options);

}  // namespace warmline::platform
