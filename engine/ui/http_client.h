#pragma once
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// HTTP as the app sees it: a request goes out in the background and its
// answer comes back later, on the main thread, from poll(). The platform
// provides it (fetch on the web, curl on a kiosk); tests provide a fake.
// Nothing here blocks a frame.
namespace warmline::ui {

struct HttpRequest {
  std::string method = "GET";  // GET, POST or PUT
  std::string url;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  // The page is going away: the browser finishes the request on its own
  // (fetch keepalive, 64 KiB at most). Natively it changes nothing.
  bool keepalive = false;
};

struct HttpResponse {
  int status = 0;  // 0: no answer at all (offline, refused, timed out)
  std::string body;
  std::optional<double> retry_after_seconds;  // a Retry-After header in seconds
  std::string error;  // with status 0: what went wrong, for the log
};

class HttpClient {
 public:
  virtual ~HttpClient() = default;
  // `done` runs later, from poll(), exactly once, with the answer.
  virtual void start(HttpRequest request, std::function<void(HttpResponse)> done) = 0;
  // Runs the `done` of every request that has finished since the last call.
  virtual void poll() = 0;
  // Requests started and not yet handed back by poll().
  virtual std::size_t in_flight() const = 0;
};

}  // namespace warmline::ui
