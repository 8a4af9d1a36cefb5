#include <random>

#include "platform/cmi5_records.h"
#include "platform/http_client_web.h"
#include "ui/xapi_records.h"

namespace warmline::platform {

void offer_cmi5_records(ui::AppOptions& options) {
  options.records.open_cmi5 = [](const std::string& query, Storage& storage, std::int64_t now_ms) {
    // crypto.getRandomValues under Emscripten: statement ids must not repeat across devices.
    std::random_device entropy;
    const std::uint64_t seed = (static_cast<std::uint64_t>(entropy()) << 32) ^ entropy();
    return ui::open_cmi5_records(std::make_unique<FetchHttpClient>(), storage, query, seed, now_ms);
  };
}

}  // namespace warmline::platform
