#pragma once
#include <cstdint>
#include <memory>
#include <string>

#include "ui/http_client.h"
#include "ui/learning_records.h"

// LearningRecords over xAPI (ui/lrs_link.h does the sending): a cmi5 launch
// from an LMS, or a kiosk's own LRS.
namespace warmline::ui {

// A kiosk's LRS (the kiosk config's `lrs-*` lines).
struct LrsSettings {
  std::string endpoint;       // the xAPI base URL
  std::string authorization;  // the whole header value, "Basic ..."
  std::string home_page = "https://warmline.invalid/kiosk";        // the actor accounts' homePage
  std::string activity_base = "https://warmline.invalid/course/";  // + the pack's id
};

// `seed` seeds statement ids: it must differ between devices and launches.
Cmi5Opening open_cmi5_records(std::unique_ptr<HttpClient> http, Storage& storage, const std::string& launch_query,
                              std::uint64_t seed, std::int64_t now_ms);
std::unique_ptr<LearningRecords> open_kiosk_records(std::unique_ptr<HttpClient> http, Storage& storage,
                                                    LrsSettings settings, std::uint64_t seed, std::int64_t now_ms);

}  // namespace warmline::ui
