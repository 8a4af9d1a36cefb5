#pragma once
#include <functional>
#include <map>

#include "ui/http_client.h"

// The browser's fetch(): requests run in the page's event loop and the
// answers wait in a table (Module["warmlineHttp"]) until poll() collects
// them on the next turn of the main loop, which runs every animation frame.
namespace warmline::platform {

class FetchHttpClient : public ui::HttpClient {
 public:
  void start(ui::HttpRequest request, std::function<void(ui::HttpResponse)> done) override;
  void poll() override;
  std::size_t in_flight() const override { return waiting_.size(); }

 private:
  int next_id_ = 1;
  std::map<int, std::function<void(ui::HttpResponse)>> waiting_;
};

}  // namespace warmline::platform
